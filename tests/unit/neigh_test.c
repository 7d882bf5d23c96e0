/*
 * neigh: next-hop choice (on-link vs gateway), the hash table against a
 * naive oracle (seeded), and the per-entry seqlock under a concurrent
 * writer (a reader never sees a torn MAC). The netlink side is exercised
 * by tests/netns/io_afxdp.sh.
 */
#include <errno.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "neigh.h"
#include "unit/test_util.h"

static uint32_t ip4(const char *s)
{
	uint32_t a = 0;

	inet_pton(AF_INET, s, &a);
	return a;
}

static const uint8_t MAC_PORT[6] = { 2, 0, 0, 0, 0, 1 };
static const uint8_t MAC_A[6] = { 2, 0, 0, 0, 0, 0xa };
static const uint8_t MAC_GW[6] = { 2, 0, 0, 0, 0, 0xfe };

static void test_onlink_and_gateway(void)
{
	struct dp_neigh *n = dp_neigh_new();
	uint8_t mac[6];

	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	CU_ASSERT_EQUAL(dp_neigh_set_port(n, 0, MAC_PORT, ip4("192.0.2.1"), 24,
					  ip4("192.0.2.254")), 0);
	CU_ASSERT(memcmp(dp_neigh_port_mac(n, 0), MAC_PORT, 6) == 0);
	/* Nothing known yet: unresolved, never guessed. */
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 0, ip4("192.0.2.5"), mac), -1);
	CU_ASSERT_EQUAL(dp_neigh_set_static(n, 0, ip4("192.0.2.5"), MAC_A), 0);
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 0, ip4("192.0.2.5"), mac), 0);
	CU_ASSERT(memcmp(mac, MAC_A, 6) == 0);
	/* Off-link goes to the gateway's MAC, unresolved until it is known. */
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 0, ip4("198.51.100.7"), mac), -1);
	CU_ASSERT_EQUAL(dp_neigh_set_static(n, 0, ip4("192.0.2.254"), MAC_GW), 0);
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 0, ip4("198.51.100.7"), mac), 0);
	CU_ASSERT(memcmp(mac, MAC_GW, 6) == 0);
	/* The same IP on another port is another entry. */
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 1, ip4("192.0.2.5"), mac), -1);
	/* Bad port. */
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 99, ip4("192.0.2.5"), mac), -1);
	CU_ASSERT_PTR_NULL(dp_neigh_port_mac(n, 99));
	dp_neigh_free(n);
}

static void test_no_gateway(void)
{
	struct dp_neigh *n = dp_neigh_new();
	uint8_t mac[6];

	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	CU_ASSERT_EQUAL(dp_neigh_set_port(n, 0, MAC_PORT, ip4("192.0.2.1"), 24, 0), 0);
	CU_ASSERT_EQUAL(dp_neigh_set_static(n, 0, ip4("198.51.100.7"), MAC_A), 0);
	/* Off-link without a default route: no next hop even if the final
	 * destination happens to be in the table. */
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 0, ip4("198.51.100.7"), mac), -1);
	/* /32 port address: only the gateway path exists. */
	CU_ASSERT_EQUAL(dp_neigh_set_port(n, 0, MAC_PORT, ip4("192.0.2.1"), 32,
					  ip4("192.0.2.254")), 0);
	CU_ASSERT_EQUAL(dp_neigh_lookup4(n, 0, ip4("192.0.2.5"), mac), -1);
	CU_ASSERT_EQUAL(dp_neigh_set_port(n, 0, MAC_PORT, 0, 33, 0), -EINVAL);
	dp_neigh_free(n);
}

#define ORACLE_N 600

static void test_random_vs_oracle(void)
{
	struct { uint16_t port; uint32_t ip; uint8_t mac[6]; } o[ORACLE_N];
	uint64_t s = tg_test_seed();
	struct dp_neigh *n = dp_neigh_new();
	uint32_t have = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	for (uint16_t p = 0; p < 2; p++)
		dp_neigh_set_port(n, p, MAC_PORT, ip4("10.0.0.1"), 8, 0);
	for (int it = 0; it < 5000; it++) {
		uint64_t r = tg_test_rand(&s);
		uint16_t port = r & 1;
		uint32_t ip = htonl(0x0a000000u | ((uint32_t)(r >> 8) & 0x3ff));
		uint8_t mac[6], got[6];
		int idx = -1, rc;

		for (uint32_t i = 0; i < have; i++)
			if (o[i].port == port && o[i].ip == ip)
				idx = (int)i;
		if ((r >> 40) & 1 && (idx >= 0 || have < ORACLE_N)) {
			for (int b = 0; b < 6; b++)
				mac[b] = (uint8_t)(tg_test_rand(&s) | 2);
			rc = dp_neigh_set_static(n, port, ip, mac);
			/* a new key may find its 32-slot probe window full
			 * (linear probing at ~60% load; seed 1795561054):
			 * refused and counted, never misplaced */
			if (rc == -ENOSPC && idx < 0)
				continue;
			CU_ASSERT_EQUAL_FATAL(rc, 0);
			if (idx < 0)
				idx = (int)have++;
			o[idx].port = port;
			o[idx].ip = ip;
			memcpy(o[idx].mac, mac, 6);
			continue;
		}
		rc = dp_neigh_lookup4(n, port, ip, got);
		CU_ASSERT_EQUAL(rc, idx >= 0 ? 0 : -1);
		if (rc == 0 && idx >= 0 && memcmp(got, o[idx].mac, 6) != 0) {
			CU_FAIL("wrong MAC vs oracle");
			fprintf(stderr, "neigh oracle mismatch (TG_SEED=%llu)\n",
				tg_test_seed());
		}
	}
	dp_neigh_free(n);
}

struct flip {
	struct dp_neigh *n;
	_Atomic bool stop;
};

static void *flipper(void *arg)
{
	struct flip *f = arg;
	uint8_t a[6], b[6];

	memset(a, 0x11, 6);
	memset(b, 0x22, 6);
	while (!atomic_load(&f->stop)) {
		dp_neigh_set_static(f->n, 0, ip4("192.0.2.9"), a);
		dp_neigh_set_static(f->n, 0, ip4("192.0.2.9"), b);
	}
	return NULL;
}

static void test_seqlock_no_torn_read(void)
{
	struct flip f = { .n = dp_neigh_new() };
	pthread_t th;
	int torn = 0, miss = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(f.n);
	dp_neigh_set_port(f.n, 0, MAC_PORT, ip4("192.0.2.1"), 24, 0);
	memset(&th, 0, sizeof(th));
	{
		uint8_t init[6];

		memset(init, 0x11, 6);
		dp_neigh_set_static(f.n, 0, ip4("192.0.2.9"), init);
	}
	CU_ASSERT_EQUAL_FATAL(pthread_create(&th, NULL, flipper, &f), 0);
	for (int i = 0; i < 200000; i++) {
		uint8_t m[6];

		if (dp_neigh_lookup4(f.n, 0, ip4("192.0.2.9"), m) != 0) {
			miss++;
			continue;
		}
		for (int b = 1; b < 6; b++)
			if (m[b] != m[0])
				torn++;
	}
	atomic_store(&f.stop, true);
	pthread_join(th, NULL);
	CU_ASSERT_EQUAL(torn, 0);
	CU_ASSERT_EQUAL(miss, 0);
	dp_neigh_free(f.n);
}

void neigh_test_register(void)
{
	TG_ADD_SUITE("neigh", NULL, NULL,
		     { "onlink_and_gateway", test_onlink_and_gateway },
		     { "no_gateway", test_no_gateway },
		     { "random_vs_oracle", test_random_vs_oracle },
		     { "seqlock_no_torn_read", test_seqlock_no_torn_read });
}
