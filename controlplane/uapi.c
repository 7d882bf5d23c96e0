/*
 * WireGuard cross-platform UAPI (wireguard.com/xplatform "Configuration
 * Protocol"): set=1 parser into a model, applier by diff, get=1 serializer,
 * request framing. No I/O. Semantics and error codes follow wireguard-go's
 * device/uapi.go (read for facts only); see uapi.h for the contract.
 *
 * Runs on the cp event-loop thread.
 */
#include "uapi.h"

#include <arpa/inet.h>
#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- value parsers --------------------------------------------------- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int parse_key_hex(const char *v, uint8_t key[32])
{
	if (strlen(v) != 64)
		return -EINVAL;
	for (int i = 0; i < 32; i++) {
		int hi = hexval(v[2 * i]), lo = hexval(v[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			sodium_memzero(key, 32);
			return -EINVAL;
		}
		key[i] = (uint8_t)(hi << 4 | lo);
	}
	return 0;
}

static void key_to_hex(char out[65], const uint8_t key[32])
{
	static const char hx[] = "0123456789abcdef";

	for (int i = 0; i < 32; i++) {
		out[2 * i] = hx[key[i] >> 4];
		out[2 * i + 1] = hx[key[i] & 15];
	}
	out[64] = '\0';
}

/* Decimal, digits only (no sign, no space, not empty), <= max. */
static int parse_uint(const char *v, uint64_t max, uint64_t *out)
{
	uint64_t n = 0;

	if (!*v)
		return -EINVAL;
	for (; *v; v++) {
		if (*v < '0' || *v > '9')
			return -EINVAL;
		n = n * 10 + (uint64_t)(*v - '0');
		if (n > max)
			return -EINVAL;
	}
	*out = n;
	return 0;
}

static bool is_true(const char *v)
{
	return strcmp(v, "true") == 0;
}

int cp_uapi_parse_endpoint(const char *s, struct tg_endpoint *out)
{
	char host[INET6_ADDRSTRLEN + 1];
	const char *port;
	size_t hlen;
	uint64_t p;

	memset(out, 0, sizeof(*out));
	if (s[0] == '[') {
		const char *end = strchr(s, ']');
		if (!end || end[1] != ':')
			return -EINVAL;
		hlen = (size_t)(end - s - 1);
		if (hlen == 0 || hlen >= sizeof(host))
			return -EINVAL;
		memcpy(host, s + 1, hlen);
		host[hlen] = '\0';
		port = end + 2;
		if (inet_pton(AF_INET6, host, out->addr) != 1)
			return -EINVAL;
		out->family = 6;
	} else {
		const char *colon = strrchr(s, ':');
		if (!colon)
			return -EINVAL;
		hlen = (size_t)(colon - s);
		if (hlen == 0 || hlen >= sizeof(host))
			return -EINVAL;
		memcpy(host, s, hlen);
		host[hlen] = '\0';
		port = colon + 1;
		if (inet_pton(AF_INET, host, out->addr) != 1)
			return -EINVAL;
		out->family = 4;
	}
	if (parse_uint(port, 65535, &p) < 0) {
		memset(out, 0, sizeof(*out));
		return -EINVAL;
	}
	out->port = htons((uint16_t)p);
	return 0;
}

void cp_uapi_format_endpoint(const struct tg_endpoint *ep, char *out,
			     size_t outlen)
{
	char a[INET6_ADDRSTRLEN];

	if (ep->family == 4 && inet_ntop(AF_INET, ep->addr, a, sizeof(a)))
		snprintf(out, outlen, "%s:%u", a, ntohs(ep->port));
	else if (ep->family == 6 && inet_ntop(AF_INET6, ep->addr, a, sizeof(a)))
		snprintf(out, outlen, "[%s]:%u", a, ntohs(ep->port));
	else if (outlen)
		out[0] = '\0';
}

static void mask_prefix(struct tg_cfg_prefix *p)
{
	unsigned bytes = p->family == 4 ? 4 : 16;

	for (unsigned i = 0; i < bytes; i++) {
		unsigned bit = i * 8;
		if (bit >= p->cidr)
			p->addr[i] = 0;
		else if (p->cidr - bit < 8)
			p->addr[i] &= (uint8_t)(0xff << (8 - (p->cidr - bit)));
	}
}

static int parse_prefix(const char *v, struct tg_cfg_prefix *out)
{
	char addr[INET6_ADDRSTRLEN + 1];
	const char *slash = strchr(v, '/');
	uint64_t cidr;

	memset(out, 0, sizeof(*out));
	if (!slash || (size_t)(slash - v) >= sizeof(addr) || slash == v)
		return -EINVAL;
	memcpy(addr, v, (size_t)(slash - v));
	addr[slash - v] = '\0';
	/* Go's ParsePrefix rejects leading zeros in the bit count. */
	if (slash[1] == '0' && slash[2] != '\0')
		return -EINVAL;
	if (parse_uint(slash + 1, 128, &cidr) < 0)
		return -EINVAL;
	if (strchr(addr, ':')) {
		if (inet_pton(AF_INET6, addr, out->addr) != 1)
			return -EINVAL;
		out->family = 6;
	} else {
		if (inet_pton(AF_INET, addr, out->addr) != 1 || cidr > 32)
			return -EINVAL;
		out->family = 4;
	}
	out->cidr = (uint8_t)cidr;
	mask_prefix(out);
	return 0;
}

/* ---- set=1 parser ----------------------------------------------------- */

struct parser {
	struct cp_uapi_set *s;
	struct cp_uapi_peer_op *peer; /* NULL: device section */
	char *err;
	size_t errlen;
	unsigned line_no;
};

static int fail(struct parser *p, int code, const char *what, const char *key,
		const char *shown)
{
	snprintf(p->err, p->errlen, "line %u: %s%s%s%s%s", p->line_no, what,
		 key ? " " : "", key ? key : "", shown ? ": " : "",
		 shown ? shown : "");
	return code;
}

static int new_peer(struct parser *p, const char *v)
{
	struct cp_uapi_set *s = p->s;

	if (s->n_peers == s->cap_peers) {
		size_t cap = s->cap_peers ? s->cap_peers * 2 : 8;
		struct cp_uapi_peer_op *n = realloc(s->peers, cap * sizeof(*n));
		if (!n)
			return fail(p, -ENOMEM, "out of memory", NULL, NULL);
		s->peers = n;
		s->cap_peers = cap;
	}
	p->peer = &s->peers[s->n_peers++];
	memset(p->peer, 0, sizeof(*p->peer));
	if (parse_key_hex(v, p->peer->public_key) < 0)
		return fail(p, -EINVAL, "invalid public_key", NULL, v);
	return 0;
}

/* One handler per key; `v` is the value. 0 or a negative UAPI errno. */
typedef int key_fn(struct parser *p, const char *v);

static int k_private_key(struct parser *p, const char *v)
{
	struct cp_uapi_set *s = p->s;

	if (parse_key_hex(v, s->private_key) < 0)
		return fail(p, -EINVAL, "invalid private_key (64 hex digits expected)", NULL, NULL);
	s->has_private_key = true;
	s->private_key_is_zero = sodium_is_zero(s->private_key, 32);
	return 0;
}

static int k_listen_port(struct parser *p, const char *v)
{
	uint64_t n;

	if (parse_uint(v, 65535, &n) < 0)
		return fail(p, -EINVAL, "invalid listen_port", NULL, v);
	p->s->has_listen_port = true;
	p->s->listen_port = (uint16_t)n;
	return 0;
}

static int k_fwmark(struct parser *p, const char *v)
{
	uint64_t n;

	if (parse_uint(v, UINT32_MAX, &n) < 0)
		return fail(p, -EINVAL, "invalid fwmark", NULL, v);
	/* No kernel socket carries our WireGuard traffic: no mark to set. */
	if (n != 0)
		return fail(p, -EINVAL, "fwmark is not supported (only 0)", NULL, v);
	p->s->has_fwmark = true;
	p->s->fwmark = 0;
	return 0;
}

static int k_replace_peers(struct parser *p, const char *v)
{
	if (!is_true(v))
		return fail(p, -EINVAL, "invalid replace_peers", NULL, v);
	p->s->replace_peers = true;
	return 0;
}

static int k_remove(struct parser *p, const char *v)
{
	if (!is_true(v))
		return fail(p, -EINVAL, "invalid remove", NULL, v);
	p->peer->is_remove = true;
	return 0;
}

static int k_update_only(struct parser *p, const char *v)
{
	if (!is_true(v))
		return fail(p, -EINVAL, "invalid update_only", NULL, v);
	p->peer->is_update_only = true;
	return 0;
}

static int k_preshared_key(struct parser *p, const char *v)
{
	if (parse_key_hex(v, p->peer->psk) < 0)
		return fail(p, -EINVAL, "invalid preshared_key (64 hex digits expected)", NULL, NULL);
	p->peer->has_psk = true;
	return 0;
}

static int k_endpoint(struct parser *p, const char *v)
{
	if (cp_uapi_parse_endpoint(v, &p->peer->endpoint) < 0)
		return fail(p, -EINVAL, "invalid endpoint", NULL, v);
	p->peer->has_endpoint = true;
	return 0;
}

static int k_keepalive(struct parser *p, const char *v)
{
	uint64_t n;

	if (parse_uint(v, 65535, &n) < 0)
		return fail(p, -EINVAL, "invalid persistent_keepalive_interval", NULL, v);
	p->peer->has_keepalive = true;
	p->peer->keepalive = (uint16_t)n;
	return 0;
}

static int k_replace_allowed_ips(struct parser *p, const char *v)
{
	if (!is_true(v))
		return fail(p, -EINVAL, "invalid replace_allowed_ips", NULL, v);
	p->peer->replace_allowed_ips = true;
	p->peer->n_allowed_ips = 0; /* earlier lines of this block are replaced */
	return 0;
}

static int k_allowed_ip(struct parser *p, const char *v)
{
	struct cp_uapi_peer_op *o = p->peer;
	struct tg_cfg_prefix pf;

	if (parse_prefix(v, &pf) < 0)
		return fail(p, -EINVAL, "invalid allowed_ip", NULL, v);
	for (uint32_t i = 0; i < o->n_allowed_ips; i++)
		if (!memcmp(&o->allowed_ips[i], &pf, sizeof(pf)))
			return 0;
	if (o->n_allowed_ips == TG_CFG_MAX_PEER_AIPS)
		return fail(p, -ENOSPC, "too many allowed_ip lines for one peer", NULL, v);
	o->allowed_ips[o->n_allowed_ips++] = pf;
	return 0;
}

static int k_protocol_version(struct parser *p, const char *v)
{
	if (strcmp(v, "1") != 0)
		return fail(p, -EINVAL, "invalid protocol_version", NULL, v);
	return 0;
}

/* The set=1 keys: device keys before the first public_key, peer keys after
 * it (wireguard.com/xplatform; a key in the wrong section is invalid). */
static const struct {
	const char *key;
	bool is_peer;
	key_fn *fn;
} set_keys[] = {
	{ "private_key", false, k_private_key },
	{ "listen_port", false, k_listen_port },
	{ "fwmark", false, k_fwmark },
	{ "replace_peers", false, k_replace_peers },
	{ "remove", true, k_remove },
	{ "update_only", true, k_update_only },
	{ "preshared_key", true, k_preshared_key },
	{ "endpoint", true, k_endpoint },
	{ "persistent_keepalive_interval", true, k_keepalive },
	{ "replace_allowed_ips", true, k_replace_allowed_ips },
	{ "allowed_ip", true, k_allowed_ip },
	{ "protocol_version", true, k_protocol_version },
};

static int parse_line(struct parser *p, char *line)
{
	char *eq = strchr(line, '=');

	/* Not echoed: a mangled "private_key..." line would leak key bytes. */
	if (!eq)
		return fail(p, -EPROTO, "line without '=' (not shown: may hold a key)", NULL,
			    NULL);
	*eq = '\0';
	const char *k = line, *v = eq + 1;
	if (!strcmp(k, "public_key"))
		return new_peer(p, v);
	for (size_t i = 0; i < sizeof(set_keys) / sizeof(set_keys[0]); i++)
		if (set_keys[i].is_peer == (p->peer != NULL) && !strcmp(k, set_keys[i].key))
			return set_keys[i].fn(p, v);
	return fail(p, -EINVAL, p->peer ? "invalid UAPI peer key" : "invalid UAPI device key",
		    k, NULL);
}

void cp_uapi_set_free(struct cp_uapi_set *s)
{
	if (s->peers)
		sodium_memzero(s->peers, s->cap_peers * sizeof(*s->peers));
	free(s->peers);
	sodium_memzero(s, sizeof(*s));
}

int cp_uapi_parse_set(const char *body, size_t len, struct cp_uapi_set *out,
		      char *err, size_t errlen)
{
	struct parser p = { .s = out, .err = err, .errlen = errlen };
	char line[CP_UAPI_MAX_LINE + 1];
	size_t off = 0;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (errlen)
		err[0] = '\0';
	while (off < len && rc == 0) {
		const char *nl = memchr(body + off, '\n', len - off);
		size_t ll = nl ? (size_t)(nl - (body + off)) : len - off;

		p.line_no++;
		if (ll == 0)
			break; /* blank line: end of request */
		if (ll > CP_UAPI_MAX_LINE) {
			rc = fail(&p, -EPROTO, "line too long", NULL, NULL);
			break;
		}
		memcpy(line, body + off, ll);
		line[ll] = '\0';
		if (memchr(line, '\0', ll))
			rc = fail(&p, -EPROTO, "NUL byte in line", NULL, NULL);
		else
			rc = parse_line(&p, line);
		off += ll + (nl ? 1 : 0);
	}
	sodium_memzero(line, sizeof(line));
	if (rc)
		cp_uapi_set_free(out);
	return rc;
}

/* ---- applying by diff ------------------------------------------------- */

/* A set of public keys (linear; UAPI requests are rare and small). */
struct keyset {
	uint8_t (*k)[32];
	size_t n, cap;
};

static ssize_t ks_find(const struct keyset *ks, const uint8_t key[32])
{
	for (size_t i = 0; i < ks->n; i++)
		if (!memcmp(ks->k[i], key, 32))
			return (ssize_t)i;
	return -1;
}

static int ks_add(struct keyset *ks, const uint8_t key[32])
{
	if (ks_find(ks, key) >= 0)
		return 0;
	if (ks->n == ks->cap) {
		size_t cap = ks->cap ? ks->cap * 2 : 16;
		uint8_t (*n)[32] = realloc(ks->k, cap * 32);
		if (!n)
			return -ENOMEM;
		ks->k = n;
		ks->cap = cap;
	}
	memcpy(ks->k[ks->n++], key, 32);
	return 0;
}

static void ks_del(struct keyset *ks, const uint8_t key[32])
{
	ssize_t i = ks_find(ks, key);

	if (i >= 0)
		memcpy(ks->k[i], ks->k[--ks->n], 32);
}

/* What the dry run decided for each peer op. */
enum op_action { OP_SKIP, OP_REMOVE, OP_CREATE, OP_UPDATE };

/*
 * Dry run over the ops in order, tracking which peers exist as wireguard-go
 * would see them (after replace_peers: none). Fills actions[] and the final
 * set of peers.
 */
static int plan(const struct cp_uapi_dev *dev, const struct cp_uapi_set *s,
		const uint8_t *own_pub, enum op_action *actions,
		struct keyset *live)
{
	struct cp_wg_peer_info info;
	int rc;

	if (!s->replace_peers) {
		size_t n = dev->peer_count(dev->ctx);
		for (size_t i = 0; i < n; i++) {
			if (dev->peer_info(dev->ctx, i, &info) < 0)
				continue;
			if ((rc = ks_add(live, info.public_key)) < 0)
				return rc;
		}
	}
	/* A new private key removes the peer that has its public key. */
	if (own_pub && s->has_private_key)
		ks_del(live, own_pub);
	for (size_t i = 0; i < s->n_peers; i++) {
		const struct cp_uapi_peer_op *o = &s->peers[i];
		bool exists = ks_find(live, o->public_key) >= 0;

		if (own_pub && !memcmp(own_pub, o->public_key, 32))
			actions[i] = OP_SKIP; /* our own key: ignored */
		else if (o->is_remove) {
			actions[i] = OP_REMOVE;
			ks_del(live, o->public_key);
		} else if (o->is_update_only && !exists)
			actions[i] = OP_SKIP;
		else if (!exists) {
			actions[i] = OP_CREATE;
			if ((rc = ks_add(live, o->public_key)) < 0)
				return rc;
		} else
			actions[i] = OP_UPDATE;
	}
	return 0;
}

static void op_to_cfg(const struct cp_uapi_peer_op *o, bool is_create,
		      struct cp_wg_peer_cfg *c)
{
	memset(c, 0, sizeof(*c));
	memcpy(c->public_key, o->public_key, 32);
	/* A created peer starts from defaults: no psk, no keepalive, only the
	 * allowed IPs given. An existing one changes only what is given. */
	c->has_psk = o->has_psk || is_create;
	if (o->has_psk)
		memcpy(c->psk, o->psk, 32);
	c->has_endpoint = o->has_endpoint;
	c->endpoint = o->endpoint;
	c->has_keepalive = o->has_keepalive || is_create;
	c->persistent_keepalive = o->keepalive;
	c->replace_allowed_ips = o->replace_allowed_ips || is_create;
	c->n_allowed_ips = o->n_allowed_ips;
	memcpy(c->allowed_ips, o->allowed_ips,
	       o->n_allowed_ips * sizeof(o->allowed_ips[0]));
}

static int apply_device(const struct cp_uapi_dev *dev,
			const struct cp_uapi_set *s, char *err, size_t errlen)
{
	uint8_t cur[32];
	int rc;

	if (s->has_private_key) {
		bool has = dev->get_private_key(dev->ctx, cur);
		/* Setting the same key again (wg setconf/syncconf always send
		 * it) must not drop sessions. */
		bool same = s->private_key_is_zero
				    ? !has
				    : has && !sodium_memcmp(cur, s->private_key, 32);
		sodium_memzero(cur, sizeof(cur));
		if (!same) {
			rc = dev->set_private_key(
				dev->ctx, s->private_key_is_zero ? NULL : s->private_key);
			if (rc < 0) {
				snprintf(err, errlen, "setting private_key failed: %s", strerror(-rc));
				return rc;
			}
		}
	}
	if (s->has_listen_port && dev->listen_port(dev->ctx) != s->listen_port) {
		rc = dev->set_listen_port(dev->ctx, s->listen_port);
		if (rc < 0) {
			snprintf(err, errlen, "setting listen_port %u failed: %s",
				 s->listen_port, strerror(-rc));
			return -EADDRINUSE;
		}
	}
	return 0;
}

static int remove_unlisted(const struct cp_uapi_dev *dev,
			   const struct keyset *live, char *err, size_t errlen)
{
	struct cp_wg_peer_info info;
	struct keyset gone = { 0 };
	int rc = 0;
	size_t n = dev->peer_count(dev->ctx);

	for (size_t i = 0; i < n && rc == 0; i++)
		if (dev->peer_info(dev->ctx, i, &info) == 0 &&
		    ks_find(live, info.public_key) < 0)
			rc = ks_add(&gone, info.public_key);
	for (size_t i = 0; i < gone.n && rc == 0; i++) {
		rc = dev->peer_remove(dev->ctx, gone.k[i]);
		if (rc < 0)
			snprintf(err, errlen, "removing a peer failed: %s", strerror(-rc));
	}
	free(gone.k);
	return rc;
}

static int apply_peers(const struct cp_uapi_dev *dev, const struct cp_uapi_set *s,
		       const enum op_action *act, char *err, size_t errlen)
{
	struct cp_wg_peer_cfg cfg;
	int rc = 0;

	for (size_t i = 0; i < s->n_peers && rc == 0; i++) {
		const struct cp_uapi_peer_op *o = &s->peers[i];

		if (act[i] == OP_SKIP)
			continue;
		if (act[i] == OP_REMOVE) {
			if (dev->peer_exists(dev->ctx, o->public_key))
				rc = dev->peer_remove(dev->ctx, o->public_key);
		} else {
			op_to_cfg(o, act[i] == OP_CREATE, &cfg);
			rc = dev->peer_upsert(dev->ctx, &cfg);
			sodium_memzero(&cfg, sizeof(cfg));
		}
		if (rc < 0)
			snprintf(err, errlen, "peer %zu of the request: %s", i + 1,
				 strerror(-rc));
	}
	return rc;
}

int cp_uapi_apply_set(const struct cp_uapi_dev *dev,
		      const struct cp_uapi_set *s, char *err, size_t errlen)
{
	enum op_action *act = calloc(s->n_peers ? s->n_peers : 1, sizeof(*act));
	struct keyset live = { 0 };
	uint8_t priv[32], pub[32];
	bool has_own = false;
	int rc;

	if (errlen)
		err[0] = '\0';
	if (!act)
		return -ENOMEM;
	/* Our own public key after this request's private_key line. */
	if (s->has_private_key && !s->private_key_is_zero) {
		crypto_scalarmult_base(pub, s->private_key);
		has_own = true;
	} else if (!s->has_private_key && dev->get_private_key(dev->ctx, priv)) {
		crypto_scalarmult_base(pub, priv);
		has_own = true;
	}
	sodium_memzero(priv, sizeof(priv));
	rc = plan(dev, s, has_own ? pub : NULL, act, &live);
	if (rc == 0)
		rc = apply_device(dev, s, err, errlen);
	/* As wireguard-go: setting a private key removes the peer whose public
	 * key is now our own. */
	if (rc == 0 && has_own && s->has_private_key && dev->peer_exists(dev->ctx, pub))
		rc = dev->peer_remove(dev->ctx, pub);
	if (rc == 0 && s->replace_peers)
		rc = remove_unlisted(dev, &live, err, errlen);
	if (rc == 0)
		rc = apply_peers(dev, s, act, err, errlen);
	free(live.k);
	free(act);
	return rc;
}

/* ---- get=1 ------------------------------------------------------------ */

static void put_prefix(struct cp_strbuf *out, const struct tg_cfg_prefix *p)
{
	char a[INET6_ADDRSTRLEN];

	if (inet_ntop(p->family == 6 ? AF_INET6 : AF_INET, p->addr, a, sizeof(a)))
		cp_strbuf_printf(out, "allowed_ip=%s/%u\n", a, p->cidr);
}

static void put_peer(const struct cp_uapi_dev *dev, struct cp_strbuf *out,
		     const struct cp_wg_peer_info *pi)
{
	char hex[65], ep[INET6_ADDRSTRLEN + 16];
	uint8_t psk[32] = { 0 };

	key_to_hex(hex, pi->public_key);
	cp_strbuf_printf(out, "public_key=%s\n", hex);
	if (!(pi->has_psk && dev->peer_psk &&
	      dev->peer_psk(dev->ctx, pi->public_key, psk)))
		memset(psk, 0, sizeof(psk));
	key_to_hex(hex, psk);
	cp_strbuf_printf(out, "preshared_key=%s\n", hex);
	sodium_memzero(hex, sizeof(hex));
	sodium_memzero(psk, sizeof(psk));
	cp_strbuf_puts(out, "protocol_version=1\n");
	if (pi->endpoint.family == 4 || pi->endpoint.family == 6) {
		cp_uapi_format_endpoint(&pi->endpoint, ep, sizeof(ep));
		cp_strbuf_printf(out, "endpoint=%s\n", ep);
	}
	cp_strbuf_printf(out,
			 "last_handshake_time_sec=%llu\n"
			 "last_handshake_time_nsec=%llu\n"
			 "tx_bytes=%llu\nrx_bytes=%llu\n"
			 "persistent_keepalive_interval=%u\n",
			 (unsigned long long)(pi->last_handshake_wall_ns / 1000000000ULL),
			 (unsigned long long)(pi->last_handshake_wall_ns % 1000000000ULL),
			 (unsigned long long)pi->tx_bytes,
			 (unsigned long long)pi->rx_bytes,
			 pi->persistent_keepalive);
	for (uint32_t i = 0; i < pi->n_allowed_ips && i < TG_CFG_MAX_PEER_AIPS; i++)
		put_prefix(out, &pi->allowed_ips[i]);
}

void cp_uapi_serialize_get(const struct cp_uapi_dev *dev, struct cp_strbuf *out)
{
	struct cp_wg_peer_info pi;
	uint8_t key[32];
	char hex[65];

	if (dev->get_private_key(dev->ctx, key)) {
		key_to_hex(hex, key);
		cp_strbuf_printf(out, "private_key=%s\n", hex);
		sodium_memzero(hex, sizeof(hex));
	}
	sodium_memzero(key, sizeof(key));
	uint16_t port = dev->listen_port(dev->ctx);
	if (port)
		cp_strbuf_printf(out, "listen_port=%u\n", port);
	size_t n = dev->peer_count(dev->ctx);
	for (size_t i = 0; i < n; i++)
		if (dev->peer_info(dev->ctx, i, &pi) == 0)
			put_peer(dev, out, &pi);
}

/* ---- framing ---------------------------------------------------------- */

static void reply_errno(struct cp_strbuf *out, int rc)
{
	cp_strbuf_printf(out, "errno=%d\n\n", rc);
}

/* Offset of the blank line ending a set body that starts at `body`, or -1. */
static ssize_t find_end(const char *in, size_t body, size_t len)
{
	if (body < len && in[body] == '\n')
		return (ssize_t)body;
	for (size_t i = body; i + 1 < len; i++) {
		const char *nl = memchr(in + i, '\n', len - i - 1);
		if (!nl)
			return -1;
		i = (size_t)(nl - in);
		if (in[i + 1] == '\n')
			return (ssize_t)(i + 1);
	}
	return -1;
}

static enum cp_uapi_status do_set(const struct cp_uapi_dev *dev,
				  const char *in, size_t len, size_t body,
				  bool eof, size_t *consumed,
				  struct cp_strbuf *out)
{
	ssize_t end = find_end(in, body, len);
	size_t body_len, used;
	struct cp_uapi_set s;
	char err[CP_UAPI_MAX_LINE + 128];
	int rc;

	if (end < 0) {
		if (len - body > CP_UAPI_MAX_REQUEST) {
			reply_errno(out, -EPROTO);
			*consumed = len;
			return CP_UAPI_CLOSE;
		}
		if (!eof)
			return CP_UAPI_MORE;
		body_len = len - body; /* EOF ends the request */
		used = len;
	} else {
		body_len = (size_t)end - body;
		used = (size_t)end + 1;
	}
	if (body_len > CP_UAPI_MAX_REQUEST) {
		reply_errno(out, -EPROTO);
		*consumed = used;
		return CP_UAPI_CLOSE;
	}
	rc = cp_uapi_parse_set(in + body, body_len, &s, err, sizeof(err));
	if (rc == 0) {
		rc = cp_uapi_apply_set(dev, &s, err, sizeof(err));
		cp_uapi_set_free(&s);
	}
	if (rc && dev->log_error)
		dev->log_error(dev->ctx, err);
	reply_errno(out, rc);
	*consumed = used;
	return CP_UAPI_REPLY;
}

enum cp_uapi_status cp_uapi_request(const struct cp_uapi_dev *dev,
				    const char *in, size_t len, bool eof,
				    size_t *consumed, struct cp_strbuf *out)
{
	const char *nl = memchr(in, '\n', len);

	*consumed = 0;
	if (!nl)
		return (eof || len > CP_UAPI_MAX_LINE) ? CP_UAPI_CLOSE : CP_UAPI_MORE;
	size_t op_len = (size_t)(nl - in) + 1;

	if (op_len == 6 && !memcmp(in, "get=1\n", 6)) {
		if (len < 7)
			return eof ? CP_UAPI_CLOSE : CP_UAPI_MORE;
		*consumed = 7;
		if (in[6] != '\n') {
			reply_errno(out, -EINVAL);
			return CP_UAPI_REPLY;
		}
		cp_uapi_serialize_get(dev, out);
		reply_errno(out, 0);
		return CP_UAPI_REPLY;
	}
	if (op_len == 6 && !memcmp(in, "set=1\n", 6))
		return do_set(dev, in, len, 6, eof, consumed, out);
	return CP_UAPI_CLOSE;
}
