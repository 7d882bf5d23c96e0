/*
 * The Tailscale control client of tailgate-cp (protocol/control.md §0-§4):
 * on the cp's libevent loop it fetches the server's Noise key (GET /key),
 * opens the ts2021 connection (ts_conn.c: upgrade, Noise IK, records,
 * HTTP/2), registers the node (ts_req.c), pushes Hostinfo/endpoints/disco
 * key with a non-streaming map request, then long-polls /machine/map and
 * applies every MapResponse to the netmap model and, by diff, to the
 * WireGuard device and the local addresses (ts_netmap.c). Silence for 120 s
 * restarts the poll; failures reconnect with jittered exponential backoff.
 * Logout = re-register with an expiry in the past. Times come from the
 * injected clock, checked by a 250 ms timer.
 *
 * https:// URLs go through TLS with certificate and host-name verification
 * (ts_tls.c, OpenSSL on memory BIOs); http:// is plain (test servers).
 *
 * Event-loop thread only.
 */
#ifndef CP_TS_CLIENT_H
#define CP_TS_CLIENT_H

#include <event2/event.h>
#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

#include "clock.h"
#include "config.h"
#include "region.h"
#include "filter_static.h"
#include "ts_state.h"

struct cp_wg_device;
struct cp_ts_client;

#define CP_TS_WATCHDOG_NS (120ULL * 1000000000ULL)
#define CP_TS_CONNECT_TIMEOUT_NS (30ULL * 1000000000ULL)
#define CP_TS_BACKOFF_MIN_MS 1000u
#define CP_TS_BACKOFF_MAX_MS 60000u
#define CP_TS_MAP_FRAME_CAP (16u << 20)

struct cp_ts_client_params {
	struct event_base *base;
	const struct tg_config *cfg;
	struct tg_region *region;     /* NULL: no netcfg / flags (tests) */
	struct cp_wg_device *dev;
	struct tg_clock clock;
	const struct cp_ts_state *state; /* copied; the client saves changes */
	uint32_t tick_ms;             /* how often the clock is read; 0 = 250 */
	/* What `tailgatectl filter` shows (loop.h's filter): on each publish
	 * the client puts the netmap's effective rules here. NULL: none. */
	struct cp_filter_static *filter_view;
};

/* 0 or -errno with a message (bad server URL, unreadable auth key file). */
int cp_ts_client_new(struct cp_ts_client **out, const struct cp_ts_client_params *p,
		     char *err, size_t errlen);
void cp_ts_client_free(struct cp_ts_client *c);

/* Log out (re-register with a past expiry); 0 or -EALREADY. */
int cp_ts_client_logout(struct cp_ts_client *c);
/* Log in again after a logout; 0 or -EALREADY. */
int cp_ts_client_login(struct cp_ts_client *c);

/* After a config reload: republish the local addresses (loop.h hook). */
void cp_ts_client_after_reload(void *ctx);

/* {"state":..., "self":{...}, "peers":[...], ...} (new reference). */
json_t *cp_ts_client_status_json(const struct cp_ts_client *c);
/* The node owning an address, or NULL with a message in err. */
json_t *cp_ts_client_whois_json(const struct cp_ts_client *c, const char *ip, char *err,
				size_t errlen);

/* ctl hook (loop.h): extends `status`, answers logout/login/whois. NULL =
 * keep the base reply. */
char *cp_ts_client_ctl(void *ctx, const char *line, const char *base_reply);

/* tailgatectl: print the "tailscale" part of a status, and a whois reply. */
void cp_ts_print_status(FILE *f, const json_t *ts);
void cp_ts_print_whois(FILE *f, const json_t *w);

#endif
