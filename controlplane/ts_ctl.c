/*
 * tailgatectl side of the Tailscale client: the ctl hook that extends
 * `status` with a "tailscale" object (login state, self node, peers with
 * endpoint, latest handshake and traffic from the WireGuard device) and
 * answers `logout`, `login` and `whois IP`; plus tailgatectl's printers
 * for them. cp side runs on the event-loop thread; printers in tailgatectl.
 */
#include "ts_client.h"

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ts_keys.h"
#include "ts_netmap.h"
#include "wg_device.h"

const struct cp_ts_netmap *cp_ts_client_netmap(const struct cp_ts_client *c);
struct cp_wg_device *cp_ts_client_device(const struct cp_ts_client *c);

static json_t *prefixes(const struct tg_cfg_prefix *p, uint32_t n)
{
	json_t *a = json_array();
	char ip[INET6_ADDRSTRLEN], t[INET6_ADDRSTRLEN + 8];

	for (uint32_t i = 0; i < n; i++) {
		if (!inet_ntop(p[i].family == 6 ? AF_INET6 : AF_INET, p[i].addr, ip, sizeof(ip)))
			continue;
		snprintf(t, sizeof(t), "%s/%u", ip, p[i].cidr);
		json_array_append_new(a, json_string(t));
	}
	return a;
}

static json_t *endpoint(const struct tg_endpoint *e)
{
	char ip[INET6_ADDRSTRLEN], t[INET6_ADDRSTRLEN + 10];

	if (e->family != 4 && e->family != 6)
		return json_null();
	inet_ntop(e->family == 6 ? AF_INET6 : AF_INET, e->addr, ip, sizeof(ip));
	snprintf(t, sizeof(t), e->family == 6 ? "[%s]:%u" : "%s:%u", ip, ntohs(e->port));
	return json_string(t);
}

static json_t *peer_json(const struct cp_ts_peer *p, struct cp_wg_device *d)
{
	char k[TG_TS_KEY_MAX_TEXT];
	json_t *j = json_object();

	json_object_set_new(j, "id", json_integer(p->id));
	json_object_set_new(j, "name", json_string(p->name));
	if (p->has_key) {
		tg_ts_key_format(TG_TS_KEY_NODE, p->key, k, sizeof(k));
		json_object_set_new(j, "node_key", json_string(k));
	} else {
		json_object_set_new(j, "node_key", json_null());
	}
	json_object_set_new(j, "addresses", prefixes(p->addrs, p->n_addrs));
	if (p->aips_explicit)
		json_object_set_new(j, "allowed_ips", prefixes(p->aips, p->n_aips));
	else
		json_object_set_new(j, "allowed_ips", prefixes(p->addrs, p->n_addrs));
	json_object_set_new(j, "expired", json_boolean(p->expired));
	if (!d)
		return j;
	bool in = p->has_key && cp_wg_device_peer_exists(d, p->key);
	json_object_set_new(j, "in_tables", json_boolean(in));
	if (!in)
		return j;
	size_t n = cp_wg_device_peer_count(d);
	struct cp_wg_peer_info info;
	for (size_t i = 0; i < n; i++) {
		if (cp_wg_device_peer_info(d, i, &info) < 0 || memcmp(info.public_key, p->key, 32))
			continue;
		json_object_set_new(j, "endpoint", endpoint(&info.endpoint));
		json_object_set_new(j, "last_handshake_unix",
				    json_integer((json_int_t)(info.last_handshake_wall_ns / 1000000000ULL)));
		json_object_set_new(j, "rx_bytes", json_integer((json_int_t)info.rx_bytes));
		json_object_set_new(j, "tx_bytes", json_integer((json_int_t)info.tx_bytes));
		break;
	}
	return j;
}

static json_t *full_status(const struct cp_ts_client *c)
{
	const struct cp_ts_netmap *nm = cp_ts_client_netmap(c);
	struct cp_wg_device *d = cp_ts_client_device(c);
	json_t *st = cp_ts_client_status_json(c), *peers = json_array();

	if (nm->have_self) {
		json_t *self = peer_json(&nm->self, NULL);
		json_object_del(self, "allowed_ips");
		json_object_set_new(st, "self", self);
	} else {
		json_object_set_new(st, "self", json_null());
	}
	for (size_t i = 0; i < nm->n_peers; i++)
		json_array_append_new(peers, peer_json(&nm->peers[i], d));
	json_object_set_new(st, "peers", peers);
	return st;
}

json_t *cp_ts_client_whois_json(const struct cp_ts_client *c, const char *ip, char *err,
				size_t errlen)
{
	uint8_t a[16];
	int fam;
	const struct cp_ts_peer *p;

	if (ip && inet_pton(AF_INET, ip, a) == 1) {
		fam = 4;
	} else if (ip && inet_pton(AF_INET6, ip, a) == 1) {
		fam = 6;
	} else {
		snprintf(err, errlen, "whois: not an IP address (got %.64s)", ip ? ip : "nothing");
		return NULL;
	}
	p = cp_ts_netmap_find_ip(cp_ts_client_netmap(c), fam, a);
	if (!p) {
		snprintf(err, errlen, "whois: no node in the netmap has address %s", ip);
		return NULL;
	}
	json_t *j = peer_json(p, cp_ts_client_device(c));
	json_object_set_new(j, "self", json_boolean(p == &cp_ts_client_netmap(c)->self));
	return j;
}

static char *reply(json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT);

	json_decref(j);
	return s;
}

static char *refuse(const char *msg)
{
	return reply(json_pack("{s:b,s:s}", "ok", 0, "error", msg));
}

char *cp_ts_client_ctl(void *ctx, const char *line, const char *base_reply)
{
	struct cp_ts_client *c = ctx;
	json_t *req = json_loads(line, 0, NULL);
	const char *cmd = json_string_value(json_object_get(req, "cmd"));
	char *out = NULL, err[256];

	if (!cmd) {
		json_decref(req);
		return NULL;
	}
	if (!strcmp(cmd, "status") && base_reply) {
		json_t *rep = json_loads(base_reply, 0, NULL);
		json_t *st = json_object_get(rep, "status");
		if (json_is_object(st)) {
			json_object_set_new(st, "tailscale", full_status(c));
			out = reply(rep);
		} else {
			json_decref(rep);
		}
	} else if (!strcmp(cmd, "logout")) {
		int rc = cp_ts_client_logout(c);
		out = rc < 0 ? refuse("already logged out or logging out")
			     : reply(json_pack("{s:b,s:{s:s}}", "ok", 1, "logout", "result",
					       "logout sent; see `tailgatectl status`"));
	} else if (!strcmp(cmd, "login")) {
		int rc = cp_ts_client_login(c);
		out = rc < 0 ? refuse("not logged out")
			     : reply(json_pack("{s:b,s:{s:s}}", "ok", 1, "login", "result",
					       "login started; see `tailgatectl status`"));
	} else if (!strcmp(cmd, "whois")) {
		json_t *w = cp_ts_client_whois_json(c, json_string_value(json_object_get(req, "ip")),
						    err, sizeof(err));
		out = w ? reply(json_pack("{s:b,s:o}", "ok", 1, "whois", w)) : refuse(err);
	}
	json_decref(req);
	return out;
}

/* ---- tailgatectl printers --------------------------------------------------- */

static void print_list(FILE *f, const json_t *a)
{
	size_t i;
	const json_t *v;

	if (!json_array_size(a)) {
		fputs("-", f);
		return;
	}
	json_array_foreach(a, i, v)
		fprintf(f, "%s%s", i ? "," : "", json_string_value(v) ? json_string_value(v) : "?");
}

static const char *str(const json_t *o, const char *k, const char *dflt)
{
	const char *s = json_string_value(json_object_get(o, k));

	return s ? s : dflt;
}

void cp_ts_print_status(FILE *f, const json_t *ts)
{
	const json_t *self = json_object_get(ts, "self"), *peers = json_object_get(ts, "peers"), *p;
	size_t i;

	fprintf(f, "\ntailscale:\n");
	fprintf(f, "  state:        %s\n", str(ts, "state", "?"));
	fprintf(f, "  server:       %s\n", str(ts, "server", "?"));
	fprintf(f, "  node key:     %s\n", str(ts, "node_key", "-"));
	fprintf(f, "  authorized:   %s\n",
		json_is_true(json_object_get(ts, "machine_authorized")) ? "yes" : "no");
	if (json_is_string(json_object_get(ts, "auth_url")))
		fprintf(f, "  login URL:    %s\n", str(ts, "auth_url", ""));
	if (json_is_string(json_object_get(ts, "last_error")))
		fprintf(f, "  last error:   %s\n", str(ts, "last_error", ""));
	fprintf(f, "  reconnects:   %" JSON_INTEGER_FORMAT "\n",
		json_integer_value(json_object_get(ts, "reconnects")));
	if (json_is_object(self)) {
		fprintf(f, "  self:         %s ", str(self, "name", "-"));
		print_list(f, json_object_get(self, "addresses"));
		fputc('\n', f);
	}
	fprintf(f, "  peers:        %zu\n", json_array_size(peers));
	if (!json_array_size(peers))
		return;
	fprintf(f, "  %-6s %-28s %-34s %-22s %-10s %-12s %s\n", "ID", "NAME", "ADDRESSES",
		"ENDPOINT", "HANDSHAKE", "RX/TX", "ALLOWED IPS");
	json_array_foreach(peers, i, p) {
		json_int_t hs = json_integer_value(json_object_get(p, "last_handshake_unix"));
		char hsb[24], rxtx[48], addrs[256] = "";
		size_t j;
		const json_t *v;

		json_array_foreach(json_object_get(p, "addresses"), j, v)
			snprintf(addrs + strlen(addrs), sizeof(addrs) - strlen(addrs), "%s%s",
				 j ? "," : "", json_string_value(v) ? json_string_value(v) : "?");
		if (hs > 0)
			snprintf(hsb, sizeof(hsb), "%" JSON_INTEGER_FORMAT, hs);
		else
			snprintf(hsb, sizeof(hsb), "%s",
				 json_is_true(json_object_get(p, "in_tables")) ? "never" : "(not in tables)");
		snprintf(rxtx, sizeof(rxtx), "%" JSON_INTEGER_FORMAT "/%" JSON_INTEGER_FORMAT,
			 json_integer_value(json_object_get(p, "rx_bytes")),
			 json_integer_value(json_object_get(p, "tx_bytes")));
		fprintf(f, "  %-6" JSON_INTEGER_FORMAT " %-28s %-34s %-22s %-10s %-12s ",
			json_integer_value(json_object_get(p, "id")), str(p, "name", "-"),
			addrs[0] ? addrs : "-", str(p, "endpoint", "-"), hsb, rxtx);
		print_list(f, json_object_get(p, "allowed_ips"));
		fputc('\n', f);
	}
}

void cp_ts_print_whois(FILE *f, const json_t *w)
{
	fprintf(f, "node:       %s%s\n", str(w, "name", "-"),
		json_is_true(json_object_get(w, "self")) ? " (this node)" : "");
	fprintf(f, "id:         %" JSON_INTEGER_FORMAT "\n", json_integer_value(json_object_get(w, "id")));
	fprintf(f, "node key:   %s\n", str(w, "node_key", "-"));
	fprintf(f, "addresses:  ");
	print_list(f, json_object_get(w, "addresses"));
	fprintf(f, "\nallowed:    ");
	print_list(f, json_object_get(w, "allowed_ips"));
	fprintf(f, "\nendpoint:   %s\n", str(w, "endpoint", "-"));
}
