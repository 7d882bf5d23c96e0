/*
 * Packet-filter compiler (filter.h layer 2): rules + local nets + resolved
 * source capabilities -> one flat blob of offsets that tg_filter_view()
 * validates and tg_filter_check() evaluates. Per family it keeps only the
 * sources and destinations of that family and drops a rule with no source
 * (and no cap:) or no destination there, like the reference's
 * matchesFamily; local nets follow updateFilterLocked/shrinkDefaultRoute
 * (protocol/exit-node.md §2.1, §2.3). docs/filter.md.
 *
 * Runs on the cp's table-writer thread (allocates; never on the fast path).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "filter_int.h"

struct r128 {
	tg_u128 lo, hi;
};

struct rv {
	struct r128 *v;
	size_t n, cap;
};

struct dstb {
	tg_u128 lo, hi;
	uint16_t plo, phi;
};

struct fam {
	struct tg_filter_match *m;
	size_t n_m, cap_m;
	struct rv rng;    /* every match's src and cap ranges, concatenated */
	struct dstb *dst;
	size_t n_dst, cap_dst;
	struct rv local, anycap;
	struct ivb *ival;   /* source index */
	size_t n_ival;
	uint32_t *cand;
	size_t n_cand;
};

struct ivb {
	tg_u128 lo;
	uint32_t off, n;
};

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

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t nc = *cap ? *cap : 16;
	void *q;

	if (need <= *cap)
		return 0;
	while (nc < need)
		nc *= 2;
	q = realloc(*p, nc * elem);
	if (!q)
		return -ENOMEM;
	*p = q;
	*cap = nc;
	return 0;
}

static int rv_push(struct rv *a, tg_u128 lo, tg_u128 hi)
{
	if (grow((void **)&a->v, &a->cap, a->n + 1, sizeof(*a->v)))
		return -ENOMEM;
	a->v[a->n].lo = lo;
	a->v[a->n].hi = hi;
	a->n++;
	return 0;
}

static int r_cmp(const void *x, const void *y)
{
	const struct r128 *a = x, *b = y;

	return a->lo < b->lo ? -1 : a->lo > b->lo;
}

/* Sort and merge overlapping or adjacent ranges of a[from..]. */
static void rv_norm(struct rv *a, size_t from)
{
	size_t n = a->n - from, o = 0;
	struct r128 *v = a->v + from;

	if (n == 0)
		return;
	qsort(v, n, sizeof(*v), r_cmp);
	for (size_t i = 1; i < n; i++) {
		if (v[o].hi == ~(tg_u128)0 || v[i].lo <= v[o].hi + 1) {
			if (v[i].hi > v[o].hi)
				v[o].hi = v[i].hi;
		} else {
			v[++o] = v[i];
		}
	}
	a->n = from + o + 1;
}

/* Remove [lo, hi] from a normalized set. */
static int rv_sub(struct rv *a, tg_u128 lo, tg_u128 hi)
{
	struct rv out = { 0 };

	for (size_t i = 0; i < a->n; i++) {
		struct r128 r = a->v[i];
		if (r.hi < lo || r.lo > hi) {
			if (rv_push(&out, r.lo, r.hi))
				goto oom;
			continue;
		}
		if (r.lo < lo && rv_push(&out, r.lo, lo - 1))
			goto oom;
		if (r.hi > hi && rv_push(&out, hi + 1, r.hi))
			goto oom;
	}
	free(a->v);
	*a = out;
	return 0;
oom:
	free(out.v);
	return -ENOMEM;
}

static void pfx_range(const struct tg_filter_pfx *p, tg_u128 *lo, tg_u128 *hi)
{
	tg_u128 m = tg_filter_hostmask(p->family, p->bits);

	*lo = tg_filter_pfx_lo(p) & ~m;
	*hi = *lo | m;
}

static tg_u128 fam_max(int fam)
{
	return fam ? ~(tg_u128)0 : (tg_u128)UINT32_MAX;
}

/* ---- local nets ----------------------------------------------------------- */

static const char *const removed_from_default[] = {
	"192.168.0.0/16", "172.16.0.0/12", "10.0.0.0/8", "169.254.0.0/16",
	"224.0.0.0/4", "100.64.0.0/10", "fe80::/10", "ff00::/8",
	"fd7a:115c:a1e0::/48",
};

static int is_tailscale_ip(const struct tg_filter_pfx *p)
{
	static const char *const ts[] = { "100.64.0.0/10", "fd7a:115c:a1e0::/48" };
	struct tg_filter_pfx r;
	tg_u128 lo, hi, a = tg_filter_pfx_lo(p);

	for (size_t i = 0; i < 2; i++) {
		if (tg_filter_parse_ipset(ts[i], &r, 1, NULL, 0, NULL, 0) != 1 ||
		    r.family != p->family)
			continue;
		pfx_range(&r, &lo, &hi);
		if (a >= lo && a <= hi)
			return 1;
	}
	return 0;
}

/* shrinkDefaultRoute for one family: appended to dst->local. */
static int shrink_default(struct fam *dst, int fam,
			  const struct tg_filter_local *l)
{
	struct rv s = { 0 };
	tg_u128 lo, hi;
	int want = fam ? 6 : 4, rc = -ENOMEM;

	if (rv_push(&s, 0, fam_max(fam)))
		goto out;
	for (uint32_t i = 0; i < l->n_host; i++) {
		const struct tg_filter_pfx *h = &l->host[i];
		if (h->family != want || h->bits == (fam ? 128 : 32) || is_tailscale_ip(h))
			continue;
		pfx_range(h, &lo, &hi);
		if (rv_sub(&s, lo, hi))
			goto out;
	}
	for (uint32_t i = 0; i < l->n_host; i++) {
		const struct tg_filter_pfx *h = &l->host[i];
		if (h->family != want || h->bits == (fam ? 128 : 32) || is_tailscale_ip(h))
			continue;
		lo = tg_filter_pfx_lo(h);
		if (rv_push(&s, lo, lo))
			goto out;
	}
	rv_norm(&s, 0);
	for (size_t i = 0; i < sizeof(removed_from_default) / sizeof(removed_from_default[0]); i++) {
		struct tg_filter_pfx r;
		if (tg_filter_parse_ipset(removed_from_default[i], &r, 1, NULL, 0, NULL, 0) != 1 ||
		    r.family != want)
			continue;
		pfx_range(&r, &lo, &hi);
		if (rv_sub(&s, lo, hi))
			goto out;
	}
	for (size_t i = 0; i < s.n; i++)
		if (rv_push(&dst->local, s.v[i].lo, s.v[i].hi))
			goto out;
	rc = 0;
out:
	free(s.v);
	return rc;
}

static int build_local(struct fam *f, int fam, const struct tg_filter_local *l)
{
	int want = fam ? 6 : 4;
	tg_u128 lo, hi;

	if (!l)
		return 0;
	for (uint32_t i = 0; i < l->n_addrs; i++) {
		if (l->addrs[i].family != want)
			continue;
		pfx_range(&l->addrs[i], &lo, &hi);
		if (rv_push(&f->local, lo, hi))
			return -ENOMEM;
	}
	for (uint32_t i = 0; i < l->n_routes; i++) {
		const struct tg_filter_pfx *r = &l->routes[i];
		if (r->family != want)
			continue;
		if (r->bits == 0) {
			if (shrink_default(f, fam, l))
				return -ENOMEM;
			continue;
		}
		pfx_range(r, &lo, &hi);
		if (rv_push(&f->local, lo, hi))
			return -ENOMEM;
	}
	rv_norm(&f->local, 0);
	return 0;
}

/* ---- matches ------------------------------------------------------------- */

static int add_caps(struct fam *f, int fam, const struct tg_filter_match_in *in,
		    const struct tg_filter_caps *caps, char *err, size_t errlen)
{
	struct tg_filter_pfx *buf = NULL;
	int max = 64, n, want = fam ? 6 : 4;
	tg_u128 lo, hi;

	if (!caps || !caps->resolve)
		return 0;
	for (uint32_t c = 0; c < in->n_caps; c++) {
		for (;;) {
			struct tg_filter_pfx *nb = realloc(buf, (size_t)max * sizeof(*buf));
			if (!nb)
				goto oom;
			buf = nb;
			n = caps->resolve(caps->ctx, in->caps[c], buf, max);
			if (n <= max)
				break;
			if (max >= (int)TG_FILTER_MAX_LIST) {
				free(buf);
				return efmt(err, errlen, -E2BIG, "capability %.64s: more than %u peers",
					    in->caps[c], TG_FILTER_MAX_LIST);
			}
			max *= 4;
		}
		for (int i = 0; i < n; i++) {
			if (buf[i].family != want)
				continue;
			pfx_range(&buf[i], &lo, &hi);
			if (rv_push(&f->rng, lo, hi) || rv_push(&f->anycap, lo, hi))
				goto oom;
		}
	}
	free(buf);
	return 0;
oom:
	free(buf);
	return -ENOMEM;
}

static int add_match(struct fam *f, int fam, const struct tg_filter_match_in *in,
		     const struct tg_filter_caps *caps, char *err, size_t errlen)
{
	struct tg_filter_match m;
	size_t rng0 = f->rng.n, dst0 = f->n_dst, anycap0 = f->anycap.n;
	int want = fam ? 6 : 4, rc;
	tg_u128 lo, hi;

	memset(&m, 0, sizeof(m));
	m.rule = in->rule;
	for (uint32_t i = 0; i < in->n_proto; i++)
		m.proto[in->proto[i] >> 6] |= 1ULL << (in->proto[i] & 63);
	for (uint32_t i = 0; i < in->n_src; i++) {
		if (in->src[i].family != want)
			continue;
		pfx_range(&in->src[i], &lo, &hi);
		if (rv_push(&f->rng, lo, hi))
			return -ENOMEM;
	}
	rv_norm(&f->rng, rng0);
	m.src_off = (uint32_t)rng0;
	m.n_src = (uint32_t)(f->rng.n - rng0);
	rc = add_caps(f, fam, in, caps, err, errlen);
	if (rc)
		return rc;
	rv_norm(&f->rng, rng0 + m.n_src);
	m.cap_off = (uint32_t)(rng0 + m.n_src);
	m.n_cap = (uint32_t)(f->rng.n - m.cap_off);
	m.flags = in->n_caps ? TG_FILTER_M_HAS_CAPS : 0;
	for (uint32_t i = 0; i < in->n_dst; i++) {
		const struct tg_filter_dst *d = &in->dst[i];
		if (d->net.family != want)
			continue;
		if (grow((void **)&f->dst, &f->cap_dst, f->n_dst + 1, sizeof(*f->dst)))
			return -ENOMEM;
		pfx_range(&d->net, &f->dst[f->n_dst].lo, &f->dst[f->n_dst].hi);
		f->dst[f->n_dst].plo = d->first;
		f->dst[f->n_dst].phi = d->last;
		f->n_dst++;
	}
	m.dst_off = (uint32_t)dst0;
	m.n_dst = (uint32_t)(f->n_dst - dst0);
	if ((m.n_src == 0 && in->n_caps == 0) || m.n_dst == 0) {
		/* matchesFamily drops it: undo what it appended. */
		f->rng.n = rng0;
		f->n_dst = dst0;
		f->anycap.n = anycap0;
		return 0;
	}
	if (grow((void **)&f->m, &f->cap_m, f->n_m + 1, sizeof(*f->m)))
		return -ENOMEM;
	f->m[f->n_m++] = m;
	return 0;
}

/* ---- source index (filter.h "Source index") ---------------------------------- */

uint64_t tg_filter_index_limit = UINT64_MAX;

static int u_cmp(const void *x, const void *y)
{
	const tg_u128 *a = x, *b = y;

	return *a < *b ? -1 : *a > *b;
}

/* Index of the interval holding a (the last with lo <= a). */
static size_t ival_of(const struct ivb *v, size_t n, tg_u128 a)
{
	size_t lo = 0, hi = n;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].lo <= a)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* One pass over every match's source ranges: count (cand == NULL) or fill.
 * A match covering an interval by both an IP and a cap source gets one
 * entry with both flags. */
static uint64_t index_pass(struct fam *f, uint32_t *last, uint32_t *fill)
{
	uint64_t total = 0;

	for (size_t j = 0; j < f->n_ival; j++)
		last[j] = UINT32_MAX;
	for (size_t mi = 0; mi < f->n_m; mi++) {
		const struct tg_filter_match *m = &f->m[mi];
		for (uint32_t k = 0; k < m->n_src + m->n_cap; k++) {
			uint32_t flag = k < m->n_src ? TG_FILTER_CAND_IP : TG_FILTER_CAND_CAP;
			const struct r128 *r = &f->rng.v[k < m->n_src ? m->src_off + k
								     : m->cap_off + k - m->n_src];
			size_t i0 = ival_of(f->ival, f->n_ival, r->lo);
			size_t i1 = ival_of(f->ival, f->n_ival, r->hi);
			for (size_t j = i0; j <= i1; j++) {
				if (last[j] == mi) {
					if (f->cand)
						f->cand[f->ival[j].off + fill[j] - 1] |= flag;
					continue;
				}
				last[j] = (uint32_t)mi;
				if (f->cand)
					f->cand[f->ival[j].off + fill[j]] = (uint32_t)mi << 2 | flag;
				fill[j]++;
				total++;
			}
		}
	}
	return total;
}

static int build_index(struct fam *f, int fam)
{
	size_t nb = 1, nr = f->rng.n;
	tg_u128 *b = malloc((1 + 2 * nr) * sizeof(*b));
	uint32_t *last = NULL, *fill = NULL;
	uint64_t total, off = 0;
	int rc = -ENOMEM;

	if (!b)
		return -ENOMEM;
	b[0] = 0;
	for (size_t i = 0; i < nr; i++) {
		b[nb++] = f->rng.v[i].lo;
		if (f->rng.v[i].hi != fam_max(fam))
			b[nb++] = f->rng.v[i].hi + 1;
	}
	qsort(b, nb, sizeof(*b), u_cmp);
	f->ival = calloc(nb, sizeof(*f->ival));
	last = malloc(nb * sizeof(*last));
	fill = calloc(nb, sizeof(*fill));
	if (!f->ival || !last || !fill)
		goto out;
	for (size_t i = 0; i < nb; i++)
		if (f->n_ival == 0 || b[i] != f->ival[f->n_ival - 1].lo)
			f->ival[f->n_ival++].lo = b[i];
	total = index_pass(f, last, fill);
	if (f->n_m == 0 || tg_filter_index_limit == 0 || total > tg_filter_index_limit ||
	    total > 8 * ((uint64_t)nr + f->n_m) + 4096) {
		free(f->ival);
		f->ival = NULL;
		f->n_ival = 0;
		rc = 0;
		goto out;
	}
	for (size_t j = 0; j < f->n_ival; j++) {
		f->ival[j].off = (uint32_t)off;
		f->ival[j].n = fill[j];
		off += fill[j];
		fill[j] = 0;
	}
	f->cand = calloc(total ? total : 1, sizeof(*f->cand));
	if (!f->cand)
		goto out;
	f->n_cand = total;
	index_pass(f, last, fill);
	rc = 0;
out:
	free(b);
	free(last);
	free(fill);
	return rc;
}

/* ---- serialization --------------------------------------------------------- */

static size_t align8(size_t v)
{
	return (v + 7) & ~(size_t)7;
}

static void put_ranges(int fam, uint8_t *p, const struct r128 *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (fam == 0) {
			struct tg_filter_range4 r = { (uint32_t)v[i].lo, (uint32_t)v[i].hi };
			memcpy(p + i * sizeof(r), &r, sizeof(r));
		} else {
			struct tg_filter_range6 r;
			r.lo.hi = (uint64_t)(v[i].lo >> 64);
			r.lo.lo = (uint64_t)v[i].lo;
			r.hi.hi = (uint64_t)(v[i].hi >> 64);
			r.hi.lo = (uint64_t)v[i].hi;
			memcpy(p + i * sizeof(r), &r, sizeof(r));
		}
	}
}

static void put_dsts(int fam, uint8_t *p, const struct dstb *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (fam == 0) {
			struct tg_filter_dst4 r = { (uint32_t)d[i].lo, (uint32_t)d[i].hi,
						    d[i].plo, d[i].phi, 0 };
			memcpy(p + i * sizeof(r), &r, sizeof(r));
		} else {
			struct tg_filter_dst6 r;
			memset(&r, 0, sizeof(r));
			r.lo.hi = (uint64_t)(d[i].lo >> 64);
			r.lo.lo = (uint64_t)d[i].lo;
			r.hi.hi = (uint64_t)(d[i].hi >> 64);
			r.hi.lo = (uint64_t)d[i].hi;
			r.plo = d[i].plo;
			r.phi = d[i].phi;
			memcpy(p + i * sizeof(r), &r, sizeof(r));
		}
	}
}

static void put_index(int fam, uint8_t *p, const struct ivb *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (fam == 0) {
			struct tg_filter_ival4 r = { (uint32_t)v[i].lo, v[i].off };
			memcpy(p + i * sizeof(r), &r, sizeof(r));
		} else {
			struct tg_filter_ival6 r;
			memset(&r, 0, sizeof(r));
			r.lo.hi = (uint64_t)(v[i].lo >> 64);
			r.lo.lo = (uint64_t)v[i].lo;
			r.cand_off = v[i].off;
			memcpy(p + i * sizeof(r), &r, sizeof(r));
		}
	}
}

static int serialize(struct fam f[2], uint32_t n_rules, uint32_t serial,
		     void **blob, size_t *len, char *err, size_t errlen)
{
	struct tg_filter_blob_hdr h;
	size_t off = align8(sizeof(h)), rs, ds;
	uint8_t *b;

	memset(&h, 0, sizeof(h));
	h.magic = TG_FILTER_MAGIC;
	h.version = TG_FILTER_VERSION;
	h.serial = serial;
	h.n_rules = n_rules;
	for (int fam = 0; fam < 2; fam++) {
		size_t n[TG_FILTER_SEC__COUNT] = { f[fam].n_m, f[fam].rng.n, f[fam].n_dst,
						   f[fam].local.n, f[fam].anycap.n, f[fam].n_ival,
						   f[fam].n_cand };
		rs = fam ? sizeof(struct tg_filter_range6) : sizeof(struct tg_filter_range4);
		ds = fam ? sizeof(struct tg_filter_dst6) : sizeof(struct tg_filter_dst4);
		size_t sz[TG_FILTER_SEC__COUNT] = {
			sizeof(struct tg_filter_match), rs, ds, rs, rs,
			fam ? sizeof(struct tg_filter_ival6) : sizeof(struct tg_filter_ival4),
			sizeof(uint32_t) };
		for (int s = 0; s < TG_FILTER_SEC__COUNT; s++) {
			h.sec[fam][s].off = (uint32_t)off;
			h.sec[fam][s].n = (uint32_t)n[s];
			off = align8(off + n[s] * sz[s]);
		}
	}
	if (off > UINT32_MAX)
		return efmt(err, errlen, -E2BIG, "compiled filter too large (%zu bytes)", off);
	h.total_bytes = (uint32_t)off;
	b = calloc(1, off);
	if (!b)
		return -ENOMEM;
	memcpy(b, &h, sizeof(h));
	for (int fam = 0; fam < 2; fam++) {
		if (f[fam].n_m)
			memcpy(b + h.sec[fam][TG_FILTER_SEC_MATCH].off, f[fam].m,
			       f[fam].n_m * sizeof(struct tg_filter_match));
		put_ranges(fam, b + h.sec[fam][TG_FILTER_SEC_RANGE].off, f[fam].rng.v, f[fam].rng.n);
		put_dsts(fam, b + h.sec[fam][TG_FILTER_SEC_DST].off, f[fam].dst, f[fam].n_dst);
		put_ranges(fam, b + h.sec[fam][TG_FILTER_SEC_LOCAL].off, f[fam].local.v, f[fam].local.n);
		put_ranges(fam, b + h.sec[fam][TG_FILTER_SEC_ANYCAP].off, f[fam].anycap.v, f[fam].anycap.n);
		put_index(fam, b + h.sec[fam][TG_FILTER_SEC_IVAL].off, f[fam].ival, f[fam].n_ival);
		if (f[fam].n_cand)
			memcpy(b + h.sec[fam][TG_FILTER_SEC_CAND].off, f[fam].cand,
			       f[fam].n_cand * sizeof(uint32_t));
	}
	*blob = b;
	*len = off;
	return 0;
}

static void fam_free(struct fam *f)
{
	free(f->m);
	free(f->rng.v);
	free(f->dst);
	free(f->local.v);
	free(f->anycap.v);
	free(f->ival);
	free(f->cand);
	memset(f, 0, sizeof(*f));
}

static int check_input(const struct tg_filter_rules *rs, char *err, size_t errlen)
{
	uint64_t total = 0;

	if (rs->n > TG_FILTER_MAX_RULES || rs->n_rules > TG_FILTER_MAX_RULES)
		return efmt(err, errlen, -E2BIG, "%u filter rules (max %u)",
			    rs->n > rs->n_rules ? rs->n : rs->n_rules, TG_FILTER_MAX_RULES);
	for (uint32_t i = 0; i < rs->n; i++) {
		const struct tg_filter_match_in *m = &rs->m[i];
		if (m->rule >= rs->n_rules)
			return efmt(err, errlen, -EINVAL, "match %u: rule id %u outside %u rules",
				    i, m->rule, rs->n_rules);
		total += (uint64_t)m->n_src + m->n_dst;
	}
	if (total > TG_FILTER_MAX_PREFIXES)
		return efmt(err, errlen, -E2BIG, "filter expands to %llu prefixes (max %u)",
			    (unsigned long long)total, TG_FILTER_MAX_PREFIXES);
	return 0;
}

int tg_filter_build(const struct tg_filter_rules *rs,
		    const struct tg_filter_local *local,
		    const struct tg_filter_caps *caps, uint32_t serial,
		    void **blob, size_t *len, char *err, size_t errlen)
{
	static const struct tg_filter_rules none;
	struct fam f[2];
	int rc;

	memset(f, 0, sizeof(f));
	*blob = NULL;
	*len = 0;
	if (!rs)
		rs = &none;
	rc = check_input(rs, err, errlen);
	if (rc)
		return rc;
	for (int fam = 0; fam < 2; fam++) {
		rc = build_local(&f[fam], fam, local);
		for (uint32_t i = 0; !rc && i < rs->n; i++)
			rc = add_match(&f[fam], fam, &rs->m[i], caps, err, errlen);
		if (rc)
			goto out;
		rv_norm(&f[fam].anycap, 0);
		rc = build_index(&f[fam], fam);
		if (rc)
			goto out;
	}
	rc = serialize(f, rs->n_rules, serial, blob, len, err, errlen);
out:
	if (rc == -ENOMEM)
		efmt(err, errlen, rc, "out of memory compiling the packet filter");
	fam_free(&f[0]);
	fam_free(&f[1]);
	return rc;
}

void tg_filter_rules_free(struct tg_filter_rules *rs)
{
	if (!rs)
		return;
	for (uint32_t i = 0; i < rs->n; i++) {
		struct tg_filter_match_in *m = &rs->m[i];
		for (uint32_t c = 0; c < m->n_caps; c++)
			free(m->caps[c]);
		free(m->caps);
		free(m->src);
		free(m->dst);
	}
	free(rs->m);
	memset(rs, 0, sizeof(*rs));
}
