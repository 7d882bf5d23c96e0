/*
 * Static-mode packet filter (filter_static.h): wireguard.filter_file ->
 * cp_filter_state (filter_json.c) -> tg_filter_build with this host's local
 * nets -> tg_filter_publish. docs/filter.md "Static mode".
 * Runs on the cp event-loop thread (start and SIGHUP reload).
 */
#include "filter_static.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter_json.h"

static int mask_bits(const uint8_t *m, int n)
{
	int b = 0;

	for (int i = 0; i < n; i++)
		b += __builtin_popcount(m[i]);
	return b;
}

int cp_filter_host_nets(const struct tg_config *cfg, struct tg_filter_pfx *out,
			int max)
{
	struct ifaddrs *ifa = NULL;
	int n = 0;

	if (cfg->egress.addr4 && n < max) {
		memset(&out[n], 0, sizeof(out[n]));
		out[n].family = 4;
		out[n].bits = 32;
		memcpy(out[n].addr, &cfg->egress.addr4, 4);
		n++;
	}
	if (getifaddrs(&ifa) < 0)
		return n;
	for (struct ifaddrs *i = ifa; i && n < max; i = i->ifa_next) {
		struct tg_filter_pfx *p = &out[n];

		if (!i->ifa_addr || !i->ifa_netmask)
			continue;
		memset(p, 0, sizeof(*p));
		if (i->ifa_addr->sa_family == AF_INET) {
			const struct sockaddr_in *a = (const void *)i->ifa_addr;
			const struct sockaddr_in *m = (const void *)i->ifa_netmask;

			p->family = 4;
			memcpy(p->addr, &a->sin_addr, 4);
			p->bits = (uint8_t)mask_bits((const uint8_t *)&m->sin_addr, 4);
		} else if (i->ifa_addr->sa_family == AF_INET6) {
			const struct sockaddr_in6 *a = (const void *)i->ifa_addr;
			const struct sockaddr_in6 *m = (const void *)i->ifa_netmask;

			p->family = 6;
			memcpy(p->addr, &a->sin6_addr, 16);
			p->bits = (uint8_t)mask_bits((const uint8_t *)&m->sin6_addr, 16);
		} else {
			continue;
		}
		n++;
	}
	freeifaddrs(ifa);
	return n;
}

static uint64_t fnv1a(uint64_t h, const void *p, size_t n)
{
	const uint8_t *b = p;

	for (size_t i = 0; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* The effective rules as one JSON array (named lists in key order). */
static json_t *effective_json(const struct cp_filter_state *st)
{
	json_t *all = json_array();

	for (size_t i = 0; all && i < st->n; i++)
		if (json_array_extend(all, st->v[i].rules) < 0) {
			json_decref(all);
			return NULL;
		}
	return all;
}

int cp_filter_static_apply(struct cp_filter_static *fs, struct tg_region *r,
			   const char *text, const struct tg_filter_pfx *host,
			   int n_host, char *err, size_t errlen)
{
	static const struct tg_filter_pfx routes[2] = { { .family = 4 }, { .family = 6 } };
	struct tg_filter_local local = { .routes = routes, .n_routes = 2,
					 .host = host, .n_host = (uint32_t)n_host };
	struct cp_filter_state st;
	struct cp_filter_diag diag = { 0 };
	struct tg_filter_rules rs = { 0 };
	json_error_t je;
	json_t *doc, *resp = NULL, *eff = NULL;
	size_t len = 0, cur_len = 0;
	void *blob = NULL;
	const struct tg_filter_blob_hdr *cur;
	uint32_t serial;
	int rc;

	uint64_t digest = fnv1a(0xcbf29ce484222325ULL, text, strlen(text));

	digest = fnv1a(digest, host, (size_t)n_host * sizeof(*host));
	cur = tg_region_filter(r, &cur_len);
	if (fs->rules && digest == fs->digest && cur && cur_len >= sizeof(*cur) &&
	    cur->serial == fs->serial) {
		if (errlen)
			err[0] = 0;
		return 0; /* unchanged and still active */
	}
	cp_filter_state_init(&st);
	doc = json_loads(text, 0, &je);
	if (!doc) {
		snprintf(err, errlen, "line %d: %s", je.line, je.text);
		return -EINVAL;
	}
	if (json_is_array(doc))
		resp = json_pack("{s:O}", "PacketFilter", doc);
	else if (json_is_object(doc))
		resp = json_incref(doc);
	json_decref(doc);
	if (!resp) {
		snprintf(err, errlen, "expected a JSON array of FilterRules or an object with "
			 "PacketFilter/PacketFilters");
		return -EINVAL;
	}
	rc = cp_filter_state_apply(&st, resp, err, errlen);
	json_decref(resp);
	if (rc < 0)
		goto out;
	rc = cp_filter_state_rules(&st, &rs, &diag, err, errlen);
	if (rc == -EPROTO) {
		/* the reference then enforces no rules at all: publish deny-all */
		rc = 0;
	}
	if (rc < 0)
		goto out;
	eff = effective_json(&st);
	if (!eff) {
		rc = -ENOMEM;
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	serial = (cur && cur_len >= sizeof(*cur) ? cur->serial : fs->serial) + 1;
	rc = tg_filter_build(&rs, &local, NULL, serial, &blob, &len, err, errlen);
	if (rc < 0)
		goto out;
	rc = tg_filter_publish(r, blob, len, 1000000000ULL);
	if (rc == -ENOSPC) {
		snprintf(err, errlen, "compiled filter is %zu bytes, more than tables.filter_bytes = %u",
			 len, r->geom.sizes.filter_bytes);
		goto out;
	}
	if (rc < 0) {
		snprintf(err, errlen, "filter not published: %s (a dataplane worker still uses the "
			 "inactive copy?)", strerror(-rc));
		goto out;
	}
	json_decref(fs->rules);
	fs->rules = eff;
	eff = NULL;
	fs->serial = serial;
	fs->digest = digest;
	fs->skipped = diag.skipped;
	if (diag.skipped)
		snprintf(err, errlen, "%u entries skipped, first: %s", diag.skipped, diag.first);
	else if (errlen)
		err[0] = 0;
out:
	free(blob);
	json_decref(eff);
	tg_filter_rules_free(&rs);
	cp_filter_state_free(&st);
	return rc;
}

int cp_filter_static_load(struct cp_filter_static *fs, struct tg_region *r,
			  const struct tg_config *cfg, char *err, size_t errlen)
{
	struct tg_filter_pfx host[64];
	char *text = NULL;
	size_t cap = 0, n = 0;
	FILE *f;
	int rc, n_host;

	if (errlen)
		err[0] = 0;
	if (!cfg->wireguard.filter_file[0]) {
		json_decref(fs->rules);
		fs->rules = NULL;
		fs->path[0] = 0;
		return 0;
	}
	f = fopen(cfg->wireguard.filter_file, "re");
	if (!f) {
		rc = -errno;
		snprintf(err, errlen, "wireguard.filter_file %s: %s", cfg->wireguard.filter_file,
			 strerror(-rc));
		return rc;
	}
	for (;;) {
		if (n + 4096 + 1 > cap) {
			char *t;

			if (cap >= (64u << 20)) {
				fclose(f);
				free(text);
				snprintf(err, errlen, "wireguard.filter_file %s: larger than 64 MiB",
					 cfg->wireguard.filter_file);
				return -EFBIG;
			}
			t = realloc(text, cap ? cap * 2 : 65536);
			if (!t) {
				fclose(f);
				free(text);
				return -ENOMEM;
			}
			text = t;
			cap = cap ? cap * 2 : 65536;
		}
		size_t got = fread(text + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	rc = ferror(f) ? -EIO : 0;
	fclose(f);
	if (rc < 0) {
		free(text);
		snprintf(err, errlen, "wireguard.filter_file %s: read error", cfg->wireguard.filter_file);
		return rc;
	}
	text[n] = 0;
	n_host = cp_filter_host_nets(cfg, host, (int)(sizeof(host) / sizeof(host[0])));
	{
		char why[400];

		rc = cp_filter_static_apply(fs, r, text, host, n_host, why, sizeof(why));
		if (rc < 0)
			snprintf(err, errlen, "wireguard.filter_file %s: %s",
				 cfg->wireguard.filter_file, why);
		else if (why[0])
			snprintf(err, errlen, "wireguard.filter_file %s: %s",
				 cfg->wireguard.filter_file, why);
	}
	free(text);
	if (rc == 0)
		snprintf(fs->path, sizeof(fs->path), "%s", cfg->wireguard.filter_file);
	return rc;
}

void cp_filter_static_free(struct cp_filter_static *fs)
{
	json_decref(fs->rules);
	memset(fs, 0, sizeof(*fs));
}
