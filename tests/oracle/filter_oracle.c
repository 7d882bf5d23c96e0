/* Naive packet-filter oracle (filter_oracle.h). */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "oracle/filter_oracle.h"

static const json_t *get(const json_t *o, const char *k)
{
	const char *key;
	json_t *v;

	if (!json_is_object(o))
		return NULL;
	if ((v = json_object_get(o, k)))
		return v;
	json_object_foreach((json_t *)o, key, v)
		if (!strcasecmp(key, k))
			return v;
	return NULL;
}

/* Text to bytes; family by ':'. 0 on failure. */
static int addr(const char *s, size_t n, uint8_t out[16])
{
	char buf[64];

	if (n == 0 || n >= sizeof(buf))
		return 0;
	memcpy(buf, s, n);
	buf[n] = 0;
	if (strchr(buf, '%'))
		return 0;
	if (strchr(buf, ':'))
		return inet_pton(AF_INET6, buf, out) == 1 ? 6 : 0;
	return inet_pton(AF_INET, buf, out) == 1 ? 4 : 0;
}

static int bit(const uint8_t *a, int i)
{
	return a[i / 8] >> (7 - i % 8) & 1;
}

/*
 * One address-set string against an address of a family: 1 contains,
 * 0 does not (or is another family), -1 invalid entry, -2 a capability
 * (name in *cap).
 */
static int entry(const char *s, int fam, const uint8_t *a, const char **cap)
{
	uint8_t x[16], y[16];
	const char *slash = strchr(s, '/'), *dash = strchr(s, '-');
	int f, len;

	if (!strcmp(s, "*"))
		return 1;
	if (!strncmp(s, "cap:", 4)) {
		*cap = s + 4;
		return -2;
	}
	len = fam == 6 ? 16 : 4;
	if (slash) {
		char *end;
		long bits;
		f = addr(s, (size_t)(slash - s), x);
		if (!f || !slash[1] || (slash[1] == '0' && slash[2]) || strlen(slash + 1) > 3)
			return -1;
		bits = strtol(slash + 1, &end, 10);
		if (*end || bits < 0 || bits > (f == 6 ? 128 : 32))
			return -1;
		for (int i = (int)bits; i < (f == 6 ? 128 : 32); i++)
			if (bit(x, i))
				return -1;
		if (f != fam)
			return 0;
		for (int i = 0; i < bits; i++)
			if (bit(x, i) != bit(a, i))
				return 0;
		return 1;
	}
	if (dash && !strchr(dash + 1, '-')) {
		int f2;
		f = addr(s, (size_t)(dash - s), x);
		f2 = addr(dash + 1, strlen(dash + 1), y);
		if (!f || f != f2 || memcmp(x, y, f == 6 ? 16 : 4) > 0)
			return -1;
		if (f != fam)
			return 0;
		return memcmp(x, a, (size_t)len) <= 0 && memcmp(a, y, (size_t)len) <= 0;
	}
	f = addr(s, strlen(s), x);
	if (!f)
		return -1;
	return f == fam && !memcmp(x, a, (size_t)len);
}

static const char *str(const json_t *v)
{
	return json_is_string(v) ? json_string_value(v) : "";
}

/* Valid entry of the family in a list of strings (dsts: objects). */
static int has_family(const json_t *list, int fam, int is_dst)
{
	uint8_t zero[16] = { 0 };
	size_t i;
	json_t *e;

	json_array_foreach(list, i, e) {
		const char *s = is_dst ? str(get(e, "IP")) : str(e), *cap = NULL;
		int r = entry(s, fam, zero, &cap);
		uint8_t x[16];
		if (r == -1 || r == -2)
			continue;
		if (!strcmp(s, "*"))
			return 1;
		/* the entry's own first address tells its family */
		if (addr(s, strcspn(s, "/-"), x) == fam)
			return 1;
	}
	return 0;
}

static int has_caps(const json_t *srcs)
{
	size_t i;
	json_t *e;

	json_array_foreach(srcs, i, e)
		if (!strncmp(str(e), "cap:", 4) && str(e)[4])
			return 1;
	return 0;
}

/* matchesFamily: does the rule survive for this family? */
static int survives(const json_t *r, int fam)
{
	const json_t *src = get(r, "SrcIPs"), *dst = get(r, "DstPorts");

	return has_family(dst, fam, 1) && (has_family(src, fam, 0) || has_caps(src));
}

static int src_ip(const json_t *r, const struct filter_oracle_pkt *p)
{
	size_t i;
	json_t *e;
	const char *cap;

	json_array_foreach(get(r, "SrcIPs"), i, e)
		if (entry(str(e), p->family, p->src, &cap) == 1)
			return 1;
	return 0;
}

static int src_cap(const json_t *r, const struct filter_oracle_pkt *p,
		   filter_oracle_hascap has_cap)
{
	size_t i;
	json_t *e;
	const char *cap = NULL;

	json_array_foreach(get(r, "SrcIPs"), i, e)
		if (entry(str(e), p->family, p->src, &cap) == -2 && cap[0] && has_cap &&
		    has_cap(p->family, p->src, cap))
			return 1;
	return 0;
}

static int proto_ok(const json_t *r, int proto)
{
	const json_t *pr = get(r, "IPProto");
	size_t i;
	json_t *e;

	if (!json_is_array(pr) || json_array_size(pr) == 0)
		return proto == 6 || proto == 17 || proto == 1 || proto == 58;
	json_array_foreach(pr, i, e)
		if (json_integer_value(e) == proto)
			return 1;
	return 0;
}

enum { ANY_PORT, THIS_PORT, ALL_PORTS };

static int dst_ok(const json_t *r, const struct filter_oracle_pkt *p, int mode)
{
	size_t i;
	json_t *d;
	const char *cap;

	json_array_foreach(get(r, "DstPorts"), i, d) {
		const json_t *ports = get(d, "Ports");
		long first, last;
		if (entry(str(get(d, "IP")), p->family, p->dst, &cap) != 1)
			continue;
		if (json_is_string(ports)) {
			first = 0;
			last = 65535;
		} else {
			first = (long)json_integer_value(get(ports, "First"));
			last = (long)json_integer_value(get(ports, "Last"));
		}
		if (mode == THIS_PORT && (p->dport < first || p->dport > last))
			continue;
		if (mode == ALL_PORTS && (first != 0 || last != 65535))
			continue;
		return 1;
	}
	return 0;
}

static long full(const json_t *rules, const struct filter_oracle_pkt *p,
		 filter_oracle_hascap has_cap)
{
	size_t i;
	json_t *r;

	json_array_foreach(rules, i, r)
		if (proto_ok(r, p->proto) && (src_ip(r, p) || src_cap(r, p, has_cap)) &&
		    dst_ok(r, p, THIS_PORT))
			return (long)i;
	return -1;
}

static int local(const char *const *l, size_t n, const struct filter_oracle_pkt *p)
{
	const char *cap;

	for (size_t i = 0; i < n; i++)
		if (entry(l[i], p->family, p->dst, &cap) == 1)
			return 1;
	return 0;
}

#define RET(acc, why, r) do { *reason = why; *rule = r; return acc; } while (0)

int filter_oracle_check(const json_t *rules, const char *const *l,
			size_t n_local, filter_oracle_hascap has_cap,
			const struct filter_oracle_pkt *p, const char **reason,
			long *rule)
{
	const uint8_t *d = p->dst;
	size_t i;
	json_t *r;
	int v6 = p->family == 6;

	if (p->len == 0)
		RET(1, "keepalive", -1);
	if (p->len < 20)
		RET(0, "too_short", -1);
	if (p->proto == 0)
		RET(0, "unknown_proto", -1);
	if (v6 ? d[0] == 0xff : (d[0] >= 224 && d[0] <= 239))
		RET(0, "multicast", -1);
	if (v6 ? (d[0] == 0xfe && (d[1] & 0xc0) == 0x80)
	       : (d[0] == 169 && d[1] == 254 && !(d[2] == 169 && d[3] == 254)))
		RET(0, "link_local", -1);
	if (p->proto == 255)
		RET(1, "fragment", -1);
	if (!local(l, n_local, p))
		RET(0, "not_local", -1);
	if (p->proto == (v6 ? 58 : 1)) {
		int t = p->icmp_type, c = p->icmp_code;
		if (p->icmp_full &&
		    (v6 ? ((t == 129 && c == 0) || t == 1 || t == 2 || t == 3 || t == 4)
			: ((t == 0 && c == 0) || t == 3 || t == 11 || t == 12)))
			RET(1, "icmp_reply", -1);
		json_array_foreach(rules, i, r)
			if (src_ip(r, p) && dst_ok(r, p, ANY_PORT))
				RET(1, "rule", (long)i);
		json_array_foreach(rules, i, r)
			if (survives(r, p->family) && src_cap(r, p, has_cap))
				RET(1, "icmp_cap", (long)i);
		RET(0, "no_rule", -1);
	}
	if (p->proto == 6) {
		if ((p->tcp_flags & 0x12) != 0x02)
			RET(1, "tcp_nonsyn", -1);
	} else if (p->proto == 99) {
		RET(1, "tsmp", -1);
	} else if (p->proto != 17 && p->proto != 132) {
		json_array_foreach(rules, i, r)
			if (proto_ok(r, p->proto) && src_ip(r, p) && dst_ok(r, p, ALL_PORTS))
				RET(1, "rule", (long)i);
		RET(0, "no_rule", -1);
	}
	long m = full(rules, p, has_cap);
	if (m >= 0)
		RET(1, "rule", m);
	RET(0, "no_rule", -1);
}
