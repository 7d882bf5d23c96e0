/*
 * controlplane/filter_json.c: V6b (MatchesFromFilterRules), PacketFilter /
 * PacketFilters absent vs null vs [] bookkeeping, IPProto defaults,
 * malformed input (types, sizes, bad CIDRs, legacy bits), and a seeded
 * randomized comparison of JSON -> compile -> tg_filter_check against the
 * naive JSON-level oracle (tests/oracle/filter_oracle.c).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "filter_int.h"
#include "filter_json.h"
#include "oracle/filter_oracle.h"
#include "unit/test_util.h"

static json_t *J(const char *s)
{
	json_error_t e;
	json_t *v = json_loads(s, JSON_DECODE_ANY, &e);

	if (!v)
		fprintf(stderr, "bad test JSON: %s: %s\n", e.text, s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	return v;
}

static int conv(const char *s, struct tg_filter_rules *rs, struct cp_filter_diag *d,
		char *err, size_t n)
{
	json_t *v = J(s);
	int rc = cp_filter_rules_from_json(v, rs, d, err, n);

	json_decref(v);
	return rc;
}

static const char *pstr(const struct tg_filter_pfx *p, char *b)
{
	return tg_filter_pfx_str(p, b, 64);
}

/* ---- V6b ------------------------------------------------------------------ */

static void test_v6b(void)
{
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	char err[256], b[64];

	CU_ASSERT_EQUAL(conv("[]", &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(rs.n, 0);
	tg_filter_rules_free(&rs);

	CU_ASSERT_EQUAL_FATAL(conv("[{\"SrcIPs\":[\"100.64.1.1\"],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":22,\"Last\":22}}]}]",
				   &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(rs.n, 1);
	CU_ASSERT_EQUAL(rs.m[0].n_proto, 4);
	CU_ASSERT(rs.m[0].proto[0] == 6 && rs.m[0].proto[1] == 17 && rs.m[0].proto[2] == 1 && rs.m[0].proto[3] == 58);
	CU_ASSERT_EQUAL_FATAL(rs.m[0].n_src, 1);
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].src[0], b), "100.64.1.1/32");
	CU_ASSERT_EQUAL_FATAL(rs.m[0].n_dst, 2);
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].dst[0].net, b), "0.0.0.0/0");
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].dst[1].net, b), "::/0");
	CU_ASSERT(rs.m[0].dst[0].first == 22 && rs.m[0].dst[0].last == 22);
	CU_ASSERT(rs.m[0].dst[1].first == 22 && rs.m[0].dst[1].last == 22);
	CU_ASSERT_EQUAL(rs.m[0].n_caps, 0);
	CU_ASSERT_EQUAL(d.skipped, 0);
	tg_filter_rules_free(&rs);

	CU_ASSERT_EQUAL_FATAL(conv("[{\"SrcIPs\":[\"100.64.1.1\"],\"DstPorts\":[{\"IP\":\"1.2.0.0/16\",\"Ports\":{\"First\":22,\"Last\":22}}],\"IPProto\":[6]}]",
				   &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(rs.n, 1);
	CU_ASSERT(rs.m[0].n_proto == 1 && rs.m[0].proto[0] == 6);
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].src[0], b), "100.64.1.1/32");
	CU_ASSERT_EQUAL_FATAL(rs.m[0].n_dst, 1);
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].dst[0].net, b), "1.2.0.0/16");
	tg_filter_rules_free(&rs);
}

static void test_ipproto_forms(void)
{
	static const struct { const char *p; int n; uint8_t want[4]; } t[] = {
		{ "", 4, { 6, 17, 1, 58 } },
		{ ",\"IPProto\":null", 4, { 6, 17, 1, 58 } },
		{ ",\"IPProto\":[]", 4, { 6, 17, 1, 58 } },
		{ ",\"IPProto\":[300,-1]", 0, { 0 } },
		{ ",\"IPProto\":[6,6,300,17,255,0]", 4, { 6, 17, 255, 0 } },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char js[256], err[256];
		struct tg_filter_rules rs;
		struct cp_filter_diag d;
		snprintf(js, sizeof(js), "[{\"SrcIPs\":[\"*\"],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":\"*\"}]%s}]", t[i].p);
		CU_ASSERT_EQUAL_FATAL(conv(js, &rs, &d, err, sizeof(err)), 0);
		CU_ASSERT_EQUAL(rs.m[0].n_proto, t[i].n);
		for (int k = 0; k < t[i].n && k < rs.m[0].n_proto; k++)
			CU_ASSERT_EQUAL(rs.m[0].proto[k], t[i].want[k]);
		CU_ASSERT(rs.m[0].dst[0].first == 0 && rs.m[0].dst[0].last == 65535);
		tg_filter_rules_free(&rs);
	}
}

/* Entry errors: skipped, first message kept, the rest applies. */
static void test_entry_errors(void)
{
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	char err[256], b[64];

	CU_ASSERT_EQUAL_FATAL(conv("[{\"SrcIPs\":[\"8.8.8.8/24\",\"bogus\",\"1.2.3.4\",\"cap:peers\",null],"
				   "\"DstPorts\":[{\"IP\":\"cap:x\"},{\"IP\":\"2.0.0.0-1.0.0.0\"},{\"IP\":\"198.51.100.0/24\"},null]}]",
				   &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(d.skipped, 6);
	CU_ASSERT_STRING_EQUAL(d.first, "rule 0: SrcIPs[0]: 8.8.8.8/24 contains non-network bits set");
	CU_ASSERT_EQUAL_FATAL(rs.m[0].n_src, 1);
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].src[0], b), "1.2.3.4/32");
	CU_ASSERT_EQUAL_FATAL(rs.m[0].n_caps, 1);
	CU_ASSERT_STRING_EQUAL(rs.m[0].caps[0], "peers");
	CU_ASSERT_EQUAL_FATAL(rs.m[0].n_dst, 1);
	CU_ASSERT_STRING_EQUAL(pstr(&rs.m[0].dst[0].net, b), "198.51.100.0/24");
	CU_ASSERT(rs.m[0].dst[0].first == 0 && rs.m[0].dst[0].last == 0); /* Ports absent */
	tg_filter_rules_free(&rs);
	/* A null rule is an empty rule (Go zero value): keeps its id. */
	CU_ASSERT_EQUAL_FATAL(conv("[null,{\"srcips\":[\"*\"],\"dstports\":[{\"ip\":\"*\",\"ports\":{\"first\":1,\"last\":2}}]}]",
				   &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(rs.n, 2);
	CU_ASSERT_EQUAL(rs.m[1].rule, 1);
	CU_ASSERT_EQUAL(rs.m[1].n_src, 2); /* case-insensitive keys, like encoding/json */
	CU_ASSERT(rs.m[1].n_dst == 2 && rs.m[1].dst[0].first == 1 && rs.m[1].dst[0].last == 2);
	tg_filter_rules_free(&rs);
}

static void test_malformed(void)
{
	static const struct { const char *js; int rc; const char *msg; } t[] = {
		{ "{}", -EINVAL, "PacketFilter must be an array or null" },
		{ "[1]", -EINVAL, "PacketFilter rule 0 must be an object" },
		{ "[{\"SrcIPs\":\"*\"}]", -EINVAL, "PacketFilter rule 0: SrcIPs must be an array or null" },
		{ "[{\"SrcIPs\":[5]}]", -EINVAL, "PacketFilter rule 0: SrcIPs[0] must be a string" },
		{ "[{\"DstPorts\":{}}]", -EINVAL, "PacketFilter rule 0: DstPorts must be an array or null" },
		{ "[{\"DstPorts\":[5]}]", -EINVAL, "PacketFilter rule 0: DstPorts[0] must be an object" },
		{ "[{\"DstPorts\":[{\"IP\":5}]}]", -EINVAL, "PacketFilter rule 0: DstPorts[0].IP must be a string" },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":\"22\"}}]}]", -EINVAL,
		  "PacketFilter rule 0: DstPorts[0].Ports.First must be an integer 0-65535" },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":1,\"Last\":70000}}]}]", -EINVAL,
		  "PacketFilter rule 0: DstPorts[0].Ports.Last must be an integer 0-65535" },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":-1}}]}]", -EINVAL, NULL },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":22.0}}]}]", -EINVAL, NULL },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Ports\":\"22\"}]}]", -EINVAL, NULL },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Ports\":[22]}]}]", -EINVAL, NULL },
		{ "[{\"IPProto\":[\"6\"]}]", -EINVAL, "PacketFilter rule 0: IPProto[0] must be an integer" },
		{ "[{\"IPProto\":6}]", -EINVAL, NULL },
		{ "[{\"CapGrant\":{}}]", -EINVAL, NULL },
		{ "[{\"CapGrant\":[{\"Dsts\":[\"nope\"]}]}]", -EINVAL, NULL },
		{ "[{\"CapGrant\":[{\"Dsts\":[\"100.64.0.5/32\"],\"Caps\":[1]}]}]", -EINVAL, NULL },
		{ "[{\"CapGrant\":[{\"Dsts\":[\"100.64.0.5/32\"],\"CapMap\":[]}]}]", -EINVAL, NULL },
		{ "[{\"SrcBits\":[32],\"SrcIPs\":[\"1.2.3.4\"]}]", -EPROTO, NULL },
		{ "[{\"SrcIPs\":[\"*\"],\"DstPorts\":[{\"IP\":\"1.2.3.4\",\"Bits\":32}]}]", -EPROTO, NULL },
		{ "[{\"DstPorts\":[{\"IP\":\"*\",\"Bits\":\"x\"}]}]", -EINVAL, NULL },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct tg_filter_rules rs;
		struct cp_filter_diag d;
		char err[256] = "";
		int rc = conv(t[i].js, &rs, &d, err, sizeof(err));
		CU_ASSERT_EQUAL(rc, t[i].rc);
		if (rc != t[i].rc)
			fprintf(stderr, "malformed case %zu: rc %d (%s)\n", i, rc, err);
		if (t[i].msg)
			CU_ASSERT_STRING_EQUAL(err, t[i].msg);
		CU_ASSERT_EQUAL(rs.n, 0); /* nothing half-built */
		CU_ASSERT(strlen(err) > 0);
	}
	/* Empty SrcBits is fine; CapGrant-only rules are ignored for packets. */
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	char err[256];
	CU_ASSERT_EQUAL(conv("[{\"SrcBits\":[],\"SrcIPs\":[\"*\"],\"CapGrant\":[{\"Dsts\":[\"100.64.0.5/32\"],"
			     "\"Caps\":[\"https://tailscale.com/cap/x\"],\"CapMap\":{\"a\":[{}]}}]}]", &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT(rs.n == 1 && rs.m[0].n_dst == 0);
	tg_filter_rules_free(&rs);
}

static void test_huge_arrays(void)
{
	json_t *arr = json_array(), *rule = json_object(), *srcs = json_array(), *rules = json_array();
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	char err[256] = "";

	for (unsigned i = 0; i < TG_FILTER_MAX_LIST + 1; i++)
		json_array_append_new(srcs, json_string("1.2.3.4"));
	json_object_set_new(rule, "SrcIPs", srcs);
	json_array_append_new(arr, rule);
	CU_ASSERT_EQUAL(cp_filter_rules_from_json(arr, &rs, &d, err, sizeof(err)), -E2BIG);
	CU_ASSERT_STRING_EQUAL(err, "PacketFilter rule 0: SrcIPs has 65537 entries (max 65536)");
	json_decref(arr);
	for (unsigned i = 0; i < TG_FILTER_MAX_RULES + 1; i++)
		json_array_append_new(rules, json_null());
	CU_ASSERT_EQUAL(cp_filter_rules_from_json(rules, &rs, &d, err, sizeof(err)), -E2BIG);
	CU_ASSERT_STRING_EQUAL(err, "PacketFilter has 65537 rules (max 65536)");
	json_decref(rules);
	/* Expansion bound: IPv6 ranges that each cover 254 prefixes. */
	rules = json_array();
	for (int r = 0; r < 40; r++) {
		rule = json_object();
		srcs = json_array();
		for (int i = 0; i < 120; i++)
			json_array_append_new(srcs, json_string("::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"));
		json_object_set_new(rule, "SrcIPs", srcs);
		json_array_append_new(rules, rule);
	}
	CU_ASSERT_EQUAL(cp_filter_rules_from_json(rules, &rs, &d, err, sizeof(err)), -E2BIG);
	CU_ASSERT_EQUAL(rs.n, 0);
	json_decref(rules);
}

/* ---- named filters --------------------------------------------------------- */

static int apply(struct cp_filter_state *st, const char *js)
{
	json_t *v = J(js);
	char err[256] = "";
	int rc = cp_filter_state_apply(st, v, err, sizeof(err));

	json_decref(v);
	return rc;
}

static uint32_t nrules(const struct cp_filter_state *st)
{
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	char err[256];
	uint32_t n;

	CU_ASSERT_EQUAL_FATAL(cp_filter_state_rules(st, &rs, &d, err, sizeof(err)), 0);
	n = rs.n_rules;
	tg_filter_rules_free(&rs);
	return n;
}

#define R1 "{\"SrcIPs\":[\"*\"],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":0,\"Last\":65535}}]}"

static void test_named_filters(void)
{
	struct cp_filter_state st;

	cp_filter_state_init(&st);
	CU_ASSERT_EQUAL(apply(&st, "{}"), 0);                       /* absent: unchanged */
	CU_ASSERT(!st.seen);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilter\":null}"), 0);  /* null: unchanged */
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilter\":[" R1 "," R1 "]}"), 1);
	CU_ASSERT(st.seen && st.n == 1 && !strcmp(st.v[0].name, "base"));
	CU_ASSERT_EQUAL(nrules(&st), 2);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilter\":null,\"PacketFilters\":null}"), 0);
	CU_ASSERT_EQUAL(nrules(&st), 2);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilter\":[]}"), 1);    /* []: deny all */
	CU_ASSERT_EQUAL(st.n, 1);
	CU_ASSERT_EQUAL(nrules(&st), 0);
	/* Named chunks concatenate in key order: "base" < "x" < "y". */
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":{\"y\":[" R1 "],\"base\":[" R1 "," R1 "],\"x\":[]}}"), 1);
	CU_ASSERT(st.n == 3 && !strcmp(st.v[0].name, "base") && !strcmp(st.v[1].name, "x") && !strcmp(st.v[2].name, "y"));
	CU_ASSERT_EQUAL(nrules(&st), 3);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":{\"base\":null}}"), 1); /* delete one */
	CU_ASSERT_EQUAL(nrules(&st), 1);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":{}}"), 1);              /* non-null: recompute */
	CU_ASSERT_EQUAL(nrules(&st), 1);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":{\"*\":[]}}"), 1);      /* "*" non-null: ignored */
	CU_ASSERT_EQUAL(st.n, 2);
	/* "*":null clears everything (even a base set in the same message)
	 * before the other keys apply. */
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilter\":[" R1 "],\"PacketFilters\":{\"*\":null,\"z\":[" R1 "," R1 "]}}"), 1);
	CU_ASSERT(st.n == 1 && !strcmp(st.v[0].name, "z"));
	CU_ASSERT_EQUAL(nrules(&st), 2);
	/* Malformed: rejected whole, state untouched. */
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":{\"a\":[" R1 "],\"b\":{}}}"), -EINVAL);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":[]}"), -EINVAL);
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilter\":[" R1 "],\"PacketFilters\":{\"a\":[{\"SrcIPs\":7}]}}"), -EINVAL);
	CU_ASSERT(st.n == 1 && !strcmp(st.v[0].name, "z"));
	CU_ASSERT_EQUAL(apply(&st, "[]"), -EINVAL);
	/* Legacy bits in any chunk: the effective filter is deny-all. */
	CU_ASSERT_EQUAL(apply(&st, "{\"PacketFilters\":{\"old\":[{\"SrcIPs\":[\"1.2.3.4\"],\"SrcBits\":[32]}]}}"), 1);
	{
		struct tg_filter_rules rs;
		struct cp_filter_diag d;
		char err[256];
		CU_ASSERT_EQUAL(cp_filter_state_rules(&st, &rs, &d, err, sizeof(err)), -EPROTO);
		CU_ASSERT_EQUAL(rs.n, 0);
	}
	cp_filter_state_free(&st);
}

/* ---- end to end: the exit node's filter from exit-node.md §1.4 ----------------- */

/* A raw IPv4/IPv6 packet (TCP SYN, UDP or ICMP echo request) for the
 * decoder. Returns its length. */
static size_t raw(uint8_t *b, int proto, const char *src, const char *dst, uint16_t dport)
{
	int v6 = strchr(src, ':') != NULL;
	size_t h = v6 ? 40 : 20, l4 = proto == 6 ? 20 : 8, n = h + l4;

	memset(b, 0, n);
	if (v6) {
		b[0] = 0x60;
		b[5] = (uint8_t)l4;
		b[6] = (uint8_t)proto;
		inet_pton(AF_INET6, src, b + 8);
		inet_pton(AF_INET6, dst, b + 24);
	} else {
		b[0] = 0x45;
		b[3] = (uint8_t)n;
		b[9] = (uint8_t)proto;
		inet_pton(AF_INET, src, b + 12);
		inet_pton(AF_INET, dst, b + 16);
	}
	if (proto == 1 || proto == 58) {
		b[h] = proto == 1 ? 8 : 128;
		return n;
	}
	b[h] = 0xc0;
	b[h + 1] = 0x01;
	b[h + 2] = (uint8_t)(dport >> 8);
	b[h + 3] = (uint8_t)dport;
	if (proto == 6) {
		b[h + 12] = 0x50;
		b[h + 13] = 0x02;
	}
	return n;
}

static void test_exit_node_end_to_end(void)
{
	/* autogroup:internet as headscale/Tailscale send it, for one user. */
	static const char *const js =
		"{\"PacketFilters\":{\"base\":[{\"SrcIPs\":[\"100.64.0.2\",\"fd7a:115c:a1e0::2\"],"
		"\"DstPorts\":["
		"{\"IP\":\"0.0.0.0-9.255.255.255\",\"Ports\":{\"First\":0,\"Last\":65535}},"
		"{\"IP\":\"11.0.0.0-100.63.255.255\",\"Ports\":{\"First\":0,\"Last\":65535}},"
		"{\"IP\":\"100.128.0.0-169.253.255.255\",\"Ports\":{\"First\":0,\"Last\":65535}},"
		"{\"IP\":\"169.255.0.0-172.15.255.255\",\"Ports\":{\"First\":0,\"Last\":65535}},"
		"{\"IP\":\"172.32.0.0-192.167.255.255\",\"Ports\":{\"First\":0,\"Last\":65535}},"
		"{\"IP\":\"192.169.0.0-255.255.255.255\",\"Ports\":{\"First\":0,\"Last\":65535}},"
		"{\"IP\":\"2000::/3\",\"Ports\":{\"First\":0,\"Last\":65535}}]}]}}";
	static const struct { int proto; const char *src, *dst; uint16_t port; int ok; const char *why; } t[] = {
		{ 6, "100.64.0.2", "203.0.113.10", 443, 1, "rule" },
		{ 17, "100.64.0.2", "203.0.113.53", 53, 1, "rule" },
		{ 1, "100.64.0.2", "203.0.113.10", 0, 1, "rule" },
		{ 6, "100.64.0.3", "203.0.113.10", 443, 0, "no_rule" },   /* another user */
		{ 6, "100.64.0.2", "192.168.1.1", 80, 0, "not_local" },   /* RFC 1918 */
		{ 6, "100.64.0.2", "10.0.0.1", 80, 0, "not_local" },
		{ 6, "100.64.0.2", "100.64.0.5", 22, 0, "not_local" },    /* another peer */
		{ 6, "100.64.0.2", "198.51.100.9", 22, 0, "not_local" },  /* exit node's LAN */
		{ 6, "100.64.0.2", "198.51.100.7", 22, 1, "rule" },       /* its public address */
		{ 17, "100.64.0.2", "224.0.0.251", 5353, 0, "multicast" },
		{ 6, "fd7a:115c:a1e0::2", "2001:db8:ffff::1", 443, 1, "rule" },
		{ 6, "fd7a:115c:a1e0::2", "fd7a:115c:a1e0::5", 22, 0, "not_local" },
		{ 6, "fd7a:115c:a1e0::2", "fc00::1", 22, 0, "no_rule" },   /* local, not internet */
	};
	struct cp_filter_state st;
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	struct tg_filter_pfx addrs[2], routes[2], host[1];
	struct tg_filter_local l = { addrs, 2, routes, 2, host, 1 };
	struct tg_filter f;
	char err[256];
	void *blob;
	size_t len;
	json_t *v = J(js);

	tg_filter_parse_ipset("100.64.0.1", &addrs[0], 1, NULL, 0, NULL, 0);
	tg_filter_parse_ipset("fd7a:115c:a1e0::1", &addrs[1], 1, NULL, 0, NULL, 0);
	tg_filter_parse_ipset("0.0.0.0/0", &routes[0], 1, NULL, 0, NULL, 0);
	tg_filter_parse_ipset("::/0", &routes[1], 1, NULL, 0, NULL, 0);
	tg_filter_parse_addr("198.51.100.7", 12, &host[0]);
	host[0].bits = 24;
	cp_filter_state_init(&st);
	CU_ASSERT_EQUAL_FATAL(cp_filter_state_apply(&st, v, err, sizeof(err)), 1);
	CU_ASSERT_EQUAL_FATAL(cp_filter_state_rules(&st, &rs, &d, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(d.skipped, 0);
	CU_ASSERT_EQUAL_FATAL(tg_filter_build(&rs, &l, NULL, 1, &blob, &len, err, sizeof(err)), 0);
	memset(&f, 0, sizeof(f));
	CU_ASSERT_EQUAL_FATAL(tg_filter_view(&f, blob, len, err, sizeof(err)), 0);
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		uint8_t b[80];
		struct tg_filter_pkt p;
		tg_filter_parse(b, raw(b, t[i].proto, t[i].src, t[i].dst, t[i].port), &p);
		struct tg_filter_res r = tg_filter_check(&f, &p);
		CU_ASSERT_EQUAL(r.accept, t[i].ok);
		CU_ASSERT_STRING_EQUAL(tg_filter_reason_names[r.reason], t[i].why);
		if (strcmp(tg_filter_reason_names[r.reason], t[i].why))
			fprintf(stderr, "exit node row %zu: %s -> %s got %s\n", i, t[i].src, t[i].dst,
				tg_filter_reason_names[r.reason]);
		if (r.accept)
			CU_ASSERT_EQUAL(r.rule, 0);
	}
	free(blob);
	tg_filter_rules_free(&rs);
	cp_filter_state_free(&st);
	json_decref(v);
}

/* ---- randomized comparison with the oracle ----------------------------------- */

static const char *const u4[] = { "198.51.100.", "100.64.0." };

static void rnd_addr(uint64_t *s, char *b, size_t n, int fam)
{
	if (fam == 6)
		snprintf(b, n, "2001:db8::%x", (unsigned)(tg_test_rand(s) % 16));
	else
		snprintf(b, n, "%s%u", u4[tg_test_rand(s) % 2], (unsigned)(tg_test_rand(s) % 16));
}

static void rnd_set(uint64_t *s, char *b, size_t n)
{
	int fam = tg_test_rand(s) % 3 == 0 ? 6 : 4;
	char a[64], c[64];
	unsigned k = (unsigned)(tg_test_rand(s) % 16);

	switch (tg_test_rand(s) % 12) {
	case 0:
		snprintf(b, n, "*");
		return;
	case 1:
		snprintf(b, n, tg_test_rand(s) & 1 ? "cap:a" : "cap:b");
		return;
	case 2: {
		static const char *const junk[] = { "nope", "198.51.100.3/24", "2.0.0.0-1.0.0.0",
						    "1.2.3.4-::1", "", "cap:", "300.1.1.1" };
		snprintf(b, n, "%s", junk[tg_test_rand(s) % 7]);
		return;
	}
	case 3: case 4: { /* aligned CIDR inside the universe */
		unsigned bits = (unsigned)(tg_test_rand(s) % 5);
		unsigned base = k & ~((1u << bits) - 1);
		if (fam == 6)
			snprintf(b, n, "2001:db8::%x/%u", base, 128 - bits);
		else
			snprintf(b, n, "%s%u/%u", u4[tg_test_rand(s) % 2], base, 32 - bits);
		return;
	}
	case 5: case 6:
		rnd_addr(s, a, sizeof(a), fam);
		rnd_addr(s, c, sizeof(c), fam);
		snprintf(b, n, "%s-%s", a, c);
		return;
	case 7:
		snprintf(b, n, fam == 6 ? "::/0" : "0.0.0.0/0");
		return;
	default:
		rnd_addr(s, b, n, fam);
	}
}

static json_t *rnd_rules(uint64_t *s)
{
	static const int protos[] = { 1, 6, 17, 58, 132, 116, 127, 99, 300, -1 };
	static const int ports[] = { 0, 22, 443, 1000, 65535 };
	json_t *rules = json_array();
	int nr = (int)(tg_test_rand(s) % 10);
	char b[160];

	for (int r = 0; r < nr; r++) {
		json_t *rule = json_object();
		if (tg_test_rand(s) % 8) {
			json_t *src = json_array();
			int n = (int)(tg_test_rand(s) % 4);
			for (int i = 0; i < n; i++) {
				rnd_set(s, b, sizeof(b));
				json_array_append_new(src, json_string(b));
			}
			json_object_set_new(rule, "SrcIPs", src);
		}
		if (tg_test_rand(s) % 8) {
			json_t *dst = json_array();
			int n = (int)(tg_test_rand(s) % 4);
			for (int i = 0; i < n; i++) {
				json_t *d = json_object(), *p;
				rnd_set(s, b, sizeof(b));
				if (!strncmp(b, "cap:", 4) && tg_test_rand(s) % 2)
					snprintf(b, sizeof(b), "*");
				json_object_set_new(d, "IP", json_string(b));
				switch (tg_test_rand(s) % 5) {
				case 0:
					break; /* absent: port 0 only */
				case 1:
					json_object_set_new(d, "Ports", json_string("*"));
					break;
				case 2:
					json_object_set_new(d, "Ports", json_pack("{s:i,s:i}", "First", 0, "Last", 65535));
					break;
				default:
					p = json_pack("{s:i,s:i}", "First", ports[tg_test_rand(s) % 5],
						      "Last", ports[tg_test_rand(s) % 5]);
					json_object_set_new(d, "Ports", p);
				}
				json_array_append_new(dst, d);
			}
			json_object_set_new(rule, "DstPorts", dst);
		}
		switch (tg_test_rand(s) % 4) {
		case 0:
			break;
		case 1:
			json_object_set_new(rule, "IPProto", tg_test_rand(s) & 1 ? json_null() : json_array());
			break;
		default: {
			json_t *pr = json_array();
			int n = 1 + (int)(tg_test_rand(s) % 3);
			for (int i = 0; i < n; i++)
				json_array_append_new(pr, json_integer(protos[tg_test_rand(s) % 10]));
			json_object_set_new(rule, "IPProto", pr);
		}
		}
		json_array_append_new(rules, rule);
	}
	return rules;
}

static int o_hascap(int fam, const uint8_t *a, const char *cap)
{
	uint8_t x[16];

	if (!strcmp(cap, "a") && fam == 4 && inet_pton(AF_INET, "100.64.0.1", x) == 1)
		return !memcmp(a, x, 4);
	if (!strcmp(cap, "b") && fam == 6 && inet_pton(AF_INET6, "2001:db8::1", x) == 1)
		return !memcmp(a, x, 16);
	return 0;
}

static int c_resolve(void *ctx, const char *cap, struct tg_filter_pfx *out, int max)
{
	struct tg_filter_pfx p;

	(void)ctx;
	if (strcmp(cap, "a") && strcmp(cap, "b"))
		return 0;
	tg_filter_parse_addr(cap[0] == 'a' ? "100.64.0.1" : "2001:db8::1",
			     strlen(cap[0] == 'a' ? "100.64.0.1" : "2001:db8::1"), &p);
	if (max >= 1)
		out[0] = p;
	return 1;
}

static void rnd_pkt(uint64_t *s, struct filter_oracle_pkt *o, struct tg_filter_pkt *p)
{
	static const int protos[] = { 1, 6, 17, 58, 132, 116, 127, 99, 255, 0 };
	static const uint16_t ports[] = { 0, 22, 443, 1000, 65535 };
	static const uint8_t flags[] = { 0x02, 0x10, 0x12, 0x00, 0x0a };
	static const uint8_t types[] = { 0, 3, 8, 11, 128, 129, 1, 135 };
	static const uint32_t lens[] = { 100, 100, 100, 100, 100, 100, 0, 10 };
	char a[64];

	memset(o, 0, sizeof(*o));
	o->family = tg_test_rand(s) % 3 == 0 ? 6 : 4;
	o->proto = protos[tg_test_rand(s) % 10];
	rnd_addr(s, a, sizeof(a), o->family);
	inet_pton(o->family == 6 ? AF_INET6 : AF_INET, a, o->src);
	rnd_addr(s, a, sizeof(a), o->family);
	if (tg_test_rand(s) % 16 == 0)
		snprintf(a, sizeof(a), "%s", o->family == 6 ? "ff02::1" : "224.0.0.1");
	else if (tg_test_rand(s) % 16 == 0)
		snprintf(a, sizeof(a), "%s", o->family == 6 ? "fe80::1" : "169.254.169.254");
	inet_pton(o->family == 6 ? AF_INET6 : AF_INET, a, o->dst);
	o->sport = ports[tg_test_rand(s) % 5];
	o->dport = ports[tg_test_rand(s) % 5];
	o->tcp_flags = flags[tg_test_rand(s) % 5];
	o->icmp_type = types[tg_test_rand(s) % 8];
	o->icmp_code = (uint8_t)(tg_test_rand(s) % 4 == 0);
	o->icmp_full = (int)(tg_test_rand(s) % 4 != 0);
	o->len = lens[tg_test_rand(s) % 8];

	memset(p, 0, sizeof(*p));
	p->len = o->len;
	p->family = (uint8_t)o->family;
	p->proto = (uint8_t)o->proto;
	p->tcp_flags = o->tcp_flags;
	p->icmp_type = o->icmp_type;
	p->icmp_code = o->icmp_code;
	p->icmp_full = (uint8_t)o->icmp_full;
	p->sport = o->sport;
	p->dport = o->dport;
	for (int i = 0; i < (o->family == 6 ? 16 : 4); i++) {
		if (o->family == 6 && i < 8) {
			p->src.hi = p->src.hi << 8 | o->src[i];
			p->dst.hi = p->dst.hi << 8 | o->dst[i];
		} else {
			p->src.lo = p->src.lo << 8 | o->src[i];
			p->dst.lo = p->dst.lo << 8 | o->dst[i];
		}
	}
}

static void test_random_vs_oracle(void)
{
	static const char *const locals[] = {
		"198.51.100.0/28", "100.64.0.0/29", "2001:db8::/124", "0.0.0.0/0", "::/0",
		"198.51.100.7", "2001:db8::8/125", "169.254.169.254",
	};
	static const struct tg_filter_caps caps = { c_resolve, NULL };
	uint64_t seed = tg_test_seed() ^ 0x0f11;
	unsigned mismatches = 0, accepts = 0, total = 0;

	for (int iter = 0; iter < 1000 && mismatches < 5; iter++) {
		json_t *rules = rnd_rules(&seed);
		struct tg_filter_rules rs;
		struct cp_filter_diag d;
		const char *lsel[4];
		struct tg_filter_pfx lp[4];
		size_t nl = 1 + tg_test_rand(&seed) % 3;
		char err[256];
		void *blob;
		size_t len;
		struct tg_filter f;

		for (size_t i = 0; i < nl; i++) {
			lsel[i] = locals[tg_test_rand(&seed) % 8];
			char cap[4];
			CU_ASSERT_FATAL(tg_filter_parse_ipset(lsel[i], &lp[i], 1, cap, 4, NULL, 0) == 1);
		}
		struct tg_filter_local l = { lp, (uint32_t)nl, NULL, 0, NULL, 0 };
		CU_ASSERT_EQUAL_FATAL(cp_filter_rules_from_json(rules, &rs, &d, err, sizeof(err)), 0);
		/* Odd iterations: no source index (the linear scan). */
		tg_filter_index_limit = iter & 1 ? 0 : UINT64_MAX;
		CU_ASSERT_EQUAL_FATAL(tg_filter_build(&rs, &l, &caps, (uint32_t)iter, &blob, &len, err, sizeof(err)), 0);
		memset(&f, 0, sizeof(f));
		CU_ASSERT_EQUAL_FATAL(tg_filter_view(&f, blob, len, err, sizeof(err)), 0);
		CU_ASSERT(iter & 1 ? f.fam[0].n_ival == 0 && f.fam[1].n_ival == 0
				   : f.fam[0].n_m == 0 || f.fam[0].n_ival > 0);
		for (int k = 0; k < 200; k++) {
			struct filter_oracle_pkt o;
			struct tg_filter_pkt p;
			const char *why;
			long orule;
			rnd_pkt(&seed, &o, &p);
			int want = filter_oracle_check(rules, lsel, nl, o_hascap, &o, &why, &orule);
			struct tg_filter_res r = tg_filter_check(&f, &p);
			total++;
			accepts += want;
			if (r.accept != want || strcmp(tg_filter_reason_names[r.reason], why) ||
			    (orule < 0 ? r.rule != TG_FILTER_NO_RULE : r.rule != (uint32_t)orule)) {
				if (mismatches++ < 5) {
					char *js = json_dumps(rules, JSON_COMPACT);
					fprintf(stderr, "filter oracle mismatch (seed %llu iter %d): proto %d fam %d "
						"dport %u flags %#x icmp %u/%u full %d len %u: oracle %s rule %ld, "
						"got %s rule %u\n  rules %s\n",
						tg_test_seed(), iter, o.proto, o.family, o.dport, o.tcp_flags,
						o.icmp_type, o.icmp_code, o.icmp_full, o.len, why, orule,
						tg_filter_reason_names[r.reason], r.rule, js);
					free(js);
				}
			}
		}
		free(blob);
		tg_filter_rules_free(&rs);
		json_decref(rules);
	}
	tg_filter_index_limit = UINT64_MAX;
	CU_ASSERT_EQUAL(mismatches, 0);
	/* The generator must exercise both outcomes. */
	CU_ASSERT(accepts > total / 20 && accepts < total - total / 20);
}

void filter_json_test_register(void)
{
	TG_ADD_SUITE("filter_json", NULL, NULL,
		     { "v6b_matches_from_rules", test_v6b },
		     { "ipproto_forms", test_ipproto_forms },
		     { "entry_errors", test_entry_errors },
		     { "malformed", test_malformed },
		     { "huge_arrays", test_huge_arrays },
		     { "named_filters", test_named_filters },
		     { "exit_node_end_to_end", test_exit_node_end_to_end },
		     { "random_vs_oracle", test_random_vs_oracle });
}
