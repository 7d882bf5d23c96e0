/*
 * Naive oracle for the shared region's peer and keypair slots: plain arrays
 * and linear scans, no hashing, no atomics. See region_oracle.c.
 */
#ifndef TG_REGION_ORACLE_H
#define TG_REGION_ORACLE_H

#include <stdint.h>

#include "region.h"

struct tg_region_oracle;

struct tg_region_oracle *tg_region_oracle_new(uint32_t max_peers, uint32_t max_keypairs);
void tg_region_oracle_free(struct tg_region_oracle *o);

/* One random operation chosen by x, applied to the region through writer
 * handle w and checked through reader handle rd. 0, or -1 on disagreement
 * (tg_region_oracle_last says which operation). */
int tg_region_oracle_step(struct tg_region_oracle *o, struct tg_region *w,
			  const struct tg_region *rd, uint64_t x);
/* Every slot state and every index in the test range agree. */
int tg_region_oracle_check_all(struct tg_region_oracle *o, const struct tg_region *rd);
const char *tg_region_oracle_last(const struct tg_region_oracle *o);

#endif
