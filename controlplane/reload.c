/*
 * The config as a device model and SIGHUP reload (see reload.h). The model
 * goes through the same applier as `wg setconf` (uapi_apply.c), so the
 * semantics are one: replace_peers, sessions of remaining peers kept.
 * Runs on the cp event-loop thread.
 */
#include "reload.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cp_log.h"
#include "crypto.h"
#include "netcfg.h"

static int peer_op(const struct tg_cfg_static_peer *sp, uint32_t i,
		   struct cp_uapi_peer_op *o, char *err, size_t errlen)
{
	char kerr[256];
	int rc;

	memset(o, 0, sizeof(*o));
	memcpy(o->public_key, sp->public_key, 32);
	o->has_psk = true; /* all zero = none */
	if (sp->psk_file[0]) {
		rc = tg_config_read_key_file(sp->psk_file, o->psk, kerr, sizeof(kerr));
		if (rc < 0) {
			snprintf(err, errlen, "wireguard.peers[%u].preshared_key_file: %s", i, kerr);
			return rc;
		}
	}
	o->has_endpoint = sp->endpoint.family != 0;
	o->endpoint = sp->endpoint;
	o->has_keepalive = true;
	o->keepalive = sp->persistent_keepalive;
	o->replace_allowed_ips = true;
	o->n_allowed_ips = sp->n_allowed_ips;
	memcpy(o->allowed_ips, sp->allowed_ips, sizeof(o->allowed_ips));
	return 0;
}

int cp_config_device_model(const struct tg_config *cfg, struct cp_uapi_set *out,
			   char *err, size_t errlen)
{
	char kerr[256];
	int rc;

	memset(out, 0, sizeof(*out));
	rc = tg_config_read_key_file(cfg->wireguard.private_key_file, out->private_key,
				     kerr, sizeof(kerr));
	if (rc < 0) {
		snprintf(err, errlen, "wireguard.private_key_file: %s", kerr);
		return rc;
	}
	out->has_private_key = true;
	out->has_listen_port = true;
	out->listen_port = cfg->wireguard.listen_port;
	out->replace_peers = true;
	out->peers = calloc(cfg->wireguard.n_peers ? cfg->wireguard.n_peers : 1,
			    sizeof(*out->peers));
	if (!out->peers) {
		cp_uapi_set_free(out);
		return -ENOMEM;
	}
	out->cap_peers = cfg->wireguard.n_peers ? cfg->wireguard.n_peers : 1;
	for (uint32_t i = 0; i < cfg->wireguard.n_peers; i++) {
		rc = peer_op(&cfg->wireguard.peers[i], i, &out->peers[i], err, errlen);
		if (rc < 0) {
			cp_uapi_set_free(out);
			return rc;
		}
		out->n_peers++;
	}
	return 0;
}

/* Keep the running values of keys that only a restart can change. */
static void keep_restart_only(const struct tg_config *cur, struct tg_config *nw)
{
	char what[160] = "";

#define KEEP(field, name)                                                      \
	if (memcmp(&cur->field, &nw->field, sizeof(cur->field))) {             \
		strncat(what, what[0] ? ", " name : name, sizeof(what) - strlen(what) - 1); \
		memcpy(&nw->field, &cur->field, sizeof(cur->field));           \
	}
	KEEP(dataplane, "dataplane");
	KEEP(tables, "tables");
	KEEP(metrics, "metrics");
	KEEP(control, "control");
	KEEP(wireguard.interface, "wireguard.interface");
#undef KEEP
	if (what[0])
		cp_log_warn("reload: %s changed; restart tailgate-cp to apply (running values kept)",
			    what);
}

int cp_reload(struct tg_config *cur, struct tg_region *r,
	      const struct cp_uapi_dev *dev, struct cp_filter_static *fs,
	      char *err, size_t errlen)
{
	struct tg_config nw;
	struct cp_uapi_set model;
	char path[sizeof(cur->path)];
	int rc;

	snprintf(path, sizeof(path), "%s", cur->path);
	if (tg_config_load(&nw, path, err, errlen) < 0)
		return -EINVAL;
	keep_restart_only(cur, &nw);
	rc = cp_config_device_model(&nw, &model, err, errlen);
	if (rc < 0)
		goto out_cfg;
	if (cur->control.enabled) {
		/* Tailscale mode: the private key is the node key and the peers
		 * come from the netmap (ts_client.c); only the port reloads. */
		tg_wipe(model.private_key, sizeof(model.private_key));
		model.has_private_key = false;
		model.replace_peers = false;
		model.n_peers = 0;
	}
	if (fs) {
		/* before the netcfg: its filter flag must never be on without the
		 * filter it refers to (the dp would drop everything meanwhile) */
		rc = cp_filter_static_load(fs, r, &nw, err, errlen);
		if (rc < 0) {
			cp_uapi_set_free(&model);
			goto out_cfg;
		}
		if (err[0])
			cp_log_warn("%s", err);
	}
	rc = cp_uapi_apply_set(dev, &model, err, errlen);
	cp_uapi_set_free(&model);
	if (rc < 0)
		goto out_cfg;
	rc = cp_netcfg_publish(r, &nw, err, errlen);
	if (rc < 0)
		goto out_cfg;
	if (memcmp(&cur->logging, &nw.logging, sizeof(nw.logging)))
		tg_log_init("tailgate-cp", nw.logging.level, nw.logging.target,
			    nw.logging.ratelimit_per_sec);
	tg_config_free(cur);
	*cur = nw;
	return 0;
out_cfg:
	tg_config_free(&nw);
	return rc;
}
