/*
 * WireGuard UAPI set=1 parser (wireguard.com/xplatform "Configuration
 * Protocol"): one table of key handlers, value parsers for keys, ports,
 * endpoints and prefixes, into the request model of uapi.h. Any invalid
 * line rejects the whole request with wireguard-go's errno. No I/O.
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

