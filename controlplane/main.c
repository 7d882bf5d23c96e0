/* tailgate-cp entry point (wiring only). Placeholder until the cp lands. */
#include <stdio.h>
int main(void)
{
	fprintf(stderr, "tailgate-cp: not built yet\n");
	return 1;
}
