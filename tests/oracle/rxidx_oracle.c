/*
 * Naive receiver-index oracle for tests/unit/rxidx_test.c: what the index
 * hash must answer, from a flat array searched linearly. Capacity stands in
 * for "the keypair table is full" (-ENOSPC). Single thread.
 */
#include <errno.h>
#include <stdlib.h>

#include "oracle/rxidx_oracle.h"

int tg_rxidx_oracle_init(struct tg_rxidx_oracle *o, uint32_t cap)
{
	o->n = 0;
	o->cap = cap;
	o->idx = calloc(cap, sizeof(uint32_t));
	o->slot = calloc(cap, sizeof(uint32_t));
	return o->idx && o->slot ? 0 : -ENOMEM;
}

void tg_rxidx_oracle_fini(struct tg_rxidx_oracle *o)
{
	free(o->idx);
	free(o->slot);
	o->idx = o->slot = NULL;
}

static int at(const struct tg_rxidx_oracle *o, uint32_t idx)
{
	for (uint32_t i = 0; i < o->n; i++)
		if (o->idx[i] == idx)
			return (int)i;
	return -1;
}

int tg_rxidx_oracle_insert(struct tg_rxidx_oracle *o, uint32_t idx, uint32_t slot)
{
	if (!idx)
		return -EINVAL;
	if (at(o, idx) >= 0)
		return -EEXIST;
	if (o->n == o->cap)
		return -ENOSPC;
	o->idx[o->n] = idx;
	o->slot[o->n++] = slot;
	return 0;
}

int tg_rxidx_oracle_remove(struct tg_rxidx_oracle *o, uint32_t idx, uint32_t slot)
{
	int i = at(o, idx);

	if (i < 0 || o->slot[i] != slot)
		return -ENOENT;
	o->n--;
	o->idx[i] = o->idx[o->n];
	o->slot[i] = o->slot[o->n];
	return 0;
}

uint32_t tg_rxidx_oracle_find(const struct tg_rxidx_oracle *o, uint32_t idx)
{
	int i = at(o, idx);

	return i < 0 ? UINT32_MAX : o->slot[i];
}
