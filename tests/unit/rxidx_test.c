/*
 * Receiver-index hash (common/rxidx.c) against a naive oracle (a flat
 * index -> slot array searched linearly): seeded random insert/remove/find
 * with small index ranges (collisions, EEXIST) and clustered probes; after
 * everything is removed the table is all empty again (tombstones swept).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "region.h"
#include "region_priv.h"
#include "unit/region_test_util.h"
#include "unit/test_util.h"

#define NK 32u

static const struct tg_region_sizes sz = {
	.max_peers = 4, .max_keypairs = NK, .max_allowed_ips = 4,
	.max_workers = 1, .ring_slots = 2,
};

struct oent {
	uint32_t idx, slot;
};

static int ofind(const struct oent *o, uint32_t n, uint32_t idx)
{
	for (uint32_t i = 0; i < n; i++)
		if (o[i].idx == idx)
			return (int)i;
	return -1;
}

static void test_random_vs_oracle(void)
{
	struct tg_region r;
	char name[64], err[256];
	uint64_t seed = tg_test_seed() ^ 0x72786964;
	struct oent o[NK];
	uint32_t n = 0;
	int bad = 0;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(tg_rxidx_insert(&r, 0, 1), -EINVAL);
	CU_ASSERT_EQUAL(tg_rxidx_insert(&r, 5, NK), -EINVAL);
	CU_ASSERT_EQUAL(tg_rxidx_find(&r, 0), TG_NONE);
	for (int step = 0; step < 50000 && !bad; step++) {
		uint64_t x = tg_test_rand(&seed);
		/* mostly a tiny range (heavy reuse), sometimes any 32-bit value */
		uint32_t idx = (x >> 40) % 5 ? (uint32_t)(x >> 8) % 96 : (uint32_t)(x >> 8);
		uint32_t slot = (uint32_t)(x >> 48) % NK;
		int at = ofind(o, n, idx), rc, want;

		switch (x % 4) {
		case 0: case 1:
			want = !idx ? -EINVAL : at >= 0 ? -EEXIST : n == NK ? -ENOSPC : 0;
			if (want == -ENOSPC)
				break; /* the region never holds more than NK */
			rc = tg_rxidx_insert(&r, idx, slot);
			if (rc != want)
				bad = printf("\ninsert %u: %d want %d\n", idx, rc, want);
			else if (!rc)
				o[n++] = (struct oent){ idx, slot };
			break;
		case 2:
			if (at >= 0 && (x >> 4) & 1)
				slot = o[at].slot;
			want = at >= 0 && o[at].slot == slot ? 0 : -ENOENT;
			rc = tg_rxidx_remove(&r, idx, slot);
			if (rc != want)
				bad = printf("\nremove %u/%u: %d want %d\n", idx, slot, rc, want);
			else if (!rc)
				o[at] = o[--n];
			break;
		default:
			rc = (int)tg_rxidx_find(&r, idx);
			if ((uint32_t)rc != (at >= 0 ? o[at].slot : TG_NONE))
				bad = printf("\nfind %u: %d want %d\n", idx, rc,
					     at >= 0 ? (int)o[at].slot : -1);
			break;
		}
	}
	for (uint32_t i = 0; i < n && !bad; i++)
		if (tg_rxidx_find(&r, o[i].idx) != o[i].slot)
			bad = printf("\nfinal find %u wrong\n", o[i].idx);
	if (bad)
		printf("rxidx oracle mismatch, seed %llu\n", tg_test_seed());
	CU_ASSERT_FALSE(bad);
	while (n) {
		CU_ASSERT_EQUAL(tg_rxidx_remove(&r, o[n - 1].idx, o[n - 1].slot), 0);
		n--;
	}
	const uint64_t *t = (const uint64_t *)(r.base + r.hdr->off_rxidx);
	uint64_t used = 0;
	for (uint64_t i = 0; i < r.hdr->rxidx_slots; i++)
		used += t[i] != 0;
	CU_ASSERT_EQUAL(used, 0);
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
