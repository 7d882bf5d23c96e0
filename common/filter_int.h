/*
 * Internals shared by the packet-filter builder files (filter_ipset.c,
 * filter_build.c) and their tests: 128-bit address arithmetic. Not a
 * contract; the dp never includes it.
 */
#ifndef TG_FILTER_INT_H
#define TG_FILTER_INT_H

#include "filter.h"

__extension__ typedef unsigned __int128 tg_u128;

/* Address of p as an integer (IPv4: the low 32 bits). */
tg_u128 tg_filter_pfx_lo(const struct tg_filter_pfx *p);
/* Host-bit mask of a /bits prefix of the family (0 for a full-length one). */
tg_u128 tg_filter_hostmask(int family, int bits);
void tg_filter_pfx_from(struct tg_filter_pfx *p, int family, tg_u128 v,
			int bits);
/* Minimal CIDR cover of [lo, hi]: count, or -E2BIG beyond max. */
int tg_filter_range_cidrs(int family, tg_u128 lo, tg_u128 hi,
			  struct tg_filter_pfx *out, int max);

/* Largest source index (candidate entries) the builder emits; tests set 0
 * to exercise the linear scan. Default: unlimited (a size rule applies). */
extern uint64_t tg_filter_index_limit;

#endif
