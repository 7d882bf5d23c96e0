/*
 * Receiver-index hash (common/rxidx.c) against the naive oracle
 * tests/oracle/rxidx_oracle.c (a flat index -> slot array): seeded random insert/remove/find
 * with small index ranges (collisions, EEXIST) and clustered probes; after
 * everything is removed the table is all empty again (tombstones swept).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle/rxidx_oracle.h"
#include "region.h"
#include "region_priv.h"
#include "unit/region_test_util.h"
#include "unit/test_util.h"

#define NK 32u

static const struct tg_region_sizes sz = {
	.max_peers = 4, .max_keypairs = NK, .max_allowed_ips = 4,
	.max_workers = 1, .ring_slots = 2,
};

static void test_random_vs_oracle(void)
{
	struct tg_region r;
	char name[64], err[256];
	uint64_t seed = tg_test_seed() ^ 0x72786964;
	struct tg_rxidx_oracle o;
	int bad = 0;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_rxidx_oracle_init(&o, NK), 0);
	CU_ASSERT_EQUAL(tg_rxidx_insert(&r, 0, 1), -EINVAL);
	CU_ASSERT_EQUAL(tg_rxidx_insert(&r, 5, NK), -EINVAL);
	CU_ASSERT_EQUAL(tg_rxidx_find(&r, 0), TG_NONE);
	for (int step = 0; step < 50000 && !bad; step++) {
		uint64_t x = tg_test_rand(&seed);
		/* mostly a tiny range (heavy reuse), sometimes any 32-bit value */
		uint32_t idx = (x >> 40) % 5 ? (uint32_t)(x >> 8) % 96 : (uint32_t)(x >> 8);
		uint32_t slot = (uint32_t)(x >> 48) % NK, want_slot;
		int rc, want;

		switch (x % 4) {
		case 0: case 1:
			want = tg_rxidx_oracle_insert(&o, idx, slot);
			if (want == -ENOSPC)
				break; /* the region never holds more than NK keypairs */
			rc = tg_rxidx_insert(&r, idx, slot);
			if (rc != want)
				bad = printf("\ninsert %u: %d want %d\n", idx, rc, want);
			break;
		case 2:
			want_slot = tg_rxidx_oracle_find(&o, idx);
			if (want_slot != UINT32_MAX && (x >> 4) & 1)
				slot = want_slot;
			want = tg_rxidx_oracle_remove(&o, idx, slot);
			rc = tg_rxidx_remove(&r, idx, slot);
			if (rc != want)
				bad = printf("\nremove %u/%u: %d want %d\n", idx, slot, rc, want);
			break;
		default:
			want_slot = tg_rxidx_oracle_find(&o, idx);
			if (tg_rxidx_find(&r, idx) != (want_slot == UINT32_MAX ? TG_NONE : want_slot))
				bad = printf("\nfind %u wrong\n", idx);
			break;
		}
	}
	for (uint32_t i = 0; i < o.n && !bad; i++)
		if (tg_rxidx_find(&r, o.idx[i]) != o.slot[i])
			bad = printf("\nfinal find %u wrong\n", o.idx[i]);
	if (bad)
		printf("rxidx oracle mismatch, seed %llu\n", tg_test_seed());
	CU_ASSERT_FALSE(bad);
	for (uint32_t i = 0; i < o.n; i++)
		CU_ASSERT_EQUAL(tg_rxidx_remove(&r, o.idx[i], o.slot[i]), 0);
	const uint64_t *t = (const uint64_t *)(r.base + r.hdr->off_rxidx);
	uint64_t used = 0;
	for (uint64_t i = 0; i < r.hdr->rxidx_slots; i++)
		used += t[i] != 0;
	CU_ASSERT_EQUAL(used, 0);
	tg_rxidx_oracle_fini(&o);
	tg_region_detach(&r);
	tg_region_unlink(name);
}

/* Keys that all hash near each other: probing across tombstones. */
static void test_tombstone_chain(void)
{
	struct tg_region r;
	char name[64], err[256];

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	for (uint32_t i = 1; i <= NK; i++)
		CU_ASSERT_EQUAL(tg_rxidx_insert(&r, i, i - 1), 0);
	for (uint32_t i = 1; i <= NK; i += 2)
		CU_ASSERT_EQUAL(tg_rxidx_remove(&r, i, i - 1), 0);
	for (uint32_t i = 1; i <= NK; i++)
		CU_ASSERT_EQUAL(tg_rxidx_find(&r, i), i % 2 ? TG_NONE : i - 1);
	for (uint32_t i = 1; i <= NK; i += 2)
		CU_ASSERT_EQUAL(tg_rxidx_insert(&r, i + 1000, i - 1), 0);
	for (uint32_t i = 1; i <= NK; i++) {
		CU_ASSERT_EQUAL(tg_rxidx_find(&r, i), i % 2 ? TG_NONE : i - 1);
		if (i % 2)
			CU_ASSERT_EQUAL(tg_rxidx_find(&r, i + 1000), i - 1);
	}
	/* keypair lookup re-checks the slot */
	CU_ASSERT_PTR_NULL(tg_keypair_lookup(&r, 2)); /* slot 1 is FREE */
	tg_region_detach(&r);
	tg_region_unlink(name);
}

void rxidx_test_register(void)
{
	TG_ADD_SUITE("rxidx", NULL, NULL,
		     { "random_vs_oracle", test_random_vs_oracle },
		     { "tombstone_chain", test_tombstone_chain });
}
