/*
 * NAT cross-worker stress: one thread owns partition 0 and creates,
 * refreshes and expires flows as fast as it can (a fast clock makes
 * sessions churn); another thread translates return packets for those
 * flows concurrently, as a second worker would. Every flow k uses internal
 * address/port and remote address derived from k, so a torn or stale read
 * (a reused entry seen half-written) shows up as a translation that does
 * not match its remote. Runs ~1.5 s; exit 0 when no inconsistency was seen
 * and both sides made progress.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "csum.h"
#include "nat.h"
#include "pkt.h"

#define FLOWS 3000
#define NS 1000000000ULL
#define RUN_NS (1500ULL * 1000000ULL)

static uint8_t *area;
static struct dp_nat nat;
static _Atomic uint64_t now_ns = 1000 * NS;
static _Atomic uint16_t ext_hint[FLOWS];
static _Atomic int stop;
static const uint8_t egress_b[4] = { 203, 0, 113, 10 };

static uint32_t be_addr(uint8_t a, uint8_t b, uint8_t c, uint8_t d)
{
	uint8_t x[4] = { a, b, c, d };
	uint32_t v;

	memcpy(&v, x, 4);
	return v;
}

static uint32_t int_addr(unsigned k) { return be_addr(100, 64, (uint8_t)(k >> 8), (uint8_t)k); }
static uint32_t rem_addr(unsigned k) { return be_addr(198, 51, (uint8_t)(k >> 8), (uint8_t)k); }

static uint16_t udp(uint8_t *ip, uint32_t src, uint32_t dst, uint16_t sp, uint16_t dp)
{
	memset(ip, 0, 36);
	ip[0] = 0x45;
	dp_put_be16(ip + 2, 36);
	ip[8] = 64;
	ip[9] = 17;
	memcpy(ip + 12, &src, 4);
	memcpy(ip + 16, &dst, 4);
	dp_put_be16(ip + 10, dp_csum(ip, 20));
	dp_put_be16(ip + 20, sp);
	dp_put_be16(ip + 22, dp);
	dp_put_be16(ip + 24, 16);
	return 36;
}

static uint64_t mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NS + (uint64_t)ts.tv_nsec;
}

static uint64_t rnd(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static uint64_t n_out, n_out_fail, n_in_ok, n_in_miss, n_bad;

static void *owner(void *arg)
{
	uint8_t ip[64];
	uint64_t s = 0x1234567, eg;
	enum tg_drop why;
	enum tg_path path;

	(void)arg;
	memcpy(&eg, egress_b, 4);
	while (!atomic_load(&stop)) {
		unsigned k = 1 + (unsigned)(rnd(&s) % (FLOWS - 1));
		uint64_t t = atomic_fetch_add(&now_ns, NS / 10) + NS / 10;

		udp(ip, int_addr(k), rem_addr(k), (uint16_t)k, 53);
		if (dp_nat_out(&nat, 0, ip, 36, (uint32_t)eg, k, t, &why, &path) == 0) {
			atomic_store_explicit(&ext_hint[k], dp_be16(ip + 20), memory_order_relaxed);
			n_out++;
		} else {
			n_out_fail++;
		}
		dp_nat_sweep(&nat, 0, t, 16);
	}
	return NULL;
}

static void *reader(void *arg)
{
	uint8_t ip[64];
	uint64_t s = 0xabcdef1;
	uint32_t eg;
	enum tg_drop why;
	bool is_err;
	uint32_t peer;

	(void)arg;
	memcpy(&eg, egress_b, 4);
	while (!atomic_load(&stop)) {
		unsigned k = 1 + (unsigned)(rnd(&s) % (FLOWS - 1));
		uint16_t ext = atomic_load_explicit(&ext_hint[k], memory_order_relaxed);

		if (!ext)
			continue;
		udp(ip, rem_addr(k), eg, 53, ext);
		if (dp_nat_in(&nat, ip, 36, eg, atomic_load(&now_ns), &why, &is_err, &peer) == 0) {
			n_in_ok++;
			if (dp_raw32(ip + 16) != int_addr(k) || dp_be16(ip + 22) != k ||
			    dp_csum(ip, 20) != 0)
				n_bad++;
		} else {
			n_in_miss++;
		}
	}
	return NULL;
}

int main(void)
{
	size_t bytes = 256 * 1024;
	pthread_t a, b;
	uint64_t t0 = mono();

	area = calloc(1, bytes);
	if (!area || dp_nat_format(area, bytes, 2, 40000, 41999, 99) != 0 ||
	    dp_nat_attach(&nat, area, bytes) != 0) {
		fprintf(stderr, "nat_stress: setup failed\n");
		return 2;
	}
	pthread_create(&a, NULL, owner, NULL);
	pthread_create(&b, NULL, reader, NULL);
	while (mono() - t0 < RUN_NS) {
		struct timespec ts = { 0, 50 * 1000000L };
		nanosleep(&ts, NULL);
	}
	atomic_store(&stop, 1);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	printf("nat_stress: out %llu (fail %llu), in ok %llu miss %llu, inconsistent %llu, "
	       "partition sessions %u\n",
	       (unsigned long long)n_out, (unsigned long long)n_out_fail,
	       (unsigned long long)n_in_ok, (unsigned long long)n_in_miss,
	       (unsigned long long)n_bad, dp_nat_part_sessions(&nat));
	free(area);
	return n_bad == 0 && n_out > 1000 && n_in_ok > 100 ? 0 : 1;
}
