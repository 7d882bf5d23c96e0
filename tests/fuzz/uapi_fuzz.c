/*
 * libFuzzer target: the WireGuard UAPI text protocol (controlplane/uapi.c,
 * cp_uapi_request: framing, set=1 parser, applier, get=1 serializer)
 * against a small in-file device with a few peers. Runs on libFuzzer's
 * thread.
 *
 * Must never crash or read out of bounds, and:
 *  - consumed <= input length; a reply, when there is one, ends in
 *    "errno=N\n\n";
 *  - a set answered with errno != 0 that failed in the parser (not in the
 *    device) leaves the device exactly as it was (atomic apply);
 *  - every get reply line is key=value.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uapi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NPEERS 8

struct fz_dev {
	bool has_key;
	uint8_t key[32];
	uint16_t port;
	size_t n;
	struct cp_wg_peer_info p[NPEERS];
	bool dev_failed; /* a hook returned an error (not the parser) */
};

static struct fz_dev dv; /* zeroed with memset only, so padding compares */

static bool g_key(void *c, uint8_t o[32]) { (void)c; memcpy(o, dv.key, 32); return dv.has_key; }
static int s_key(void *c, const uint8_t *k)
{
	(void)c;
	dv.has_key = k != NULL;
	memset(dv.key, 0, 32);
	if (k)
		memcpy(dv.key, k, 32);
	return 0;
}
static uint16_t g_port(void *c) { (void)c; return dv.port; }
static int s_port(void *c, uint16_t p)
{
	(void)c;
	if (p == 1) {
		dv.dev_failed = true;
		return -EADDRINUSE;
	}
	dv.port = p;
	return 0;
}
static long find(const uint8_t *pub)
{
	for (size_t i = 0; i < dv.n; i++)
		if (!memcmp(dv.p[i].public_key, pub, 32))
			return (long)i;
	return -1;
}
static int upsert(void *c, const struct cp_wg_peer_cfg *cfg)
{
	long i = find(cfg->public_key);
	(void)c;
	if (i < 0) {
		if (dv.n == NPEERS) {
			dv.dev_failed = true;
			return -ENOSPC;
		}
		i = (long)dv.n++;
		memset(&dv.p[i], 0, sizeof(dv.p[i]));
		memcpy(dv.p[i].public_key, cfg->public_key, 32);
	}
	struct cp_wg_peer_info *p = &dv.p[i];
	if (cfg->has_psk)
		p->has_psk = cfg->psk[0] != 0;
	if (cfg->has_endpoint)
		p->endpoint = cfg->endpoint;
	if (cfg->has_keepalive)
		p->persistent_keepalive = cfg->persistent_keepalive;
	if (cfg->replace_allowed_ips)
		p->n_allowed_ips = 0;
	for (uint32_t a = 0; a < cfg->n_allowed_ips; a++) {
		if (p->n_allowed_ips == TG_CFG_MAX_PEER_AIPS) {
			dv.dev_failed = true;
			return -ENOSPC;
		}
		p->allowed_ips[p->n_allowed_ips++] = cfg->allowed_ips[a];
	}
	return 0;
}
static int rm(void *c, const uint8_t pub[32])
{
	long i = find(pub);
	(void)c;
	if (i < 0)
		return -ENOENT;
	memmove(&dv.p[i], &dv.p[i + 1], (dv.n - (size_t)i - 1) * sizeof(dv.p[0]));
	dv.n--;
	return 0;
}
static bool exists(void *c, const uint8_t pub[32]) { (void)c; return find(pub) >= 0; }
static size_t count(void *c) { (void)c; return dv.n; }
static int info(void *c, size_t i, struct cp_wg_peer_info *o)
{
	(void)c;
	if (i >= dv.n)
		return -ENOENT;
	*o = dv.p[i];
	return 0;
}

static const struct cp_uapi_dev dev = {
	.get_private_key = g_key, .set_private_key = s_key, .listen_port = g_port,
	.set_listen_port = s_port, .peer_upsert = upsert, .peer_remove = rm,
	.peer_exists = exists, .peer_count = count, .peer_info = info,
};

static void seed_device(void)
{
	memset(&dv, 0, sizeof(dv));
	dv.port = 51820;
	for (int i = 0; i < 3; i++) {
		struct cp_wg_peer_cfg c = { .has_endpoint = true, .n_allowed_ips = 1 };
		memset(c.public_key, 0x01 + i, 32);
		c.endpoint.family = 4;
		c.endpoint.port = 0x1234;
		c.allowed_ips[0].family = 4;
		c.allowed_ips[0].cidr = 32;
		c.allowed_ips[0].addr[0] = 100;
		c.allowed_ips[0].addr[3] = (uint8_t)i;
		upsert(NULL, &c);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	bool eof = size && (data[0] & 1);
	size_t off = 0;

	seed_device();
	for (int round = 0; round < 16 && off <= size; round++) {
		struct cp_strbuf out;
		struct fz_dev before;
		size_t used = 0;
		bool is_set = size - off >= 6 && !memcmp(in + off, "set=1\n", 6);
		bool is_get = size - off >= 6 && !memcmp(in + off, "get=1\n", 6);

		dv.dev_failed = false;
		memcpy(&before, &dv, sizeof(dv)); /* bytes, padding included */
		cp_strbuf_init(&out);
		enum cp_uapi_status st = cp_uapi_request(&dev, in + off, size - off, eof, &used, &out);
		if (used > size - off)
			abort();
		if (out.len) {
			if (out.len < 9 || strcmp(out.p + out.len - 2, "\n\n") != 0)
				abort();
			const char *e = out.len > 9 ? strstr(out.p, "errno=") : out.p;
			if (!e)
				abort();
			int code = atoi(e + 6);
			if (is_set && code != 0 && !dv.dev_failed &&
			    memcmp(&before, &dv, sizeof(dv)) != 0)
				abort(); /* a refused request changed the device */
			if (is_get && code == 0) {
				for (char *line = out.p; *line && *line != '\n';) {
					char *nl = strchr(line, '\n');
					char *eq = memchr(line, '=', (size_t)(nl - line));
					if (!eq || eq == line)
						abort();
					line = nl + 1;
				}
			}
		}
		cp_strbuf_free(&out);
		if (st != CP_UAPI_REPLY || used == 0)
			break;
		off += used;
	}
	return 0;
}
