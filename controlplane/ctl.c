/*
 * tailgatectl protocol, cp side (see ctl.h): JSON replies built from the
 * device and a counters snapshot; ctl_print.c renders them in tailgatectl.
 * Runs on the cp event-loop thread (and in tailgatectl for `counters`
 * read from the region).
 */
#include "ctl.h"

#include <arpa/inet.h>
#include <inttypes.h>
#include <sodium.h>
#include <string.h>

static void b64(char out[45], const uint8_t key[32])
{
	sodium_bin2base64(out, 45, key, 32, sodium_base64_VARIANT_ORIGINAL);
}

static double age_s(uint64_t stamp, uint64_t now)
{
	if (!stamp)
		return -1;
	return stamp >= now ? 0 : (double)(now - stamp) / 1e9;
}

static json_t *proc_json(uint64_t stamp, uint32_t pid, uint64_t now)
{
	double age = age_s(stamp, now);
	bool up = age >= 0 && age <= (double)CP_ALIVE_WINDOW_NS / 1e9;

	return json_pack("{s:b, s:i, s:f}", "up", up, "pid", (json_int_t)pid,
			 "alive_age_s", age);
}

json_t *cp_ctl_status_json(const struct cp_ctl_src *src)
{
	const struct cp_metrics_snap *s = src->snap;
	json_t *st = json_object();
	uint8_t priv[32], pub[32];
	char pk[45] = "";

	if (src->dev && src->dev->get_private_key(src->dev->ctx, priv)) {
		crypto_scalarmult_base(pub, priv);
		b64(pk, pub);
	}
	sodium_memzero(priv, sizeof(priv));
	json_object_set_new(st, "interface", json_string(src->ifname ? src->ifname : ""));
	json_object_set_new(st, "mode", json_string(src->mode ? src->mode : "static"));
	json_object_set_new(st, "config", json_string(src->config_path ? src->config_path : ""));
	json_object_set_new(st, "public_key", pk[0] ? json_string(pk) : json_null());
	json_object_set_new(st, "listen_port",
			    json_integer(src->dev ? src->dev->listen_port(src->dev->ctx) : 0));
	json_object_set_new(st, "peers",
			    json_integer(src->dev ? (json_int_t)src->dev->peer_count(src->dev->ctx)
						  : (json_int_t)(s ? s->n_peers : 0)));
	if (s) {
		json_object_set_new(st, "dataplane", proc_json(s->dp_alive_ns, s->dp_pid, s->now_ns));
		json_object_set_new(st, "controlplane", proc_json(s->cp_alive_ns, s->cp_pid, s->now_ns));
		json_object_set_new(st, "workers", json_integer(s->n_workers));
		json_object_set_new(st, "region_generation", json_integer((json_int_t)s->generation));
		if (src->started_mono_ns && s->now_ns >= src->started_mono_ns)
			json_object_set_new(st, "uptime_s",
					    json_real((double)(s->now_ns - src->started_mono_ns) / 1e9));
	}
	return st;
}

static json_t *prefix_json(const struct tg_cfg_prefix *p)
{
	char a[INET6_ADDRSTRLEN], t[INET6_ADDRSTRLEN + 8];

	if (!inet_ntop(p->family == 6 ? AF_INET6 : AF_INET, p->addr, a, sizeof(a)))
		return json_string("?");
	snprintf(t, sizeof(t), "%s/%u", a, p->cidr);
	return json_string(t);
}

static const struct cp_metrics_peer *snap_peer(const struct cp_metrics_snap *s,
					       const uint8_t key[32])
{
	for (uint32_t i = 0; s && i < s->n_peers; i++)
		if (!memcmp(s->peers[i].pubkey, key, 32))
			return &s->peers[i];
	return NULL;
}

static json_t *peer_json(const struct cp_ctl_src *src, const struct cp_wg_peer_info *pi)
{
	char k[45], ep[INET6_ADDRSTRLEN + 16];
	json_t *aips = json_array(), *o;
	const struct cp_metrics_peer *mp = snap_peer(src->snap, pi->public_key);

	b64(k, pi->public_key);
	cp_uapi_format_endpoint(&pi->endpoint, ep, sizeof(ep));
	for (uint32_t i = 0; i < pi->n_allowed_ips && i < TG_CFG_MAX_PEER_AIPS; i++)
		json_array_append_new(aips, prefix_json(&pi->allowed_ips[i]));
	o = json_pack("{s:s, s:s?, s:o, s:I, s:I, s:I, s:i, s:b}", "public_key", k,
		      "endpoint", ep[0] ? ep : NULL, "allowed_ips", aips,
		      "latest_handshake_unix",
		      (json_int_t)(pi->last_handshake_wall_ns / 1000000000ULL),
		      "rx_bytes", (json_int_t)pi->rx_bytes, "tx_bytes", (json_int_t)pi->tx_bytes,
		      "persistent_keepalive", (int)pi->persistent_keepalive,
		      "has_preshared_key", pi->has_psk);
	if (o && mp && src->snap) {
		json_object_set_new(o, "last_rx_age_s",
				    json_real(age_s(mp->v[TG_PEER_last_rx_ns], src->snap->now_ns)));
		json_object_set_new(o, "last_tx_age_s",
				    json_real(age_s(mp->v[TG_PEER_last_tx_ns], src->snap->now_ns)));
	}
	return o;
}

json_t *cp_ctl_peers_json(const struct cp_ctl_src *src)
{
	json_t *arr = json_array();
	struct cp_wg_peer_info pi;

	if (!src->dev)
		return arr;
	size_t n = src->dev->peer_count(src->dev->ctx);
	for (size_t i = 0; i < n; i++)
		if (src->dev->peer_info(src->dev->ctx, i, &pi) == 0)
			json_array_append_new(arr, peer_json(src, &pi));
	return arr;
}

static json_t *named(const char *const *names, const uint64_t *v, int n)
{
	json_t *o = json_object();

	for (int i = 0; i < n; i++)
		json_object_set_new(o, names[i], json_integer((json_int_t)v[i]));
	return o;
}

#define HS_N(n, h) #n,
static const char *const hs_names[CP_HS__COUNT] = { CP_HS_COUNTERS(HS_N) };
#undef HS_N

json_t *cp_ctl_counters_json(const struct cp_metrics_snap *s)
{
	json_t *o = json_object(), *ports = json_array(), *workers = json_array();

	json_object_set_new(o, "drops", named(tg_drop_names, s->drop, TG_DROP__COUNT));
	json_object_set_new(o, "paths", named(tg_path_names, s->path, TG_PATH__COUNT));
	for (uint32_t p = 0; p < s->n_ports; p++)
		json_array_append_new(ports, named(tg_port_ctr_names, s->port[p], TG_PORT__COUNT));
	json_object_set_new(o, "ports", ports);
	for (uint32_t w = 0; w < s->n_workers; w++) {
		const struct cp_metrics_worker *mw = &s->workers[w];
		json_t *wo = json_pack("{s:I, s:b, s:i, s:i}", "loops", (json_int_t)mw->loops,
				       "online", mw->is_online, "punt_depth", (int)mw->punt_depth,
				       "inject_depth", (int)mw->inject_depth);
		json_object_set_new(wo, "punt", named(tg_ring_ctr_names, mw->punt, TG_RING__COUNT));
		json_object_set_new(wo, "inject", named(tg_ring_ctr_names, mw->inject, TG_RING__COUNT));
		json_array_append_new(workers, wo);
	}
	json_object_set_new(o, "workers", workers);
	if (s->has_hs)
		json_object_set_new(o, "handshake", named(hs_names, s->hs, CP_HS__COUNT));
	return o;
}

static char *reply(json_t *o)
{
	char *t = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return t;
}

json_t *cp_ctl_filter_json(const struct cp_ctl_src *src)
{
	const struct cp_metrics_snap *s = src->snap;
	json_t *o = json_object(), *rules = json_array();
	size_t i;
	const json_t *r;

	if (!o || !rules) {
		json_decref(o);
		json_decref(rules);
		return NULL;
	}
	json_object_set_new(o, "source", src->filter_source && src->filter_source[0] ?
				  json_string(src->filter_source) : json_null());
	json_object_set_new(o, "serial", json_integer(s ? s->filter_serial : 0));
	json_array_foreach(src->filter_rules, i, r) {
		uint64_t hits = s && s->filter_hits && i < s->filter_n_rules ? s->filter_hits[i] : 0;

		json_array_append_new(rules, json_pack("{s:I, s:I, s:O}", "index", (json_int_t)i,
						       "hits", (json_int_t)hits, "rule", r));
	}
	json_object_set_new(o, "rules", rules);
	json_object_set_new(o, "overflow_hits",
			    json_integer(s ? (json_int_t)s->filter_hits_overflow : 0));
	return o;
}

static char *error_reply(const char *msg)
{
	return reply(json_pack("{s:b, s:s}", "ok", 0, "error", msg));
}

char *cp_ctl_handle(const char *line, const struct cp_ctl_src *src)
{
	json_error_t jerr;
	json_t *req = json_loads(line, 0, &jerr);
	const char *cmd;
	char msg[160];
	json_t *res;

	if (!req || !json_is_object(req) || !(cmd = json_string_value(json_object_get(req, "cmd")))) {
		json_decref(req);
		return error_reply("bad request: expected {\"cmd\":\"status|peers|counters|filter\"}");
	}
	if (!strcmp(cmd, "status"))
		res = json_pack("{s:b, s:o}", "ok", 1, "status", cp_ctl_status_json(src));
	else if (!strcmp(cmd, "peers"))
		res = json_pack("{s:b, s:o}", "ok", 1, "peers", cp_ctl_peers_json(src));
	else if (!strcmp(cmd, "filter"))
		res = json_pack("{s:b, s:o}", "ok", 1, "filter", cp_ctl_filter_json(src));
	else if (!strcmp(cmd, "counters") && src->snap)
		res = json_pack("{s:b, s:o}", "ok", 1, "counters", cp_ctl_counters_json(src->snap));
	else {
		snprintf(msg, sizeof(msg), "unknown command '%.64s' (status, peers, counters, filter)", cmd);
		json_decref(req);
		return error_reply(msg);
	}
	json_decref(req);
	return reply(res);
}
