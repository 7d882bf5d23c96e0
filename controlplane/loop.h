/*
 * The cp event loop (libevent): the UAPI socket, the management HTTP
 * server, the tailgatectl socket, SIGTERM/SIGINT (exit), SIGHUP (reload the
 * config by diff, reload.h), and a periodic tick that
 * drains every punt ring (handshake messages go to the device), runs the
 * device's timers and stamps the cp's liveness in the region. One thread
 * owns all of it; nothing here blocks.
 */
#ifndef CP_LOOP_H
#define CP_LOOP_H

#include <event2/event.h>
#include <stdint.h>

#include "clock.h"
#include "config.h"
#include "filter_static.h"
#include "region.h"
#include "uapi.h"
#include "uapi_wgdev.h"
#include "wg_device.h"

#define CP_TICK_NS (50ULL * 1000000ULL)  /* 50 ms */
#define CP_PUNT_BUDGET 256               /* slots per ring per tick */

/* Punt kinds the cp counts (tailgate_cp_punts_total{kind=...}). */
#define CP_PUNT_KINDS(X)                                   \
	X(handshake, "handshake and cookie messages")      \
	X(disco, "disco packets (not handled yet)")        \
	X(stun, "STUN packets (not handled yet)")          \
	X(local, "packets for our own tailnet addresses (not handled yet)") \
	X(relay, "ciphertext for DERP (not handled yet)")  \
	X(unknown, "slots of an unknown kind")            \
	X(oversize, "slots longer than a ring slot (dropped)")

#define CP_PK_ENUM(n, h) CP_PUNT_KIND_##n,
enum cp_punt_kind { CP_PUNT_KINDS(CP_PK_ENUM) CP_PUNT_KIND__COUNT };
#undef CP_PK_ENUM

struct cp_loop_params {
	struct tg_config *cfg;   /* replaced in place by a SIGHUP reload */
	struct tg_region *region;
	struct cp_wg_device *dev;
	struct tg_clock clock;
	const char *uapi_dir;   /* NULL: /var/run/wireguard */
	const char *ctl_socket; /* NULL: cfg->metrics.ctl_socket or default */
	struct cp_filter_static *filter; /* static filter (reload, ctl); NULL: none */
};

struct cp_loop {
	struct cp_loop_params p;
	struct event_base *base;
	struct event *tick_ev, *term_ev, *int_ev, *hup_ev;
	struct cp_uapi_wgdev wgdev;
	struct cp_uapi_dev uapi_dev;
	struct cp_uapi_server *uapi;
	struct cp_http_mgmt *http;
	struct cp_ctl_server *ctl;
	uint64_t started_mono_ns;
	uint64_t punts[CP_PUNT_KIND__COUNT];
	int exit_signal;
	/* Optional ctl extension (the Tailscale client, ts_client.h): sees each
	 * request line and the base reply; a non-NULL return replaces it. */
	char *(*ctl_ext)(void *ctx, const char *line, const char *base_reply);
	void *ctl_ext_ctx;
	/* Optional: called after a successful SIGHUP reload (the Tailscale
	 * client republishes its local addresses, which the reload reset). */
	void (*reload_ext)(void *ctx);
	void *reload_ext_ctx;
	uint8_t pkt[TG_RING_SLOT_DATA];
};

/* Set everything up (sockets bound, tick armed). 0 or -errno + message. */
int cp_loop_init(struct cp_loop *l, const struct cp_loop_params *p, char *err,
		 size_t errlen);
/* Run until SIGTERM/SIGINT. Returns the signal number that stopped it. */
/* SIGHUP's action (exposed for tests): reload p.cfg->path. 0 or -errno. */
int cp_loop_reload(struct cp_loop *l);
int cp_loop_run(struct cp_loop *l);
/* One tick (exposed for tests): drain punt rings, device timers, stamp. */
void cp_loop_tick(struct cp_loop *l);
/* Close the sockets (removes the UAPI and ctl socket files). The region and
 * the device are the caller's and are left as they are. */
void cp_loop_fini(struct cp_loop *l);

#endif
