/* tailgatectl entry point. Placeholder until the cp lands. */
#include <stdio.h>
int main(void)
{
	fprintf(stderr, "tailgatectl: not built yet\n");
	return 1;
}
