/*
 * Netmap packet filter -> region (see ts_filter.h). Compilation and publish
 * mirror filter_static.c (the static-mode file), with the self node's
 * addresses as local addresses. Event-loop thread only.
 */
#include "ts_filter.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "filter_static.h"

void cp_ts_filter_init(struct cp_ts_filter *f)
{
	memset(f, 0, sizeof(*f));
	cp_filter_state_init(&f->st);
}

void cp_ts_filter_free(struct cp_ts_filter *f)
{
	cp_filter_state_free(&f->st);
}

int cp_ts_filter_msg(struct cp_ts_filter *f, const json_t *msg, char *err, size_t errlen)
{
	int rc = cp_filter_state_apply(&f->st, msg, err, errlen);

	if (rc < 0)
		return rc;
	if (rc > 0)
		f->dirty = true;
	return 0;
}

int cp_ts_filter_publish(struct cp_ts_filter *f, struct tg_region *r,
			 const struct tg_config *cfg, const struct cp_ts_netmap *nm,
			 char *err, size_t errlen)
{
	static const struct tg_filter_pfx routes[2] = { { .family = 4 }, { .family = 6 } };
	struct tg_filter_pfx host[64], addrs[TG_CFG_MAX_PEER_AIPS];
	struct cp_filter_diag diag = { 0 };
	struct tg_filter_rules rs = { 0 };
	const struct tg_filter_blob_hdr *cur;
	size_t len = 0, cur_len = 0;
	void *blob = NULL;
	uint32_t n_addrs = 0, serial;
	int rc, n_host;

	if (errlen)
		err[0] = 0;
	if (!f->dirty || !f->st.seen || !r)
		return 0;
	n_host = cp_filter_host_nets(cfg, host, 64);
	if (n_host < 0)
		n_host = 0;
	for (uint32_t i = 0; nm->have_self && i < nm->self.n_addrs; i++) {
		addrs[n_addrs].family = nm->self.addrs[i].family;
		addrs[n_addrs].bits = nm->self.addrs[i].cidr;
		memcpy(addrs[n_addrs].addr, nm->self.addrs[i].addr, 16);
		n_addrs++;
	}
	struct tg_filter_local local = { .addrs = addrs, .n_addrs = n_addrs,
					 .routes = routes, .n_routes = 2,
					 .host = host, .n_host = (uint32_t)n_host };
	rc = cp_filter_state_rules(&f->st, &rs, &diag, err, errlen);
	if (rc == -EPROTO)
		rc = 0; /* the reference then enforces no rules: publish deny-all */
	if (rc < 0)
		goto out;
	cur = tg_region_filter(r, &cur_len);
	serial = (cur && cur_len >= sizeof(*cur) ? cur->serial : f->serial) + 1;
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
		snprintf(err, errlen, "filter not published: %s", strerror(-rc));
		goto out;
	}
	f->serial = serial;
	f->skipped = diag.skipped;
	f->dirty = false;
	if (diag.skipped)
		snprintf(err, errlen, "%u filter entries skipped, first: %s", diag.skipped,
			 diag.first);
out:
	free(blob);
	tg_filter_rules_free(&rs);
	return rc;
}
