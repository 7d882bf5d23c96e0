/* tailgate-dp entry point (wiring only). Placeholder until the dataplane lands. */
#include <stdio.h>
int main(void)
{
	fprintf(stderr, "tailgate-dp: not built yet\n");
	return 1;
}
