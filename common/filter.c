/*
 * Packet filter, dataplane side: packet decode, blob validation (view) and
 * the per-packet verdict, plus the shared-region glue. filter.h,
 * docs/filter.md; semantics of protocol/control.md §5 and exit-node.md §2.1
 * (the reference's RunIn/RunOut, pre, runIn4/6, match, matchIPsOnly,
 * matchProtoAndIPsOnlyIfAllPorts).
 *
 * Runs on dp workers (check/out/view/load/changed) and the cp's table
 * writer (publish). No allocation, locks or syscalls on the check path.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "filter.h"
#include "region.h"

const char *const tg_filter_reason_names[TG_FILTER_R__COUNT] = {
#define X(n, a, h) #n,
	TG_FILTER_REASONS(X)
#undef X
};
const char *const tg_filter_reason_help[TG_FILTER_R__COUNT] = {
#define X(n, a, h) h,
	TG_FILTER_REASONS(X)
#undef X
};

/* ---- decode ------------------------------------------------------------ */

static uint16_t be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static uint64_t be64(const uint8_t *p)
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v = v << 8 | p[i];
	return v;
}

/* Transport header of a (first-fragment or whole) packet. */
static void decode_l4(const uint8_t *sub, size_t n, struct tg_filter_pkt *o)
{
	switch (o->proto) {
	case TG_IPPROTO_ICMP:
	case TG_IPPROTO_ICMPV6:
		if (n < 4) {
			o->proto = TG_FILTER_PROTO_UNKNOWN;
			return;
		}
		o->icmp_type = sub[0];
		o->icmp_code = sub[1];
		o->icmp_full = n >= 8;
		return;
	case TG_IPPROTO_TCP:
		if (n < 20) {
			o->proto = TG_FILTER_PROTO_UNKNOWN;
			return;
		}
		o->tcp_flags = sub[13];
		break;
	case TG_IPPROTO_UDP:
		if (n < 8) {
			o->proto = TG_FILTER_PROTO_UNKNOWN;
			return;
		}
		break;
	case TG_IPPROTO_SCTP:
		if (n < 12) {
			o->proto = TG_FILTER_PROTO_UNKNOWN;
			return;
		}
		break;
	case TG_FILTER_PROTO_FRAGMENT:
		/* 255 on the wire is never legitimate (reference maps it to
		 * unknown so it cannot pose as a fragment). */
		o->proto = TG_FILTER_PROTO_UNKNOWN;
		return;
	default:
		return;
	}
	o->sport = be16(sub);
	o->dport = be16(sub + 2);
}

static void decode4(const uint8_t *b, size_t len, struct tg_filter_pkt *o)
{
	size_t tot, ihl;
	uint16_t frag;

	o->family = 4;
	o->proto = b[9];
	tot = be16(b + 2);
	if (len < tot) {
		o->proto = TG_FILTER_PROTO_UNKNOWN;
		return;
	}
	o->src.lo = (uint32_t)b[12] << 24 | (uint32_t)b[13] << 16 | (uint32_t)b[14] << 8 | b[15];
	o->dst.lo = (uint32_t)b[16] << 24 | (uint32_t)b[17] << 16 | (uint32_t)b[18] << 8 | b[19];
	ihl = (size_t)(b[0] & 0x0f) << 2;
	if (ihl < 20 || ihl > tot) {
		o->proto = TG_FILTER_PROTO_UNKNOWN;
		return;
	}
	frag = be16(b + 6);
	if ((frag & 0x1fff) != 0) {
		/* RFC 1858: a later fragment overlapping the first 80 bytes
		 * (10 blocks) is suspicious; others slide through. */
		o->proto = (frag & 0x1fff) < 10 ? TG_FILTER_PROTO_UNKNOWN
						 : TG_FILTER_PROTO_FRAGMENT;
		return;
	}
	/* The reference compares the byte length with minFragBlks (10). */
	if ((frag & 0x2000) && len - ihl < 10) {
		o->proto = TG_FILTER_PROTO_UNKNOWN;
		return;
	}
	decode_l4(b + ihl, len - ihl, o);
}

static void decode6(const uint8_t *b, size_t len, struct tg_filter_pkt *o)
{
	o->family = 6;
	o->proto = b[6];
	if (len < (size_t)be16(b + 4) + 40) {
		o->proto = TG_FILTER_PROTO_UNKNOWN;
		return;
	}
	o->src.hi = be64(b + 8);
	o->src.lo = be64(b + 16);
	o->dst.hi = be64(b + 24);
	o->dst.lo = be64(b + 32);
	/* No extension-header walk: the transport starts at byte 40. */
	decode_l4(b + 40, len - 40, o);
}

void tg_filter_parse(const uint8_t *ip, size_t len, struct tg_filter_pkt *o)
{
	memset(o, 0, sizeof(*o));
	o->len = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	if (len >= 20 && ip[0] >> 4 == 4)
		decode4(ip, len, o);
	else if (len >= 40 && ip[0] >> 4 == 6)
		decode6(ip, len, o);
}

/* ---- view --------------------------------------------------------------- */

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

static const size_t sec_size[2][TG_FILTER_SEC__COUNT] = {
	{ sizeof(struct tg_filter_match), sizeof(struct tg_filter_range4),
	  sizeof(struct tg_filter_dst4), sizeof(struct tg_filter_range4),
	  sizeof(struct tg_filter_range4), sizeof(struct tg_filter_ival4),
	  sizeof(uint32_t) },
	{ sizeof(struct tg_filter_match), sizeof(struct tg_filter_range6),
	  sizeof(struct tg_filter_dst6), sizeof(struct tg_filter_range6),
	  sizeof(struct tg_filter_range6), sizeof(struct tg_filter_ival6),
	  sizeof(uint32_t) },
};

static int a_lt(struct tg_filter_addr a, struct tg_filter_addr b)
{
	return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
}

/* A range array must be sorted, disjoint, lo <= hi. */
static int ranges_ok(int fam, const void *p, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (fam == 0) {
			const struct tg_filter_range4 *r = p;
			if (r[i].lo > r[i].hi || (i && r[i - 1].hi >= r[i].lo))
				return 0;
		} else {
			const struct tg_filter_range6 *r = p;
			if (a_lt(r[i].hi, r[i].lo) ||
			    (i && !a_lt(r[i - 1].hi, r[i].lo)))
				return 0;
		}
	}
	return 1;
}

static int check_match(const struct tg_filter_fam *fm, int fam,
		       const struct tg_filter_match *m, uint32_t n_rules)
{
	if (m->rule >= n_rules)
		return 0;
	if ((uint64_t)m->src_off + m->n_src > fm->n_range ||
	    (uint64_t)m->cap_off + m->n_cap > fm->n_range ||
	    (uint64_t)m->dst_off + m->n_dst > fm->n_dst)
		return 0;
	if (fam == 0)
		return ranges_ok(0, (const struct tg_filter_range4 *)fm->range + m->src_off, m->n_src) &&
		       ranges_ok(0, (const struct tg_filter_range4 *)fm->range + m->cap_off, m->n_cap);
	return ranges_ok(1, (const struct tg_filter_range6 *)fm->range + m->src_off, m->n_src) &&
	       ranges_ok(1, (const struct tg_filter_range6 *)fm->range + m->cap_off, m->n_cap);
}

/* Intervals strictly increasing from 0, candidate lists in bounds and in
 * match order. */
static int index_ok(const struct tg_filter_fam *fm, int fam)
{
	for (uint32_t i = 0; i < fm->n_ival; i++) {
		uint32_t off, n;
		if (fam == 0) {
			const struct tg_filter_ival4 *v = fm->ival;
			if (i ? v[i].lo <= v[i - 1].lo : v[0].lo != 0)
				return 0;
			off = v[i].cand_off;
			n = (i + 1 < fm->n_ival ? v[i + 1].cand_off : fm->n_cand) - off;
		} else {
			const struct tg_filter_ival6 *v = fm->ival;
			if (i ? !a_lt(v[i - 1].lo, v[i].lo) : (v[0].lo.hi | v[0].lo.lo) != 0)
				return 0;
			off = v[i].cand_off;
			n = (i + 1 < fm->n_ival ? v[i + 1].cand_off : fm->n_cand) - off;
		}
		/* offsets non-decreasing and in bounds (n wraps otherwise) */
		if (off > fm->n_cand || (uint64_t)off + n > fm->n_cand)
			return 0;
		for (uint32_t k = 0; k < n; k++)
			if ((fm->cand[off + k] >> 2) >= fm->n_m ||
			    (k && (fm->cand[off + k] >> 2) <= (fm->cand[off + k - 1] >> 2)))
				return 0;
	}
	return 1;
}

static int view_family(struct tg_filter *f, int fam, const uint8_t *base,
		       size_t len, char *err, size_t errlen)
{
	const struct tg_filter_blob_hdr *h = f->hdr;
	const void *p[TG_FILTER_SEC__COUNT];
	struct tg_filter_fam *fm = &f->fam[fam];

	for (int s = 0; s < TG_FILTER_SEC__COUNT; s++) {
		uint64_t off = h->sec[fam][s].off, n = h->sec[fam][s].n;
		if (off % 8 || off < sizeof(*h) || off + n * sec_size[fam][s] > len)
			return fail(err, errlen, "filter blob: IPv%d section %d out of bounds (off %llu, n %llu, blob %zu bytes)",
				    fam ? 6 : 4, s, (unsigned long long)off, (unsigned long long)n, len);
		p[s] = base + off;
	}
	fm->m = p[TG_FILTER_SEC_MATCH];
	fm->n_m = h->sec[fam][TG_FILTER_SEC_MATCH].n;
	fm->range = p[TG_FILTER_SEC_RANGE];
	fm->n_range = h->sec[fam][TG_FILTER_SEC_RANGE].n;
	fm->dst = p[TG_FILTER_SEC_DST];
	fm->n_dst = h->sec[fam][TG_FILTER_SEC_DST].n;
	fm->local = p[TG_FILTER_SEC_LOCAL];
	fm->n_local = h->sec[fam][TG_FILTER_SEC_LOCAL].n;
	fm->anycap = p[TG_FILTER_SEC_ANYCAP];
	fm->n_anycap = h->sec[fam][TG_FILTER_SEC_ANYCAP].n;
	fm->ival = p[TG_FILTER_SEC_IVAL];
	fm->n_ival = h->sec[fam][TG_FILTER_SEC_IVAL].n;
	fm->cand = p[TG_FILTER_SEC_CAND];
	fm->n_cand = h->sec[fam][TG_FILTER_SEC_CAND].n;
	if (!index_ok(fm, fam))
		return fail(err, errlen, "filter blob: IPv%d source index is corrupt", fam ? 6 : 4);
	if (!ranges_ok(fam, fm->local, fm->n_local) ||
	    !ranges_ok(fam, fm->anycap, fm->n_anycap))
		return fail(err, errlen, "filter blob: IPv%d local or capability ranges unsorted", fam ? 6 : 4);
	for (uint32_t i = 0; i < fm->n_m; i++)
		if (!check_match(fm, fam, &fm->m[i], h->n_rules))
			return fail(err, errlen, "filter blob: IPv%d match %u is corrupt", fam ? 6 : 4, i);
	return 0;
}

int tg_filter_view(struct tg_filter *f, const void *blob, size_t len,
		   char *err, size_t errlen)
{
	const struct tg_filter_blob_hdr *h = blob;
	struct tg_filter_flows *flows = f->flows;
	int rc;

	memset(f, 0, sizeof(*f));
	f->flows = flows;
	if (!blob || (uintptr_t)blob % 8 || len < sizeof(*h))
		return fail(err, errlen, "filter blob: missing, misaligned or shorter than its header (%zu bytes)", len);
	if (h->magic != TG_FILTER_MAGIC || h->version != TG_FILTER_VERSION)
		return fail(err, errlen, "filter blob: bad magic 0x%08x or version %u (want %u)",
			    h->magic, h->version, TG_FILTER_VERSION);
	if (h->total_bytes > len || h->n_rules > TG_FILTER_MAX_RULES)
		return fail(err, errlen, "filter blob: total %u bytes > %zu available, or %u rules",
			    h->total_bytes, len, h->n_rules);
	f->hdr = h;
	for (int fam = 0; fam < 2; fam++) {
		rc = view_family(f, fam, blob, h->total_bytes, err, errlen);
		if (rc) {
			memset(f->fam, 0, sizeof(f->fam));
			f->hdr = NULL;
			return rc;
		}
	}
	f->n_rules = h->n_rules;
	f->serial = h->serial;
	return 0;
}

/* ---- verdict ------------------------------------------------------------ */

static inline struct tg_filter_res res(int accept, int reason, uint32_t rule)
{
	struct tg_filter_res r = { (uint8_t)accept, (uint8_t)reason, 0, rule };
	return r;
}

static inline int le6(struct tg_filter_addr a, struct tg_filter_addr b)
{
	return a.hi < b.hi || (a.hi == b.hi && a.lo <= b.lo);
}

/* Binary search in sorted disjoint ranges. */
static int in4(const struct tg_filter_range4 *r, uint32_t n, uint32_t a)
{
	uint32_t lo = 0, hi = n;

	if (n <= 4) {
		for (uint32_t i = 0; i < n; i++)
			if (a >= r[i].lo && a <= r[i].hi)
				return 1;
		return 0;
	}
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (a < r[mid].lo)
			hi = mid;
		else if (a > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static int in6(const struct tg_filter_range6 *r, uint32_t n,
	       struct tg_filter_addr a)
{
	uint32_t lo = 0, hi = n;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (!le6(r[mid].lo, a))
			hi = mid;
		else if (!le6(a, r[mid].hi))
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static inline int in_ranges(int fam, const void *r, uint32_t n,
			    struct tg_filter_addr a)
{
	return fam == 0 ? in4(r, n, (uint32_t)a.lo) : in6(r, n, a);
}

enum { PORTS_ANY = 0, PORTS_MATCH = 1, PORTS_ALL = 2 };

/* Does one of m's destinations hold dst (and the port, per mode)? */
static int dst_hit(int fam, const struct tg_filter_fam *fm,
		   const struct tg_filter_match *m, struct tg_filter_addr a,
		   uint16_t port, int mode)
{
	if (fam == 0) {
		const struct tg_filter_dst4 *d = (const struct tg_filter_dst4 *)fm->dst + m->dst_off;
		uint32_t v = (uint32_t)a.lo;
		for (uint32_t i = 0; i < m->n_dst; i++) {
			if (v < d[i].lo || v > d[i].hi)
				continue;
			if (mode == PORTS_MATCH && (port < d[i].plo || port > d[i].phi))
				continue;
			if (mode == PORTS_ALL && (d[i].plo != 0 || d[i].phi != 0xffff))
				continue;
			return 1;
		}
		return 0;
	}
	const struct tg_filter_dst6 *d = (const struct tg_filter_dst6 *)fm->dst + m->dst_off;
	for (uint32_t i = 0; i < m->n_dst; i++) {
		if (!le6(d[i].lo, a) || !le6(a, d[i].hi))
			continue;
		if (mode == PORTS_MATCH && (port < d[i].plo || port > d[i].phi))
			continue;
		if (mode == PORTS_ALL && (d[i].plo != 0 || d[i].phi != 0xffff))
			continue;
		return 1;
	}
	return 0;
}

static inline int proto_in(const struct tg_filter_match *m, uint8_t p)
{
	return (m->proto[p >> 6] >> (p & 63)) & 1;
}

static inline const void *rng(int fam, const struct tg_filter_fam *fm,
			      uint32_t off)
{
	return fam == 0 ? (const void *)((const struct tg_filter_range4 *)fm->range + off)
			: (const void *)((const struct tg_filter_range6 *)fm->range + off);
}

/* The candidate list of the source index for address a. */
static const uint32_t *cands(int fam, const struct tg_filter_fam *fm,
			     struct tg_filter_addr a, uint32_t *n)
{
	uint32_t lo = 0, hi = fm->n_ival; /* find the last lo <= a */

	if (fam == 0) {
		const struct tg_filter_ival4 *v = fm->ival;
		uint32_t x = (uint32_t)a.lo;
		while (hi - lo > 1) {
			uint32_t mid = lo + (hi - lo) / 2;
			if (v[mid].lo <= x)
				lo = mid;
			else
				hi = mid;
		}
		*n = (lo + 1 < fm->n_ival ? v[lo + 1].cand_off : fm->n_cand) - v[lo].cand_off;
		return fm->cand + v[lo].cand_off;
	}
	const struct tg_filter_ival6 *v = fm->ival;
	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (le6(v[mid].lo, a))
			lo = mid;
		else
			hi = mid;
	}
	*n = (lo + 1 < fm->n_ival ? v[lo + 1].cand_off : fm->n_cand) - v[lo].cand_off;
	return fm->cand + v[lo].cand_off;
}

/* The reference's match(): proto, (src or cap source), dst + port. */
static uint32_t match_full(int fam, const struct tg_filter_fam *fm,
			   const struct tg_filter_pkt *p)
{
	if (fm->n_ival) {
		uint32_t n;
		const uint32_t *c = cands(fam, fm, p->src, &n);
		for (uint32_t k = 0; k < n; k++) {
			const struct tg_filter_match *m = &fm->m[c[k] >> 2];
			if (proto_in(m, p->proto) &&
			    dst_hit(fam, fm, m, p->dst, p->dport, PORTS_MATCH))
				return m->rule;
		}
		return TG_FILTER_NO_RULE;
	}
	for (uint32_t i = 0; i < fm->n_m; i++) {
		const struct tg_filter_match *m = &fm->m[i];
		if (!proto_in(m, p->proto))
			continue;
		if (!in_ranges(fam, rng(fam, fm, m->src_off), m->n_src, p->src) &&
		    !in_ranges(fam, rng(fam, fm, m->cap_off), m->n_cap, p->src))
			continue;
		if (dst_hit(fam, fm, m, p->dst, p->dport, PORTS_MATCH))
			return m->rule;
	}
	return TG_FILTER_NO_RULE;
}

/* matchIPsOnly's first loop (IP sources only, any proto, any port). */
static uint32_t match_ips(int fam, const struct tg_filter_fam *fm,
			  const struct tg_filter_pkt *p)
{
	if (fm->n_ival) {
		uint32_t n;
		const uint32_t *c = cands(fam, fm, p->src, &n);
		for (uint32_t k = 0; k < n; k++) {
			const struct tg_filter_match *m = &fm->m[c[k] >> 2];
			if ((c[k] & TG_FILTER_CAND_IP) &&
			    dst_hit(fam, fm, m, p->dst, 0, PORTS_ANY))
				return m->rule;
		}
		return TG_FILTER_NO_RULE;
	}
	for (uint32_t i = 0; i < fm->n_m; i++) {
		const struct tg_filter_match *m = &fm->m[i];
		if (in_ranges(fam, rng(fam, fm, m->src_off), m->n_src, p->src) &&
		    dst_hit(fam, fm, m, p->dst, 0, PORTS_ANY))
			return m->rule;
	}
	return TG_FILTER_NO_RULE;
}

/* matchIPsOnly's second loop: the source holds any rule's capability,
 * whatever the destination. Returns the first such rule. */
static uint32_t match_cap_any(int fam, const struct tg_filter_fam *fm,
			      const struct tg_filter_pkt *p)
{
	if (!in_ranges(fam, fm->anycap, fm->n_anycap, p->src))
		return TG_FILTER_NO_RULE;
	if (fm->n_ival) {
		uint32_t n;
		const uint32_t *c = cands(fam, fm, p->src, &n);
		for (uint32_t k = 0; k < n; k++)
			if (c[k] & TG_FILTER_CAND_CAP)
				return fm->m[c[k] >> 2].rule;
		return TG_FILTER_NO_RULE;
	}
	for (uint32_t i = 0; i < fm->n_m; i++) {
		const struct tg_filter_match *m = &fm->m[i];
		if (in_ranges(fam, rng(fam, fm, m->cap_off), m->n_cap, p->src))
			return m->rule;
	}
	return TG_FILTER_NO_RULE;
}

/* matchProtoAndIPsOnlyIfAllPorts (IP sources only). */
static uint32_t match_allports(int fam, const struct tg_filter_fam *fm,
			       const struct tg_filter_pkt *p)
{
	if (fm->n_ival) {
		uint32_t n;
		const uint32_t *c = cands(fam, fm, p->src, &n);
		for (uint32_t k = 0; k < n; k++) {
			const struct tg_filter_match *m = &fm->m[c[k] >> 2];
			if ((c[k] & TG_FILTER_CAND_IP) && proto_in(m, p->proto) &&
			    dst_hit(fam, fm, m, p->dst, 0, PORTS_ALL))
				return m->rule;
		}
		return TG_FILTER_NO_RULE;
	}
	for (uint32_t i = 0; i < fm->n_m; i++) {
		const struct tg_filter_match *m = &fm->m[i];
		if (proto_in(m, p->proto) &&
		    in_ranges(fam, rng(fam, fm, m->src_off), m->n_src, p->src) &&
		    dst_hit(fam, fm, m, p->dst, 0, PORTS_ALL))
			return m->rule;
	}
	return TG_FILTER_NO_RULE;
}

static int is_multicast(const struct tg_filter_pkt *p)
{
	if (p->family == 4)
		return (p->dst.lo >> 28) == 0xe;
	return (p->dst.hi >> 56) == 0xff;
}

static int is_link_local(const struct tg_filter_pkt *p)
{
	if (p->family == 4)
		return (p->dst.lo >> 16) == 0xa9fe && p->dst.lo != 0xa9fea9feu;
	return (p->dst.hi >> 54) == (0xfe80u >> 6);
}

/* The reference's pre(): -1 when no verdict yet. */
static int pre(const struct tg_filter_pkt *p, struct tg_filter_res *r)
{
	if (p->len == 0) {
		*r = res(1, TG_FILTER_R_keepalive, TG_FILTER_NO_RULE);
		return 0;
	}
	if (p->len < 20) {
		*r = res(0, TG_FILTER_R_too_short, TG_FILTER_NO_RULE);
		return 0;
	}
	if (p->proto == TG_FILTER_PROTO_UNKNOWN || (p->family != 4 && p->family != 6)) {
		*r = res(0, TG_FILTER_R_unknown_proto, TG_FILTER_NO_RULE);
		return 0;
	}
	if (is_multicast(p)) {
		*r = res(0, TG_FILTER_R_multicast, TG_FILTER_NO_RULE);
		return 0;
	}
	if (is_link_local(p)) {
		*r = res(0, TG_FILTER_R_link_local, TG_FILTER_NO_RULE);
		return 0;
	}
	if (p->proto == TG_FILTER_PROTO_FRAGMENT) {
		*r = res(1, TG_FILTER_R_fragment, TG_FILTER_NO_RULE);
		return 0;
	}
	return -1;
}

static int icmp_reply_or_error(const struct tg_filter_pkt *p)
{
	if (!p->icmp_full)
		return 0;
	if (p->proto == TG_IPPROTO_ICMP)
		return (p->icmp_type == 0 && p->icmp_code == 0) ||
		       p->icmp_type == 3 || p->icmp_type == 11 || p->icmp_type == 12;
	return (p->icmp_type == 129 && p->icmp_code == 0) ||
	       (p->icmp_type >= 1 && p->icmp_type <= 4);
}

static void flow_key(struct tg_filter_flow_key *k, const struct tg_filter_pkt *p,
		     int reverse)
{
	memset(k, 0, sizeof(*k));
	k->family = p->family;
	k->proto = p->proto;
	k->src = reverse ? p->dst : p->src;
	k->dst = reverse ? p->src : p->dst;
	k->sport = reverse ? p->dport : p->sport;
	k->dport = reverse ? p->sport : p->dport;
}

struct tg_filter_res tg_filter_check(const struct tg_filter *f,
				     const struct tg_filter_pkt *p)
{
	struct tg_filter_res r;
	struct tg_filter_flow_key k;
	uint32_t rule;
	int fam;

	if (pre(p, &r) == 0)
		return r;
	fam = p->family == 6;
	if (!f || !f->hdr)
		return res(0, TG_FILTER_R_no_filter, TG_FILTER_NO_RULE);
	const struct tg_filter_fam *fm = &f->fam[fam];
	if (!in_ranges(fam, fm->local, fm->n_local, p->dst))
		return res(0, TG_FILTER_R_not_local, TG_FILTER_NO_RULE);

	switch (p->proto) {
	case TG_IPPROTO_ICMP:
	case TG_IPPROTO_ICMPV6:
		if (p->proto != (fam ? TG_IPPROTO_ICMPV6 : TG_IPPROTO_ICMP))
			goto other;
		if (icmp_reply_or_error(p))
			return res(1, TG_FILTER_R_icmp_reply, TG_FILTER_NO_RULE);
		rule = match_ips(fam, fm, p);
		if (rule != TG_FILTER_NO_RULE)
			return res(1, TG_FILTER_R_rule, rule);
		rule = match_cap_any(fam, fm, p);
		if (rule != TG_FILTER_NO_RULE)
			return res(1, TG_FILTER_R_icmp_cap, rule);
		break;
	case TG_IPPROTO_TCP:
		if ((p->tcp_flags & (TG_TCP_SYN | TG_TCP_ACK)) != TG_TCP_SYN)
			return res(1, TG_FILTER_R_tcp_nonsyn, TG_FILTER_NO_RULE);
		rule = match_full(fam, fm, p);
		if (rule != TG_FILTER_NO_RULE)
			return res(1, TG_FILTER_R_rule, rule);
		break;
	case TG_IPPROTO_UDP:
	case TG_IPPROTO_SCTP:
		flow_key(&k, p, 0);
		if (f->flows && tg_filter_flows_lookup(f->flows, &k))
			return res(1, TG_FILTER_R_udp_flow, TG_FILTER_NO_RULE);
		rule = match_full(fam, fm, p);
		if (rule != TG_FILTER_NO_RULE)
			return res(1, TG_FILTER_R_rule, rule);
		break;
	case TG_IPPROTO_TSMP:
		return res(1, TG_FILTER_R_tsmp, TG_FILTER_NO_RULE);
	default:
	other:
		rule = match_allports(fam, fm, p);
		if (rule != TG_FILTER_NO_RULE)
			return res(1, TG_FILTER_R_rule, rule);
		break;
	}
	return res(0, TG_FILTER_R_no_rule, TG_FILTER_NO_RULE);
}

struct tg_filter_res tg_filter_out(struct tg_filter_flows *flows,
				   const struct tg_filter_pkt *p)
{
	struct tg_filter_res r;
	struct tg_filter_flow_key k;

	if (pre(p, &r) == 0)
		return r;
	if (flows && (p->proto == TG_IPPROTO_UDP || p->proto == TG_IPPROTO_SCTP)) {
		flow_key(&k, p, 1);
		tg_filter_flows_add(flows, &k);
	}
	return res(1, TG_FILTER_R_out, TG_FILTER_NO_RULE);
}

/* ---- region glue --------------------------------------------------------- */

int tg_filter_publish(struct tg_region *r, const void *blob, size_t len,
		      uint64_t timeout_ns)
{
	size_t cap = 0;
	uint8_t *dst = tg_filter_stage(r, &cap);

	if (!dst)
		return -EAGAIN;
	if (len > cap)
		return -ENOSPC;
	memcpy(dst, blob, len);
	return tg_filter_commit(r, len, timeout_ns);
}

int tg_filter_load(const struct tg_region *r, struct tg_filter *f, char *err,
		   size_t errlen)
{
	size_t len = 0;
	const void *p = tg_region_filter(r, &len);

	if (!p || len == 0) {
		if (err && errlen)
			snprintf(err, errlen, "no packet filter published");
		return -ENOENT;
	}
	return tg_filter_view(f, p, len, err, errlen);
}

bool tg_filter_changed(const struct tg_region *r, const struct tg_filter *f)
{
	size_t len = 0;
	const struct tg_filter_blob_hdr *h = tg_region_filter(r, &len);

	if (!h || len < sizeof(*h))
		return f->hdr != NULL;
	return h != f->hdr || h->serial != f->serial;
}
