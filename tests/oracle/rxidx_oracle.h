/* Naive receiver-index oracle: a flat (index, slot) array, linear search. */
#ifndef TG_RXIDX_ORACLE_H
#define TG_RXIDX_ORACLE_H

#include <stdint.h>

struct tg_rxidx_oracle {
	uint32_t n, cap;
	uint32_t *idx, *slot;
};

int tg_rxidx_oracle_init(struct tg_rxidx_oracle *o, uint32_t cap);
void tg_rxidx_oracle_fini(struct tg_rxidx_oracle *o);
/* Same return values as tg_rxidx_insert/remove; find: slot or UINT32_MAX. */
int tg_rxidx_oracle_insert(struct tg_rxidx_oracle *o, uint32_t idx, uint32_t slot);
int tg_rxidx_oracle_remove(struct tg_rxidx_oracle *o, uint32_t idx, uint32_t slot);
uint32_t tg_rxidx_oracle_find(const struct tg_rxidx_oracle *o, uint32_t idx);

#endif
