/* Naive replay oracle: every accepted counter kept in a list. */
#include <stdlib.h>

#include "oracle/oracle.h"

void replay_oracle_init(struct replay_oracle *o, uint64_t window, uint64_t reject)
{
	*o = (struct replay_oracle){ .window = window, .reject = reject };
}

void replay_oracle_free(struct replay_oracle *o)
{
	free(o->seen);
	o->seen = NULL;
}

bool replay_oracle_accept(struct replay_oracle *o, uint64_t c)
{
	if (c >= o->reject)
		return false;
	if (o->has_top && c + o->window < o->top)
		return false;
	for (size_t i = 0; i < o->n; i++)
		if (o->seen[i] == c)
			return false;
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 1024;
		o->seen = realloc(o->seen, o->cap * sizeof(*o->seen));
	}
	o->seen[o->n++] = c;
	if (!o->has_top || c > o->top) {
		o->top = c;
		o->has_top = true;
	}
	return true;
}
