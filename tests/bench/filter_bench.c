/*
 * Packet-filter benchmark: cost of tg_filter_check per packet for filters of
 * 10 and 1,000 random rules (plus any counts given on the command line).
 * Rules look like a policy compiled for an exit node: each has a few tailnet
 * sources (/32s and small CGNAT blocks), a few public destination ranges
 * with ports, default protocols; local nets are 0/0 shrunk as for an exit
 * node. Packets are TCP SYNs and UDP from tailnet sources to public
 * addresses: half are drawn from a random rule (accepted by it), half are
 * random (almost all refused after trying every candidate rule).
 *
 * Prints one line per rule count:
 *   filter rules=N ns/packet=X cycles/packet=Y
 * (cycles from the TSC on x86-64, else 0). Never fails on a number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__x86_64__)
#include <x86intrin.h>
#endif

#include "filter.h"

static uint64_t rnd(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void pfx4(struct tg_filter_pfx *p, uint32_t a, int bits)
{
	memset(p, 0, sizeof(*p));
	p->family = 4;
	p->bits = (uint8_t)bits;
	if (bits < 32)
		a &= bits ? ~((1u << (32 - bits)) - 1) : 0;
	p->addr[0] = (uint8_t)(a >> 24);
	p->addr[1] = (uint8_t)(a >> 16);
	p->addr[2] = (uint8_t)(a >> 8);
	p->addr[3] = (uint8_t)a;
}

/* The bench hook: n random exit-node-like rules. */
static int filter_bench_rules(uint32_t n, uint64_t seed, struct tg_filter_rules *rs)
{
	static const uint8_t def[] = { 6, 17, 1, 58 };
	uint64_t s = seed;

	memset(rs, 0, sizeof(*rs));
	rs->m = calloc(n ? n : 1, sizeof(*rs->m));
	if (!rs->m)
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		struct tg_filter_match_in *m = &rs->m[i];
		m->rule = i;
		memcpy(m->proto, def, sizeof(def));
		m->n_proto = 4;
		m->n_src = 1 + (uint32_t)(rnd(&s) % 4);
		m->src = calloc(m->n_src, sizeof(*m->src));
		for (uint32_t k = 0; k < m->n_src; k++)
			pfx4(&m->src[k], 0x64400000u + (uint32_t)(rnd(&s) % 0x400000u),
			     rnd(&s) % 4 ? 32 : 28);
		m->n_dst = 1 + (uint32_t)(rnd(&s) % 3);
		m->dst = calloc(m->n_dst, sizeof(*m->dst));
		for (uint32_t k = 0; k < m->n_dst; k++) {
			uint16_t port = (uint16_t)(1 + rnd(&s) % 1024);
			pfx4(&m->dst[k].net, (uint32_t)rnd(&s), 8 + (int)(rnd(&s) % 17));
			m->dst[k].first = port;
			m->dst[k].last = rnd(&s) % 2 ? port : (uint16_t)(port + 10);
		}
		rs->n++;
		rs->n_rules++;
	}
	return 0;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static uint64_t cycles(void)
{
#if defined(__x86_64__)
	return __rdtsc();
#else
	return 0;
#endif
}

#define NPKT 4096

static void run(uint32_t nrules)
{
	struct tg_filter_pfx routes[1], host[1];
	struct tg_filter_local l = { NULL, 0, routes, 1, host, 1 };
	struct tg_filter_rules rs;
	struct tg_filter f;
	struct tg_filter_flows fl;
	static struct tg_filter_pkt pk[NPKT];
	uint64_t s = 42, accepted = 0, iters, t0, t1, c0, c1;
	char err[256];
	void *blob;
	size_t len;

	pfx4(&routes[0], 0, 0);
	pfx4(&host[0], 0xc6336407u, 24); /* 198.51.100.7/24 */
	host[0].addr[3] = 7;
	if (filter_bench_rules(nrules, 7, &rs) ||
	    tg_filter_build(&rs, &l, NULL, 1, &blob, &len, err, sizeof(err))) {
		printf("filter rules=%u build failed: %s\n", nrules, err);
		return;
	}
	memset(&f, 0, sizeof(f));
	if (tg_filter_view(&f, blob, len, err, sizeof(err)) ||
	    tg_filter_flows_init(&fl, TG_FILTER_FLOWS_DEFAULT, 0)) {
		printf("filter rules=%u view failed: %s\n", nrules, err);
		return;
	}
	f.flows = &fl;
	for (int i = 0; i < NPKT; i++) {
		struct tg_filter_pkt *p = &pk[i];
		memset(p, 0, sizeof(*p));
		p->len = 60;
		p->family = 4;
		p->proto = rnd(&s) % 4 ? 6 : 17;
		p->tcp_flags = TG_TCP_SYN;
		p->src.lo = 0x64400000u + (uint32_t)(rnd(&s) % 0x400000u);
		p->dst.lo = (uint32_t)rnd(&s);
		p->sport = (uint16_t)(1024 + rnd(&s) % 60000);
		p->dport = (uint16_t)(1 + rnd(&s) % 1024);
		if (nrules && i % 2) {
			const struct tg_filter_match_in *m = &rs.m[rnd(&s) % nrules];
			const uint8_t *sa = m->src[0].addr, *da = m->dst[0].net.addr;
			p->src.lo = (uint32_t)sa[0] << 24 | (uint32_t)sa[1] << 16 | (uint32_t)sa[2] << 8 | sa[3];
			p->dst.lo = ((uint32_t)da[0] << 24 | (uint32_t)da[1] << 16 | (uint32_t)da[2] << 8 | da[3]) + 1;
			p->dport = m->dst[0].first;
		}
	}
	iters = nrules >= 1000 ? 100 : 2000;
	t0 = now_ns();
	c0 = cycles();
	for (uint64_t it = 0; it < iters; it++)
		for (int i = 0; i < NPKT; i++)
			accepted += tg_filter_check(&f, &pk[i]).accept;
	c1 = cycles();
	t1 = now_ns();
	printf("filter rules=%u ns/packet=%.1f cycles/packet=%.1f\n", nrules,
	       (double)(t1 - t0) / (double)(iters * NPKT),
	       (double)(c1 - c0) / (double)(iters * NPKT));
	fprintf(stderr, "  (%u rules: %zu-byte blob, %.1f%% accepted)\n", nrules, len,
		100.0 * (double)accepted / (double)(iters * NPKT));
	tg_filter_flows_free(&fl);
	free(blob);
	tg_filter_rules_free(&rs);
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			run((uint32_t)strtoul(argv[i], NULL, 10));
		return 0;
	}
	run(10);
	run(1000);
	return 0;
}
