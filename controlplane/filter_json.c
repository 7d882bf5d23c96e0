/*
 * Packet filter from the netmap (filter_json.h): decode MapResponse
 * PacketFilter / PacketFilters with jansson into struct tg_filter_rules.
 * Shape errors mirror what Go's encoding/json would reject (the reference
 * then drops the whole MapResponse); entry errors mirror
 * MatchesFromFilterRules (skip the entry, keep the rest). Keys match like
 * encoding/json: exact first, then case-insensitively. CapGrant is checked
 * for shape and otherwise ignored (it grants application capabilities,
 * never packets). protocol/control.md §4.3, §5; vectors V6b.
 *
 * Runs on the cp's event loop.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "filter_json.h"

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

/* encoding/json key matching: exact, else the first case-insensitive. */
static json_t *jget(const json_t *obj, const char *key)
{
	const char *k;
	json_t *v;

	if (!json_is_object(obj))
		return NULL;
	v = json_object_get(obj, key);
	if (v)
		return v;
	json_object_foreach((json_t *)obj, k, v)
		if (!strcasecmp(k, key))
			return v;
	return NULL;
}

static int present(const json_t *v)
{
	return v && !json_is_null(v);
}

/* ---- shape validation ---------------------------------------------------- */

static int check_list(const json_t *v, const char *where, const char *field,
		      char *err, size_t errlen)
{
	if (!present(v))
		return 0;
	if (!json_is_array(v))
		return efmt(err, errlen, -EINVAL, "%s: %s must be an array or null", where, field);
	if (json_array_size(v) > TG_FILTER_MAX_LIST)
		return efmt(err, errlen, -E2BIG, "%s: %s has %zu entries (max %u)", where, field,
			    json_array_size(v), TG_FILTER_MAX_LIST);
	return 0;
}

static int check_strings(const json_t *v, const char *where, const char *field,
			 char *err, size_t errlen)
{
	size_t i;
	json_t *e;
	int rc = check_list(v, where, field, err, errlen);

	if (rc || !present(v))
		return rc;
	json_array_foreach(v, i, e)
		if (!json_is_string(e) && !json_is_null(e))
			return efmt(err, errlen, -EINVAL, "%s: %s[%zu] must be a string", where, field, i);
	return 0;
}

static int check_port(const json_t *v, const char *where, size_t i,
		      const char *name, char *err, size_t errlen)
{
	if (!present(v))
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 65535)
		return efmt(err, errlen, -EINVAL, "%s: DstPorts[%zu].Ports.%s must be an integer 0-65535", where, i, name);
	return 0;
}

static int check_dstports(const json_t *v, const char *where, char *err,
			  size_t errlen)
{
	size_t i;
	json_t *e;
	int rc = check_list(v, where, "DstPorts", err, errlen);

	if (rc || !present(v))
		return rc;
	json_array_foreach(v, i, e) {
		json_t *ip, *bits, *ports;
		if (json_is_null(e))
			continue;
		if (!json_is_object(e))
			return efmt(err, errlen, -EINVAL, "%s: DstPorts[%zu] must be an object", where, i);
		ip = jget(e, "IP");
		bits = jget(e, "Bits");
		ports = jget(e, "Ports");
		if (present(ip) && !json_is_string(ip))
			return efmt(err, errlen, -EINVAL, "%s: DstPorts[%zu].IP must be a string", where, i);
		if (present(bits) && !json_is_integer(bits))
			return efmt(err, errlen, -EINVAL, "%s: DstPorts[%zu].Bits must be an integer", where, i);
		if (json_is_string(ports) && !strcmp(json_string_value(ports), "*"))
			continue;
		if (present(ports) && !json_is_object(ports))
			return efmt(err, errlen, -EINVAL, "%s: DstPorts[%zu].Ports must be {\"First\",\"Last\"} or \"*\"", where, i);
		if ((rc = check_port(jget(ports, "First"), where, i, "First", err, errlen)) ||
		    (rc = check_port(jget(ports, "Last"), where, i, "Last", err, errlen)))
			return rc;
	}
	return 0;
}

static int check_capgrant(const json_t *v, const char *where, char *err,
			  size_t errlen)
{
	size_t i, j;
	json_t *e, *d;
	int rc = check_list(v, where, "CapGrant", err, errlen);

	if (rc || !present(v))
		return rc;
	json_array_foreach(v, i, e) {
		json_t *dsts, *cm;
		if (json_is_null(e))
			continue;
		if (!json_is_object(e))
			return efmt(err, errlen, -EINVAL, "%s: CapGrant[%zu] must be an object", where, i);
		dsts = jget(e, "Dsts");
		if ((rc = check_strings(dsts, where, "CapGrant.Dsts", err, errlen)) ||
		    (rc = check_strings(jget(e, "Caps"), where, "CapGrant.Caps", err, errlen)))
			return rc;
		if (present(dsts)) {
			json_array_foreach(dsts, j, d) {
				const char *s = json_string_value(d);
				const char *slash = s ? strchr(s, '/') : NULL;
				struct tg_filter_pfx p;
				if (s && (!slash || tg_filter_parse_addr(s, (size_t)(slash - s), &p)))
					return efmt(err, errlen, -EINVAL, "%s: CapGrant[%zu].Dsts[%zu] %.80s is not a prefix",
						    where, i, j, s);
			}
		}
		cm = jget(e, "CapMap");
		if (present(cm) && !json_is_object(cm))
			return efmt(err, errlen, -EINVAL, "%s: CapGrant[%zu].CapMap must be an object", where, i);
	}
	return 0;
}

static int check_rule(const json_t *r, const char *where, char *err,
		      size_t errlen)
{
	json_t *proto, *e;
	size_t i;
	int rc;

	if (json_is_null(r))
		return 0;
	if (!json_is_object(r))
		return efmt(err, errlen, -EINVAL, "%s must be an object", where);
	if ((rc = check_strings(jget(r, "SrcIPs"), where, "SrcIPs", err, errlen)) ||
	    (rc = check_list(jget(r, "SrcBits"), where, "SrcBits", err, errlen)) ||
	    (rc = check_dstports(jget(r, "DstPorts"), where, err, errlen)) ||
	    (rc = check_capgrant(jget(r, "CapGrant"), where, err, errlen)))
		return rc;
	proto = jget(r, "IPProto");
	if ((rc = check_list(proto, where, "IPProto", err, errlen)))
		return rc;
	if (present(proto))
		json_array_foreach(proto, i, e)
			if (!json_is_integer(e))
				return efmt(err, errlen, -EINVAL, "%s: IPProto[%zu] must be an integer", where, i);
	return 0;
}

int cp_filter_rules_validate(const json_t *arr, const char *where, char *err,
			     size_t errlen)
{
	char w[96];
	size_t i;
	json_t *r;

	if (!present(arr))
		return 0;
	if (!json_is_array(arr))
		return efmt(err, errlen, -EINVAL, "%s must be an array or null", where);
	if (json_array_size(arr) > TG_FILTER_MAX_RULES)
		return efmt(err, errlen, -E2BIG, "%s has %zu rules (max %u)", where,
			    json_array_size(arr), TG_FILTER_MAX_RULES);
	json_array_foreach(arr, i, r) {
		int rc;
		snprintf(w, sizeof(w), "%s rule %zu", where, i);
		rc = check_rule(r, w, err, errlen);
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- conversion (MatchesFromFilterRules) ---------------------------------- */

struct conv {
	struct cp_filter_diag *diag;
	uint64_t prefixes;
	struct tg_filter_pfx tmp[512];
};

static void skip(struct conv *c, const char *fmt, ...)
{
	va_list ap;

	if (c->diag->skipped++ == 0) {
		va_start(ap, fmt);
		vsnprintf(c->diag->first, sizeof(c->diag->first), fmt, ap);
		va_end(ap);
	}
}

static int push_pfx(struct tg_filter_pfx **v, uint32_t *n, uint32_t *cap,
		    const struct tg_filter_pfx *p, int k)
{
	if (*n + (uint32_t)k > *cap) {
		uint32_t nc = *cap ? *cap : 8;
		struct tg_filter_pfx *q;
		while (nc < *n + (uint32_t)k)
			nc *= 2;
		q = realloc(*v, nc * sizeof(**v));
		if (!q)
			return -ENOMEM;
		*v = q;
		*cap = nc;
	}
	memcpy(*v + *n, p, (size_t)k * sizeof(*p));
	*n += (uint32_t)k;
	return 0;
}

static int conv_protos(const json_t *proto, struct tg_filter_match_in *m)
{
	static const uint8_t def[] = { 6, 17, 1, 58 };
	uint64_t seen[4] = { 0 };
	size_t i;
	json_t *e;

	if (!present(proto) || json_array_size(proto) == 0) {
		memcpy(m->proto, def, sizeof(def));
		m->n_proto = sizeof(def);
		return 0;
	}
	/* Listed numbers, 0-255 only; an all-invalid list leaves the rule
	 * with no protocol (it still counts for ICMP's IP-only check). */
	json_array_foreach(proto, i, e) {
		json_int_t v = json_integer_value(e);
		if (v < 0 || v > 255 || (seen[v >> 6] >> (v & 63) & 1))
			continue;
		seen[v >> 6] |= 1ULL << (v & 63);
		m->proto[m->n_proto++] = (uint8_t)v;
	}
	return 0;
}

static int conv_caps(struct tg_filter_match_in *m, const char *cap)
{
	char **q = realloc(m->caps, (m->n_caps + 1) * sizeof(*q));

	if (!q)
		return -ENOMEM;
	m->caps = q;
	q[m->n_caps] = strdup(cap);
	if (!q[m->n_caps])
		return -ENOMEM;
	m->n_caps++;
	return 0;
}

static int conv_srcs(struct conv *c, const json_t *srcs, uint32_t rule,
		     struct tg_filter_match_in *m)
{
	uint32_t cap = 0;
	char capname[256], e[160];
	size_t i;
	json_t *s;

	if (!present(srcs))
		return 0;
	json_array_foreach(srcs, i, s) {
		const char *str = json_string_value(s) ? json_string_value(s) : "";
		int n = tg_filter_parse_ipset(str, c->tmp, 512, capname, sizeof(capname), e, sizeof(e));
		if (n < 0) {
			skip(c, "rule %u: SrcIPs[%zu]: %s", rule, i, e);
			continue;
		}
		if (n == 0 && capname[0] && conv_caps(m, capname))
			return -ENOMEM;
		if (n > 0 && push_pfx(&m->src, &m->n_src, &cap, c->tmp, n))
			return -ENOMEM;
		c->prefixes += (uint64_t)n;
	}
	return 0;
}

static void conv_ports(const json_t *ports, uint16_t *first, uint16_t *last)
{
	if (json_is_string(ports)) { /* "*" (checked): all ports */
		*first = 0;
		*last = 65535;
		return;
	}
	*first = (uint16_t)json_integer_value(jget(ports, "First"));
	*last = (uint16_t)json_integer_value(jget(ports, "Last"));
}

static int conv_dsts(struct conv *c, const json_t *dsts, uint32_t rule,
		     struct tg_filter_match_in *m)
{
	uint32_t cap = 0;
	char capname[256], e[160];
	size_t i;
	json_t *d;

	if (!present(dsts))
		return 0;
	json_array_foreach(dsts, i, d) {
		const json_t *ip = jget(d, "IP");
		const char *str = json_string_value(ip) ? json_string_value(ip) : "";
		uint16_t first, last;
		int n = tg_filter_parse_ipset(str, c->tmp, 512, capname, sizeof(capname), e, sizeof(e));
		if (n < 0) {
			skip(c, "rule %u: DstPorts[%zu]: %s", rule, i, e);
			continue;
		}
		if (n == 0) {
			skip(c, "rule %u: DstPorts[%zu]: unexpected capability \"%.64s\" in DstPorts",
			     rule, i, capname);
			continue;
		}
		conv_ports(jget(d, "Ports"), &first, &last);
		if (m->n_dst + (uint32_t)n > cap) {
			uint32_t nc = cap ? cap : 8;
			struct tg_filter_dst *q;
			while (nc < m->n_dst + (uint32_t)n)
				nc *= 2;
			q = realloc(m->dst, nc * sizeof(*q));
			if (!q)
				return -ENOMEM;
			m->dst = q;
			cap = nc;
		}
		for (int k = 0; k < n; k++) {
			m->dst[m->n_dst].net = c->tmp[k];
			m->dst[m->n_dst].first = first;
			m->dst[m->n_dst].last = last;
			m->n_dst++;
		}
		c->prefixes += (uint64_t)n;
	}
	return 0;
}

/* Legacy bits anywhere: the reference refuses the whole filter. */
static int has_bits(const json_t *r)
{
	const json_t *sb = jget(r, "SrcBits"), *dp = jget(r, "DstPorts");
	size_t i;
	json_t *d;

	if (present(sb) && json_array_size(sb) > 0)
		return 1;
	if (present(dp))
		json_array_foreach(dp, i, d)
			if (present(jget(d, "Bits")))
				return 1;
	return 0;
}

static int conv_rule(struct conv *c, const json_t *r, uint32_t rule,
		     struct tg_filter_match_in *m)
{
	int rc;

	memset(m, 0, sizeof(*m));
	m->rule = rule;
	conv_protos(jget(r, "IPProto"), m);
	rc = conv_srcs(c, jget(r, "SrcIPs"), rule, m);
	if (!rc)
		rc = conv_dsts(c, jget(r, "DstPorts"), rule, m);
	return rc;
}

static int convert(const json_t *const *lists, const char *const *names,
		   size_t nlists, struct tg_filter_rules *out,
		   struct cp_filter_diag *diag, char *err, size_t errlen)
{
	struct conv *c;
	size_t total = 0, i;
	json_t *r;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	memset(diag, 0, sizeof(*diag));
	for (size_t l = 0; l < nlists; l++) {
		rc = cp_filter_rules_validate(lists[l], names[l], err, errlen);
		if (rc)
			return rc;
		total += present(lists[l]) ? json_array_size(lists[l]) : 0;
	}
	if (total > TG_FILTER_MAX_RULES)
		return efmt(err, errlen, -E2BIG, "effective filter has %zu rules (max %u)",
			    total, TG_FILTER_MAX_RULES);
	for (size_t l = 0; l < nlists; l++)
		if (present(lists[l]))
			json_array_foreach(lists[l], i, r)
				if (has_bits(r))
					return efmt(err, errlen, -EPROTO,
						    "filter uses legacy SrcBits/DstPorts.Bits; denying all (as the reference does)");
	c = calloc(1, sizeof(*c));
	out->m = calloc(total ? total : 1, sizeof(*out->m));
	if (!c || !out->m) {
		rc = -ENOMEM;
		goto out;
	}
	c->diag = diag;
	for (size_t l = 0; l < nlists && !rc; l++) {
		if (!present(lists[l]))
			continue;
		json_array_foreach(lists[l], i, r) {
			rc = conv_rule(c, r, out->n_rules, &out->m[out->n]);
			out->n++;
			out->n_rules++;
			if (rc)
				break;
			if (c->prefixes > TG_FILTER_MAX_PREFIXES) {
				rc = efmt(err, errlen, -E2BIG, "filter expands to more than %u prefixes",
					  TG_FILTER_MAX_PREFIXES);
				break;
			}
		}
	}
out:
	if (rc == -ENOMEM)
		efmt(err, errlen, rc, "out of memory converting the packet filter");
	if (rc)
		tg_filter_rules_free(out);
	free(c);
	return rc;
}

int cp_filter_rules_from_json(const json_t *arr, struct tg_filter_rules *out,
			      struct cp_filter_diag *diag, char *err,
			      size_t errlen)
{
	static const char *const name = "PacketFilter";

	return convert(&arr, &name, 1, out, diag, err, errlen);
}

/* ---- named filters ------------------------------------------------------- */

void cp_filter_state_init(struct cp_filter_state *st)
{
	memset(st, 0, sizeof(*st));
}

void cp_filter_state_free(struct cp_filter_state *st)
{
	for (size_t i = 0; i < st->n; i++) {
		free(st->v[i].name);
		json_decref(st->v[i].rules);
	}
	free(st->v);
	memset(st, 0, sizeof(*st));
}

static size_t find_pos(const struct cp_filter_state *st, const char *name,
		       int *found)
{
	size_t lo = 0, hi = st->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(st->v[mid].name, name);
		if (c == 0) {
			*found = 1;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = 0;
	return lo;
}

static int set_named(struct cp_filter_state *st, const char *name, json_t *rules)
{
	int found;
	size_t pos = find_pos(st, name, &found);
	char *dup;

	if (found) {
		json_decref(st->v[pos].rules);
		st->v[pos].rules = json_incref(rules);
		return 0;
	}
	if (st->n == st->cap) {
		size_t nc = st->cap ? st->cap * 2 : 4;
		struct cp_filter_named *q = realloc(st->v, nc * sizeof(*q));
		if (!q)
			return -ENOMEM;
		st->v = q;
		st->cap = nc;
	}
	dup = strdup(name);
	if (!dup)
		return -ENOMEM;
	memmove(st->v + pos + 1, st->v + pos, (st->n - pos) * sizeof(*st->v));
	st->v[pos].name = dup;
	st->v[pos].rules = json_incref(rules);
	st->n++;
	return 0;
}

static void del_named(struct cp_filter_state *st, const char *name)
{
	int found;
	size_t pos = find_pos(st, name, &found);

	if (!found)
		return;
	free(st->v[pos].name);
	json_decref(st->v[pos].rules);
	memmove(st->v + pos, st->v + pos + 1, (st->n - pos - 1) * sizeof(*st->v));
	st->n--;
}

static int validate_apply(const json_t *pf, const json_t *pfs, char *err,
			  size_t errlen)
{
	const char *k;
	json_t *v;
	char where[160];
	int rc;

	if (present(pf) && (rc = cp_filter_rules_validate(pf, "PacketFilter", err, errlen)))
		return rc;
	if (!present(pfs))
		return 0;
	if (!json_is_object(pfs))
		return efmt(err, errlen, -EINVAL, "PacketFilters must be an object or null");
	if (json_object_size(pfs) > TG_FILTER_MAX_LIST)
		return efmt(err, errlen, -E2BIG, "PacketFilters has %zu names (max %u)",
			    json_object_size(pfs), TG_FILTER_MAX_LIST);
	json_object_foreach((json_t *)pfs, k, v) {
		snprintf(where, sizeof(where), "PacketFilters[\"%.64s\"]", k);
		if ((rc = cp_filter_rules_validate(v, where, err, errlen)))
			return rc;
	}
	return 0;
}

int cp_filter_state_apply(struct cp_filter_state *st, const json_t *resp,
			  char *err, size_t errlen)
{
	json_t *pf = jget(resp, "PacketFilter"), *pfs = jget(resp, "PacketFilters");
	json_t *star, *v;
	const char *k;
	int rc;

	if (!json_is_object(resp))
		return efmt(err, errlen, -EINVAL, "MapResponse must be a JSON object");
	rc = validate_apply(pf, pfs, err, errlen);
	if (rc)
		return rc;
	if (!present(pf) && !present(pfs))
		return 0;
	if (present(pf) && (rc = set_named(st, "base", pf)))
		goto oom;
	if (present(pfs)) {
		star = json_object_get(pfs, "*");
		if (star && json_is_null(star))
			while (st->n)
				del_named(st, st->v[0].name);
		json_object_foreach(pfs, k, v) {
			if (!strcmp(k, "*"))
				continue;
			if (json_is_null(v))
				del_named(st, k);
			else if ((rc = set_named(st, k, v)))
				goto oom;
		}
	}
	st->seen = true;
	return 1;
oom:
	return efmt(err, errlen, rc, "out of memory storing the packet filter");
}

int cp_filter_state_rules(const struct cp_filter_state *st,
			  struct tg_filter_rules *out,
			  struct cp_filter_diag *diag, char *err, size_t errlen)
{
	const json_t **lists = calloc(st->n ? st->n : 1, sizeof(*lists));
	char **names = calloc(st->n ? st->n : 1, sizeof(*names));
	int rc = -ENOMEM;

	memset(out, 0, sizeof(*out));
	if (!lists || !names)
		goto out;
	for (size_t i = 0; i < st->n; i++) {
		lists[i] = st->v[i].rules;
		if (asprintf(&names[i], "PacketFilters[\"%.64s\"]", st->v[i].name) < 0) {
			names[i] = NULL;
			goto out;
		}
	}
	rc = convert((const json_t *const *)lists, (const char *const *)names, st->n,
		     out, diag, err, errlen);
out:
	if (rc == -ENOMEM)
		efmt(err, errlen, rc, "out of memory");
	for (size_t i = 0; names && i < st->n; i++)
		free(names[i]);
	free(names);
	free(lists);
	return rc;
}
