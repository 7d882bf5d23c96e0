/*
 * Address-set strings of the packet filter (filter.h layer 1): the
 * reference's parseIPSet for FilterRule.SrcIPs and DstPorts[].IP
 * (protocol/control.md §5, vectors/control.md V6a), strict address and
 * prefix text parsing, and prefix printing. Pure C, no JSON.
 *
 * Runs on the cp (filter compilation) and in tests; not on the fast path.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "filter.h"
#include "filter_int.h"

static int efmt(char *err, size_t errlen, int rc, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return rc;
}

static int parse_v4(const char *s, size_t n, uint8_t out[4])
{
	size_t i = 0;

	for (int oct = 0; oct < 4; oct++) {
		unsigned v = 0, digits = 0;
		if (oct && (i >= n || s[i++] != '.'))
			return -1;
		while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 4) {
			if (digits == 1 && v == 0)
				return -1; /* leading zero */
			v = v * 10 + (unsigned)(s[i++] - '0');
			digits++;
		}
		if (!digits || v > 255)
			return -1;
		out[oct] = (uint8_t)v;
	}
	return i == n ? 0 : -1;
}

int tg_filter_parse_addr(const char *s, size_t n, struct tg_filter_pfx *out)
{
	char buf[64];

	memset(out, 0, sizeof(*out));
	if (n == 0 || n >= sizeof(buf))
		return -EINVAL;
	if (memchr(s, ':', n)) {
		memcpy(buf, s, n);
		buf[n] = 0;
		if (strchr(buf, '%') || inet_pton(AF_INET6, buf, out->addr) != 1)
			return -EINVAL;
		out->family = 6;
		out->bits = 128;
		return 0;
	}
	if (parse_v4(s, n, out->addr))
		return -EINVAL;
	out->family = 4;
	out->bits = 32;
	return 0;
}

const char *tg_filter_pfx_str(const struct tg_filter_pfx *p, char *buf,
			      size_t n)
{
	char a[INET6_ADDRSTRLEN];

	if (!inet_ntop(p->family == 6 ? AF_INET6 : AF_INET, p->addr, a, sizeof(a)))
		snprintf(a, sizeof(a), "?");
	snprintf(buf, n, "%s/%u", a, p->bits);
	return buf;
}

tg_u128 tg_filter_pfx_lo(const struct tg_filter_pfx *p)
{
	tg_u128 v = 0;
	int len = p->family == 6 ? 16 : 4;

	for (int i = 0; i < len; i++)
		v = v << 8 | p->addr[i];
	return v;
}

tg_u128 tg_filter_hostmask(int family, int bits)
{
	int w = family == 6 ? 128 : 32;

	if (bits >= w)
		return 0;
	if (w - bits == 128)
		return ~(tg_u128)0;
	return ((tg_u128)1 << (w - bits)) - 1;
}

void tg_filter_pfx_from(struct tg_filter_pfx *p, int family, tg_u128 v,
			int bits)
{
	int len = family == 6 ? 16 : 4;

	memset(p, 0, sizeof(*p));
	p->family = (uint8_t)family;
	p->bits = (uint8_t)bits;
	for (int i = len - 1; i >= 0; i--, v >>= 8)
		p->addr[i] = (uint8_t)v;
}

/* "a/b", strict decimal bits. Host bits are kept (caller checks). */
static int parse_prefix(const char *s, struct tg_filter_pfx *out)
{
	const char *slash = strchr(s, '/');
	unsigned bits = 0;
	const char *b = slash + 1;

	if (tg_filter_parse_addr(s, (size_t)(slash - s), out))
		return -EINVAL;
	if (!*b || strlen(b) > 3 || (b[0] == '0' && b[1]))
		return -EINVAL;
	for (; *b; b++) {
		if (*b < '0' || *b > '9')
			return -EINVAL;
		bits = bits * 10 + (unsigned)(*b - '0');
	}
	if (bits > (out->family == 6 ? 128u : 32u))
		return -EINVAL;
	out->bits = (uint8_t)bits;
	return 0;
}

int tg_filter_range_cidrs(int family, tg_u128 lo, tg_u128 hi,
			  struct tg_filter_pfx *out, int max)
{
	int w = family == 6 ? 128 : 32, n = 0;

	for (;;) {
		int bits = 0;
		tg_u128 m;
		/* Smallest prefix length whose block starts at lo and ends
		 * at or before hi. */
		for (bits = 0; bits <= w; bits++) {
			m = tg_filter_hostmask(family, bits);
			if ((lo & m) == 0 && (lo | m) <= hi)
				break;
		}
		if (n >= max)
			return -E2BIG;
		tg_filter_pfx_from(&out[n++], family, lo, bits);
		if ((lo | m) >= hi)
			return n;
		lo = (lo | m) + 1;
	}
}

int tg_filter_parse_ipset(const char *s, struct tg_filter_pfx *out, int max,
			  char *cap, size_t caplen, char *err, size_t errlen)
{
	struct tg_filter_pfx a, b;
	const char *dash;
	char tmp[64];

	if (cap && caplen)
		cap[0] = 0;
	if (!strcmp(s, "*")) {
		if (max < 2)
			return efmt(err, errlen, -E2BIG, "too many prefixes for %s", s);
		memset(out, 0, 2 * sizeof(*out));
		out[0].family = 4;
		out[1].family = 6;
		return 2;
	}
	if (!strncmp(s, "cap:", 4)) {
		if (!cap || strlen(s + 4) >= caplen)
			return efmt(err, errlen, -EINVAL, "capability name too long: %.64s", s);
		memcpy(cap, s + 4, strlen(s + 4) + 1);
		return 0;
	}
	if (strchr(s, '/')) {
		if (parse_prefix(s, &a))
			return efmt(err, errlen, -EINVAL, "invalid prefix %.80s", s);
		if (tg_filter_pfx_lo(&a) & tg_filter_hostmask(a.family, a.bits))
			return efmt(err, errlen, -EINVAL, "%s contains non-network bits set",
				    tg_filter_pfx_str(&a, tmp, sizeof(tmp)));
		if (max < 1)
			return efmt(err, errlen, -E2BIG, "too many prefixes for %.80s", s);
		out[0] = a;
		return 1;
	}
	dash = strchr(s, '-');
	if (dash && !strchr(dash + 1, '-')) {
		int n;
		if (tg_filter_parse_addr(s, (size_t)(dash - s), &a) ||
		    tg_filter_parse_addr(dash + 1, strlen(dash + 1), &b))
			return efmt(err, errlen, -EINVAL, "invalid IP address in range \"%.80s\"", s);
		if (a.family != b.family || tg_filter_pfx_lo(&b) < tg_filter_pfx_lo(&a))
			return efmt(err, errlen, -EINVAL, "invalid IP range \"%.80s\"", s);
		n = tg_filter_range_cidrs(a.family, tg_filter_pfx_lo(&a),
					  tg_filter_pfx_lo(&b), out, max);
		if (n < 0)
			return efmt(err, errlen, n, "too many prefixes for range \"%.80s\"", s);
		return n;
	}
	if (tg_filter_parse_addr(s, strlen(s), &a))
		return efmt(err, errlen, -EINVAL, "invalid IP address \"%.80s\"", s);
	if (max < 1)
		return efmt(err, errlen, -E2BIG, "too many prefixes for %.80s", s);
	out[0] = a;
	return 1;
}
