/*
 * Tailscale control client state machine on the cp event loop (see
 * ts_client.h; protocol/control.md §0 sequence). One attempt:
 *   KEY:   TCP, "GET /key?v=145", read to EOF, publicKey (mkey:) parsed;
 *   NOISE: TCP, ts_conn (POST /ts2021 upgrade + Noise + HTTP/2), then
 *          register -> lite map update -> streaming map poll.
 * ts_conn callbacks run inside cp_ts_conn_recv(), so they only record what
 * happened; after_io() acts on it (new requests, teardown) once recv has
 * returned. Map bodies go through ts_mapstream.c (framing cap 16 MiB,
 * zstd output cap 16 MiB, jansson, ts_netmap.c).
 * Event-loop thread only.
 */
#include "ts_client.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cp_log.h"
#include "crypto.h"
#include "netcfg.h"
#include "ts_conn.h"
#include "ts_filter.h"
#include "ts_frame.h"
#include "ts_keys.h"
#include "ts_mapstream.h"
#include "ts_netmap.h"
#include "ts_req.h"
#include "ts_tls.h"
#include "ts_zstd.h"
#include "wg_device.h"

#define KEY_REPLY_MAX (64 * 1024)
#define BODY_MAX (64 * 1024)
#define TICK_MS 250

enum phase { P_IDLE, P_KEY, P_NOISE, P_LOGGED_OUT };

struct body {
	int32_t stream;
	int status;
	bool done;
	uint32_t code;
	char *buf;
	size_t len;
};

struct cp_ts_client {
	struct cp_ts_client_params p;
	struct cp_ts_state st;
	char host[256];
	char port[8];
	bool use_tls;
	struct cp_ts_tls *tls;      /* https:// only */
	struct evbuffer *keybuf;    /* GET /key reply (plaintext) */
	struct evbuffer *plain_out; /* plaintext waiting for the TLS handshake */
	char auth_key[512];
	char hostname[64];
	char blid[33];
	const char *tags[TG_CFG_MAX_TAGS];
	struct cp_ts_hostinfo hi;
	uint8_t disco_priv[32], disco_pub[32];

	struct evdns_base *dns;
	struct event *tick;
	enum phase phase;
	struct bufferevent *bev;
	uint64_t deadline_ns, next_attempt_ns, last_rx_ns;
	uint32_t backoff_ms;
	uint32_t attempts, reconnects;

	uint8_t control_pub[32];
	struct cp_ts_conn *conn;
	struct body reg, lite, map, logout;
	struct cp_ts_mapstream ms;
	bool map_streaming, regen_done;
	char fail_reason[384];

	const char *state;        /* "connecting", "running", ... */
	char last_error[512];
	char auth_url[512];
	bool pending_logout, logging_out, orphans_retired;
	struct cp_ts_netmap nm;
	struct cp_ts_filter filter;
};

static uint64_t mono(const struct cp_ts_client *c)
{
	return c->p.clock.mono_ns(c->p.clock.ctx);
}

static int64_t wall_s(const struct cp_ts_client *c)
{
	return (int64_t)(c->p.clock.wall_ns(c->p.clock.ctx) / 1000000000ULL);
}

static void body_reset(struct body *b)
{
	free(b->buf);
	memset(b, 0, sizeof(*b));
	b->stream = -1;
}

static void node_pub(const struct cp_ts_client *c, uint8_t pub[32])
{
	tg_x25519_public(pub, c->st.node_priv);
}

static void save_state(struct cp_ts_client *c)
{
	char err[256];

	if (cp_ts_state_save(c->p.cfg->control.state_dir, &c->st, err, sizeof(err)) < 0)
		cp_log_err("control: cannot save the node state: %s", err);
}

static int filter_msg(void *arg, const json_t *msg, char *err, size_t errlen)
{
	struct cp_ts_client *c = arg;

	return cp_ts_filter_msg(&c->filter, msg, err, errlen);
}

/* A fresh decoder for the next map stream. */
static void ms_reset(struct cp_ts_client *c)
{
	cp_ts_mapstream_free(&c->ms);
	cp_ts_mapstream_init(&c->ms, &c->nm, CP_TS_MAP_FRAME_CAP, CP_TS_ZSTD_DEFAULT_CAP);
	c->ms.on_msg = filter_msg;
	c->ms.on_msg_arg = c;
}

/* ---- connection teardown and backoff ----------------------------------- */

static void teardown(struct cp_ts_client *c)
{
	if (c->bev) {
		bufferevent_free(c->bev);
		c->bev = NULL;
	}
	cp_ts_tls_free(c->tls);
	c->tls = NULL;
	if (c->keybuf)
		evbuffer_drain(c->keybuf, evbuffer_get_length(c->keybuf));
	if (c->plain_out)
		evbuffer_drain(c->plain_out, evbuffer_get_length(c->plain_out));
	if (c->conn) {
		cp_ts_conn_free(c->conn);
		c->conn = NULL;
	}
	body_reset(&c->reg);
	body_reset(&c->lite);
	body_reset(&c->map);
	body_reset(&c->logout);
	ms_reset(c);
	c->map_streaming = false;
	c->fail_reason[0] = '\0';
}

static void schedule_retry(struct cp_ts_client *c)
{
	uint32_t r, ms = c->backoff_ms ? c->backoff_ms : CP_TS_BACKOFF_MIN_MS;

	/* Jitter: 75%..125% of the current step. */
	tg_random(&r, sizeof(r));
	uint64_t jittered = (uint64_t)ms * (750 + r % 501) / 1000;
	c->next_attempt_ns = mono(c) + jittered * 1000000ULL;
	c->backoff_ms = ms * 2 > CP_TS_BACKOFF_MAX_MS ? CP_TS_BACKOFF_MAX_MS : ms * 2;
	cp_log_info("control: reconnecting in %.1f s", (double)jittered / 1000.0);
}

static void fail(struct cp_ts_client *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void fail(struct cp_ts_client *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->last_error, sizeof(c->last_error), fmt, ap);
	va_end(ap);
	cp_log_warn("control: %s", c->last_error);
	teardown(c);
	c->reconnects++;
	if (c->phase != P_LOGGED_OUT) {
		c->phase = P_IDLE;
		if (strcmp(c->state, "needs-login") && strcmp(c->state, "error"))
			c->state = "connecting";
		schedule_retry(c);
	}
}

/* ---- netmap -> tables ---------------------------------------------------- */

/* The published rules, in rule-id order (the named lists concatenated in
 * key order, as cp_filter_state_rules compiles them), for tailgatectl. */
static void update_filter_view(struct cp_ts_client *c)
{
	struct cp_filter_static *v = c->p.filter_view;
	json_t *all;

	if (!v || !(all = json_array()))
		return;
	for (size_t i = 0; i < c->filter.st.n; i++)
		json_array_extend(all, c->filter.st.v[i].rules);
	json_decref(v->rules);
	v->rules = all;
	v->serial = c->filter.serial;
	snprintf(v->path, sizeof(v->path), "netmap (control server)");
}

static void publish_filter(struct cp_ts_client *c)
{
	char err[512];

	if (!c->filter.dirty)
		return;
	int rc = cp_ts_filter_publish(&c->filter, c->p.region, c->p.cfg, &c->nm, err, sizeof(err));
	if (rc < 0)
		cp_log_warn("control: packet filter not published (retried): %s", err);
	else if (!c->filter.dirty) {
		cp_log_info("control: packet filter published (serial %u)%s%s", c->filter.serial,
			    err[0] ? ": " : "", err);
		update_filter_view(c);
	}
}

static void publish_local(struct cp_ts_client *c)
{
	if (!c->nm.self_dirty || !c->p.region)
		return;
	/* Our addresses are local nets of the filter: recompile it first,
	 * then switch the netcfg. */
	c->filter.dirty = true;
	publish_filter(c);
	struct tg_netcfg *n = tg_netcfg_stage(c->p.region);
	if (!n)
		return; /* a worker still reads the old copy: retried by the tick */
	/* The staged copy starts as the active one (listen port set over
	 * UAPI, flags): only the local addresses change. */
	cp_ts_netmap_fill_local(&c->nm, n);
	if (tg_netcfg_commit(c->p.region, CP_NETCFG_SYNC_NS) == 0) {
		c->nm.self_dirty = false;
		cp_log_info("control: %u local address(es) published", n->n_local);
	}
}

static void sync_tables(struct cp_ts_client *c)
{
	char err[256];

	if (c->nm.dirty) {
		int rc = cp_ts_netmap_sync(&c->nm, c->p.dev, c->p.region, err, sizeof(err));
		if (rc < 0)
			cp_log_warn("control: netmap applied partly: %s", err);
		if (!c->orphans_retired) {
			/* The first netmap is in: region peers nobody adopted go. */
			int n = cp_wg_device_retire_orphans(c->p.dev);
			if (n > 0)
				cp_log_info("control: retired %d region peer(s) the netmap does not name", n);
			c->orphans_retired = true;
		}
	}
	publish_filter(c);
	publish_local(c);
}

static void after_map_messages(struct cp_ts_client *c, bool was_first)
{
	if (was_first) {
		c->backoff_ms = 0; /* a working session resets the backoff */
		c->state = c->nm.machine_authorized ? "running" : "needs-machine-auth";
		c->last_error[0] = '\0';
		cp_log_info("control: netmap received: %zu peer(s)%s", c->nm.n_peers,
			    c->nm.machine_authorized ? "" : ", machine not authorized yet");
	}
	if (c->nm.dropped_over_cap)
		cp_log_warn("control: %zu peer(s) over tables.max_peers=%zu not installed",
			    c->nm.dropped_over_cap, c->nm.max_peers);
	sync_tables(c);
}

/* ---- ts_conn callbacks (inside cp_ts_conn_recv: record only) ------------- */

static struct body *body_of(struct cp_ts_client *c, int32_t s)
{
	struct body *all[] = { &c->reg, &c->lite, &c->map, &c->logout };

	for (size_t i = 0; i < 4; i++)
		if (all[i]->stream == s && s > 0)
			return all[i];
	return NULL;
}

static void cb_early(void *arg, const uint8_t *json, size_t len)
{
	(void)arg, (void)json, (void)len; /* EarlyNoise: challenge unused so far */
}

static void cb_status(void *arg, int32_t s, int status)
{
	struct body *b = body_of(arg, s);

	if (b)
		b->status = status;
}

static void cb_data(void *arg, int32_t s, const uint8_t *d, size_t len)
{
	struct cp_ts_client *c = arg;
	struct body *b = body_of(c, s);

	if (!b)
		return;
	c->last_rx_ns = mono(c);
	if (b == &c->map && b->status == 200) {
		bool was_first = c->ms.first;
		int rc;

		if (c->fail_reason[0])
			return;
		rc = cp_ts_mapstream_feed(&c->ms, d, len, wall_s(c), c->fail_reason,
					  sizeof(c->fail_reason));
		if (rc > 0)
			after_map_messages(c, was_first);
		else if (rc < 0 && !c->fail_reason[0])
			snprintf(c->fail_reason, sizeof(c->fail_reason), "map stream failed");
		return;
	}
	if (b->len + len > BODY_MAX) {
		snprintf(c->fail_reason, sizeof(c->fail_reason),
			 "response body over %d bytes", BODY_MAX);
		return;
	}
	char *nb = realloc(b->buf, b->len + len + 1);
	if (!nb) {
		snprintf(c->fail_reason, sizeof(c->fail_reason), "out of memory");
		return;
	}
	b->buf = nb;
	memcpy(b->buf + b->len, d, len);
	b->len += len;
	b->buf[b->len] = '\0';
}

static void cb_close(void *arg, int32_t s, uint32_t code)
{
	struct body *b = body_of(arg, s);

	if (b) {
		b->done = true;
		b->code = code;
	}
}

/* ---- requests -------------------------------------------------------------- */

static int32_t post(struct cp_ts_client *c, const char *path, char *json)
{
	int32_t id;

	if (!json)
		return -ENOMEM;
	id = cp_ts_conn_request(c->conn, "POST", path, (const uint8_t *)json, strlen(json));
	tg_wipe(json, strlen(json)); /* a register body holds the auth key */
	free(json);
	return id;
}

static int send_register(struct cp_ts_client *c, struct body *b, const char *expiry)
{
	uint8_t pub[32], old[32];
	struct cp_ts_register r = {
		.node_pub = pub, .auth_key = c->auth_key, .expiry = expiry,
		.followup = c->auth_url[0] && !expiry ? c->auth_url : NULL,
		.ephemeral = c->p.cfg->control.ephemeral, .hi = &c->hi,
	};

	node_pub(c, pub);
	if (c->st.has_old_node) {
		tg_x25519_public(old, c->st.old_node_priv);
		r.old_node_pub = old;
	}
	body_reset(b);
	b->stream = post(c, "/machine/register", cp_ts_req_register(&r));
	return b->stream < 0 ? b->stream : 0;
}

static void endpoint_text(const struct cp_ts_client *c, char *out, size_t cap)
{
	const struct tg_config *cfg = c->p.cfg;
	uint32_t a = cfg->wireguard.listen_addr4 ? cfg->wireguard.listen_addr4 : cfg->egress.addr4;
	uint16_t port = cp_wg_device_listen_port(c->p.dev);
	char ip[INET_ADDRSTRLEN];

	out[0] = '\0';
	if (!a || !port || !inet_ntop(AF_INET, &a, ip, sizeof(ip)))
		return;
	snprintf(out, cap, "%s:%u", ip, port);
}

static int start_map(struct cp_ts_client *c)
{
	uint8_t pub[32];
	char ep[64];
	const char *eps[1] = { ep };

	node_pub(c, pub);
	endpoint_text(c, ep, sizeof(ep));
	body_reset(&c->lite);
	/* Named packet filters belong to one map session (as in Go); the
	 * published filter stays until the new session's first message. */
	uint32_t serial = c->filter.serial;
	cp_ts_filter_free(&c->filter);
	cp_ts_filter_init(&c->filter);
	c->filter.serial = serial;
	c->lite.stream = post(c, "/machine/map",
			      cp_ts_req_map_lite(pub, c->disco_pub, &c->hi, eps, ep[0] ? 1 : 0));
	body_reset(&c->map);
	c->map.stream = post(c, "/machine/map", cp_ts_req_map_stream(pub, c->disco_pub, &c->hi));
	if (c->lite.stream < 0 || c->map.stream < 0)
		return -EIO;
	ms_reset(c);
	c->map_streaming = true;
	c->last_rx_ns = mono(c);
	/* The model and the tables stay as they are until the new stream's
	 * first (full) netmap replaces them: sessions survive a reconnect. */
	return 0;
}

/* ---- register / logout results -------------------------------------------- */

static void finish_logout(struct cp_ts_client *c)
{
	cp_log_info("control: logged out; peers and local addresses removed "
		    "(`tailgatectl login` logs in again)");
	c->phase = P_LOGGED_OUT;
	c->state = "logged-out";
	c->logging_out = c->pending_logout = false;
	teardown(c);
	cp_ts_netmap_reset(&c->nm);
	c->nm.have_self = false;
	c->nm.self_dirty = true;
	sync_tables(c);
	/* Like the Go client, forget the node key: the next login is a new node. */
	cp_ts_state_rotate_node(&c->st);
	c->st.has_old_node = false;
	c->st.logged_out = true;
	save_state(c);
	cp_wg_device_set_private_key(c->p.dev, c->st.node_priv);
}

static void on_register(struct cp_ts_client *c)
{
	struct body *b = &c->reg;
	json_error_t je;
	json_t *j;

	if (b->status != 200) {
		fail(c, "register: HTTP %d: %.200s", b->status, b->buf ? b->buf : "");
		return;
	}
	j = b->buf ? json_loads(b->buf, 0, &je) : NULL;
	if (!json_is_object(j)) {
		json_decref(j);
		fail(c, "register: response is not a JSON object: %.200s", b->buf ? b->buf : "");
		return;
	}
	const char *e = json_string_value(json_object_get(j, "Error"));
	const char *url = json_string_value(json_object_get(j, "AuthURL"));
	bool expired = json_is_true(json_object_get(j, "NodeKeyExpired"));
	bool authorized = json_is_true(json_object_get(j, "MachineAuthorized"));
	if (e && e[0]) {
		c->state = "error";
		fail(c, "register refused by the server: %.200s", e);
	} else if (expired) {
		if (c->regen_done) {
			fail(c, "register: the new node key is reported expired too");
		} else {
			cp_log_info("control: node key expired; registering a new one");
			c->regen_done = true;
			cp_ts_state_rotate_node(&c->st);
			save_state(c);
			if (send_register(c, &c->reg, NULL) < 0)
				fail(c, "register: cannot submit the request");
		}
	} else if (url && url[0]) {
		snprintf(c->auth_url, sizeof(c->auth_url), "%s", url);
		c->state = "needs-login";
		cp_log_warn("control: login required: visit %s (or set control.auth_key_file)", url);
		fail(c, "waiting for interactive login");
	} else {
		c->auth_url[0] = '\0';
		uint8_t cur[32];
		bool has = cp_wg_device_get_private_key(c->p.dev, cur);
		if (!has || !tg_ct_eq(cur, c->st.node_priv, 32))
			cp_wg_device_set_private_key(c->p.dev, c->st.node_priv);
		tg_wipe(cur, sizeof(cur));
		if (c->st.has_old_node) {
			c->st.has_old_node = false;
			tg_wipe(c->st.old_node_priv, 32);
			save_state(c);
		}
		uint8_t pub[32];
		char nk[TG_TS_KEY_MAX_TEXT];
		node_pub(c, pub);
		tg_ts_key_format(TG_TS_KEY_NODE, pub, nk, sizeof(nk));
		cp_log_info("control: registered as %s%s", nk,
			    authorized ? "" : " (machine awaits approval by an admin)");
		c->state = authorized ? "starting-map" : "needs-machine-auth";
		body_reset(&c->reg);
		if (start_map(c) < 0)
			fail(c, "map: cannot submit the requests");
	}
	json_decref(j);
}

static void parse_key_reply(struct cp_ts_client *c);
static void start_noise(struct cp_ts_client *c);

/* Ciphertext the TLS engine has for the socket; pending plaintext first. */
static int tls_pump(struct cp_ts_client *c)
{
	uint8_t buf[16384];
	char err[256];
	size_t n;

	while (c->tls && evbuffer_get_length(c->plain_out)) {
		size_t len = evbuffer_get_length(c->plain_out);
		if (len > sizeof(buf))
			len = sizeof(buf);
		int rc = cp_ts_tls_write(c->tls, evbuffer_pullup(c->plain_out, (ssize_t)len), len,
					 err, sizeof(err));
		if (rc < 0) {
			fail(c, "%s (server %s:%s)", err, c->host, c->port);
			return -1;
		}
		if (rc == 0)
			break;
		evbuffer_drain(c->plain_out, (size_t)rc);
	}
	while (c->tls && c->bev && (n = cp_ts_tls_take(c->tls, buf, sizeof(buf))) > 0)
		bufferevent_write(c->bev, buf, n);
	return 0;
}

/* Plaintext to the server, through TLS when the URL is https://. */
static int xmit(struct cp_ts_client *c, const void *data, size_t n)
{
	if (!c->bev)
		return -1;
	if (!c->tls)
		return bufferevent_write(c->bev, data, n);
	if (evbuffer_add(c->plain_out, data, n) < 0)
		return -1;
	return tls_pump(c);
}

static void flush(struct cp_ts_client *c)
{
	const uint8_t *out;
	size_t n;

	while (c->conn && c->bev && (n = cp_ts_conn_output(c->conn, &out)) > 0) {
		if (xmit(c, out, n) < 0) {
			if (!c->conn)
				return; /* xmit failed the attempt already */
			fail(c, "cannot queue %zu bytes to the server", n);
			return;
		}
		cp_ts_conn_consumed(c->conn, n);
	}
}

static void after_io(struct cp_ts_client *c)
{
	if (!c->conn)
		return;
	if (cp_ts_conn_is_dead(c->conn)) {
		fail(c, "control connection failed: %s", cp_ts_conn_error(c->conn));
		return;
	}
	if (c->fail_reason[0]) {
		char why[384];
		snprintf(why, sizeof(why), "%s", c->fail_reason);
		fail(c, "%s", why);
		return;
	}
	if (c->logout.stream > 0 && c->logout.done) {
		if (c->logout.status != 200) {
			fail(c, "logout: HTTP %d: %.200s", c->logout.status,
			     c->logout.buf ? c->logout.buf : "");
			return;
		}
		finish_logout(c);
		return;
	}
	if (c->logging_out)
		goto out; /* the server ends the map stream on logout */
	if (c->reg.stream > 0 && c->reg.done) {
		on_register(c);
		if (!c->conn)
			return;
	}
	if (c->lite.stream > 0 && c->lite.done) {
		if (c->lite.status != 200)
			cp_log_warn("control: Hostinfo/endpoint update: HTTP %d: %.200s",
				    c->lite.status, c->lite.buf ? c->lite.buf : "");
		body_reset(&c->lite);
	}
	if (c->map.stream > 0 && c->map.done) {
		if (c->map.status != 200)
			fail(c, "map poll: HTTP %d: %.200s", c->map.status,
			     c->map.buf ? c->map.buf : "");
		else
			fail(c, "map stream ended by the server (code %u)", c->map.code);
		return;
	}
out:
	flush(c);
}

/* ---- sockets ----------------------------------------------------------------- */


/* Plaintext from the server. */
static void deliver(struct cp_ts_client *c, const uint8_t *buf, size_t n)
{
	c->last_rx_ns = mono(c); /* any byte from the server feeds the watchdog */
	if (c->phase == P_KEY) {
		if (evbuffer_get_length(c->keybuf) + n > KEY_REPLY_MAX)
			fail(c, "GET /key: reply over %d bytes", KEY_REPLY_MAX);
		else
			evbuffer_add(c->keybuf, buf, n);
		return;
	}
	if (!c->conn)
		return;
	(void)cp_ts_conn_recv(c->conn, buf, n);
	after_io(c);
}

static void on_read(struct bufferevent *bev, void *arg)
{
	struct cp_ts_client *c = arg;
	struct evbuffer *in = bufferevent_get_input(bev);
	uint8_t buf[16384];
	char err[256];
	int n;

	while (c->bev == bev && evbuffer_get_length(in)) {
		n = evbuffer_remove(in, buf, sizeof(buf));
		if (n <= 0)
			break;
		if (!c->tls) {
			deliver(c, buf, (size_t)n);
			continue;
		}
		if (cp_ts_tls_feed(c->tls, buf, (size_t)n) < 0) {
			fail(c, "TLS: out of memory");
			return;
		}
		while (c->tls && (n = cp_ts_tls_read(c->tls, buf, sizeof(buf), err, sizeof(err))) > 0)
			deliver(c, buf, (size_t)n);
		if (n < 0 && c->tls) {
			if (n == -ECONNRESET && c->phase == P_KEY) {
				parse_key_reply(c);
				return;
			}
			fail(c, "%s (server %s:%s)", err, c->host, c->port);
			return;
		}
		if (c->tls && tls_pump(c) < 0)
			return;
	}
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
	struct cp_ts_client *c = arg;

	(void)bev;
	if (what & BEV_EVENT_CONNECTED) {
		if (c->phase == P_NOISE)
			flush(c);
		return;
	}
	if (c->phase == P_KEY && (what & BEV_EVENT_EOF)) {
		parse_key_reply(c);
		return;
	}
	if (what & BEV_EVENT_ERROR) {
		int e = EVUTIL_SOCKET_ERROR();
		int dnserr = bufferevent_socket_get_dns_error(bev);
		fail(c, "connection to %s:%s failed: %s", c->host, c->port,
		     dnserr ? evutil_gai_strerror(dnserr) : evutil_socket_error_to_string(e));
		return;
	}
	if (what & BEV_EVENT_EOF)
		fail(c, "server %s:%s closed the connection%s%s", c->host, c->port,
		     c->conn && cp_ts_conn_is_dead(c->conn) ? ": " : "",
		     c->conn && cp_ts_conn_is_dead(c->conn) ? cp_ts_conn_error(c->conn) : "");
}

static int dial(struct cp_ts_client *c)
{
	c->bev = bufferevent_socket_new(c->p.base, -1, BEV_OPT_CLOSE_ON_FREE);
	if (!c->bev)
		return -ENOMEM;
	bufferevent_setcb(c->bev, on_read, NULL, on_event, c);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
	if (bufferevent_socket_connect_hostname(c->bev, c->dns, AF_UNSPEC, c->host,
						atoi(c->port)) < 0)
		return -EIO;
	if (c->use_tls) {
		char err[256];
		if (cp_ts_tls_new(&c->tls, c->host, err, sizeof(err)) < 0 ||
		    cp_ts_tls_start(c->tls, err, sizeof(err)) < 0) {
			cp_log_warn("control: %s", err);
			return -EPROTO;
		}
		if (tls_pump(c) < 0)
			return -EPROTO;
	}
	c->deadline_ns = mono(c) + CP_TS_CONNECT_TIMEOUT_NS;
	return 0;
}

static void start_attempt(struct cp_ts_client *c)
{
	char req[256];

	c->attempts++;
	c->phase = P_KEY;
	if (!strcmp(c->state, "starting"))
		c->state = "connecting";
	if (dial(c) < 0) {
		fail(c, "cannot start a connection to %s:%s", c->host, c->port);
		return;
	}
	int n = snprintf(req, sizeof(req), "GET /key?v=%d HTTP/1.1\r\nHost: %s\r\n"
			 "User-Agent: tailgate\r\nConnection: close\r\n\r\n", CP_TS_CAPVER, c->host);
	xmit(c, req, (size_t)n);
}

static void parse_key_reply(struct cp_ts_client *c)
{
	struct evbuffer *in = c->keybuf;
	size_t len = evbuffer_get_length(in);
	char *buf = malloc(len + 1), *body;
	json_t *j = NULL;
	const char *k;

	if (!buf) {
		fail(c, "GET /key: out of memory");
		return;
	}
	evbuffer_remove(in, buf, len);
	buf[len] = '\0';
	body = strstr(buf, "\r\n\r\n");
	if (len < 12 || strncmp(buf, "HTTP/1.", 7) || strncmp(buf + 8, " 200", 4) || !body) {
		fail(c, "GET /key: unexpected reply: %.80s", buf);
		free(buf);
		return;
	}
	j = json_loads(body + 4, JSON_DISABLE_EOF_CHECK, NULL);
	k = json_string_value(json_object_get(j, "publicKey"));
	if (!k || tg_ts_key_parse(TG_TS_KEY_MACHINE, k, strlen(k), c->control_pub) != 0) {
		fail(c, "GET /key: no valid publicKey in %.120s", body + 4);
		json_decref(j);
		free(buf);
		return;
	}
	json_decref(j);
	free(buf);
	bufferevent_free(c->bev);
	c->bev = NULL;
	cp_ts_tls_free(c->tls);
	c->tls = NULL;
	start_noise(c);
}

static void start_noise(struct cp_ts_client *c)
{
	uint8_t eph[32];
	struct cp_ts_conn_params prm = {
		.version = CP_TS_CAPVER, .machine_priv = c->st.machine_priv,
		.control_pub = c->control_pub, .e_priv = eph, .host = c->host,
	};
	struct cp_ts_conn_cbs cbs = { cb_early, cb_status, cb_data, cb_close };
	int rc;

	c->phase = P_NOISE;
	c->regen_done = false;
	tg_random(eph, sizeof(eph));
	rc = cp_ts_conn_new(&c->conn, &prm, &cbs, c);
	tg_wipe(eph, sizeof(eph));
	if (rc < 0) {
		fail(c, "ts2021 connection setup failed: %s", strerror(-rc));
		return;
	}
	if (dial(c) < 0) {
		fail(c, "cannot start a connection to %s:%s", c->host, c->port);
		return;
	}
	if (c->pending_logout) {
		c->logging_out = true;
		rc = send_register(c, &c->logout, CP_TS_LOGOUT_TIME);
	} else {
		c->state = strcmp(c->state, "needs-login") ? "registering" : c->state;
		rc = send_register(c, &c->reg, NULL);
	}
	if (rc < 0)
		fail(c, "register: cannot submit the request");
	else
		flush(c);
}

/* ---- timer ------------------------------------------------------------------- */

static void on_tick(evutil_socket_t fd, short ev, void *arg)
{
	struct cp_ts_client *c = arg;
	uint64_t now = mono(c);

	(void)fd, (void)ev;
	switch (c->phase) {
	case P_IDLE:
		if (now >= c->next_attempt_ns)
			start_attempt(c);
		break;
	case P_KEY:
		if (now > c->deadline_ns)
			fail(c, "GET /key from %s:%s: no answer in 30 s", c->host, c->port);
		break;
	case P_NOISE:
		if (!cp_ts_conn_is_up(c->conn) && now > c->deadline_ns)
			fail(c, "ts2021 handshake with %s:%s: no answer in 30 s", c->host, c->port);
		else if (c->map_streaming && now - c->last_rx_ns > CP_TS_WATCHDOG_NS)
			fail(c, "map poll silent for 120 s; restarting it");
		break;
	case P_LOGGED_OUT:
		break;
	}
	if (cp_ts_netmap_expire(&c->nm, wall_s(c)))
		cp_log_info("control: a peer's node key expired; removed from the tables");
	if ((c->nm.dirty && !c->ms.first) || c->nm.self_dirty || c->filter.dirty)
		sync_tables(c);
}

/* ---- setup ------------------------------------------------------------------- */

static int parse_url(struct cp_ts_client *c, const char *url, char *err, size_t errlen)
{
	const char *h;
	size_t hl;

	if (!strncmp(url, "https://", 8)) {
		c->use_tls = true;
		h = url + 8;
	} else if (!strncmp(url, "http://", 7)) {
		h = url + 7;
	} else {
		snprintf(err, errlen, "control.server_url must start with https:// or http:// "
			 "(got %s)", url);
		return -EINVAL;
	}
	hl = strcspn(h, "/");
	if (!hl || hl >= sizeof(c->host)) {
		snprintf(err, errlen, "control.server_url: bad host (got %s)", url);
		return -EINVAL;
	}
	memcpy(c->host, h, hl);
	c->host[hl] = '\0';
	strcpy(c->port, c->use_tls ? "443" : "80");
	char *colon = strrchr(c->host, ':');
	char *rb = strrchr(c->host, ']');
	if (colon && (!rb || colon > rb)) {
		*colon = '\0';
		long p = strtol(colon + 1, NULL, 10);
		if (p < 1 || p > 65535) {
			snprintf(err, errlen, "control.server_url: bad port (got %s)", url);
			return -EINVAL;
		}
		snprintf(c->port, sizeof(c->port), "%ld", p);
	}
	if (c->host[0] == '[') { /* [v6] */
		size_t l = strlen(c->host);
		if (l < 3 || c->host[l - 1] != ']') {
			snprintf(err, errlen, "control.server_url: bad IPv6 host (got %s)", url);
			return -EINVAL;
		}
		memmove(c->host, c->host + 1, l - 2);
		c->host[l - 2] = '\0';
	}
	return 0;
}

static int read_auth_key(struct cp_ts_client *c, const char *path, char *err, size_t errlen)
{
	int fd;
	ssize_t n;

	if (!path[0])
		return 0;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "control.auth_key_file %s: %s", path, strerror(errno));
		return -errno;
	}
	n = read(fd, c->auth_key, sizeof(c->auth_key) - 1);
	close(fd);
	if (n < 0) {
		snprintf(err, errlen, "control.auth_key_file %s: %s", path, strerror(errno));
		return -EIO;
	}
	c->auth_key[n] = '\0';
	while (n > 0 && (c->auth_key[n - 1] == '\n' || c->auth_key[n - 1] == '\r' ||
			 c->auth_key[n - 1] == ' ' || c->auth_key[n - 1] == '\t'))
		c->auth_key[--n] = '\0';
	if (!n || strpbrk(c->auth_key, "\r\n\"\\")) {
		tg_wipe(c->auth_key, sizeof(c->auth_key));
		snprintf(err, errlen, "control.auth_key_file %s: empty or not one line", path);
		return -EINVAL;
	}
	return 0;
}

int cp_ts_client_new(struct cp_ts_client **out, const struct cp_ts_client_params *p,
		     char *err, size_t errlen)
{
	struct cp_ts_client *c = calloc(1, sizeof(*c));
	const struct tg_config *cfg = p->cfg;
	uint8_t mpub[32];
	int rc;

	if (!c)
		return -ENOMEM;
	c->p = *p;
	c->st = *p->state;
	body_reset(&c->reg);
	body_reset(&c->lite);
	body_reset(&c->map);
	body_reset(&c->logout);
	cp_ts_netmap_init(&c->nm, cfg->tables.max_peers);
	cp_ts_filter_init(&c->filter);
	cp_ts_mapstream_init(&c->ms, &c->nm, CP_TS_MAP_FRAME_CAP, CP_TS_ZSTD_DEFAULT_CAP);
	c->keybuf = evbuffer_new();
	c->plain_out = evbuffer_new();
	if (!c->keybuf || !c->plain_out) {
		cp_ts_client_free(c);
		return -ENOMEM;
	}
	rc = parse_url(c, cfg->control.server_url, err, errlen);
	if (!rc)
		rc = read_auth_key(c, cfg->control.auth_key_file, err, errlen);
	if (rc < 0) {
		cp_ts_client_free(c);
		return rc;
	}
	if (cfg->control.hostname[0])
		snprintf(c->hostname, sizeof(c->hostname), "%s", cfg->control.hostname);
	else if (gethostname(c->hostname, sizeof(c->hostname) - 1) < 0)
		strcpy(c->hostname, "tailgate");
	tg_x25519_public(mpub, c->st.machine_priv);
	for (int i = 0; i < 16; i++)
		snprintf(c->blid + 2 * i, 3, "%02x", mpub[i]);
	for (uint32_t i = 0; i < cfg->control.n_tags; i++)
		c->tags[i] = cfg->control.tags[i];
	c->hi = (struct cp_ts_hostinfo){ c->hostname, c->blid, c->tags, cfg->control.n_tags };
	tg_x25519_generate(c->disco_priv, c->disco_pub);
	c->dns = evdns_base_new(p->base, EVDNS_BASE_INITIALIZE_NAMESERVERS);
	if (!c->dns)
		c->dns = evdns_base_new(p->base, 0); /* numeric hosts still work */
	uint32_t tick_ms = p->tick_ms ? p->tick_ms : TICK_MS;
	struct timeval tv = { tick_ms / 1000, (suseconds_t)(tick_ms % 1000) * 1000 };
	c->tick = event_new(p->base, -1, EV_PERSIST, on_tick, c);
	if (!c->dns || !c->tick || event_add(c->tick, &tv) < 0) {
		snprintf(err, errlen, "control client: libevent setup failed");
		cp_ts_client_free(c);
		return -ENOMEM;
	}
	c->state = "starting";
	if (c->st.logged_out) {
		c->phase = P_LOGGED_OUT;
		c->state = "logged-out";
		c->orphans_retired = true;
		cp_log_info("control: logged out (state file says so); `tailgatectl login` logs in");
	} else {
		c->phase = P_IDLE;
		c->next_attempt_ns = 0;
		cp_log_info("control: server %s:%s (%s), hostname %s", c->host, c->port,
			    c->use_tls ? "TLS, certificate verified" : "plain HTTP", c->hostname);
	}
	*out = c;
	return 0;
}

void cp_ts_client_free(struct cp_ts_client *c)
{
	if (!c)
		return;
	teardown(c);
	cp_ts_mapstream_free(&c->ms);
	cp_ts_filter_free(&c->filter);
	if (c->keybuf)
		evbuffer_free(c->keybuf);
	if (c->plain_out)
		evbuffer_free(c->plain_out);
	if (c->tick)
		event_free(c->tick);
	if (c->dns)
		evdns_base_free(c->dns, 0);
	cp_ts_netmap_free(&c->nm);
	cp_ts_state_wipe(&c->st);
	tg_wipe(c->auth_key, sizeof(c->auth_key));
	tg_wipe(c->disco_priv, sizeof(c->disco_priv));
	free(c);
}

int cp_ts_client_logout(struct cp_ts_client *c)
{
	if (c->phase == P_LOGGED_OUT || c->pending_logout)
		return -EALREADY;
	c->pending_logout = true;
	cp_log_info("control: logout requested");
	if (c->phase == P_NOISE && c->conn && !c->logging_out) {
		c->logging_out = true;
		if (send_register(c, &c->logout, CP_TS_LOGOUT_TIME) < 0)
			fail(c, "logout: cannot submit the request");
		else
			flush(c);
	} else if (c->phase == P_IDLE) {
		c->next_attempt_ns = 0;
	}
	return 0;
}

int cp_ts_client_login(struct cp_ts_client *c)
{
	if (c->phase != P_LOGGED_OUT)
		return -EALREADY;
	c->st.logged_out = false;
	save_state(c);
	c->phase = P_IDLE;
	c->state = "connecting";
	c->backoff_ms = 0;
	c->next_attempt_ns = 0;
	cp_log_info("control: login requested");
	return 0;
}

/* The status/whois JSON, ctl hook and printers live in ts_ctl.c. */
const struct cp_ts_netmap *cp_ts_client_netmap(const struct cp_ts_client *c);
const struct cp_ts_netmap *cp_ts_client_netmap(const struct cp_ts_client *c)
{
	return &c->nm;
}

json_t *cp_ts_client_status_json(const struct cp_ts_client *c)
{
	uint8_t pub[32];
	char t[TG_TS_KEY_MAX_TEXT], srv[300];
	json_t *j = json_object();

	snprintf(srv, sizeof(srv), "%s:%s", c->host, c->port);
	json_object_set_new(j, "state", json_string(c->state));
	json_object_set_new(j, "server", json_string(srv));
	tg_x25519_public(pub, c->st.node_priv);
	tg_ts_key_format(TG_TS_KEY_NODE, pub, t, sizeof(t));
	json_object_set_new(j, "node_key", json_string(t));
	tg_x25519_public(pub, c->st.machine_priv);
	tg_ts_key_format(TG_TS_KEY_MACHINE, pub, t, sizeof(t));
	json_object_set_new(j, "machine_key", json_string(t));
	json_object_set_new(j, "machine_authorized", json_boolean(c->nm.machine_authorized));
	json_object_set_new(j, "auth_url", c->auth_url[0] ? json_string(c->auth_url) : json_null());
	json_object_set_new(j, "last_error",
			    c->last_error[0] ? json_string(c->last_error) : json_null());
	json_object_set_new(j, "reconnects", json_integer(c->reconnects));
	json_object_set_new(j, "attempts", json_integer(c->attempts));
	json_object_set_new(j, "map_messages", json_integer((json_int_t)c->nm.messages));
	json_object_set_new(j, "peers_over_cap", json_integer((json_int_t)c->nm.dropped_over_cap));
	return j;
}

struct cp_wg_device *cp_ts_client_device(const struct cp_ts_client *c);
struct cp_wg_device *cp_ts_client_device(const struct cp_ts_client *c)
{
	return c->p.dev;
}

void cp_ts_client_after_reload(void *ctx)
{
	struct cp_ts_client *c = ctx;

	/* cp_reload published a netcfg without our local addresses. */
	c->nm.self_dirty = c->nm.have_self;
	publish_local(c);
}
