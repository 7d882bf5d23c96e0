/*
 * UAPI parser, applier, serializer and framing (controlplane/uapi.c) against
 * a small in-test fake device. The fake records sessions so the tests can
 * check that applying by diff keeps the sessions of peers that remain.
 * Randomized inputs seed from tg_test_seed().
 */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "uapi.h"
#include "uapi_server.h"
#include "unix_listen.h"
#include "unit/test_util.h"

#define FAKE_MAX 64

struct fake_peer {
	struct cp_wg_peer_info info;
	uint8_t psk[32];
	unsigned session; /* changes only when the peer is (re)created */
};

struct fake_dev {
	bool has_key;
	uint8_t key[32];
	uint16_t port;
	size_t n;
	struct fake_peer p[FAKE_MAX];
	unsigned next_session;
	unsigned calls_set_key, calls_upsert, calls_remove;
	int fail_upsert; /* -errno to return from upsert, 0 = ok */
};

static struct fake_dev *F(void *c) { return c; }

static bool f_get_key(void *c, uint8_t out[32])
{
	memcpy(out, F(c)->key, 32);
	return F(c)->has_key;
}

static int f_set_key(void *c, const uint8_t *k)
{
	struct fake_dev *d = F(c);
	d->calls_set_key++;
	d->has_key = k != NULL;
	memset(d->key, 0, 32);
	if (k)
		memcpy(d->key, k, 32);
	for (size_t i = 0; i < d->n; i++)
		d->p[i].session = ++d->next_session; /* key change drops all */
	return 0;
}

static uint16_t f_port(void *c) { return F(c)->port; }
static int f_set_port(void *c, uint16_t p)
{
	if (p == 1) /* the fake's "port in use" */
		return -EACCES;
	F(c)->port = p;
	return 0;
}

static ssize_t f_find(struct fake_dev *d, const uint8_t pub[32])
{
	for (size_t i = 0; i < d->n; i++)
		if (!memcmp(d->p[i].info.public_key, pub, 32))
			return (ssize_t)i;
	return -1;
}

static int f_upsert(void *c, const struct cp_wg_peer_cfg *cfg)
{
	struct fake_dev *d = F(c);
	ssize_t i = f_find(d, cfg->public_key);

	d->calls_upsert++;
	if (d->fail_upsert)
		return d->fail_upsert;
	if (i < 0) {
		if (d->n == FAKE_MAX)
			return -ENOSPC;
		i = (ssize_t)d->n++;
		memset(&d->p[i], 0, sizeof(d->p[i]));
		memcpy(d->p[i].info.public_key, cfg->public_key, 32);
		d->p[i].session = ++d->next_session;
	}
	struct fake_peer *p = &d->p[i];
	if (cfg->has_psk) {
		memcpy(p->psk, cfg->psk, 32);
		p->info.has_psk = !sodium_is_zero(cfg->psk, 32);
	}
	if (cfg->has_endpoint)
		p->info.endpoint = cfg->endpoint;
	if (cfg->has_keepalive)
		p->info.persistent_keepalive = cfg->persistent_keepalive;
	if (cfg->replace_allowed_ips)
		p->info.n_allowed_ips = 0;
	for (uint32_t a = 0; a < cfg->n_allowed_ips; a++) {
		if (p->info.n_allowed_ips == TG_CFG_MAX_PEER_AIPS)
			return -ENOSPC;
		p->info.allowed_ips[p->info.n_allowed_ips++] = cfg->allowed_ips[a];
	}
	return 0;
}

static int f_remove(void *c, const uint8_t pub[32])
{
	struct fake_dev *d = F(c);
	ssize_t i = f_find(d, pub);

	d->calls_remove++;
	if (i < 0)
		return -ENOENT;
	memmove(&d->p[i], &d->p[i + 1], (d->n - (size_t)i - 1) * sizeof(d->p[0]));
	d->n--;
	return 0;
}

static bool f_exists(void *c, const uint8_t pub[32]) { return f_find(F(c), pub) >= 0; }
static size_t f_count(void *c) { return F(c)->n; }

static int f_info(void *c, size_t i, struct cp_wg_peer_info *out)
{
	if (i >= F(c)->n)
		return -ENOENT;
	*out = F(c)->p[i].info;
	return 0;
}

static bool f_psk(void *c, const uint8_t pub[32], uint8_t out[32])
{
	ssize_t i = f_find(F(c), pub);
	if (i < 0)
		return false;
	memcpy(out, F(c)->p[i].psk, 32);
	return true;
}

static struct fake_dev fd;
static struct cp_uapi_dev dev = {
	.ctx = &fd, .get_private_key = f_get_key, .set_private_key = f_set_key,
	.listen_port = f_port, .set_listen_port = f_set_port,
	.peer_upsert = f_upsert, .peer_remove = f_remove,
	.peer_exists = f_exists, .peer_count = f_count, .peer_info = f_info,
	.peer_psk = f_psk,
};

static void reset(void)
{
	memset(&fd, 0, sizeof(fd));
}

/* Keys: key N is 32 bytes of N; hex is 64 chars of that byte. */
static const char *hexkey(unsigned n)
{
	static char buf[8][65];
	static int which;
	char *b = buf[which++ & 7];
	for (int i = 0; i < 32; i++)
		snprintf(b + 2 * i, 3, "%02x", n & 0xff);
	return b;
}

static void key(unsigned n, uint8_t out[32])
{
	memset(out, (int)n, 32);
}

/* Run one whole set request, return the errno in the reply. */
static int set_req(const char *body)
{
	struct cp_strbuf out;
	char req[65536];
	size_t used;
	int e = 12345;

	size_t bl = strlen(body);
	snprintf(req, sizeof(req), "set=1\n%s%s\n", body,
		 bl && body[bl - 1] == '\n' ? "" : "\n");
	cp_strbuf_init(&out);
	enum cp_uapi_status st = cp_uapi_request(&dev, req, strlen(req), false, &used, &out);
	CU_ASSERT_EQUAL(st, CP_UAPI_REPLY);
	CU_ASSERT_EQUAL(used, strlen(req));
	if (out.p)
		CU_ASSERT_EQUAL(sscanf(out.p, "errno=%d\n\n", &e), 1);
	CU_ASSERT(out.len >= 2 && !strcmp(out.p + out.len - 2, "\n\n"));
	cp_strbuf_free(&out);
	return e;
}

static void test_every_key(void)
{
	char body[4096];
	reset();
	snprintf(body, sizeof(body),
		 "private_key=%s\nlisten_port=51820\nfwmark=0\nreplace_peers=true\n"
		 "public_key=%s\npreshared_key=%s\nprotocol_version=1\n"
		 "endpoint=192.0.2.7:41641\npersistent_keepalive_interval=25\n"
		 "replace_allowed_ips=true\nallowed_ip=100.64.0.1/32\n"
		 "allowed_ip=2001:db8::/32\n"
		 "public_key=%s\nendpoint=[2001:db8::9]:51820\nallowed_ip=198.51.100.0/24\n",
		 hexkey(1), hexkey(2), hexkey(3), hexkey(4));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT(fd.has_key && fd.key[0] == 1);
	CU_ASSERT_EQUAL(fd.port, 51820);
	CU_ASSERT_EQUAL_FATAL(fd.n, 2);
	struct cp_wg_peer_info *a = &fd.p[0].info, *b = &fd.p[1].info;
	CU_ASSERT(a->public_key[0] == 2 && fd.p[0].psk[0] == 3 && a->has_psk);
	CU_ASSERT_EQUAL(a->endpoint.family, 4);
	CU_ASSERT_EQUAL(ntohs(a->endpoint.port), 41641);
	CU_ASSERT_EQUAL(a->persistent_keepalive, 25);
	CU_ASSERT_EQUAL(a->n_allowed_ips, 2);
	CU_ASSERT_EQUAL(a->allowed_ips[1].family, 6);
	CU_ASSERT_EQUAL(a->allowed_ips[1].cidr, 32);
	CU_ASSERT_EQUAL(b->endpoint.family, 6);
	CU_ASSERT_EQUAL(b->n_allowed_ips, 1);

	/* remove and update_only */
	snprintf(body, sizeof(body), "public_key=%s\nremove=true\n"
		 "public_key=%s\nupdate_only=true\nallowed_ip=203.0.113.0/24\n",
		 hexkey(2), hexkey(9));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT_EQUAL(fd.n, 1);
	CU_ASSERT(f_find(&fd, (uint8_t[32]){ 9 }) < 0);
	/* zero private key clears it */
	snprintf(body, sizeof(body), "private_key=%s\n", hexkey(0));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT(!fd.has_key);
}

struct bad_case {
	const char *body;
	int code;
};

static void test_errors(void)
{
	char k2[65];
	snprintf(k2, sizeof(k2), "%s", hexkey(2));
	char pk[80];
	snprintf(pk, sizeof(pk), "public_key=%s\n", k2);
	const struct bad_case device_cases[] = {
		{ "private_key=abc", -EINVAL },
		{ "private_key=zz00000000000000000000000000000000000000000000000000000000000000", -EINVAL },
		{ "listen_port=65536", -EINVAL },
		{ "listen_port=-1", -EINVAL },
		{ "listen_port=", -EINVAL },
		{ "listen_port= 5", -EINVAL },
		{ "fwmark=x", -EINVAL },
		{ "fwmark=4294967296", -EINVAL },
		{ "fwmark=7", -EINVAL },
		{ "replace_peers=false", -EINVAL },
		{ "endpoint=192.0.2.1:1", -EINVAL }, /* peer key in device section */
		{ "bogus=1", -EINVAL },
		{ "=1", -EINVAL },
		{ "no equals sign", -EPROTO },
		{ "public_key=1234", -EINVAL },
		{ "public_key=", -EINVAL },
	};
	const char *peer_cases[][2] = {
		{ "preshared_key=00", "" },
		{ "endpoint=192.0.2.1", "" },
		{ "endpoint=192.0.2.1:99999", "" },
		{ "endpoint=[2001:db8::1]51820", "" },
		{ "endpoint=example.com:51820", "" },
		{ "endpoint=:51820", "" },
		{ "endpoint=[]:1", "" },
		{ "persistent_keepalive_interval=65536", "" },
		{ "persistent_keepalive_interval=1.5", "" },
		{ "replace_allowed_ips=yes", "" },
		{ "allowed_ip=10.0.0.0", "" },
		{ "allowed_ip=10.0.0.0/33", "" },
		{ "allowed_ip=10.0.0.0/08", "" },
		{ "allowed_ip=2001:db8::/129", "" },
		{ "allowed_ip=300.0.0.0/8", "" },
		{ "allowed_ip=/8", "" },
		{ "protocol_version=2", "" },
		{ "remove=1", "" },
		{ "update_only=false", "" },
		{ "listen_port=1", "" }, /* device key in peer section */
		{ "private_key=00", "" },
	};
	char body[512];

	for (size_t i = 0; i < sizeof(device_cases) / sizeof(device_cases[0]); i++) {
		reset();
		int e = set_req(device_cases[i].body);
		if (e != device_cases[i].code)
			printf("\n  case '%s': errno=%d want %d\n", device_cases[i].body, e,
			       device_cases[i].code);
		CU_ASSERT_EQUAL(e, device_cases[i].code);
		CU_ASSERT_EQUAL(fd.calls_upsert + fd.calls_set_key + fd.calls_remove, 0);
	}
	for (size_t i = 0; i < sizeof(peer_cases) / sizeof(peer_cases[0]); i++) {
		reset();
		snprintf(body, sizeof(body), "%s%s", pk, peer_cases[i][0]);
		int e = set_req(body);
		if (e != -EINVAL)
			printf("\n  case '%s': errno=%d\n", peer_cases[i][0], e);
		CU_ASSERT_EQUAL(e, -EINVAL);
		CU_ASSERT_EQUAL(fd.n, 0);
	}
	/* 33 allowed IPs for one peer: -ENOSPC, nothing applied */
	reset();
	char big[4096];
	size_t off = (size_t)snprintf(big, sizeof(big), "%s", pk);
	for (int i = 0; i < 33; i++)
		off += (size_t)snprintf(big + off, sizeof(big) - off,
					"allowed_ip=100.64.%d.0/24\n", i);
	CU_ASSERT_EQUAL(set_req(big), -ENOSPC);
	CU_ASSERT_EQUAL(fd.n, 0);
}

static void test_atomic(void)
{
	char body[2048];

	reset();
	snprintf(body, sizeof(body), "private_key=%s\nlisten_port=1000\n", hexkey(1));
	CU_ASSERT_EQUAL(set_req(body), 0);
	unsigned sk = fd.calls_set_key;
	/* valid lines first, one bad line last: nothing may change */
	snprintf(body, sizeof(body),
		 "private_key=%s\nlisten_port=2000\nreplace_peers=true\n"
		 "public_key=%s\nallowed_ip=100.64.0.1/32\n"
		 "public_key=%s\nendpoint=192.0.2.1:bad\n",
		 hexkey(5), hexkey(2), hexkey(3));
	CU_ASSERT_EQUAL(set_req(body), -EINVAL);
	CU_ASSERT_EQUAL(fd.port, 1000);
	CU_ASSERT_EQUAL(fd.key[0], 1);
	CU_ASSERT_EQUAL(fd.n, 0);
	CU_ASSERT_EQUAL(fd.calls_set_key, sk);
}

static void test_diff_keeps_sessions(void)
{
	char body[2048];

	reset();
	snprintf(body, sizeof(body),
		 "private_key=%s\npublic_key=%s\nallowed_ip=100.64.0.2/32\n"
		 "public_key=%s\nallowed_ip=100.64.0.3/32\n"
		 "public_key=%s\nallowed_ip=100.64.0.4/32\n",
		 hexkey(1), hexkey(2), hexkey(3), hexkey(4));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT_EQUAL_FATAL(fd.n, 3);
	unsigned s2 = fd.p[0].session, s3 = fd.p[1].session;
	unsigned sk = fd.calls_set_key;

	/* setconf-like: same private key, replace_peers, peers 2 and 3 kept
	 * (3 changed), 4 dropped, 5 added */
	snprintf(body, sizeof(body),
		 "private_key=%s\nreplace_peers=true\n"
		 "public_key=%s\nreplace_allowed_ips=true\nallowed_ip=100.64.0.2/32\n"
		 "public_key=%s\nreplace_allowed_ips=true\nallowed_ip=100.64.9.0/24\n"
		 "public_key=%s\nallowed_ip=100.64.0.5/32\n",
		 hexkey(1), hexkey(2), hexkey(3), hexkey(5));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT_EQUAL(fd.calls_set_key, sk); /* same key: not re-set */
	CU_ASSERT_EQUAL_FATAL(fd.n, 3);
	ssize_t i2 = f_find(&fd, (uint8_t[32]){ 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
						2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 });
	uint8_t k[32];
	key(3, k);
	ssize_t i3 = f_find(&fd, k);
	key(4, k);
	CU_ASSERT(f_find(&fd, k) < 0);
	CU_ASSERT_FATAL(i2 >= 0 && i3 >= 0);
	CU_ASSERT_EQUAL(fd.p[i2].session, s2);
	CU_ASSERT_EQUAL(fd.p[i3].session, s3);
	CU_ASSERT_EQUAL(fd.p[i3].info.n_allowed_ips, 1);
	CU_ASSERT_EQUAL(fd.p[i3].info.allowed_ips[0].cidr, 24);

	/* Changing one peer leaves the other's state alone. */
	struct fake_peer before = fd.p[i2];
	snprintf(body, sizeof(body), "public_key=%s\npersistent_keepalive_interval=10\n",
		 hexkey(3));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT(!memcmp(&before, &fd.p[i2], sizeof(before)));
	CU_ASSERT_EQUAL(fd.p[i3].info.persistent_keepalive, 10);
	CU_ASSERT_EQUAL(fd.p[i3].session, s3);

	/* Our own public key as a peer is ignored. */
	uint8_t priv[32], pub[32];
	key(1, priv);
	crypto_scalarmult_base(pub, priv);
	char pubhex[65];
	for (int i = 0; i < 32; i++)
		snprintf(pubhex + 2 * i, 3, "%02x", pub[i]);
	size_t n = fd.n;
	snprintf(body, sizeof(body), "public_key=%s\nallowed_ip=100.64.0.9/32\n", pubhex);
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT_EQUAL(fd.n, n);

	/* Setting a private key whose public key is a peer's removes that peer. */
	uint8_t priv9[32], pub9[32];
	char pub9hex[65];
	key(9, priv9);
	crypto_scalarmult_base(pub9, priv9);
	for (int i = 0; i < 32; i++)
		snprintf(pub9hex + 2 * i, 3, "%02x", pub9[i]);
	snprintf(body, sizeof(body), "public_key=%s\nallowed_ip=100.64.0.99/32\n", pub9hex);
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT(f_find(&fd, pub9) >= 0);
	snprintf(body, sizeof(body), "private_key=%s\n", hexkey(9));
	CU_ASSERT_EQUAL(set_req(body), 0);
	CU_ASSERT(f_find(&fd, pub9) < 0);
	snprintf(body, sizeof(body), "private_key=%s\n", hexkey(1));
	CU_ASSERT_EQUAL(set_req(body), 0);

	/* A listen port the device cannot take: EADDRINUSE, as wireguard-go. */
	CU_ASSERT_EQUAL(set_req("listen_port=1\n"), -EADDRINUSE);

	/* A device failure is reported with its errno. */
	fd.fail_upsert = -ENOSPC;
	snprintf(body, sizeof(body), "public_key=%s\n", hexkey(7));
	CU_ASSERT_EQUAL(set_req(body), -ENOSPC);
}

static void test_serialize(void)
{
	char body[2048];

	reset();
	snprintf(body, sizeof(body),
		 "private_key=%s\nlisten_port=51820\n"
		 "public_key=%s\npreshared_key=%s\nendpoint=192.0.2.7:41641\n"
		 "persistent_keepalive_interval=25\nallowed_ip=100.64.0.1/32\n"
		 "allowed_ip=2001:db8::1/48\n"
		 "public_key=%s\n",
		 hexkey(1), hexkey(2), hexkey(3), hexkey(4));
	CU_ASSERT_EQUAL(set_req(body), 0);
	fd.p[0].info.last_handshake_wall_ns = 1700000000123456789ULL;
	fd.p[0].info.rx_bytes = 100;
	fd.p[0].info.tx_bytes = 200;

	char want[4096];
	snprintf(want, sizeof(want),
		 "private_key=%s\nlisten_port=51820\n"
		 "public_key=%s\npreshared_key=%s\nprotocol_version=1\n"
		 "endpoint=192.0.2.7:41641\nlast_handshake_time_sec=1700000000\n"
		 "last_handshake_time_nsec=123456789\ntx_bytes=200\nrx_bytes=100\n"
		 "persistent_keepalive_interval=25\nallowed_ip=100.64.0.1/32\n"
		 "allowed_ip=2001:db8::/48\n"
		 "public_key=%s\npreshared_key=%s\nprotocol_version=1\n"
		 "last_handshake_time_sec=0\nlast_handshake_time_nsec=0\n"
		 "tx_bytes=0\nrx_bytes=0\npersistent_keepalive_interval=0\n"
		 "errno=0\n\n",
		 hexkey(1), hexkey(2), hexkey(3), hexkey(4), hexkey(0));
	struct cp_strbuf out;
	size_t used;
	cp_strbuf_init(&out);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "get=1\n\n", 7, false, &used, &out), CP_UAPI_REPLY);
	CU_ASSERT_EQUAL(used, 7);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out.p);
	if (strcmp(out.p, want))
		printf("\n--- got\n%s--- want\n%s", out.p, want);
	CU_ASSERT_STRING_EQUAL(out.p, want);

	/* Round trip (what wg setconf of a showconf does): the get output's
	 * config lines re-applied with replace_peers change nothing and keep
	 * every session. */
	struct fake_dev before = fd;
	char body2[8192] = "replace_peers=true\n";
	char *save, *line = strtok_r(out.p, "\n", &save);
	for (; line; line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "last_handshake", 14) || !strncmp(line, "tx_bytes", 8) ||
		    !strncmp(line, "rx_bytes", 8) || !strncmp(line, "errno", 5))
			continue;
		strcat(body2, line);
		strcat(body2, "\n");
	}
	CU_ASSERT_EQUAL(set_req(body2), 0);
	CU_ASSERT_EQUAL_FATAL(fd.n, before.n);
	for (size_t i = 0; i < fd.n; i++) {
		CU_ASSERT_EQUAL(fd.p[i].session, before.p[i].session);
		CU_ASSERT(!memcmp(&fd.p[i].info, &before.p[i].info, sizeof(fd.p[i].info)));
		CU_ASSERT(!memcmp(fd.p[i].psk, before.p[i].psk, 32));
	}
	CU_ASSERT_EQUAL(fd.calls_set_key, before.calls_set_key);
	cp_strbuf_free(&out);
}

static void test_framing(void)
{
	struct cp_strbuf out;
	size_t used;

	reset();
	cp_strbuf_init(&out);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "get=1\n", 6, false, &used, &out), CP_UAPI_MORE);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "get=1\n", 6, true, &used, &out), CP_UAPI_CLOSE);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "get=1\nx", 7, false, &used, &out), CP_UAPI_REPLY);
	CU_ASSERT_STRING_EQUAL(out.p, "errno=-22\n\n");
	cp_strbuf_reset(&out);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "get=2\n\n", 7, false, &used, &out), CP_UAPI_CLOSE);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "", 0, false, &used, &out), CP_UAPI_MORE);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "set=1\nlisten_port=5\n", 20, false, &used, &out),
			CP_UAPI_MORE);
	/* EOF ends a set without its blank line (and without a final newline) */
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, "set=1\nlisten_port=5", 19, true, &used, &out),
			CP_UAPI_REPLY);
	CU_ASSERT_STRING_EQUAL(out.p, "errno=0\n\n");
	CU_ASSERT_EQUAL(fd.port, 5);
	cp_strbuf_reset(&out);
	/* empty set, then a second request in the same buffer */
	const char *two = "set=1\n\nget=1\n\n";
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, two, strlen(two), false, &used, &out), CP_UAPI_REPLY);
	CU_ASSERT_EQUAL(used, 7);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, two + used, strlen(two) - used, false, &used, &out),
			CP_UAPI_REPLY);
	cp_strbuf_reset(&out);

	/* an overlong line: EPROTO, nothing applied */
	size_t n = CP_UAPI_MAX_LINE + 100;
	char *big = malloc(n + 16);
	memcpy(big, "set=1\nlisten_port=", 18);
	memset(big + 18, '7', n - 18);
	memcpy(big + n, "\n\n", 2);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, big, n + 2, false, &used, &out), CP_UAPI_REPLY);
	CU_ASSERT_STRING_EQUAL(out.p, "errno=-71\n\n");
	CU_ASSERT_EQUAL(fd.port, 5);
	cp_strbuf_reset(&out);
	/* no newline at all, beyond the op-line limit: close */
	memset(big, 'a', n);
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, big, n, false, &used, &out), CP_UAPI_CLOSE);
	free(big);

	/* huge body without its blank line: answered EPROTO and closed */
	size_t hn = CP_UAPI_MAX_REQUEST + 64;
	char *huge = malloc(hn);
	memcpy(huge, "set=1\n", 6);
	for (size_t i = 6; i < hn; i++)
		huge[i] = (i % 20 == 0) ? '\n' : 'x';
	for (size_t i = 7; i < hn; i++)
		if (huge[i] == '\n' && huge[i - 1] == '\n')
			huge[i] = 'y';
	CU_ASSERT_EQUAL(cp_uapi_request(&dev, huge, hn, false, &used, &out), CP_UAPI_CLOSE);
	CU_ASSERT_STRING_EQUAL(out.p, "errno=-71\n\n");
	free(huge);
	cp_strbuf_free(&out);
}

static void test_endpoint_text(void)
{
	struct tg_endpoint ep;
	char s[64];
	const char *ok[] = { "192.0.2.1:51820", "[2001:db8::1]:1", "0.0.0.0:0",
			     "[::ffff:192.0.2.1]:65535" };
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		CU_ASSERT_EQUAL(cp_uapi_parse_endpoint(ok[i], &ep), 0);
		cp_uapi_format_endpoint(&ep, s, sizeof(s));
		CU_ASSERT_STRING_EQUAL(s, ok[i]);
	}
}

/* Random garbage lines and random mutations of valid requests: never a
 * crash, and a rejected request never changes the device. */
static void test_fuzz(void)
{
	uint64_t seed = tg_test_seed() ^ 0x75617069ULL;
	static const char *frags[] = {
		"public_key=", "private_key=", "listen_port=", "endpoint=", "allowed_ip=",
		"remove=true", "update_only=true", "replace_peers=true",
		"replace_allowed_ips=true", "protocol_version=1", "preshared_key=",
		"persistent_keepalive_interval=", "fwmark=0", "=", "\n", "[", "]", ":",
		"/", "1", "32", "192.0.2.1", "2001:db8::", "0101010101010101010101010101010101010101010101010101010101010101",
		"zz", "\xff", " ", "\n\n",
	};
	char req[2048];

	for (int it = 0; it < 3000; it++) {
		size_t off = (size_t)snprintf(req, sizeof(req), "set=1\n");
		int nf = (int)(tg_test_rand(&seed) % 24);
		for (int j = 0; j < nf; j++) {
			const char *f = frags[tg_test_rand(&seed) % (sizeof(frags) / sizeof(frags[0]))];
			size_t fl = strlen(f);
			if (off + fl + 2 >= sizeof(req))
				break;
			memcpy(req + off, f, fl);
			off += fl;
		}
		if (tg_test_rand(&seed) & 1)
			req[off++] = '\n';
		reset();
		fd.port = 7;
		struct cp_strbuf out;
		size_t used;
		cp_strbuf_init(&out);
		bool eof = tg_test_rand(&seed) & 1;
		enum cp_uapi_status st = cp_uapi_request(&dev, req, off, eof, &used, &out);
		CU_ASSERT(used <= off);
		if (st == CP_UAPI_REPLY && out.p) {
			int e = 1;
			CU_ASSERT_EQUAL(sscanf(out.p, "errno=%d", &e), 1);
			if (e != 0) {
				CU_ASSERT_EQUAL(fd.n, 0);
				CU_ASSERT_EQUAL(fd.port, 7);
				CU_ASSERT_EQUAL(fd.calls_set_key, 0);
			}
		}
		cp_strbuf_free(&out);
	}
}


/* Talk to the real socket server (uapi_server.c) in-process: a client
 * writes a request, the loop runs until the reply arrives. */
static int client_roundtrip(struct event_base *base, const char *path,
			    const char *req, size_t len, char *out, size_t cap)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	size_t got = 0;
	int sk = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);

	memcpy(sa.sun_path, path, strlen(path) + 1); /* < 108: mkdtemp name */
	if (sk < 0 || connect(sk, (struct sockaddr *)&sa, sizeof(sa)) < 0)
		return -1;
	for (size_t off = 0; off < len;) {
		ssize_t w = send(sk, req + off, len - off, MSG_NOSIGNAL);
		if (w > 0)
			off += (size_t)w;
		else if (errno != EAGAIN)
			break; /* the server closed on us */
		event_base_loop(base, EVLOOP_NONBLOCK);
	}
	shutdown(sk, SHUT_WR);
	for (int i = 0; i < 2000 && got + 1 < cap; i++) {
		event_base_loop(base, EVLOOP_NONBLOCK);
		ssize_t r = read(sk, out + got, cap - got - 1);
		if (r == 0)
			break;
		if (r > 0)
			got += (size_t)r;
		else
			usleep(1000);
	}
	out[got] = '\0';
	close(sk);
	return (int)got;
}

static void test_server(void)
{
	char dir[] = "/tmp/tgcp-uapi-XXXXXX", path[128], out[8192], err[256];
	struct event_base *base = event_base_new();
	struct cp_uapi_server *srv;
	struct stat st;

	/* the server writes to clients that may have gone: like tailgate-cp's
	 * main, do not die of SIGPIPE */
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	reset();
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	CU_ASSERT_EQUAL_FATAL(cp_uapi_server_start(base, dir, "tgcp9", &dev, &srv, err,
						   sizeof(err)), 0);
	snprintf(path, sizeof(path), "%s/tgcp9.sock", dir);
	CU_ASSERT_EQUAL(stat(path, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0700);
	/* a second server on the same live socket is refused */
	struct cp_uapi_server *srv2;
	CU_ASSERT_EQUAL(cp_uapi_server_start(base, dir, "tgcp9", &dev, &srv2, err, sizeof(err)),
			-EADDRINUSE);

	const char *set = "set=1\nlisten_port=4242\n\n";
	CU_ASSERT(client_roundtrip(base, path, set, strlen(set), out, sizeof(out)) > 0);
	CU_ASSERT_STRING_EQUAL(out, "errno=0\n\n");
	CU_ASSERT_EQUAL(fd.port, 4242);
	CU_ASSERT(client_roundtrip(base, path, "get=1\n\n", 7, out, sizeof(out)) > 0);
	CU_ASSERT_STRING_EQUAL(out, "listen_port=4242\nerrno=0\n\n");
	CU_ASSERT(client_roundtrip(base, path, "set=1\nlisten_port=x\n\n", 22, out, sizeof(out)) > 0);
	CU_ASSERT_STRING_EQUAL(out, "errno=-22\n\n");
	/* garbage is dropped without a reply; the server keeps serving */
	CU_ASSERT_EQUAL(client_roundtrip(base, path, "\x01\x02garbage\n", 11, out, sizeof(out)), 0);
	/* 1 MiB of random bytes */
	uint64_t seed = tg_test_seed();
	size_t n = 1u << 20;
	char *junk = malloc(n);
	for (size_t i = 0; i < n; i++)
		junk[i] = (char)tg_test_rand(&seed);
	memcpy(junk, "set=1\n", 6);
	client_roundtrip(base, path, junk, n, out, sizeof(out));
	free(junk);
	CU_ASSERT(client_roundtrip(base, path, "get=1\n\n", 7, out, sizeof(out)) > 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(out, "errno=0\n\n"));
	cp_uapi_server_stop(srv);
	CU_ASSERT_NOT_EQUAL(stat(path, &st), 0); /* socket removed */

	/* An instance that stops after a successor bound the same path (an
	 * overlapping restart) leaves the successor's socket alone. */
	struct cp_unix_file own_a, own_b;
	int fa = cp_unix_listen(path, 0755, 0700, &own_a, err, sizeof(err));
	CU_ASSERT_FATAL(fa >= 0);
	close(fa); /* A's listener is gone, its file not yet */
	int fb = cp_unix_listen(path, 0755, 0700, &own_b, err, sizeof(err));
	CU_ASSERT_FATAL(fb >= 0);
	cp_unix_unlink_own(path, &own_a); /* A's late cleanup */
	CU_ASSERT_EQUAL(stat(path, &st), 0);
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	memcpy(sa.sun_path, path, strlen(path) + 1); /* < 108: mkdtemp name */
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	CU_ASSERT_EQUAL(connect(c, (struct sockaddr *)&sa, sizeof(sa)), 0); /* B still reachable */
	close(c);
	close(fb); /* B stops: listener first, then its own file goes */
	cp_unix_unlink_own(path, &own_b);
	CU_ASSERT_NOT_EQUAL(stat(path, &st), 0);
	rmdir(dir);
	event_base_free(base);
	signal(SIGPIPE, old);
}

/* What the stock `wg` tool does before it talks to a userspace
 * interface (wireguard-tools ipc-uapi-unix.h): if the socket file exists
 * but refuses the connection, the process is taken for dead and the file
 * is unlinked. A listener that created its file before listen() could
 * lose it to a `wg show` polling for it. */
struct wg_prober {
	const char *path;
	atomic_bool stop;
	atomic_bool quiet, idle; /* main asks for a pause; the prober says it is in one */
	unsigned long probes, unlinked;
};

static void *wg_probe_loop(void *arg)
{
	struct wg_prober *w = arg;
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct stat st;

	memcpy(sa.sun_path, w->path, strlen(w->path) + 1);
	while (!atomic_load(&w->stop)) {
		if (atomic_load(&w->quiet)) {
			atomic_store(&w->idle, true);
			sched_yield();
			continue;
		}
		if (stat(w->path, &st) < 0 || !S_ISSOCK(st.st_mode))
			continue;
		/* non-blocking: once the backlog is full (nobody accepts here)
		 * a connect would wait; EAGAIN means it listens */
		int s = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
		if (s < 0)
			continue;
		w->probes++;
		if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) < 0 && errno == ECONNREFUSED &&
		    unlink(w->path) == 0)
			w->unlinked++;
		close(s);
	}
	return NULL;
}

static void test_listen_never_refuses(void)
{
	char dir[] = "/tmp/tg-uapi-race-XXXXXX", path[128], err[256];
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct wg_prober w = { .path = path };
	struct cp_unix_file own;
	pthread_t th;
	int lost = 0, rounds = 3000;

	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/tgrace0.sock", dir);
	memcpy(sa.sun_path, path, strlen(path) + 1);
	CU_ASSERT_EQUAL_FATAL(pthread_create(&th, NULL, wg_probe_loop, &w), 0);
	for (int i = 0; i < rounds; i++) {
		int lfd = cp_unix_listen(path, 0755, 0700, &own, err, sizeof(err));
		if (lfd < 0) { /* not FATAL: the prober must be stopped first */
			fprintf(stderr, "\n  round %d: %s\n", i, err);
			lost++;
			break;
		}
		/* once cp_unix_listen returns, the path is ours and answers */
		int c = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
		if (connect(c, (struct sockaddr *)&sa, sizeof(sa)) < 0 && errno != EAGAIN)
			lost++;
		close(c);
		/* Between an instance's exit and the next start the path holds a
		 * dead socket; a wg that was refused by it unlinks by name, maybe
		 * after the next instance is in place (wg's own race, not the one
		 * tested here): pause the prober over that phase. */
		atomic_store(&w.idle, false);
		atomic_store(&w.quiet, true);
		while (!atomic_load(&w.idle))
			sched_yield(); /* the prober needs a CPU to answer */
		close(lfd);
		cp_unix_unlink_own(path, &own);
		atomic_store(&w.quiet, false);
	}
	atomic_store(&w.stop, true);
	pthread_join(th, NULL);
	if (lost)
		fprintf(stderr, "\n  %d of %d sockets lost to a wg-style probe (%lu probes, %lu unlinked)\n",
			lost, rounds, w.probes, w.unlinked);
	CU_ASSERT_EQUAL(lost, 0);
	/* The race needs the prober running beside the listener: with one
	 * CPU it rarely gets to probe at all, and the test says so. */
	cpu_set_t cpus;
	if (sched_getaffinity(0, sizeof(cpus), &cpus) == 0 && CPU_COUNT(&cpus) < 2)
		fprintf(stderr, "\n  listen_never_refuses: one CPU, %lu probes: the race is barely exercised\n",
			w.probes);
	else
		CU_ASSERT(w.probes > 0);
	/* nothing left in the directory: no temporary names, no socket */
	DIR *d = opendir(dir);
	struct dirent *e;
	int left = 0;
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			left++;
	closedir(d);
	CU_ASSERT_EQUAL(left, 0);
	/* a stale file (its process gone) is replaced; a live one is refused */
	int stale = socket(AF_UNIX, SOCK_STREAM, 0);
	CU_ASSERT_EQUAL(bind(stale, (struct sockaddr *)&sa, sizeof(sa)), 0);
	close(stale);
	int lfd = cp_unix_listen(path, 0755, 0700, &own, err, sizeof(err));
	CU_ASSERT_FATAL(lfd >= 0);
	struct cp_unix_file own2;
	CU_ASSERT_EQUAL(cp_unix_listen(path, 0755, 0700, &own2, err, sizeof(err)), -EADDRINUSE);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "in use by another running process"));
	close(lfd);
	cp_unix_unlink_own(path, &own);
	CU_ASSERT_EQUAL(rmdir(dir), 0);
}

void uapi_test_register(void)
{
	TG_ADD_SUITE("uapi", NULL, NULL,
		     { "every_key", test_every_key },
		     { "errors", test_errors },
		     { "atomic", test_atomic },
		     { "diff_keeps_sessions", test_diff_keeps_sessions },
		     { "serialize", test_serialize },
		     { "framing", test_framing },
		     { "endpoint_text", test_endpoint_text },
		     { "fuzz", test_fuzz },
		     { "server", test_server },
		     { "listen_never_refuses", test_listen_never_refuses });
}
