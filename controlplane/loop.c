/*
 * The cp event loop (see loop.h). Wires the UAPI server (uapi_server.c),
 * the management HTTP server (http_mgmt.c), the tailgatectl socket
 * (ctl_server.c) and the periodic tick to the WireGuard device and the
 * shared region. DESIGN.md "Processes": the cp must never touch packets at
 * line rate; it only drains the punt rings, bounded per tick.
 * Runs on the cp's single event-loop thread.
 */
#include "loop.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cp_log.h"
#include "ctl.h"
#include "ctl_server.h"
#include "http_mgmt.h"
#include "metrics.h"
#include "reload.h"
#include "uapi_server.h"

#define PK_N(n, h) #n,
static const char *const punt_names[CP_PUNT_KIND__COUNT] = { CP_PUNT_KINDS(PK_N) };
#undef PK_N

static uint64_t now_ns(const struct cp_loop *l)
{
	return l->p.clock.mono_ns(l->p.clock.ctx);
}

static enum cp_punt_kind kind_of(uint16_t k)
{
	switch (k) {
	case TG_PUNT_HANDSHAKE: return CP_PUNT_KIND_handshake;
	case TG_PUNT_DISCO: return CP_PUNT_KIND_disco;
	case TG_PUNT_STUN: return CP_PUNT_KIND_stun;
	case TG_PUNT_LOCAL: return CP_PUNT_KIND_local;
	case TG_PUNT_RELAY: return CP_PUNT_KIND_relay;
	default: return CP_PUNT_KIND_unknown;
	}
}

static void drain_ring(struct cp_loop *l, struct tg_ring *ring)
{
	struct tg_ring_meta meta;

	for (int i = 0; i < CP_PUNT_BUDGET; i++) {
		int rc = tg_ring_dequeue(ring, &meta, l->pkt, sizeof(l->pkt));
		if (rc == -EMSGSIZE) {
			l->punts[CP_PUNT_KIND_oversize]++; /* consumed, no bytes */
			continue;
		}
		if (rc < 0)
			return; /* -EAGAIN: empty; -EIO: corrupt, nothing consumed */
		enum cp_punt_kind k = kind_of(meta.kind);
		l->punts[k]++;
		if (k == CP_PUNT_KIND_handshake && meta.len <= sizeof(l->pkt))
			cp_wg_device_handle_punt(l->p.dev, &meta, l->pkt);
	}
}

void cp_loop_tick(struct cp_loop *l)
{
	struct tg_region *r = l->p.region;

	for (uint32_t w = 0; w < r->hdr->sizes.max_workers; w++) {
		struct tg_ring *ring = tg_region_punt(r, w);
		if (ring)
			drain_ring(l, ring);
	}
	cp_wg_device_tick(l->p.dev);
	tg_region_stamp_cp(r, now_ns(l));
	tg_log_flush();
}

static void on_tick(evutil_socket_t fd, short what, void *arg)
{
	(void)fd, (void)what;
	cp_loop_tick(arg);
}

static void on_signal(evutil_socket_t sig, short what, void *arg)
{
	struct cp_loop *l = arg;

	(void)what;
	l->exit_signal = (int)sig;
	event_base_loopbreak(l->base);
}

int cp_loop_reload(struct cp_loop *l)
{
	char err[512];
	int rc = cp_reload(l->p.cfg, l->p.region, &l->uapi_dev, l->p.filter, err,
			   sizeof(err));

	if (rc < 0)
		cp_log_err("reload of %s failed, running configuration kept: %s", l->p.cfg->path,
			   err);
	else
		cp_log_info("reloaded %s: %zu peers, listen port %u", l->p.cfg->path,
			    cp_wg_device_peer_count(l->p.dev), cp_wg_device_listen_port(l->p.dev));
	if (rc == 0 && l->reload_ext)
		l->reload_ext(l->reload_ext_ctx);
	return rc;
}

static void on_hup(evutil_socket_t sig, short what, void *arg)
{
	(void)sig, (void)what;
	cp_loop_reload(arg);
}

/* ---- /metrics, /healthz and tailgatectl, all from one snapshot --------- */

static int snapshot(struct cp_loop *l, struct cp_metrics_snap *s)
{
	const struct tg_config *cfg = l->p.cfg;
	int rc = cp_metrics_collect(l->p.region, cfg ? cfg->dataplane.n_ports : TG_MAX_PORTS,
				    now_ns(l), s);
	if (rc < 0)
		return rc;
	memcpy(s->hs, cp_wg_device_hs_counters(l->p.dev), sizeof(s->hs));
	s->has_hs = true;
	return 0;
}

static int http_metrics(void *ctx, struct cp_strbuf *out)
{
	struct cp_loop *l = ctx;
	struct cp_metrics_snap s;

	if (snapshot(l, &s) < 0)
		return -ENOMEM;
	cp_metrics_render(&s, out);
	cp_metrics_snap_free(&s);
	cp_strbuf_printf(out, "# HELP tailgate_cp_punts_total Punt-ring slots the control plane "
			 "drained, by kind.\n# TYPE tailgate_cp_punts_total counter\n");
	for (int k = 0; k < CP_PUNT_KIND__COUNT; k++)
		cp_strbuf_printf(out, "tailgate_cp_punts_total{kind=\"%s\"} %llu\n", punt_names[k],
				 (unsigned long long)l->punts[k]);
	return 0;
}

static int http_health(void *ctx, char *msg, size_t len)
{
	struct cp_loop *l = ctx;
	struct cp_metrics_snap s;

	if (snapshot(l, &s) < 0) {
		snprintf(msg, len, "out of memory");
		return -1;
	}
	int rc = cp_metrics_health(&s, msg, len);
	cp_metrics_snap_free(&s);
	return rc;
}

static char *ctl_handle(void *ctx, const char *line)
{
	struct cp_loop *l = ctx;
	struct cp_metrics_snap s;
	bool has = snapshot(l, &s) == 0;
	struct cp_ctl_src src = {
		.dev = &l->uapi_dev, .snap = has ? &s : NULL,
		.ifname = l->p.cfg->wireguard.interface, .config_path = l->p.cfg->path,
		.mode = l->p.cfg->control.enabled ? "tailscale" : "static",
		.started_mono_ns = l->started_mono_ns,
		.filter_rules = l->p.filter ? l->p.filter->rules : NULL,
		.filter_source = l->p.filter ? l->p.filter->path : NULL,
	};
	char *rep = cp_ctl_handle(line, &src);
	if (has)
		cp_metrics_snap_free(&s);
	if (l->ctl_ext) {
		char *ext = l->ctl_ext(l->ctl_ext_ctx, line, rep);
		if (ext) {
			free(rep);
			rep = ext;
		}
	}
	return rep;
}

/* ---- setup / teardown -------------------------------------------------- */

static int arm_events(struct cp_loop *l)
{
	struct timeval tv = { .tv_sec = 0, .tv_usec = (suseconds_t)(CP_TICK_NS / 1000) };

	l->tick_ev = event_new(l->base, -1, EV_PERSIST, on_tick, l);
	l->term_ev = evsignal_new(l->base, SIGTERM, on_signal, l);
	l->int_ev = evsignal_new(l->base, SIGINT, on_signal, l);
	l->hup_ev = evsignal_new(l->base, SIGHUP, on_hup, l);
	if (!l->tick_ev || !l->term_ev || !l->int_ev || !l->hup_ev)
		return -ENOMEM;
	if (event_add(l->tick_ev, &tv) < 0 || event_add(l->term_ev, NULL) < 0 ||
	    event_add(l->int_ev, NULL) < 0 || event_add(l->hup_ev, NULL) < 0)
		return -EIO;
	return 0;
}

int cp_loop_init(struct cp_loop *l, const struct cp_loop_params *p, char *err,
		 size_t errlen)
{
	const struct tg_config *cfg = p->cfg;
	const char *ctl_path;
	int rc;

	memset(l, 0, sizeof(*l));
	l->p = *p;
	l->started_mono_ns = now_ns(l);
	l->wgdev = (struct cp_uapi_wgdev){ .dev = p->dev, .region = p->region };
	cp_uapi_dev_bind(&l->uapi_dev, &l->wgdev);
	l->base = event_base_new();
	if (!l->base) {
		snprintf(err, errlen, "libevent: cannot create the event base");
		return -ENOMEM;
	}
	if ((rc = arm_events(l)) < 0) {
		snprintf(err, errlen, "libevent: cannot arm the tick and signal events");
		goto fail;
	}
	rc = cp_uapi_server_start(l->base, p->uapi_dir, cfg->wireguard.interface,
				  &l->uapi_dev, &l->uapi, err, errlen);
	if (rc < 0)
		goto fail;
	if (cfg->metrics.listen[0]) {
		struct cp_http_handlers h = { .ctx = l, .metrics = http_metrics,
					      .health = http_health };
		rc = cp_http_mgmt_start(l->base, cfg->metrics.listen, &h, &l->http, err, errlen);
		if (rc < 0)
			goto fail;
	}
	ctl_path = p->ctl_socket ? p->ctl_socket
		   : cfg->metrics.ctl_socket[0] ? cfg->metrics.ctl_socket
						: CP_CTL_DEFAULT_SOCKET;
	rc = cp_ctl_server_start(l->base, ctl_path, ctl_handle, l, &l->ctl, err, errlen);
	if (rc < 0)
		goto fail;
	tg_region_stamp_cp(p->region, now_ns(l));
	return 0;
fail:
	cp_loop_fini(l);
	return rc;
}

int cp_loop_run(struct cp_loop *l)
{
	event_base_dispatch(l->base);
	return l->exit_signal;
}

void cp_loop_fini(struct cp_loop *l)
{
	cp_ctl_server_stop(l->ctl);
	cp_http_mgmt_stop(l->http);
	cp_uapi_server_stop(l->uapi);
	l->ctl = NULL;
	l->http = NULL;
	l->uapi = NULL;
	if (l->tick_ev)
		event_free(l->tick_ev);
	if (l->term_ev)
		event_free(l->term_ev);
	if (l->int_ev)
		event_free(l->int_ev);
	if (l->hup_ev)
		event_free(l->hup_ev);
	l->tick_ev = l->term_ev = l->int_ev = l->hup_ev = NULL;
	if (l->base)
		event_base_free(l->base);
	l->base = NULL;
}
