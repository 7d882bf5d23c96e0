/*
 * Packet filter (common/filter*.c): the reference's filter_test.go tables
 * transcribed in vectors/control.md V6a (parseIPSet), V6c (TestFilter),
 * V6d (TestUDPState), V6e (matchProtoAndIPsOnlyIfAllPorts); pre-checks;
 * exit-node local nets; the packet decoder; the flow table with an injected
 * clock; blob validation against corruption; the region round trip.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "clock.h"
#include "filter.h"
#include "filter_int.h"
#include "region.h"
#include "unit/region_test_util.h"
#include "unit/test_util.h"

/* ---- helpers ---------------------------------------------------------- */

static struct tg_filter_pfx P(const char *s)
{
	struct tg_filter_pfx p[2];
	char cap[8];
	int n = tg_filter_parse_ipset(s, p, 2, cap, sizeof(cap), NULL, 0);

	CU_ASSERT_FATAL(n == 1);
	return p[0];
}

/* srcs: space-separated ipset strings; dsts: "NET@LO-HI ..."; protos:
 * space-separated numbers or NULL (defaults). */
static void add_rule(struct tg_filter_rules *rs, const char *srcs,
		     const char *dsts, const char *protos)
{
	struct tg_filter_match_in *m;
	char buf[512], *tok, *save, cap[64];
	struct tg_filter_pfx tmp[8];

	rs->m = realloc(rs->m, (rs->n + 1) * sizeof(*rs->m));
	m = &rs->m[rs->n];
	memset(m, 0, sizeof(*m));
	m->rule = rs->n_rules;
	rs->n++;
	rs->n_rules++;
	snprintf(buf, sizeof(buf), "%s", srcs);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		int n = tg_filter_parse_ipset(tok, tmp, 8, cap, sizeof(cap), NULL, 0);
		CU_ASSERT_FATAL(n >= 0);
		if (n == 0) {
			m->caps = realloc(m->caps, (m->n_caps + 1) * sizeof(char *));
			m->caps[m->n_caps++] = strdup(cap);
		}
		m->src = realloc(m->src, (m->n_src + (uint32_t)n + 1) * sizeof(*m->src));
		memcpy(m->src + m->n_src, tmp, (size_t)n * sizeof(*tmp));
		m->n_src += (uint32_t)n;
	}
	snprintf(buf, sizeof(buf), "%s", dsts);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		char *at = strchr(tok, '@');
		unsigned lo, hi;
		CU_ASSERT_FATAL(at != NULL);
		*at = 0;
		CU_ASSERT_FATAL(sscanf(at + 1, "%u-%u", &lo, &hi) == 2);
		int n = tg_filter_parse_ipset(tok, tmp, 8, cap, sizeof(cap), NULL, 0);
		CU_ASSERT_FATAL(n > 0);
		m->dst = realloc(m->dst, (m->n_dst + (uint32_t)n) * sizeof(*m->dst));
		for (int k = 0; k < n; k++) {
			m->dst[m->n_dst].net = tmp[k];
			m->dst[m->n_dst].first = (uint16_t)lo;
			m->dst[m->n_dst].last = (uint16_t)hi;
			m->n_dst++;
		}
	}
	if (!protos) {
		static const uint8_t def[] = { 6, 17, 1, 58 };
		memcpy(m->proto, def, 4);
		m->n_proto = 4;
		return;
	}
	snprintf(buf, sizeof(buf), "%s", protos);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
		m->proto[m->n_proto++] = (uint8_t)atoi(tok);
}

static struct tg_filter_addr A(const char *s)
{
	struct tg_filter_pfx p = P(s);
	struct tg_filter_addr a = { 0, 0 };
	tg_u128 v = tg_filter_pfx_lo(&p);

	a.hi = (uint64_t)(v >> 64);
	a.lo = (uint64_t)v;
	return a;
}

static struct tg_filter_pkt pkt(int proto, const char *src, const char *dst,
				uint16_t sport, uint16_t dport)
{
	struct tg_filter_pkt p;

	memset(&p, 0, sizeof(p));
	p.len = 100;
	p.family = strchr(src, ':') ? 6 : 4;
	p.proto = (uint8_t)proto;
	p.src = A(src);
	p.dst = A(dst);
	p.sport = sport;
	p.dport = dport;
	if (proto == TG_IPPROTO_TCP)
		p.tcp_flags = TG_TCP_SYN;
	if (proto == TG_IPPROTO_ICMP || proto == TG_IPPROTO_ICMPV6) {
		p.icmp_type = proto == TG_IPPROTO_ICMP ? 8 : 128; /* echo request */
		p.icmp_full = 1;
		p.sport = p.dport = 0;
	}
	return p;
}

/* Only 10.0.0.1 holds cap-hit-1234-ssh (V6c capability oracle). */
static int cap_resolve(void *ctx, const char *cap, struct tg_filter_pfx *out,
		       int max)
{
	(void)ctx;
	if (strcmp(cap, "cap-hit-1234-ssh"))
		return 0;
	if (max >= 1)
		out[0] = P("10.0.0.1");
	return 1;
}

static const struct tg_filter_caps v6c_caps = { cap_resolve, NULL };

static const char *const v6c_local[] = {
	"100.122.98.50", "1.2.3.4", "5.6.7.8", "102.102.102.102",
	"119.119.119.119", "8.1.0.0/16", "2001::/16",
};

static void v6c_rules(struct tg_filter_rules *rs)
{
	memset(rs, 0, sizeof(*rs));
	add_rule(rs, "8.1.1.1 8.2.2.2", "1.2.3.4@22-22 5.6.7.8@23-24", NULL);
	add_rule(rs, "9.1.1.1 9.2.2.2", "1.2.3.4@22-22 5.6.7.8@23-24", "132");
	add_rule(rs, "8.1.1.1 8.2.2.2", "5.6.7.8@27-28", NULL);
	add_rule(rs, "2.2.2.2", "8.1.1.1@22-22", NULL);
	add_rule(rs, "0.0.0.0/0", "100.122.98.50@0-65535", NULL);
	add_rule(rs, "0.0.0.0/0", "0.0.0.0/0@443-443", NULL);
	add_rule(rs, "153.1.1.1 153.1.1.2 153.3.3.3", "1.2.3.4@999-999", NULL);
	add_rule(rs, "::1 ::2", "2001::1@22-22 2001::2@22-22", NULL);
	add_rule(rs, "::/0", "::/0@443-443", NULL);
	add_rule(rs, "0.0.0.0/0", "0.0.0.0/0@0-65535", "116");
	add_rule(rs, "::/0", "::/0@0-65535", "116");
	add_rule(rs, "cap:cap-hit-1234-ssh", "1.2.3.4@22-22", NULL);
}

struct built {
	void *blob;
	size_t len;
	struct tg_filter f;
	struct tg_filter_flows flows;
};

static void build(struct built *b, const struct tg_filter_rules *rs,
		  const char *const *local, size_t n_local,
		  const struct tg_filter_caps *caps)
{
	struct tg_filter_pfx lp[16];
	struct tg_filter_local l = { lp, (uint32_t)n_local, NULL, 0, NULL, 0 };
	char err[256] = "";

	for (size_t i = 0; i < n_local; i++)
		lp[i] = P(local[i]);
	memset(b, 0, sizeof(*b));
	CU_ASSERT_EQUAL_FATAL(tg_filter_build(rs, &l, caps, 7, &b->blob, &b->len, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_filter_view(&b->f, b->blob, b->len, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_filter_flows_init(&b->flows, TG_FILTER_FLOWS_DEFAULT, 0), 0);
	b->f.flows = &b->flows;
}

static void unbuild(struct built *b)
{
	tg_filter_flows_free(&b->flows);
	free(b->blob);
}

/* ---- V6a ---------------------------------------------------------------- */

static void test_v6a_parse_ipset(void)
{
	static const struct {
		const char *in;
		const char *want[5]; /* prefixes */
		const char *cap;
		const char *err;
	} t[] = {
		{ "8.8.8.8", { "8.8.8.8/32" }, NULL, NULL },
		{ "1::2", { "1::2/128" }, NULL, NULL },
		{ "8.8.8.0/24", { "8.8.8.0/24" }, NULL, NULL },
		{ "8.8.8.8/24", { NULL }, NULL, "8.8.8.8/24 contains non-network bits set" },
		{ "1.0.0.0-1.255.255.255", { "1.0.0.0/8" }, NULL, NULL },
		{ "1.0.0.0-2.1.2.3", { "1.0.0.0/8", "2.0.0.0/16", "2.1.0.0/23", "2.1.2.0/30" }, NULL, NULL },
		{ "1.0.0.2-1.0.0.1", { NULL }, NULL, "invalid IP range \"1.0.0.2-1.0.0.1\"" },
		{ "*", { "0.0.0.0/0", "::/0" }, NULL, NULL },
		{ "cap:foo", { NULL }, "foo", NULL },
		{ "cap:people-in-8.8.8.0/24", { NULL }, "people-in-8.8.8.0/24", NULL },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct tg_filter_pfx out[16];
		char cap[64], err[128] = "", s[64];
		int n = tg_filter_parse_ipset(t[i].in, out, 16, cap, sizeof(cap), err, sizeof(err));
		if (t[i].err) {
			CU_ASSERT_EQUAL(n, -EINVAL);
			CU_ASSERT_STRING_EQUAL(err, t[i].err);
			continue;
		}
		int want = 0;
		while (want < 5 && t[i].want[want])
			want++;
		CU_ASSERT_EQUAL(n, want);
		for (int k = 0; k < want && k < n; k++)
			CU_ASSERT_STRING_EQUAL(tg_filter_pfx_str(&out[k], s, sizeof(s)), t[i].want[k]);
		CU_ASSERT_STRING_EQUAL(cap, t[i].cap ? t[i].cap : "");
	}
}

static void test_parse_ipset_edges(void)
{
	static const char *const bad[] = {
		"", "1.2.3", "1.2.3.4.5", "01.2.3.4", "256.1.1.1", "1.2.3.4/33",
		"1.2.3.0/024", "1.2.3.0/", "fe80::1%eth0", "::1/129", "1.2.3.4-::5",
		"1-2-3", "1.2.3.4 ", "x",
	};
	struct tg_filter_pfx out[300];
	char cap[8], err[128], s[64];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CU_ASSERT(tg_filter_parse_ipset(bad[i], out, 300, cap, sizeof(cap), err, sizeof(err)) < 0);
	/* The whole IPv4 space and the whole IPv6 space as ranges. */
	CU_ASSERT_EQUAL(tg_filter_parse_ipset("0.0.0.0-255.255.255.255", out, 300, cap, 8, err, 128), 1);
	CU_ASSERT_STRING_EQUAL(tg_filter_pfx_str(&out[0], s, sizeof(s)), "0.0.0.0/0");
	CU_ASSERT_EQUAL(tg_filter_parse_ipset("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", out, 300, cap, 8, err, 128), 1);
	CU_ASSERT_STRING_EQUAL(tg_filter_pfx_str(&out[0], s, sizeof(s)), "::/0");
	/* Worst case: 2*128-2 prefixes. */
	CU_ASSERT_EQUAL(tg_filter_parse_ipset("::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe", out, 300, cap, 8, err, 128), 254);
	CU_ASSERT_EQUAL(tg_filter_parse_ipset("::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe", out, 10, cap, 8, err, 128), -E2BIG);
	CU_ASSERT_EQUAL(tg_filter_parse_ipset("10.0.0.5-10.0.0.5", out, 300, cap, 8, err, 128), 1);
	CU_ASSERT_STRING_EQUAL(tg_filter_pfx_str(&out[0], s, sizeof(s)), "10.0.0.5/32");
}

/* ---- V6c ---------------------------------------------------------------- */

struct v6c_row {
	int proto;
	const char *src, *dst;
	uint16_t sport, dport;
	int accept;
	int rule; /* -1: none */
	int reason;
};

#define ACC(r) 1, r, TG_FILTER_R_rule
#define DRP 0, -1, TG_FILTER_R_no_rule
#define NLOC 0, -1, TG_FILTER_R_not_local

static const struct v6c_row v6c[] = {
	/* 0 */ { 6, "8.1.1.1", "1.2.3.4", 999, 22, ACC(0) },
	/* 1 */ { 1, "8.1.1.1", "1.2.3.4", 0, 0, ACC(0) },
	/* 2 */ { 6, "8.1.1.1", "1.2.3.4", 0, 0, DRP },
	/* 3 */ { 6, "8.1.1.1", "1.2.3.4", 0, 22, ACC(0) },
	/* 4 */ { 6, "8.1.1.1", "1.2.3.4", 0, 21, DRP },
	/* 5 */ { 6, "8.2.2.2", "1.2.3.4", 0, 22, ACC(0) },
	/* 6 */ { 6, "8.2.2.2", "1.2.3.4", 0, 23, DRP },
	/* 7 */ { 6, "8.3.3.3", "1.2.3.4", 0, 22, DRP },
	/* 8 */ { 6, "8.1.1.1", "5.6.7.8", 0, 23, ACC(0) },
	/* 9 */ { 6, "8.1.1.1", "5.6.7.8", 0, 24, ACC(0) },
	/* 10 */ { 6, "8.1.1.3", "5.6.7.8", 0, 24, DRP },
	/* 11 */ { 6, "8.1.1.1", "5.6.7.8", 0, 22, DRP },
	/* 12 */ { 6, "17.34.51.68", "8.1.34.51", 0, 443, ACC(5) },
	/* 13 */ { 6, "17.34.51.68", "8.1.34.51", 0, 444, DRP },
	/* 14 */ { 6, "17.34.51.68", "100.122.98.50", 0, 999, ACC(4) },
	/* 15 */ { 6, "17.34.51.68", "100.122.98.50", 0, 0, ACC(4) },
	/* 16 */ { 6, "::1", "2001::1", 0, 22, ACC(7) },
	/* 17 */ { 58, "::1", "2001::1", 0, 0, ACC(7) },
	/* 18 */ { 6, "::2", "2001::1", 0, 22, ACC(7) },
	/* 19 */ { 6, "::2", "2001::2", 0, 22, ACC(7) },
	/* 20 */ { 6, "::1", "2001::1", 0, 23, DRP },
	/* 21 */ { 6, "::1", "2001::3", 0, 22, DRP },
	/* 22 */ { 6, "::3", "2001::1", 0, 22, DRP },
	/* 23 */ { 6, "::1", "2001::1", 0, 443, ACC(8) },
	/* 24 */ { 6, "::1", "2001::1", 0, 444, DRP },
	/* 25 */ { 6, "8.1.1.1", "16.32.48.64", 0, 443, NLOC },
	/* 26 */ { 6, "1::", "2602::1", 0, 443, NLOC },
	/* 27 */ { 132, "8.1.1.1", "1.2.3.4", 999, 22, DRP },
	/* 28 */ { 132, "9.1.1.1", "1.2.3.4", 999, 22, ACC(1) },
	/* 29 */ { 116, "1.2.3.4", "5.6.7.8", 0, 0, ACC(9) },
	/* 30 */ { 116, "2001::1", "2001::2", 0, 0, ACC(10) },
	/* 31 */ { 127, "1.2.3.4", "5.6.7.8", 0, 0, DRP },
	/* 32 */ { 127, "2001::1", "2001::2", 0, 0, DRP },
	/* 33 */ { 6, "10.0.0.1", "1.2.3.4", 30000, 22, ACC(11) },
	/* 34 */ { 6, "10.0.0.2", "1.2.3.4", 30000, 22, DRP },
};

static void check_row(const struct tg_filter *f, const struct tg_filter_pkt *p,
		      const struct v6c_row *r, size_t i)
{
	struct tg_filter_res res = tg_filter_check(f, p);

	CU_ASSERT_EQUAL(res.accept, r->accept);
	CU_ASSERT_EQUAL(res.reason, r->reason);
	CU_ASSERT_EQUAL(res.rule, r->rule < 0 ? TG_FILTER_NO_RULE : (uint32_t)r->rule);
	if (res.accept != r->accept || res.reason != r->reason)
		fprintf(stderr, "V6c row %zu proto %u: got %s rule %u\n", i, p->proto,
			tg_filter_reason_names[res.reason], res.rule);
}

static void test_v6c_filter(void)
{
	struct tg_filter_rules rs;
	struct built b;

	v6c_rules(&rs);
	for (int mode = 0; mode < 2; mode++) {
	/* mode 0: with the source index; mode 1: the linear scan */
	tg_filter_index_limit = mode ? 0 : UINT64_MAX;
	build(&b, &rs, v6c_local, 7, &v6c_caps);
	tg_filter_index_limit = UINT64_MAX;
	CU_ASSERT_EQUAL(b.f.fam[0].n_ival > 0, !mode);
	for (size_t i = 0; i < sizeof(v6c) / sizeof(v6c[0]); i++) {
		const struct v6c_row *r = &v6c[i];
		struct tg_filter_pkt p = pkt(r->proto, r->src, r->dst, r->sport, r->dport);
		check_row(&b.f, &p, r, i);
		if (r->proto == TG_IPPROTO_TCP) {
			/* The same verdict as UDP (and as CheckTCP, which
			 * is this very packet with source port 0). */
			struct tg_filter_pkt u = p;
			u.proto = TG_IPPROTO_UDP;
			u.tcp_flags = 0;
			check_row(&b.f, &u, r, i);
			CU_ASSERT_EQUAL(tg_filter_out(b.f.flows, &u).accept, 1);
		}
		CU_ASSERT_EQUAL(tg_filter_out(b.f.flows, &p).accept, 1);
	}
	unbuild(&b);
	}
	tg_filter_rules_free(&rs);
}

/* ---- V6d ---------------------------------------------------------------- */

static void test_v6d_udp_state(void)
{
	static const char *const pairs[2][2] = {
		{ "119.119.119.119", "102.102.102.102" },
		{ "2001::2", "2001::1" },
	};
	struct tg_filter_rules rs;
	struct built b;

	v6c_rules(&rs);
	build(&b, &rs, v6c_local, 7, &v6c_caps);
	for (int i = 0; i < 2; i++) {
		struct tg_filter_pkt in = pkt(17, pairs[i][0], pairs[i][1], 4242, 4343);
		struct tg_filter_pkt out = pkt(17, pairs[i][1], pairs[i][0], 4343, 4242);
		struct tg_filter_res r = tg_filter_check(&b.f, &in);
		CU_ASSERT_EQUAL(r.accept, 0);
		CU_ASSERT_EQUAL(r.reason, TG_FILTER_R_no_rule);
		r = tg_filter_out(b.f.flows, &out);
		CU_ASSERT_EQUAL(r.accept, 1);
		CU_ASSERT_EQUAL(r.reason, TG_FILTER_R_out);
		r = tg_filter_check(&b.f, &in);
		CU_ASSERT_EQUAL(r.accept, 1);
		CU_ASSERT_EQUAL(r.reason, TG_FILTER_R_udp_flow);
		/* Only the exact reversed 5-tuple: another source port fails. */
		in.sport = 4243;
		CU_ASSERT_EQUAL(tg_filter_check(&b.f, &in).accept, 0);
		/* Outbound packets the pre-check refuses record nothing. */
		struct tg_filter_pkt mc = pkt(17, pairs[i][1], i ? "ff02::1" : "224.0.0.9", 4343, 4242);
		uint32_t nflows = b.flows.n;
		CU_ASSERT_EQUAL(tg_filter_out(b.f.flows, &mc).reason, TG_FILTER_R_multicast);
		CU_ASSERT_EQUAL(b.flows.n, nflows);
		CU_ASSERT_EQUAL(tg_filter_out(b.f.flows, &mc).accept, 0);
		mc.len = 0;
		CU_ASSERT_EQUAL(tg_filter_out(b.f.flows, &mc).reason, TG_FILTER_R_keepalive);
		/* SCTP shares the mechanism; TCP never uses it. */
		in.sport = 4242;
		in.proto = TG_IPPROTO_SCTP;
		CU_ASSERT_EQUAL(tg_filter_check(&b.f, &in).accept, 0);
		out.proto = TG_IPPROTO_SCTP;
		tg_filter_out(b.f.flows, &out);
		CU_ASSERT_EQUAL(tg_filter_check(&b.f, &in).accept, 1);
	}
	unbuild(&b);
	tg_filter_rules_free(&rs);
}

/* ---- V6e ---------------------------------------------------------------- */

static void test_v6e_allports(void)
{
	static const char *const all[] = { "0.0.0.0/0" };
	struct {
		const char *dst;
		int proto, want;
	} t[] = {
		{ "0.0.0.0/0@0-65535", 116, 1 },
		{ "0.0.0.0/0@0-65535", 127, 0 },
		{ "0.0.0.0/0@12345-12345", 116, 0 },
	};
	for (size_t i = 0; i < 3; i++) {
		struct tg_filter_rules rs = { 0 };
		struct built b;
		add_rule(&rs, "0.0.0.0/0", t[i].dst, "116");
		build(&b, &rs, all, 1, NULL);
		struct tg_filter_pkt p = pkt(t[i].proto, "1.2.3.4", "5.6.7.8", 0, 0);
		CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, t[i].want);
		unbuild(&b);
		tg_filter_rules_free(&rs);
	}
}

/* ---- pre-checks and per-protocol shortcuts -------------------------------- */

static void test_prechecks(void)
{
	static const char *const all[] = { "0.0.0.0/0", "::/0" };
	struct tg_filter_rules rs = { 0 };
	struct built b;
	struct tg_filter_pkt p;
	struct tg_filter_res r;

	build(&b, &rs, all, 2, NULL); /* no rules: deny-all filter */
	p = pkt(6, "100.64.0.2", "203.0.113.1", 1000, 80);
	p.len = 0;
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_keepalive);
	p.len = 19;
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_too_short);
	p = pkt(0, "100.64.0.2", "203.0.113.1", 0, 0);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_unknown_proto);
	p = pkt(17, "100.64.0.2", "224.0.0.251", 5353, 5353);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_multicast);
	p = pkt(17, "fd7a:115c:a1e0::2", "ff02::fb", 5353, 5353);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_multicast);
	p = pkt(6, "100.64.0.2", "169.254.1.1", 1, 80);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_link_local);
	p = pkt(6, "fd7a:115c:a1e0::2", "fe80::1", 1, 80);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_link_local);
	/* 169.254.169.254 passes the pre-check; rules decide (none here). */
	p = pkt(6, "100.64.0.2", "169.254.169.254", 1, 80);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_no_rule);
	p = pkt(TG_FILTER_PROTO_FRAGMENT, "100.64.0.2", "203.0.113.1", 0, 0);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_fragment);
	p = pkt(TG_IPPROTO_TSMP, "100.64.0.2", "203.0.113.1", 0, 0);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_tsmp);
	/* TCP: bare SYN needs a rule; ACK, SYN+ACK, RST, FIN pass. */
	p = pkt(6, "100.64.0.2", "203.0.113.1", 1000, 80);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).reason, TG_FILTER_R_no_rule);
	static const uint8_t flags[] = { 0x10, 0x12, 0x04, 0x01, 0x00, 0x18 };
	for (size_t i = 0; i < sizeof(flags); i++) {
		p.tcp_flags = flags[i];
		r = tg_filter_check(&b.f, &p);
		CU_ASSERT_EQUAL(r.accept, 1);
		CU_ASSERT_EQUAL(r.reason, TG_FILTER_R_tcp_nonsyn);
	}
	p.tcp_flags = 0x02 | 0x08; /* SYN+PSH is still a SYN */
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, 0);
	/* ICMP: echo reply and errors pass, echo request needs a rule. */
	static const struct { int proto; const char *src, *dst; uint8_t type, code; int ok; } ic[] = {
		{ 1, "100.64.0.2", "203.0.113.1", 0, 0, 1 },
		{ 1, "100.64.0.2", "203.0.113.1", 0, 1, 0 },
		{ 1, "100.64.0.2", "203.0.113.1", 3, 4, 1 },
		{ 1, "100.64.0.2", "203.0.113.1", 11, 0, 1 },
		{ 1, "100.64.0.2", "203.0.113.1", 12, 0, 1 },
		{ 1, "100.64.0.2", "203.0.113.1", 8, 0, 0 },
		{ 1, "100.64.0.2", "203.0.113.1", 13, 0, 0 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 129, 0, 1 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 1, 0, 1 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 2, 0, 1 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 3, 0, 1 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 4, 0, 1 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 128, 0, 0 },
		{ 58, "fd7a:115c:a1e0::2", "2001:db8::1", 135, 0, 0 },
		/* ICMPv6 inside IPv4 is "another protocol". */
		{ 58, "100.64.0.2", "203.0.113.1", 129, 0, 0 },
	};
	for (size_t i = 0; i < sizeof(ic) / sizeof(ic[0]); i++) {
		p = pkt(ic[i].proto, ic[i].src, ic[i].dst, 0, 0);
		p.icmp_type = ic[i].type;
		p.icmp_code = ic[i].code;
		CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, ic[i].ok);
		/* A truncated ICMP header is never a reply. */
		p.icmp_full = 0;
		CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, 0);
	}
	/* No filter loaded: fail closed. */
	struct tg_filter none;
	memset(&none, 0, sizeof(none));
	p = pkt(6, "100.64.0.2", "203.0.113.1", 1000, 80);
	CU_ASSERT_EQUAL(tg_filter_check(&none, &p).reason, TG_FILTER_R_no_filter);
	unbuild(&b);
}

/* ICMP: any rule covering src and dst (ports and protocols ignored); a
 * source holding any rule's capability passes whatever the destination. */
static void test_icmp_ips_only(void)
{
	static const char *const all[] = { "0.0.0.0/0" };
	struct tg_filter_rules rs = { 0 };
	struct built b;
	struct tg_filter_pkt p;
	struct tg_filter_res r;

	add_rule(&rs, "100.64.0.2", "198.51.100.0/24@443-443", "6");
	add_rule(&rs, "cap:ping", "192.0.2.1@22-22", "6");
	add_rule(&rs, "100.64.0.3", "203.0.113.0/24@0-65535", "300"); /* no proto */
	rs.m[2].n_proto = 0;
	build(&b, &rs, all, 1, &(struct tg_filter_caps){ cap_resolve, NULL });
	p = pkt(1, "100.64.0.2", "198.51.100.9", 0, 0);
	r = tg_filter_check(&b.f, &p);
	CU_ASSERT(r.accept && r.rule == 0 && r.reason == TG_FILTER_R_rule);
	p = pkt(1, "100.64.0.3", "203.0.113.9", 0, 0);
	r = tg_filter_check(&b.f, &p);
	CU_ASSERT(r.accept && r.rule == 2);
	p = pkt(6, "100.64.0.3", "203.0.113.9", 1, 80);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, 0); /* no protocol */
	p = pkt(1, "100.64.0.2", "203.0.113.9", 0, 0);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, 0);
	unbuild(&b);
	tg_filter_rules_free(&rs);

	/* cap:cap-hit-1234-ssh -> 10.0.0.1 (resolver above). */
	memset(&rs, 0, sizeof(rs));
	add_rule(&rs, "cap:cap-hit-1234-ssh", "192.0.2.1@22-22", "6");
	build(&b, &rs, all, 1, &v6c_caps);
	p = pkt(1, "10.0.0.1", "203.0.113.77", 0, 0);
	r = tg_filter_check(&b.f, &p);
	CU_ASSERT(r.accept && r.reason == TG_FILTER_R_icmp_cap && r.rule == 0);
	p = pkt(1, "10.0.0.2", "192.0.2.1", 0, 0);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, 0);
	/* Without a resolver cap sources match nobody. */
	unbuild(&b);
	build(&b, &rs, all, 1, NULL);
	p = pkt(6, "10.0.0.1", "192.0.2.1", 1, 22);
	CU_ASSERT_EQUAL(tg_filter_check(&b.f, &p).accept, 0);
	unbuild(&b);
	tg_filter_rules_free(&rs);
}

/* ---- exit-node local nets (exit-node.md §2.1 step 1, §2.3) ---------------- */

static void test_exit_local_nets(void)
{
	struct tg_filter_pfx addrs[] = { P("100.64.0.1"), P("fd7a:115c:a1e0::1") };
	struct tg_filter_pfx routes[] = { P("0.0.0.0/0"), P("::/0") };
	struct tg_filter_pfx host[3];
	struct tg_filter_local l = { addrs, 2, routes, 2, host, 3 };
	struct tg_filter_rules rs = { 0 };
	struct tg_filter f;
	void *blob;
	size_t len;
	char err[256];

	/* Host interface 198.51.100.7/24 and 2001:db8:1::7/64 (with host
	 * bits), and a /32 that is ignored like the reference does. */
	memset(host, 0, sizeof(host));
	host[0].family = 4;
	host[0].bits = 24;
	inet_pton(AF_INET, "198.51.100.7", host[0].addr);
	host[1].family = 6;
	host[1].bits = 64;
	inet_pton(AF_INET6, "2001:db8:1::7", host[1].addr);
	host[2] = P("203.0.113.50");
	add_rule(&rs, "*", "*@0-65535", NULL);
	CU_ASSERT_EQUAL_FATAL(tg_filter_build(&rs, &l, NULL, 1, &blob, &len, err, sizeof(err)), 0);
	memset(&f, 0, sizeof(f));
	CU_ASSERT_EQUAL_FATAL(tg_filter_view(&f, blob, len, err, sizeof(err)), 0);
	static const struct { const char *dst; int ok; } t[] = {
		{ "203.0.113.9", 1 }, { "8.8.8.8", 1 }, { "203.0.113.50", 1 },
		{ "198.51.100.7", 1 },  /* the host's own address */
		{ "198.51.100.8", 0 },  /* its LAN */
		{ "10.1.2.3", 0 }, { "172.16.0.1", 0 }, { "172.31.255.255", 0 },
		{ "172.32.0.1", 1 }, { "192.168.1.1", 0 }, { "100.64.0.2", 0 },
		{ "100.127.255.255", 0 }, { "100.128.0.0", 1 }, { "100.63.255.255", 1 },
		{ "100.64.0.1", 1 },    /* own Tailscale address */
		{ "239.1.1.1", 0 }, { "2001:db8::1", 1 }, { "2001:db8:1::8", 0 },
		{ "2001:db8:1::7", 1 }, { "fd7a:115c:a1e0::2", 0 },
		{ "fd7a:115c:a1e0::1", 1 }, { "fd7a:115c:a1e1::1", 1 },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct tg_filter_pkt p = pkt(6, strchr(t[i].dst, ':') ? "fd7a:115c:a1e0::9" : "100.64.0.9",
					     t[i].dst, 1000, 443);
		struct tg_filter_res r = tg_filter_check(&f, &p);
		CU_ASSERT_EQUAL(r.accept, t[i].ok);
		if (!t[i].ok)
			CU_ASSERT(r.reason == TG_FILTER_R_not_local || r.reason == TG_FILTER_R_multicast);
		if (r.accept != t[i].ok)
			fprintf(stderr, "local nets: %s got %s\n", t[i].dst, tg_filter_reason_names[r.reason]);
	}
	free(blob);
	tg_filter_rules_free(&rs);
}

/* ---- decoder ------------------------------------------------------------- */

static size_t mk4(uint8_t *b, int proto, size_t l4len, uint16_t frag)
{
	size_t tot = 20 + l4len;

	memset(b, 0, tot);
	b[0] = 0x45;
	b[2] = (uint8_t)(tot >> 8);
	b[3] = (uint8_t)tot;
	b[6] = (uint8_t)(frag >> 8);
	b[7] = (uint8_t)frag;
	b[8] = 64;
	b[9] = (uint8_t)proto;
	inet_pton(AF_INET, "100.64.0.2", b + 12);
	inet_pton(AF_INET, "203.0.113.1", b + 16);
	return tot;
}

static void test_decode(void)
{
	uint8_t b[128];
	struct tg_filter_pkt p;
	size_t n;

	n = mk4(b, 6, 20, 0);
	b[20] = 0x04; b[21] = 0xd2; b[22] = 0; b[23] = 80; b[32] = 0x50; b[33] = 0x02;
	tg_filter_parse(b, n, &p);
	CU_ASSERT(p.family == 4 && p.proto == 6 && p.sport == 1234 && p.dport == 80 && p.tcp_flags == 2);
	CU_ASSERT(p.src.lo == 0x64400002u && p.dst.lo == 0xcb007101u && p.len == 40);
	tg_filter_parse(b, n - 1, &p); /* cut off before total length */
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 6, 19, 0); /* TCP header short */
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 17, 8, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, 17);
	n = mk4(b, 17, 7, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 132, 11, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 1, 8, 0);
	b[20] = 0;
	tg_filter_parse(b, n, &p);
	CU_ASSERT(p.proto == 1 && p.icmp_full && p.icmp_type == 0);
	n = mk4(b, 1, 4, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT(p.proto == 1 && !p.icmp_full);
	n = mk4(b, 1, 3, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	/* Fragments: later ones at offset >= 10 blocks pass as FRAGMENT;
	 * lower offsets and tiny first fragments are UNKNOWN. */
	n = mk4(b, 6, 40, 10);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_FRAGMENT);
	n = mk4(b, 6, 40, 9);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 17, 9, 0x2000);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 17, 10, 0x2000);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, 17);
	n = mk4(b, 255, 10, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	n = mk4(b, 116, 0, 0);
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, 116);
	n = mk4(b, 6, 20, 0);
	b[0] = 0x44; /* IHL 4 */
	tg_filter_parse(b, n, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
	tg_filter_parse(b, 10, &p);
	CU_ASSERT(p.family == 0 && p.len == 10);
	/* IPv6 UDP, and a hop-by-hop header (next header 0) is UNKNOWN. */
	memset(b, 0, sizeof(b));
	b[0] = 0x60; b[5] = 8; b[6] = 17;
	inet_pton(AF_INET6, "fd7a:115c:a1e0::2", b + 8);
	inet_pton(AF_INET6, "2001:db8::1", b + 24);
	b[40] = 0x10; b[41] = 0x00; b[42] = 0x00; b[43] = 53;
	tg_filter_parse(b, 48, &p);
	CU_ASSERT(p.family == 6 && p.proto == 17 && p.sport == 4096 && p.dport == 53);
	CU_ASSERT(p.src.hi == 0xfd7a115ca1e00000ULL && p.src.lo == 2 && p.dst.hi == 0x20010db800000000ULL);
	b[6] = 0;
	tg_filter_parse(b, 48, &p);
	CU_ASSERT_EQUAL(p.proto, TG_FILTER_PROTO_UNKNOWN);
}

/* ---- flow table ------------------------------------------------------------ */

static struct tg_filter_flow_key fk(uint32_t i)
{
	struct tg_filter_flow_key k;

	memset(&k, 0, sizeof(k));
	k.family = 4;
	k.proto = 17;
	k.src.lo = 0xcb007100u + (i & 0xff);
	k.dst.lo = 0x64400000u + (i >> 8);
	k.sport = (uint16_t)(1000 + i);
	k.dport = 53;
	return k;
}

static void test_flows_lru(void)
{
	struct tg_filter_flows fl;
	struct tg_manual_clock c;
	struct tg_filter_flow_key k;

	tg_manual_clock_init(&c, 1000, 0);
	CU_ASSERT_EQUAL_FATAL(tg_filter_flows_init(&fl, 4, 0), 0);
	CU_ASSERT_EQUAL(tg_filter_flows_init(&(struct tg_filter_flows){ 0 }, 0, 0), -EINVAL);
	tg_filter_flows_tick(&fl, c.clock.mono_ns(c.clock.ctx));
	for (uint32_t i = 0; i < 4; i++) {
		k = fk(i);
		tg_filter_flows_add(&fl, &k);
	}
	CU_ASSERT_EQUAL(fl.n, 4);
	k = fk(0);
	CU_ASSERT(tg_filter_flows_lookup(&fl, &k)); /* 0 becomes newest */
	k = fk(4);
	tg_filter_flows_add(&fl, &k); /* evicts 1, the oldest */
	CU_ASSERT_EQUAL(fl.evictions, 1);
	k = fk(1);
	CU_ASSERT(!tg_filter_flows_lookup(&fl, &k));
	for (uint32_t i = 0; i < 5; i++) {
		k = fk(i);
		CU_ASSERT_EQUAL(tg_filter_flows_lookup(&fl, &k), i != 1);
	}
	k = fk(4);
	k.dport = 54;
	CU_ASSERT(!tg_filter_flows_lookup(&fl, &k));
	tg_filter_flows_free(&fl);

	/* Idle expiry with the injected clock (no sleeping). */
	CU_ASSERT_EQUAL_FATAL(tg_filter_flows_init(&fl, 8, 30000000000ULL), 0);
	tg_filter_flows_tick(&fl, c.mono);
	k = fk(7);
	tg_filter_flows_add(&fl, &k);
	c.mono += 29999999999ULL;
	tg_filter_flows_tick(&fl, c.clock.mono_ns(c.clock.ctx));
	CU_ASSERT(tg_filter_flows_lookup(&fl, &k));
	c.mono += 1;
	tg_filter_flows_tick(&fl, c.clock.mono_ns(c.clock.ctx));
	CU_ASSERT(!tg_filter_flows_lookup(&fl, &k));
	CU_ASSERT_EQUAL(fl.expired, 1);
	CU_ASSERT_EQUAL(fl.n, 0);
	tg_filter_flows_add(&fl, &k); /* re-added after expiry */
	CU_ASSERT(tg_filter_flows_lookup(&fl, &k));
	tg_filter_flows_free(&fl);
}

/* Randomized: the table against a naive list with LRU order. */
static void test_flows_random(void)
{
	uint64_t seed = tg_test_seed() ^ 0xf10f;
	struct tg_filter_flows fl;
	uint32_t naive[16], nn = 0;

	CU_ASSERT_EQUAL_FATAL(tg_filter_flows_init(&fl, 16, 0), 0);
	for (int step = 0; step < 20000; step++) {
		uint32_t id = (uint32_t)(tg_test_rand(&seed) % 40);
		struct tg_filter_flow_key k = fk(id);
		uint32_t pos = nn;
		for (uint32_t i = 0; i < nn; i++)
			if (naive[i] == id)
				pos = i;
		if (tg_test_rand(&seed) & 1) {
			bool got = tg_filter_flows_lookup(&fl, &k);
			CU_ASSERT_EQUAL(got, pos < nn);
			if (got != (pos < nn))
				break;
			if (pos < nn) {
				memmove(naive + 1, naive, pos * sizeof(*naive));
				naive[0] = id;
			}
		} else {
			tg_filter_flows_add(&fl, &k);
			if (pos < nn) {
				memmove(naive + 1, naive, pos * sizeof(*naive));
			} else {
				if (nn == 16)
					nn--;
				memmove(naive + 1, naive, nn * sizeof(*naive));
				nn++;
			}
			naive[0] = id;
		}
		CU_ASSERT_EQUAL(fl.n, nn);
	}
	tg_filter_flows_free(&fl);
}

/* ---- blob validation -------------------------------------------------------- */

static void test_view_rejects_corruption(void)
{
	struct tg_filter_rules rs;
	struct built b;
	uint64_t seed = tg_test_seed() ^ 0xb10b;
	char err[256];
	uint8_t *copy;
	struct tg_filter f;

	v6c_rules(&rs);
	build(&b, &rs, v6c_local, 7, &v6c_caps);
	copy = aligned_alloc(64, (b.len + 63) & ~(size_t)63);
	memset(&f, 0, sizeof(f));
	CU_ASSERT_EQUAL(tg_filter_view(&f, b.blob, sizeof(struct tg_filter_blob_hdr) - 1, err, sizeof(err)), -EINVAL);
	CU_ASSERT_EQUAL(tg_filter_view(&f, b.blob, b.len - 8, err, sizeof(err)), -EINVAL);
	CU_ASSERT_EQUAL(tg_filter_view(&f, (uint8_t *)b.blob + 4, b.len - 4, err, sizeof(err)), -EINVAL);
	memcpy(copy, b.blob, b.len);
	((struct tg_filter_blob_hdr *)copy)->magic ^= 1;
	CU_ASSERT_EQUAL(tg_filter_view(&f, copy, b.len, err, sizeof(err)), -EINVAL);
	memcpy(copy, b.blob, b.len);
	((struct tg_filter_blob_hdr *)copy)->sec[1][TG_FILTER_SEC_DST].n = 1u << 30;
	CU_ASSERT_EQUAL(tg_filter_view(&f, copy, b.len, err, sizeof(err)), -EINVAL);
	/* Random byte flips: the view either refuses or every check runs
	 * within bounds (ASan watches). */
	for (int i = 0; i < 2000; i++) {
		memcpy(copy, b.blob, b.len);
		for (int k = 0; k < 3; k++)
			copy[tg_test_rand(&seed) % b.len] ^= (uint8_t)(1u << (tg_test_rand(&seed) % 8));
		if (tg_filter_view(&f, copy, b.len, err, sizeof(err)))
			continue;
		for (size_t r = 0; r < sizeof(v6c) / sizeof(v6c[0]); r++) {
			struct tg_filter_pkt p = pkt(v6c[r].proto, v6c[r].src, v6c[r].dst, v6c[r].sport, v6c[r].dport);
			(void)tg_filter_check(&f, &p);
		}
	}
	free(copy);
	unbuild(&b);
	tg_filter_rules_free(&rs);
}

/* ---- region round trip -------------------------------------------------------- */

static void test_region_publish(void)
{
	static const struct tg_region_sizes sz = {
		.max_peers = 4, .max_keypairs = 12, .max_allowed_ips = 8,
		.max_workers = 1, .nat_sessions = 16, .max_filter_rules = 64,
		.ring_slots = 8, .filter_bytes = 64 * 48,
	};
	struct tg_filter_rules rs;
	struct tg_region r;
	struct tg_filter f;
	char name[64], err[256] = "";
	void *blob;
	size_t len;
	struct tg_filter_pfx lp[7];
	struct tg_filter_local l = { lp, 7, NULL, 0, NULL, 0 };

	for (int i = 0; i < 7; i++)
		lp[i] = P(v6c_local[i]);
	v6c_rules(&rs);
	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	memset(&f, 0, sizeof(f));
	CU_ASSERT_EQUAL(tg_filter_load(&r, &f, err, sizeof(err)), -ENOENT);
	CU_ASSERT(!tg_filter_changed(&r, &f));
	CU_ASSERT_EQUAL_FATAL(tg_filter_build(&rs, &l, &v6c_caps, 1, &blob, &len, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_filter_publish(&r, blob, len, 1000000000ULL), 0);
	CU_ASSERT(tg_filter_changed(&r, &f));
	CU_ASSERT_EQUAL_FATAL(tg_filter_load(&r, &f, err, sizeof(err)), 0);
	CU_ASSERT(!tg_filter_changed(&r, &f));
	for (size_t i = 0; i < sizeof(v6c) / sizeof(v6c[0]); i++) {
		struct tg_filter_pkt p = pkt(v6c[i].proto, v6c[i].src, v6c[i].dst, v6c[i].sport, v6c[i].dport);
		CU_ASSERT_EQUAL(tg_filter_check(&f, &p).accept, v6c[i].accept);
	}
	free(blob);
	/* A second publish (serial 2) is seen as a change. */
	CU_ASSERT_EQUAL_FATAL(tg_filter_build(NULL, &l, NULL, 2, &blob, &len, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(tg_filter_publish(&r, blob, len, 1000000000ULL), 0);
	CU_ASSERT(tg_filter_changed(&r, &f));
	CU_ASSERT_EQUAL(tg_filter_load(&r, &f, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(f.serial, 2);
	free(blob);
	/* Too big for the 64 * 48 byte area. */
	{
		static uint8_t big[64 * 48 + 1];

		CU_ASSERT_EQUAL(tg_filter_publish(&r, big, sizeof(big), 1000000ULL), -ENOSPC);
	}
	tg_region_detach(&r);
	tg_region_unlink(name);
	tg_filter_rules_free(&rs);
}

void filter_test_register(void)
{
	TG_ADD_SUITE("filter", NULL, NULL,
		     { "v6a_parse_ipset", test_v6a_parse_ipset },
		     { "parse_ipset_edges", test_parse_ipset_edges },
		     { "v6c_filter", test_v6c_filter },
		     { "v6d_udp_state", test_v6d_udp_state },
		     { "v6e_allports", test_v6e_allports },
		     { "prechecks", test_prechecks },
		     { "icmp_ips_only", test_icmp_ips_only },
		     { "exit_local_nets", test_exit_local_nets },
		     { "decode", test_decode },
		     { "flows_lru", test_flows_lru },
		     { "flows_random", test_flows_random },
		     { "view_rejects_corruption", test_view_rejects_corruption },
		     { "region_publish", test_region_publish });
}
