/*
 * Netmap model and its application to the WireGuard device (see
 * ts_netmap.h; protocol/control.md §4.3 application order: Peers (full,
 * stop) -> PeersRemoved -> PeersChanged -> PeersChangedPatch, then Node).
 * Every entry of a message is parsed and checked into temporaries before
 * the model changes, so a hostile message leaves the model as it was.
 * Event-loop thread only.
 */
#include "ts_netmap.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_par.h"
#include "ts_keys.h"
#include "wg_device.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -EBADMSG)

/* More changes than this in one sync interval: diff everything instead. */
#define CHANGES_MAX(nm) ((nm)->n_peers / 8 + 256)

void cp_ts_netmap_init(struct cp_ts_netmap *nm, size_t max_peers)
{
	memset(nm, 0, sizeof(*nm));
	nm->max_peers = max_peers ? max_peers : 1;
	nm->resync = true;
	nm->threads = cp_json_par_threads();
}

void cp_ts_netmap_free(struct cp_ts_netmap *nm)
{
	free(nm->peers);
	free(nm->chg_ids);
	free(nm->gone_keys);
	nm->peers = NULL;
	nm->chg_ids = NULL;
	nm->gone_keys = NULL;
	nm->n_peers = nm->cap = nm->n_chg = nm->cap_chg = nm->n_gone = nm->cap_gone = 0;
}

static void full_resync(struct cp_ts_netmap *nm)
{
	nm->resync = true;
	nm->n_chg = nm->n_gone = 0;
}

void cp_ts_netmap_reset(struct cp_ts_netmap *nm)
{
	nm->n_peers = 0;
	nm->dirty = true;
	full_resync(nm);
}

/* Grow a change list; false (the caller falls back to a full resync) when
 * the list is over CHANGES_MAX or memory is short. */
static bool grow(void **list, size_t *cap, size_t n, size_t elem, size_t max)
{
	size_t c;
	void *np;

	if (n >= max)
		return false;
	if (n < *cap)
		return true;
	c = *cap ? *cap * 2 : 64;
	np = realloc(*list, c * elem);
	if (!np)
		return false;
	*list = np;
	*cap = c;
	return true;
}

static void note_chg(struct cp_ts_netmap *nm, int64_t id)
{
	if (nm->resync)
		return;
	if (!grow((void **)&nm->chg_ids, &nm->cap_chg, nm->n_chg, sizeof(*nm->chg_ids),
		  CHANGES_MAX(nm))) {
		full_resync(nm);
		return;
	}
	nm->chg_ids[nm->n_chg++] = id;
}

static void note_gone(struct cp_ts_netmap *nm, const uint8_t key[32])
{
	if (nm->resync)
		return;
	if (!grow((void **)&nm->gone_keys, &nm->cap_gone, nm->n_gone, 32, CHANGES_MAX(nm))) {
		full_resync(nm);
		return;
	}
	memcpy(nm->gone_keys[nm->n_gone++], key, 32);
}

/* ---- scalar parsers ------------------------------------------------------ */

int cp_ts_parse_prefix(const char *s, struct tg_cfg_prefix *out)
{
	char buf[64], *slash, *end;
	long cidr;

	if (!s || strlen(s) >= sizeof(buf))
		return -EINVAL;
	strcpy(buf, s);
	slash = strchr(buf, '/');
	if (!slash || !slash[1])
		return -EINVAL;
	*slash = '\0';
	errno = 0;
	cidr = strtol(slash + 1, &end, 10);
	if (*end || errno || cidr < 0 || slash[1] == '-' || slash[1] == '+')
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET, buf, out->addr) == 1) {
		if (cidr > 32)
			return -EINVAL;
		out->family = 4;
	} else if (inet_pton(AF_INET6, buf, out->addr) == 1) {
		if (cidr > 128)
			return -EINVAL;
		out->family = 6;
	} else {
		return -EINVAL;
	}
	out->cidr = (uint8_t)cidr;
	/* Host bits off: the allowed-IP tables take network prefixes. */
	unsigned int bytes = out->family == 4 ? 4 : 16;
	for (unsigned int i = 0; i < bytes; i++) {
		int keep = (int)cidr - (int)(i * 8);
		if (keep <= 0)
			out->addr[i] = 0;
		else if (keep < 8)
			out->addr[i] &= (uint8_t)(0xff << (8 - keep));
	}
	return 0;
}

int cp_ts_parse_endpoint4(const char *s, struct tg_endpoint *out)
{
	char buf[32], *colon, *end;
	long port;
	struct in_addr a;

	if (!s || strlen(s) >= sizeof(buf) || s[0] == '[')
		return -EINVAL;
	strcpy(buf, s);
	colon = strrchr(buf, ':');
	if (!colon || !colon[1])
		return -EINVAL;
	*colon = '\0';
	errno = 0;
	port = strtol(colon + 1, &end, 10);
	if (*end || errno || port < 1 || port > 65535 || colon[1] == '+' || colon[1] == '-')
		return -EINVAL;
	if (inet_pton(AF_INET, buf, &a) != 1)
		return -EINVAL;
	uint32_t h = ntohl(a.s_addr);
	/* Unspecified, multicast/broadcast and the DERP magic 127.3.3.40 are
	 * not endpoints a WireGuard packet can go to. */
	if (h == 0 || h >= 0xe0000000u || h == 0x7f030328u)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	out->family = 4;
	out->port = htons((uint16_t)port);
	memcpy(out->addr, &a.s_addr, 4);
	return 0;
}

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -EINVAL;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int cp_ts_parse_time(const char *s, int64_t *out)
{
	int Y, M, D, h, m, sec, oh = 0, om = 0;
	const char *p;

	if (!s || strlen(s) < 20 || digits(s, 4, &Y) || s[4] != '-' ||
	    digits(s + 5, 2, &M) || s[7] != '-' || digits(s + 8, 2, &D) ||
	    (s[10] != 'T' && s[10] != 't') || digits(s + 11, 2, &h) || s[13] != ':' ||
	    digits(s + 14, 2, &m) || s[16] != ':' || digits(s + 17, 2, &sec))
		return -EINVAL;
	if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || sec > 60)
		return -EINVAL;
	p = s + 19;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return -EINVAL;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		if (digits(p + 1, 2, &oh) || p[3] != ':' || digits(p + 4, 2, &om) ||
		    oh > 23 || om > 59)
			return -EINVAL;
		if (*p == '-')
			oh = -oh, om = -om;
		p += 6;
	} else {
		return -EINVAL;
	}
	if (*p)
		return -EINVAL;
	if (Y == 1 && M == 1 && D == 1 && h == 0 && m == 0 && sec == 0) {
		*out = 0; /* Go's zero time: "never" */
		return 0;
	}
	*out = days_from_civil(Y, (unsigned)M, (unsigned)D) * 86400 + h * 3600 + m * 60 +
	       sec - (oh * 3600 + om * 60);
	return 0;
}

/* ---- JSON helpers ---------------------------------------------------------- */

/* An optional member: NULL when absent or null. -1 on a wrong type. */
static int opt_member(const json_t *o, const char *k, json_type t, const json_t **out)
{
	const json_t *v = json_object_get(o, k);

	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (json_typeof(v) != t && !(t == JSON_TRUE && json_is_boolean(v)))
		return -1;
	*out = v;
	return 0;
}

static int prefix_list(const json_t *a, struct tg_cfg_prefix *out, uint32_t *n,
		       const char *what, int64_t id, char *err, size_t errlen)
{
	size_t i;
	const json_t *v;

	if (json_array_size(a) > TG_CFG_MAX_PEER_AIPS)
		return ERR("node %lld: %s has %zu entries (at most %d)", (long long)id, what,
			   json_array_size(a), TG_CFG_MAX_PEER_AIPS);
	*n = 0;
	json_array_foreach(a, i, v) {
		const char *s = json_string_value(v);
		if (!s || cp_ts_parse_prefix(s, &out[*n]) < 0)
			return ERR("node %lld: %s[%zu] is not a prefix (got %.64s)", (long long)id,
				   what, i, s ? s : "non-string");
		(*n)++;
	}
	return 0;
}

static int endpoints(const json_t *a, struct cp_ts_peer *p, char *err, size_t errlen)
{
	size_t i;
	const json_t *v;

	p->has_ep = false;
	json_array_foreach(a, i, v) {
		const char *s = json_string_value(v);
		if (!s)
			return ERR("node %lld: Endpoints[%zu] is not a string", (long long)p->id, i);
		if (!p->has_ep && cp_ts_parse_endpoint4(s, &p->ep) == 0)
			p->has_ep = true;
	}
	return 0;
}

static int node_id(const json_t *o, const char *k, int64_t *id, char *err, size_t errlen)
{
	const json_t *v = json_object_get(o, k);

	if (!json_is_integer(v) || json_integer_value(v) <= 0)
		return ERR("%s missing or not a positive integer", k);
	*id = json_integer_value(v);
	return 0;
}

static int key_member(const json_t *o, int64_t id, bool *has, uint8_t key[32],
		      char *err, size_t errlen)
{
	const json_t *v;

	if (opt_member(o, "Key", JSON_STRING, &v) < 0)
		return ERR("node %lld: Key is not a string", (long long)id);
	if (!v)
		return 0;
	const char *s = json_string_value(v);
	if (tg_ts_key_parse(TG_TS_KEY_NODE, s, json_string_length(v), key) < 0)
		return ERR("node %lld: Key is not nodekey:<64 hex> (got %.80s)", (long long)id, s);
	*has = !tg_ts_key_is_zero(TG_TS_KEY_NODE, key);
	return 0;
}

static int expiry_member(const json_t *o, int64_t id, int64_t *out, bool *given,
			 char *err, size_t errlen)
{
	const json_t *v;

	*given = false;
	if (opt_member(o, "KeyExpiry", JSON_STRING, &v) < 0)
		return ERR("node %lld: KeyExpiry is not a string", (long long)id);
	if (!v)
		return 0;
	if (cp_ts_parse_time(json_string_value(v), out) < 0)
		return ERR("node %lld: KeyExpiry is not an RFC 3339 time (got %.40s)",
			   (long long)id, json_string_value(v));
	*given = true;
	return 0;
}

/* A full tailcfg.Node. */
static int parse_node(const json_t *o, struct cp_ts_peer *p, int64_t now,
		      char *err, size_t errlen)
{
	const json_t *v;
	bool given;

	memset(p, 0, sizeof(*p));
	if (!json_is_object(o))
		return ERR("node is not an object");
	if (node_id(o, "ID", &p->id, err, errlen) < 0)
		return -EBADMSG;
	if (key_member(o, p->id, &p->has_key, p->key, err, errlen) < 0)
		return -EBADMSG;
	if (opt_member(o, "Name", JSON_STRING, &v) < 0)
		return ERR("node %lld: Name is not a string", (long long)p->id);
	if (v)
		snprintf(p->name, sizeof(p->name), "%s", json_string_value(v));
	if (opt_member(o, "Addresses", JSON_ARRAY, &v) < 0)
		return ERR("node %lld: Addresses is not an array", (long long)p->id);
	if (v && prefix_list(v, p->addrs, &p->n_addrs, "Addresses", p->id, err, errlen) < 0)
		return -EBADMSG;
	/* AllowedIPs: absent or null = the Addresses; [] = none. */
	if (opt_member(o, "AllowedIPs", JSON_ARRAY, &v) < 0)
		return ERR("node %lld: AllowedIPs is not an array", (long long)p->id);
	if (v) {
		p->aips_explicit = true;
		if (prefix_list(v, p->aips, &p->n_aips, "AllowedIPs", p->id, err, errlen) < 0)
			return -EBADMSG;
	}
	if (opt_member(o, "Endpoints", JSON_ARRAY, &v) < 0)
		return ERR("node %lld: Endpoints is not an array", (long long)p->id);
	if (v && endpoints(v, p, err, errlen) < 0)
		return -EBADMSG;
	if (opt_member(o, "Expired", JSON_TRUE, &v) < 0)
		return ERR("node %lld: Expired is not a boolean", (long long)p->id);
	p->expired = v && json_is_true(v);
	if (expiry_member(o, p->id, &p->key_expiry, &given, err, errlen) < 0)
		return -EBADMSG;
	if (p->key_expiry && p->key_expiry <= now)
		p->expired = true;
	return 0;
}

struct patch {
	int64_t id;
	bool has_key;
	uint8_t key[32];
	bool eps_given;
	struct cp_ts_peer eps; /* has_ep/ep */
	bool expiry_given;
	int64_t expiry;
};

static int parse_patch(const json_t *o, struct patch *pt, char *err, size_t errlen)
{
	const json_t *v;

	memset(pt, 0, sizeof(*pt));
	if (!json_is_object(o))
		return ERR("PeersChangedPatch entry is not an object");
	if (node_id(o, "NodeID", &pt->id, err, errlen) < 0)
		return -EBADMSG;
	if (key_member(o, pt->id, &pt->has_key, pt->key, err, errlen) < 0)
		return -EBADMSG;
	if (opt_member(o, "Endpoints", JSON_ARRAY, &v) < 0)
		return ERR("patch %lld: Endpoints is not an array", (long long)pt->id);
	if (v) {
		pt->eps_given = true;
		pt->eps.id = pt->id;
		if (endpoints(v, &pt->eps, err, errlen) < 0)
			return -EBADMSG;
	}
	return expiry_member(o, pt->id, &pt->expiry, &pt->expiry_given, err, errlen);
}

/* ---- the peer table (sorted by id) ---------------------------------------- */

static size_t lower_bound(const struct cp_ts_netmap *nm, int64_t id)
{
	size_t lo = 0, hi = nm->n_peers;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (nm->peers[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct cp_ts_peer *find_id(struct cp_ts_netmap *nm, int64_t id)
{
	size_t i = lower_bound(nm, id);

	return i < nm->n_peers && nm->peers[i].id == id ? &nm->peers[i] : NULL;
}

static int reserve(struct cp_ts_netmap *nm, size_t n)
{
	if (n <= nm->cap && nm->peers)
		return 0;
	size_t c = nm->cap ? nm->cap : 16;
	while (c < n)
		c *= 2;
	if (c > nm->max_peers)
		c = nm->max_peers;
	struct cp_ts_peer *p = realloc(nm->peers, c * sizeof(*p));
	if (!p)
		return -ENOMEM;
	nm->peers = p;
	nm->cap = c;
	return 0;
}

/* Insert or replace by id; false when the table is at max_peers. */
static bool put_peer(struct cp_ts_netmap *nm, const struct cp_ts_peer *p)
{
	size_t i = lower_bound(nm, p->id);

	if (i < nm->n_peers && nm->peers[i].id == p->id) {
		nm->peers[i] = *p;
		return true;
	}
	if (nm->n_peers >= nm->max_peers || reserve(nm, nm->n_peers + 1) < 0)
		return false;
	memmove(&nm->peers[i + 1], &nm->peers[i], (nm->n_peers - i) * sizeof(*p));
	nm->peers[i] = *p;
	nm->n_peers++;
	return true;
}

static void del_peer(struct cp_ts_netmap *nm, int64_t id)
{
	size_t i = lower_bound(nm, id);

	if (i < nm->n_peers && nm->peers[i].id == id) {
		memmove(&nm->peers[i], &nm->peers[i + 1], (nm->n_peers - i - 1) * sizeof(nm->peers[0]));
		nm->n_peers--;
	}
}

/* Parse nodes [from, to) of an array; the first failure's index and
 * message per thread. */
struct nodes_ctx {
	const json_t *a;
	size_t keep;
	int64_t now;
	struct cp_ts_peer *list;
	size_t bad[CP_PAR_MAX];
	char err[CP_PAR_MAX][256];
};

static void parse_range(void *arg, size_t from, size_t to, unsigned t)
{
	struct nodes_ctx *x = arg;
	struct cp_ts_peer tmp;

	x->bad[t] = SIZE_MAX;
	for (size_t i = from; i < to; i++) {
		struct cp_ts_peer *p = i < x->keep ? &x->list[i] : &tmp;

		if (parse_node(json_array_get(x->a, i), p, x->now, x->err[t], sizeof(x->err[t])) < 0) {
			x->bad[t] = i;
			return;
		}
		p->ord = (uint32_t)i;
	}
}

/* Parse an array of nodes into a malloc'd list (at most `limit` kept).
 * Big arrays are parsed on nm->threads threads (parse_node only reads the
 * tree); the outcome, error included, is the one-thread outcome. */
static int parse_nodes(const struct cp_ts_netmap *nm, const json_t *a, size_t limit,
		       int64_t now, struct cp_ts_peer **out, size_t *n, size_t *dropped,
		       const char *what, char *err, size_t errlen)
{
	size_t cnt = json_array_size(a), keep = cnt < limit ? cnt : limit;
	struct nodes_ctx *x = calloc(1, sizeof(*x));
	size_t bounds[CP_PAR_MAX + 1];
	unsigned threads = cnt >= 2048 ? nm->threads : 1;

	if (!x)
		return ERR("%s: out of memory", what);
	x->a = a;
	x->keep = keep;
	x->now = now;
	x->list = keep ? malloc(keep * sizeof(*x->list)) : NULL;
	if (keep && !x->list) {
		free(x);
		return ERR("%s: out of memory for %zu peers", what, keep);
	}
	if (threads < 1 || threads > CP_PAR_MAX)
		threads = 1;
	cp_par_split(threads, cnt, bounds);
	cp_par_for(threads, bounds, parse_range, x);
	for (unsigned t = 0; t < threads; t++) {
		if (x->bad[t] == SIZE_MAX)
			continue;
		snprintf(err, errlen, "%s (in %s[%zu])", x->err[t], what, x->bad[t]);
		free(x->list);
		free(x);
		return -EBADMSG;
	}
	*out = x->list;
	*n = keep;
	*dropped = cnt - keep;
	free(x);
	return 0;
}

static int cmp_id(const void *a, const void *b)
{
	const struct cp_ts_peer *x = a, *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->ord < y->ord ? -1 : x->ord > y->ord;
}

static bool only_keepalive(const json_t *msg)
{
	const char *k;
	const json_t *v;
	bool ka = false;

	json_object_foreach((json_t *)msg, k, v) {
		if (!strcmp(k, "KeepAlive") && json_is_true(v))
			ka = true;
		else if (strcmp(k, "ControlTime") && strcmp(k, "KeepAlive"))
			return false;
	}
	return ka;
}

int cp_ts_netmap_apply(struct cp_ts_netmap *nm, const json_t *msg, bool first,
		       int64_t now, char *err, size_t errlen)
{
	const json_t *node, *peers, *changed, *removed, *patch, *v;
	struct cp_ts_peer self, *full = NULL, *chg = NULL;
	struct patch *patches = NULL;
	size_t n_full = 0, n_chg = 0, dropped = 0, dropped2 = 0, i;
	int rc = -EBADMSG;

	if (!json_is_object(msg))
		return ERR("MapResponse is not a JSON object");
	nm->messages++;
	if (only_keepalive(msg)) {
		nm->keepalives++;
		return 1;
	}
	if (opt_member(msg, "Node", JSON_OBJECT, &node) < 0)
		return ERR("MapResponse.Node is not an object");
	if (first && !node)
		return ERR("the first MapResponse of a stream lacks Node");
	if (node && parse_node(node, &self, now, err, errlen) < 0)
		return -EBADMSG;
	if (opt_member(msg, "Peers", JSON_ARRAY, &peers) < 0)
		return ERR("MapResponse.Peers is not an array");
	if (opt_member(msg, "PeersChanged", JSON_ARRAY, &changed) < 0)
		return ERR("MapResponse.PeersChanged is not an array");
	if (opt_member(msg, "PeersRemoved", JSON_ARRAY, &removed) < 0)
		return ERR("MapResponse.PeersRemoved is not an array");
	if (opt_member(msg, "PeersChangedPatch", JSON_ARRAY, &patch) < 0)
		return ERR("MapResponse.PeersChangedPatch is not an array");

	bool is_full = first || (peers && json_array_size(peers) > 0);
	if (is_full) {
		if (peers && parse_nodes(nm, peers, nm->max_peers, now, &full, &n_full, &dropped,
					 "Peers", err, errlen) < 0)
			return -EBADMSG;
	} else {
		json_array_foreach(removed, i, v)
			if (!json_is_integer(v))
				return ERR("PeersRemoved[%zu] is not an integer", i);
		if (changed && parse_nodes(nm, changed, nm->max_peers, now, &chg, &n_chg,
					   &dropped2, "PeersChanged", err, errlen) < 0)
			return -EBADMSG;
		if (patch && json_array_size(patch)) {
			if (json_array_size(patch) > nm->max_peers * 4 + 64) {
				snprintf(err, errlen, "PeersChangedPatch has %zu entries (more than %zu)",
					 json_array_size(patch), nm->max_peers * 4 + 64);
				goto out;
			}
			patches = calloc(json_array_size(patch), sizeof(*patches));
			if (!patches) {
				snprintf(err, errlen, "PeersChangedPatch: out of memory");
				goto out;
			}
			json_array_foreach(patch, i, v)
				if (parse_patch(v, &patches[i], err, errlen) < 0)
					goto out;
		}
	}

	/* Everything is valid: apply. */
	if (is_full) {
		/* Control servers send Peers sorted by ID: then neither the sort
		 * nor the copying below moves a byte. */
		bool sorted = true;
		for (i = 1; i < n_full && sorted; i++)
			sorted = full[i - 1].id < full[i].id;
		if (!sorted)
			qsort(full, n_full, sizeof(*full), cmp_id);
		/* Duplicate IDs: the later entry wins (cmp_id breaks ties by the
		 * position in the message). */
		size_t w = 0;
		for (i = 0; i < n_full; i++) {
			if (w && full[w - 1].id == full[i].id)
				full[w - 1] = full[i];
			else if (w++ != i)
				full[w - 1] = full[i];
		}
		free(nm->peers);
		nm->peers = full;
		nm->n_peers = w;
		nm->cap = n_full;
		full = NULL;
		nm->dropped_over_cap = dropped;
		full_resync(nm);
	} else {
		nm->dropped_over_cap = dropped2;
		json_array_foreach(removed, i, v) {
			const struct cp_ts_peer *old = find_id(nm, json_integer_value(v));
			if (old && old->has_key)
				note_gone(nm, old->key);
			del_peer(nm, json_integer_value(v));
		}
		for (i = 0; i < n_chg; i++) {
			const struct cp_ts_peer *old = find_id(nm, chg[i].id);
			if (old && old->has_key &&
			    (!chg[i].has_key || memcmp(old->key, chg[i].key, 32)))
				note_gone(nm, old->key);
			if (!put_peer(nm, &chg[i]))
				nm->dropped_over_cap++;
			else
				note_chg(nm, chg[i].id);
		}
		for (i = 0; patches && i < json_array_size(patch); i++) {
			struct cp_ts_peer *p = find_id(nm, patches[i].id);
			if (!p)
				continue; /* unknown NodeID: ignored, as Go does */
			note_chg(nm, p->id);
			if (patches[i].has_key && p->has_key && memcmp(p->key, patches[i].key, 32))
				note_gone(nm, p->key);
			if (patches[i].has_key) {
				memcpy(p->key, patches[i].key, 32);
				p->has_key = true;
			}
			if (patches[i].eps_given) {
				p->has_ep = patches[i].eps.has_ep;
				p->ep = patches[i].eps.ep;
			}
			if (patches[i].expiry_given) {
				p->key_expiry = patches[i].expiry;
				if (p->key_expiry && p->key_expiry <= now)
					p->expired = true;
				else if (p->key_expiry > now)
					p->expired = false;
			}
		}
	}
	nm->dirty = true;
	if (node) {
		if (!nm->have_self || nm->self.n_addrs != self.n_addrs ||
		    memcmp(nm->self.addrs, self.addrs, sizeof(self.addrs)))
			nm->self_dirty = true;
		nm->self = self;
		nm->have_self = true;
		v = json_object_get(node, "MachineAuthorized");
		nm->machine_authorized = json_is_true(v);
	}
	rc = 0;
out:
	free(full);
	free(chg);
	free(patches);
	return rc;
}

bool cp_ts_netmap_expire(struct cp_ts_netmap *nm, int64_t now)
{
	bool any = false;

	for (size_t i = 0; i < nm->n_peers; i++) {
		struct cp_ts_peer *p = &nm->peers[i];
		if (!p->expired && p->key_expiry && p->key_expiry <= now) {
			p->expired = true;
			note_chg(nm, p->id);
			any = true;
		}
	}
	if (any)
		nm->dirty = true;
	return any;
}

bool cp_ts_peer_usable(const struct cp_ts_peer *p)
{
	return p->has_key && !p->expired;
}

const struct cp_ts_peer *cp_ts_netmap_find_key(const struct cp_ts_netmap *nm,
					       const uint8_t key[32])
{
	for (size_t i = 0; i < nm->n_peers; i++)
		if (nm->peers[i].has_key && !memcmp(nm->peers[i].key, key, 32))
			return &nm->peers[i];
	return NULL;
}

static bool prefix_has(const struct tg_cfg_prefix *p, int family, const uint8_t *ip)
{
	if (p->family != family)
		return false;
	unsigned int bits = p->cidr;
	for (unsigned int i = 0; bits; i++) {
		unsigned int b = bits >= 8 ? 8 : bits;
		uint8_t mask = (uint8_t)(0xff << (8 - b));
		if ((ip[i] & mask) != (p->addr[i] & mask))
			return false;
		bits -= b;
	}
	return true;
}

const struct cp_ts_peer *cp_ts_netmap_find_ip(const struct cp_ts_netmap *nm,
					      int family, const uint8_t *ip)
{
	for (size_t i = 0; i < nm->n_peers; i++)
		for (uint32_t j = 0; j < nm->peers[i].n_addrs; j++)
			if (prefix_has(&nm->peers[i].addrs[j], family, ip))
				return &nm->peers[i];
	if (nm->have_self)
		for (uint32_t j = 0; j < nm->self.n_addrs; j++)
			if (prefix_has(&nm->self.addrs[j], family, ip))
				return &nm->self;
	return NULL;
}

/* ---- model -> device ------------------------------------------------------ */

static int cmp_key(const void *a, const void *b)
{
	return memcmp(a, b, 32);
}

static bool prefix_in(const struct tg_cfg_prefix *a, const struct tg_cfg_prefix *list,
		      uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (list[i].family == a->family && list[i].cidr == a->cidr &&
		    memcmp(list[i].addr, a->addr, 16) == 0)
			return true;
	return false;
}

/* True when the device already holds exactly what the upsert would set
 * (same allowed-IP set, same endpoint when the netmap gives one): the
 * upsert is skipped. The lists hold distinct prefixes (the device dedups;
 * the netmap's may repeat, then they differ in count and the upsert runs
 * as before). */
static bool dev_peer_same(const struct cp_wg_peer_info *in, const struct cp_wg_peer_cfg *c)
{
	if (in->n_allowed_ips != c->n_allowed_ips)
		return false;
	for (uint32_t i = 0; i < c->n_allowed_ips; i++)
		if (!prefix_in(&c->allowed_ips[i], in->allowed_ips, in->n_allowed_ips))
			return false;
	if (c->has_endpoint) {
		const struct tg_endpoint *a = &in->endpoint, *b = &c->endpoint;
		if (a->family != b->family || a->port != b->port ||
		    memcmp(a->addr, b->addr, 16) != 0)
			return false;
	}
	return true;
}

struct sync_ctx {
	struct cp_wg_device *d;
	struct tg_region *r;
	char *err;
	size_t errlen;
	int first_rc;
};

static void sync_fail(struct sync_ctx *x, int rc, const struct cp_ts_peer *p)
{
	if (x->first_rc)
		return;
	x->first_rc = rc;
	snprintf(x->err, x->errlen, "peer %lld (%s): not installed: %s", (long long)p->id,
		 p->name, strerror(-rc));
}

/* Put a usable netmap peer into the device unless it is there as is. */
static void install(struct sync_ctx *x, const struct cp_ts_peer *p)
{
	struct cp_wg_peer_info info;
	struct cp_wg_peer_cfg c;
	uint32_t slot;
	int rc;

	memset(&c, 0, sizeof(c));
	memcpy(c.public_key, p->key, 32);
	c.has_endpoint = p->has_ep;
	c.endpoint = p->ep;
	c.replace_allowed_ips = true;
	if (p->aips_explicit) {
		c.n_allowed_ips = p->n_aips;
		memcpy(c.allowed_ips, p->aips, p->n_aips * sizeof(p->aips[0]));
	} else {
		c.n_allowed_ips = p->n_addrs;
		memcpy(c.allowed_ips, p->addrs, p->n_addrs * sizeof(p->addrs[0]));
	}
	if (cp_wg_device_peer_info_key(x->d, p->key, &info) == 0 && dev_peer_same(&info, &c)) {
		slot = info.region_slot; /* unchanged: no upsert */
	} else {
		rc = cp_wg_device_peer_upsert(x->d, &c);
		if (rc < 0) {
			sync_fail(x, rc, p);
			return;
		}
		slot = cp_wg_device_peer_slot(x->d, p->key);
	}
	if (x->r && slot != TG_NONE)
		atomic_fetch_or_explicit(&tg_region_peer(x->r, slot)->flags, TG_PEER_F_TAILSCALE,
					 memory_order_release);
}

/* Every peer: remove what the netmap no longer names, install the rest. */
static int sync_full(struct cp_ts_netmap *nm, struct sync_ctx *x)
{
	size_t n = 0, ndev = cp_wg_device_peer_count(x->d), nrm = 0;
	uint8_t (*want)[32] = calloc(nm->n_peers + 1, 32);
	uint8_t (*gone)[32] = calloc(ndev + 1, 32);
	struct cp_wg_peer_info info;

	if (!want || !gone) {
		free(want);
		free(gone);
		snprintf(x->err, x->errlen, "netmap sync: out of memory");
		return -ENOMEM;
	}
	for (size_t i = 0; i < nm->n_peers; i++)
		if (cp_ts_peer_usable(&nm->peers[i]))
			memcpy(want[n++], nm->peers[i].key, 32);
	qsort(want, n, 32, cmp_key);
	for (size_t i = 0; i < ndev; i++)
		if (cp_wg_device_peer_info(x->d, i, &info) == 0 &&
		    !bsearch(info.public_key, want, n, 32, cmp_key))
			memcpy(gone[nrm++], info.public_key, 32);
	/* Removals first, so a full table has room for the new peers. */
	for (size_t i = 0; i < nrm; i++)
		cp_wg_device_peer_remove(x->d, gone[i]);
	for (size_t i = 0; i < nm->n_peers; i++)
		if (cp_ts_peer_usable(&nm->peers[i]))
			install(x, &nm->peers[i]);
	free(want);
	free(gone);
	return 0;
}

/* A key some changed, usable peer holds now (node keys are unique in a
 * tailnet: a key another, unchanged node also held would be removed here
 * and come back with the next full netmap - fail closed). */
static bool key_wanted(struct cp_ts_netmap *nm, const uint8_t key[32])
{
	for (size_t i = 0; i < nm->n_chg; i++) {
		const struct cp_ts_peer *p = find_id(nm, nm->chg_ids[i]);

		if (p && cp_ts_peer_usable(p) && !memcmp(p->key, key, 32))
			return true;
	}
	return false;
}

/* Only what the deltas since the last sync named. */
static int sync_changes(struct cp_ts_netmap *nm, struct sync_ctx *x)
{
	for (size_t i = 0; i < nm->n_gone; i++)
		if (!key_wanted(nm, nm->gone_keys[i]))
			(void)cp_wg_device_peer_remove(x->d, nm->gone_keys[i]);
	for (size_t i = 0; i < nm->n_chg; i++) {
		const struct cp_ts_peer *p = find_id(nm, nm->chg_ids[i]);

		if (!p)
			continue; /* removed again; its key is in gone_keys */
		if (cp_ts_peer_usable(p))
			install(x, p);
		else if (p->has_key && !key_wanted(nm, p->key))
			(void)cp_wg_device_peer_remove(x->d, p->key); /* expired */
	}
	return 0;
}

int cp_ts_netmap_sync(struct cp_ts_netmap *nm, struct cp_wg_device *d,
		      struct tg_region *r, char *err, size_t errlen)
{
	struct sync_ctx x = { .d = d, .r = r, .err = err, .errlen = errlen };
	int rc;

	cp_wg_device_batch_begin(d);
	rc = nm->resync ? sync_full(nm, &x) : sync_changes(nm, &x);
	if (rc < 0 && !x.first_rc)
		x.first_rc = rc;
	rc = cp_wg_device_batch_end(d);
	if (rc < 0 && !x.first_rc) {
		x.first_rc = rc;
		snprintf(err, errlen, "allowed IPs not committed: %s", strerror(-rc));
	}
	/* A failed upsert (e.g. slots still draining after removals) is
	 * retried on the next sync, which then diffs every peer. */
	nm->n_chg = nm->n_gone = 0;
	nm->resync = x.first_rc != 0;
	nm->dirty = x.first_rc != 0;
	return x.first_rc ? x.first_rc : (int)cp_wg_device_peer_count(d);
}

void cp_ts_netmap_fill_local(const struct cp_ts_netmap *nm, struct tg_netcfg *n)
{
	n->n_local = 0;
	if (!nm->have_self)
		return;
	for (uint32_t i = 0; i < nm->self.n_addrs && n->n_local < TG_MAX_LOCAL_ADDRS; i++) {
		n->local[n->n_local].family = nm->self.addrs[i].family;
		n->local[n->n_local].cidr = nm->self.addrs[i].cidr;
		memcpy(n->local[n->n_local].addr, nm->self.addrs[i].addr, 16);
		n->n_local++;
	}
}
