/*
 * Control request bodies (see ts_req.h). Field names and zero values follow
 * protocol/control.md §3.1 (OldNodeKey and NLKey always present, Expiry the
 * zero time unless logging out) and §4.1 (Hostinfo always sent; RoutableIPs
 * 0.0.0.0/0 and ::/0 make this node an exit node). Event-loop thread.
 */
#include "ts_req.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "ts_keys.h"

static json_t *keytext(enum tg_ts_key_kind kind, const uint8_t *raw)
{
	static const uint8_t zero[32];
	char t[TG_TS_KEY_MAX_TEXT];

	if (tg_ts_key_format(kind, raw ? raw : zero, t, sizeof(t)) < 0)
		return NULL;
	return json_string(t);
}

static json_t *hostinfo(const struct cp_ts_hostinfo *hi)
{
	json_t *h = json_pack("{s:s,s:s,s:s,s:[s,s]}", "IPNVersion", "1.80.0-tailgate",
			      "OS", "linux", "Hostname", hi && hi->hostname ? hi->hostname : "tailgate",
			      "RoutableIPs", "0.0.0.0/0", "::/0");

	if (!h)
		return NULL;
	if (hi && hi->backend_log_id)
		json_object_set_new(h, "BackendLogID", json_string(hi->backend_log_id));
	if (hi && hi->n_tags) {
		json_t *a = json_array();
		for (size_t i = 0; i < hi->n_tags; i++)
			json_array_append_new(a, json_string(hi->tags[i]));
		json_object_set_new(h, "RequestTags", a);
	}
	return h;
}

static char *dump(json_t *j)
{
	char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;

	json_decref(j);
	return s;
}

char *cp_ts_req_register(const struct cp_ts_register *r)
{
	json_t *j = json_object();

	json_object_set_new(j, "Version", json_integer(CP_TS_CAPVER));
	json_object_set_new(j, "NodeKey", keytext(TG_TS_KEY_NODE, r->node_pub));
	json_object_set_new(j, "OldNodeKey", keytext(TG_TS_KEY_NODE, r->old_node_pub));
	json_object_set_new(j, "NLKey", keytext(TG_TS_KEY_NLPUB, NULL));
	if (r->auth_key && r->auth_key[0])
		json_object_set_new(j, "Auth", json_pack("{s:s}", "AuthKey", r->auth_key));
	json_object_set_new(j, "Expiry", json_string(r->expiry ? r->expiry : CP_TS_ZERO_TIME));
	json_object_set_new(j, "Followup", json_string(r->followup ? r->followup : ""));
	json_object_set_new(j, "Hostinfo", hostinfo(r->hi));
	if (r->ephemeral)
		json_object_set_new(j, "Ephemeral", json_true());
	json_object_set_new(j, "NodeKeySignature", json_null());
	return dump(j);
}

static json_t *map_base(const uint8_t node_pub[32], const uint8_t disco_pub[32],
			const struct cp_ts_hostinfo *hi, bool stream)
{
	json_t *j = json_object();

	json_object_set_new(j, "Version", json_integer(CP_TS_CAPVER));
	json_object_set_new(j, "Compress", json_string("zstd"));
	json_object_set_new(j, "KeepAlive", json_true());
	json_object_set_new(j, "NodeKey", keytext(TG_TS_KEY_NODE, node_pub));
	json_object_set_new(j, "DiscoKey", keytext(TG_TS_KEY_DISCO, disco_pub));
	json_object_set_new(j, "Stream", json_boolean(stream));
	json_object_set_new(j, "Hostinfo", hostinfo(hi));
	return j;
}

char *cp_ts_req_map_stream(const uint8_t node_pub[32], const uint8_t disco_pub[32],
			   const struct cp_ts_hostinfo *hi)
{
	return dump(map_base(node_pub, disco_pub, hi, true));
}

char *cp_ts_req_map_lite(const uint8_t node_pub[32], const uint8_t disco_pub[32],
			 const struct cp_ts_hostinfo *hi, const char *const *endpoints,
			 size_t n_endpoints)
{
	json_t *j = map_base(node_pub, disco_pub, hi, false);
	json_t *ep = json_array(), *ty = json_array();

	for (size_t i = 0; i < n_endpoints; i++) {
		json_array_append_new(ep, json_string(endpoints[i]));
		json_array_append_new(ty, json_integer(1)); /* local */
	}
	json_object_set_new(j, "Endpoints", ep);
	json_object_set_new(j, "EndpointTypes", ty);
	json_object_set_new(j, "OmitPeers", json_true());
	return dump(j);
}
