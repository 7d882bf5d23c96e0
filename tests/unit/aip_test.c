/*
 * Allowed-IPs LPM (common/aip.c): table-driven edge cases (/0, /32, /128,
 * overlapping prefixes, host bits, removals, remove_peer, ENOSPC, A/B
 * visibility, cp restart) and a seeded randomized comparison with the
 * linear-scan oracle (tests/oracle/aip_oracle.c) for IPv4 and IPv6.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "oracle/aip_oracle.h"
#include "region.h"
#include "unit/region_test_util.h"
#include "unit/test_util.h"

#define SYNC_NS 1000000000ull

static const struct tg_region_sizes sz = {
	.max_peers = 64, .max_keypairs = 8, .max_allowed_ips = 40,
	.max_workers = 2, .ring_slots = 2,
};

static const uint8_t *v4(uint8_t a, uint8_t b, uint8_t c, uint8_t d)
{
	static uint8_t buf[8][4];
	static unsigned n;
	uint8_t *p = buf[n++ % 8];

	p[0] = a, p[1] = b, p[2] = c, p[3] = d;
	return p;
}

static void v6(uint8_t out[16], uint16_t w0, uint16_t w1, uint16_t w7)
{
	memset(out, 0, 16);
	out[0] = (uint8_t)(w0 >> 8), out[1] = (uint8_t)w0;
	out[2] = (uint8_t)(w1 >> 8), out[3] = (uint8_t)w1;
	out[14] = (uint8_t)(w7 >> 8), out[15] = (uint8_t)w7;
}

static void open_pair_sz(struct tg_region *w, struct tg_region *rd, char *name,
			 const struct tg_region_sizes *s)
{
	char err[256];

	tg_test_region_name(name, 64);
	CU_ASSERT_EQUAL_FATAL(tg_region_create(w, name, s, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(rd, name, s, err, sizeof(err)), 0);
}

static void open_pair(struct tg_region *w, struct tg_region *rd, char *name)
{
	open_pair_sz(w, rd, name, &sz);
}

static void close_pair(struct tg_region *w, struct tg_region *rd, const char *name)
{
	tg_region_detach(rd);
	tg_region_detach(w);
	tg_region_unlink(name);
}

static void test_v4_edges(void)
{
	struct tg_region w, r;
	char name[64];

	open_pair(&w, &r, name);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 2, 3, 4)), TG_NONE);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(0, 0, 0, 0), 0, 1), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(100, 64, 0, 0), 10, 2), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(100, 64, 1, 7), 24, 3), 0); /* host bits */
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(100, 64, 1, 9), 32, 4), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(255, 255, 255, 255), 32, 5), 0);
	/* staged only: readers still see nothing */
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 64, 1, 9)), TG_NONE);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(8, 8, 8, 8)), 1);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 127, 255, 255)), 2);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 128, 0, 0)), 1);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 64, 1, 0)), 3);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 64, 1, 9)), 4);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 64, 1, 10)), 3);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(255, 255, 255, 255)), 5);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(255, 255, 255, 254)), 1);
	/* replace, remove, remove_peer */
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(100, 64, 1, 0), 24, 6), 0);
	CU_ASSERT_EQUAL(tg_aip_remove(&w, 4, v4(100, 64, 1, 9), 32), 0);
	CU_ASSERT_EQUAL(tg_aip_remove(&w, 4, v4(100, 64, 1, 9), 32), -ENOENT);
	CU_ASSERT_EQUAL(tg_aip_remove(&w, 4, v4(100, 64, 1, 9), 31), -ENOENT);
	CU_ASSERT_EQUAL(tg_aip_remove_peer(&w, 1), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 64, 1, 9)), 4);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 64, 1, 9)), 6);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(8, 8, 8, 8)), TG_NONE);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(100, 65, 0, 1)), 2);
	/* bad arguments */
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(1, 1, 1, 1), 33, 1), -EINVAL);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 5, v4(1, 1, 1, 1), 8, 1), -EINVAL);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(1, 1, 1, 1), 8, sz.max_peers), -EINVAL);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, NULL, 8, 1), -EINVAL);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0); /* nothing staged */
	close_pair(&w, &r, name);
}

static void test_v6_edges(void)
{
	struct tg_region w, r;
	char name[64];
	uint8_t a[16], b[16];

	open_pair(&w, &r, name);
	v6(a, 0, 0, 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 6, a, 0, 1), 0);
	v6(a, 0xfd7a, 0x115c, 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 6, a, 48, 2), 0);
	v6(a, 0xfd7a, 0x115c, 0x1234);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 6, a, 128, 3), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 6, a, 127, 4), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 6, a, 129, 4), -EINVAL);
	/* an IPv4 /0 must not match IPv6 */
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(0, 0, 0, 0), 0, 9), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	v6(b, 0x2001, 0xdb8, 1);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, b), 1);
	v6(b, 0xfd7a, 0x115c, 0x1234);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, b), 3);
	v6(b, 0xfd7a, 0x115c, 0x1235);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, b), 4);
	v6(b, 0xfd7a, 0x115c, 0x1236);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, b), 2);
	v6(b, 0xfd7a, 0x115d, 0x1234);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, b), 1);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 1, 1, 1)), 9);
	v6(a, 0, 0, 0);
	CU_ASSERT_EQUAL(tg_aip_remove(&w, 6, a, 0), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	v6(b, 0x2001, 0xdb8, 1);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, b), TG_NONE);
	close_pair(&w, &r, name);
}

static void test_enospc_and_restart(void)
{
	struct tg_region w, r, w2;
	char name[64], err[256];
	uint32_t i;

	open_pair(&w, &r, name);
	for (i = 0; i < sz.max_allowed_ips; i++)
		CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(10, 0, (uint8_t)i, 0), 24, i % 8), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	/* a full family: replacing works, adding fails and drops the batch */
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(10, 0, 0, 0), 24, 33), 0);
	CU_ASSERT_EQUAL(tg_aip_remove(&w, 4, v4(10, 0, 1, 0), 24), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(10, 0, 200, 0), 24, 1), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(10, 0, 201, 0), 24, 1), -ENOSPC);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(10, 0, 0, 1)), 0);   /* reverted */
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(10, 0, 1, 1)), 1);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(10, 0, 200, 1)), TG_NONE);
	/* the other family has its own budget */
	uint8_t a[16];
	v6(a, 0xfd00, 0, 1);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 6, a, 128, 3), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, a), 3);

	/* a new writer (cp restart) starts from the active copy */
	tg_region_detach(&w);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&w2, name, &sz, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(tg_aip_remove(&w2, 4, v4(10, 0, 5, 0), 24), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w2, 4, v4(10, 0, 5, 0), 25, 7), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w2, SYNC_NS), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(10, 0, 5, 1)), 7);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(10, 0, 5, 200)), TG_NONE);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(10, 0, 6, 200)), 6);
	CU_ASSERT_EQUAL(tg_aip_lookup6(&r, a), 3);
	close_pair(&w2, &r, name);
}

static void test_commit_waits_for_readers(void)
{
	struct tg_region w, r;
	char name[64];
	struct tg_worker_epoch *e;

	open_pair(&w, &r, name);
	e = tg_region_epoch(&r, 0);
	tg_region_worker_online(&r, 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(1, 1, 1, 1), 32, 1), 0);
	/* first commit: the inactive copy is not known clean yet */
	CU_ASSERT_EQUAL(tg_aip_commit(&w, 1000000), -ETIMEDOUT);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 1, 1, 1)), TG_NONE);
	tg_region_worker_offline(&r, 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, SYNC_NS), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 1, 1, 1)), 1);
	/* the worker holds the new copy: a further commit flips to the other
	 * one (clean), but the one after must wait for the worker */
	tg_region_worker_online(&r, 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(1, 1, 1, 2), 32, 2), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, 1000000), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 1, 1, 2)), 2);
	CU_ASSERT_EQUAL(tg_aip_insert(&w, 4, v4(1, 1, 1, 3), 32, 3), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, 1000000), -ETIMEDOUT);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 1, 1, 3)), TG_NONE);
	/* a quiescent point from before the synchronize does not count */
	tg_region_worker_quiescent(&r, e);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, 1000000), -ETIMEDOUT);
	tg_region_worker_offline(&r, 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&w, 1000000), 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, v4(1, 1, 1, 3)), 3);
	close_pair(&w, &r, name);
}

/* ---- randomized vs oracle ---------------------------------------------------- */

struct rnd {
	struct tg_region w, r;
	struct tg_aip_oracle *staged, *committed;
	uint64_t seed;
	uint32_t max;
	int bad;
	/* Every address an op used (a ring): all are looked up after each
	 * commit, so a slot the incremental commit got wrong is found. */
	uint8_t seen[512][16];
	int seen_family[512];
	unsigned n_seen;
};

/* Addresses from a few clustered bases so prefixes overlap often. */
static void rnd_addr(uint64_t *seed, int family, uint8_t *a)
{
	static const uint8_t bases[4][16] = {
		{ 100, 64, 0, 0 }, { 10, 0, 0, 0 }, { 192, 0, 2, 0 },
		{ 0xfd, 0x7a, 0x11, 0x5c, 0xa1, 0xe0 },
	};
	uint64_t x = tg_test_rand(seed);
	unsigned n = family == 4 ? 4 : 16;

	memcpy(a, bases[x % 4], n);
	for (unsigned i = 0; i < n; i++)
		if ((x >> (8 + i)) & 1 || i >= n - 2)
			a[i] ^= (uint8_t)tg_test_rand(seed) & (uint8_t)(x >> 20 & 1 ? 0x0f : 0xff);
}

static uint8_t rnd_cidr(uint64_t *seed, int family)
{
	uint64_t x = tg_test_rand(seed);
	unsigned max = family == 4 ? 32 : 128;

	switch (x % 6) {
	case 0: return 0;
	case 1: case 2: return (uint8_t)max;
	default: return (uint8_t)((x >> 8) % (max + 1));
	}
}

static void rnd_check(struct rnd *t, int family, uint32_t probes)
{
	uint8_t a[16];

	for (uint32_t i = 0; i < probes && !t->bad; i++) {
		rnd_addr(&t->seed, family, a);
		uint32_t want = tg_aip_oracle_lookup(t->committed, family, a);
		uint32_t got = family == 4 ? tg_aip_lookup4(&t->r, a) : tg_aip_lookup6(&t->r, a);

		if (want != got) {
			printf("\naip mismatch: IPv%d %02x%02x%02x%02x..%02x%02x want %u got %u (seed %llu)\n",
			       family, a[0], a[1], a[2], a[3], a[family == 4 ? 2 : 14],
			       a[family == 4 ? 3 : 15], want, got, tg_test_seed());
			t->bad = 1;
		}
	}
}

static void rnd_check_seen(struct rnd *t)
{
	unsigned n = t->n_seen < 512 ? t->n_seen : 512;

	for (unsigned i = 0; i < n && !t->bad; i++) {
		const uint8_t *a = t->seen[i];
		int family = t->seen_family[i];
		uint32_t want = tg_aip_oracle_lookup(t->committed, family, a);
		uint32_t got = family == 4 ? tg_aip_lookup4(&t->r, a) : tg_aip_lookup6(&t->r, a);

		if (want != got) {
			printf("\naip mismatch on a used address: IPv%d %02x%02x%02x%02x.. want %u got %u (seed %llu)\n",
			       family, a[0], a[1], a[2], a[3], want, got, tg_test_seed());
			t->bad = 1;
		}
	}
}

static void rnd_op(struct rnd *t)
{
	uint64_t x = tg_test_rand(&t->seed);
	int family = (x & 1) ? 6 : 4, rc, want;
	uint8_t a[16], cidr = rnd_cidr(&t->seed, family);
	uint32_t peer = (uint32_t)((x >> 8) % 16);

	rnd_addr(&t->seed, family, a);
	memcpy(t->seen[t->n_seen % 512], a, 16);
	t->seen_family[t->n_seen++ % 512] = family;
	switch ((x >> 4) % 10) {
	case 0: case 1: case 2: case 3: case 4: {
		struct tg_aip_oracle *probe = tg_aip_oracle_clone(t->staged);

		tg_aip_oracle_insert(probe, family, a, cidr, peer);
		rc = tg_aip_insert(&t->w, family, a, cidr, peer);
		if (tg_aip_oracle_count(probe, family) > t->max) {
			tg_aip_oracle_free(probe);
			want = -ENOSPC;
			tg_aip_oracle_free(t->staged);
			t->staged = tg_aip_oracle_clone(t->committed);
		} else {
			want = 0;
			tg_aip_oracle_free(t->staged);
			t->staged = probe;
		}
		break;
	}
	case 5: case 6:
		want = tg_aip_oracle_remove(t->staged, family, a, cidr);
		rc = tg_aip_remove(&t->w, family, a, cidr);
		break;
	case 7:
		tg_aip_oracle_remove_peer(t->staged, peer);
		want = 0;
		rc = tg_aip_remove_peer(&t->w, peer);
		break;
	default:
		want = 0;
		rc = tg_aip_commit(&t->w, SYNC_NS);
		tg_aip_oracle_free(t->committed);
		t->committed = tg_aip_oracle_clone(t->staged);
		rnd_check(t, 4, 64);
		rnd_check(t, 6, 64);
		rnd_check_seen(t);
		break;
	}
	if (rc != want && !t->bad) {
		printf("\naip op %u: rc %d, oracle says %d (seed %llu)\n",
		       (unsigned)((x >> 4) % 10), rc, want, tg_test_seed());
		t->bad = 1;
	}
}

static void test_random_vs_oracle(void)
{
	struct rnd t = { .seed = tg_test_seed() ^ 0x616970, .max = sz.max_allowed_ips };
	char name[64];

	open_pair(&t.w, &t.r, name);
	t.staged = tg_aip_oracle_new();
	t.committed = tg_aip_oracle_new();
	CU_ASSERT_PTR_NOT_NULL_FATAL(t.staged);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t.committed);
	for (int i = 0; i < 6000 && !t.bad; i++)
		rnd_op(&t);
	CU_ASSERT_EQUAL(tg_aip_commit(&t.w, SYNC_NS), 0);
	tg_aip_oracle_free(t.committed);
	t.committed = tg_aip_oracle_clone(t.staged);
	rnd_check(&t, 4, 2000);
	rnd_check(&t, 6, 2000);
	CU_ASSERT_FALSE(t.bad);
	tg_aip_oracle_free(t.staged);
	tg_aip_oracle_free(t.committed);
	close_pair(&t.w, &t.r, name);
}

/* A table kept half full of /32s, changed a few keys at a time between
 * commits: the incremental commit's inserts, updates and backward-shift
 * deletions on long probe chains, checked on every address after every
 * commit against a plain array. */
static void test_incremental_dense(void)
{
	static const struct tg_region_sizes dsz = {
		.max_peers = 64, .max_keypairs = 8, .max_allowed_ips = 64,
		.max_workers = 2, .ring_slots = 2,
	};
	struct tg_region w, r;
	char name[64];
	uint32_t model[256], live = 0;
	uint64_t seed = tg_test_seed() ^ 0x64656e73;
	int bad = 0;

	open_pair_sz(&w, &r, name, &dsz);
	for (int i = 0; i < 256; i++)
		model[i] = TG_NONE;
	for (int round = 0; round < 4000 && !bad; round++) {
		int ops = 1 + (int)(tg_test_rand(&seed) % 3);

		for (int k = 0; k < ops; k++) {
			uint64_t x = tg_test_rand(&seed);
			uint8_t host = (uint8_t)(x >> 8);
			uint32_t peer = (uint32_t)(x >> 16) % 64;

			if ((x & 3) && (model[host] != TG_NONE || live < 64)) {
				CU_ASSERT(tg_aip_insert(&w, 4, v4(198, 51, 100, host), 32, peer) == 0);
				live += model[host] == TG_NONE;
				model[host] = peer;
			} else if (model[host] != TG_NONE) {
				CU_ASSERT(tg_aip_remove(&w, 4, v4(198, 51, 100, host), 32) == 0);
				model[host] = TG_NONE;
				live--;
			}
		}
		CU_ASSERT(tg_aip_commit(&w, SYNC_NS) == 0);
		for (int h = 0; h < 256 && !bad; h++) {
			uint32_t got = tg_aip_lookup4(&r, v4(198, 51, 100, (uint8_t)h));

			if (got != model[h]) {
				printf("\nround %d: 198.51.100.%d -> %u, want %u (seed %llu)\n", round, h,
				       got, model[h], tg_test_seed());
				bad = 1;
			}
		}
	}
	CU_ASSERT_FALSE(bad);
	close_pair(&w, &r, name);
}

void aip_test_register(void)
{
	TG_ADD_SUITE("aip", NULL, NULL,
		     { "v4_edges", test_v4_edges },
		     { "v6_edges", test_v6_edges },
		     { "enospc_and_restart", test_enospc_and_restart },
		     { "commit_waits_for_readers", test_commit_waits_for_readers },
		     { "incremental_dense", test_incremental_dense },
		     { "random_vs_oracle", test_random_vs_oracle });
}
