/*
 * Prometheus text exposition (format 0.0.4) of a counters snapshot: HELP and
 * TYPE per family, label values escaped, names generated from the X-macro
 * tables in common/counters.h and controlplane/wg_device.h. Pure: no I/O.
 * Runs on the cp event-loop thread (and in tailgatectl).
 */
#include "metrics.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void family(struct cp_strbuf *o, const char *name, const char *type,
		   const char *help)
{
	cp_strbuf_printf(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* Seconds with nanosecond precision, from ns. */
static void put_secs(struct cp_strbuf *o, uint64_t ns)
{
	cp_strbuf_printf(o, "%llu.%09llu\n", (unsigned long long)(ns / 1000000000ULL),
			 (unsigned long long)(ns % 1000000000ULL));
}

static void render_dp_totals(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	family(o, "tailgate_drops_total", "counter",
	       "Packets dropped by the dataplane, by reason (summed over workers).");
	for (int i = 0; i < TG_DROP__COUNT; i++)
		cp_strbuf_printf(o, "tailgate_drops_total{reason=\"%s\"} %llu\n",
				 tg_drop_names[i], (unsigned long long)s->drop[i]);
	family(o, "tailgate_path_packets_total", "counter",
	       "Packets that took a dataplane path, by path (summed over workers).");
	for (int i = 0; i < TG_PATH__COUNT; i++)
		cp_strbuf_printf(o, "tailgate_path_packets_total{path=\"%s\"} %llu\n",
				 tg_path_names[i], (unsigned long long)s->path[i]);
	for (int c = 0; c < TG_PORT__COUNT; c++) {
		char name[96];
		snprintf(name, sizeof(name), "tailgate_port_%s_total", tg_port_ctr_names[c]);
		family(o, name, "counter", tg_port_ctr_help[c]);
		for (uint32_t p = 0; p < s->n_ports && p < TG_MAX_PORTS; p++)
			cp_strbuf_printf(o, "%s{port=\"%u\"} %llu\n", name, p,
					 (unsigned long long)s->port[p][c]);
	}
}

/* "last_rx_ns" -> "last_rx": the exported gauge is in seconds. */
/* Per-rule packet-filter hits; rule = FilterRule index in the active
 * filter ("overflow": ids beyond tables.max_filter_rules). */
static void render_filter(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	family(o, "tailgate_filter_rule_hits_total", "counter",
	       "Packets from peers accepted by a packet-filter rule, by rule index "
	       "in the active filter (summed over workers).");
	for (uint32_t i = 0; s->filter_hits && i < s->filter_n_rules; i++)
		cp_strbuf_printf(o, "tailgate_filter_rule_hits_total{rule=\"%u\"} %llu\n", i,
				 (unsigned long long)s->filter_hits[i]);
	if (s->filter_hits_overflow)
		cp_strbuf_printf(o, "tailgate_filter_rule_hits_total{rule=\"overflow\"} %llu\n",
				 (unsigned long long)s->filter_hits_overflow);
}

static void peer_metric_name(char *out, size_t len, int c)
{
	const char *n = tg_peer_ctr_names[c];
	size_t l = strlen(n);

	if (tg_peer_ctr_is_max((enum tg_peer_ctr)c) && l > 3 && !strcmp(n + l - 3, "_ns"))
		snprintf(out, len, "tailgate_peer_%.*s_seconds", (int)(l - 3), n);
	else
		snprintf(out, len, "tailgate_peer_%s_total", n);
}

static void render_peers(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	char b64[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_ORIGINAL)];

	family(o, "tailgate_peers", "gauge", "Peers live in the shared region.");
	cp_strbuf_printf(o, "tailgate_peers %u\n", s->n_peers);
	for (int c = 0; c < TG_PEER__COUNT; c++) {
		char name[96], help[256];
		bool is_time = tg_peer_ctr_is_max((enum tg_peer_ctr)c);

		peer_metric_name(name, sizeof(name), c);
		if (is_time)
			snprintf(help, sizeof(help), "%s, in seconds (0 = never; compare "
				 "tailgate_monotonic_seconds).", tg_peer_ctr_help[c]);
		else
			snprintf(help, sizeof(help), "%s.", tg_peer_ctr_help[c]);
		family(o, name, is_time ? "gauge" : "counter", help);
		for (uint32_t i = 0; i < s->n_peers; i++) {
			sodium_bin2base64(b64, sizeof(b64), s->peers[i].pubkey, 32,
					  sodium_base64_VARIANT_ORIGINAL);
			cp_strbuf_printf(o, "%s{peer=\"%s\"} ", name, b64);
			if (is_time)
				put_secs(o, s->peers[i].v[c]);
			else
				cp_strbuf_printf(o, "%llu\n", (unsigned long long)s->peers[i].v[c]);
		}
	}
}

static void render_ring(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	static const char *const kinds[2] = { "punt", "inject" };

	family(o, "tailgate_ring_depth", "gauge", "Slots waiting in a ring.");
	for (int k = 0; k < 2; k++)
		for (uint32_t w = 0; w < s->n_workers; w++)
			cp_strbuf_printf(o, "tailgate_ring_depth{ring=\"%s\",worker=\"%u\"} %u\n",
					 kinds[k], w,
					 k ? s->workers[w].inject_depth : s->workers[w].punt_depth);
	for (int c = 0; c < TG_RING__COUNT; c++) {
		char name[96];
		snprintf(name, sizeof(name), "tailgate_ring_%s_total", tg_ring_ctr_names[c]);
		family(o, name, "counter", tg_ring_ctr_help[c]);
		for (int k = 0; k < 2; k++)
			for (uint32_t w = 0; w < s->n_workers; w++) {
				const uint64_t *v = k ? s->workers[w].inject : s->workers[w].punt;
				cp_strbuf_printf(o, "%s{ring=\"%s\",worker=\"%u\"} %llu\n", name,
						 kinds[k], w, (unsigned long long)v[c]);
			}
	}
}

static void render_workers(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	family(o, "tailgate_worker_loops_total", "counter",
	       "Dataplane worker poll-loop iterations.");
	for (uint32_t w = 0; w < s->n_workers; w++)
		cp_strbuf_printf(o, "tailgate_worker_loops_total{worker=\"%u\"} %llu\n", w,
				 (unsigned long long)s->workers[w].loops);
	family(o, "tailgate_worker_online", "gauge",
	       "1 when the worker is online (publishes quiescent states).");
	for (uint32_t w = 0; w < s->n_workers; w++)
		cp_strbuf_printf(o, "tailgate_worker_online{worker=\"%u\"} %d\n", w,
				 s->workers[w].is_online ? 1 : 0);
}

static bool is_alive(uint64_t stamp, uint64_t now)
{
	return stamp != 0 && (stamp >= now || now - stamp <= CP_ALIVE_WINDOW_NS);
}

static void render_process(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	family(o, "tailgate_process_up", "gauge",
	       "1 when the process stamped its liveness within the last 2 s.");
	cp_strbuf_printf(o, "tailgate_process_up{process=\"dataplane\"} %d\n",
			 is_alive(s->dp_alive_ns, s->now_ns));
	cp_strbuf_printf(o, "tailgate_process_up{process=\"controlplane\"} %d\n",
			 is_alive(s->cp_alive_ns, s->now_ns));
	family(o, "tailgate_process_alive_seconds", "gauge",
	       "CLOCK_MONOTONIC of the process's last liveness stamp, in seconds.");
	cp_strbuf_printf(o, "tailgate_process_alive_seconds{process=\"dataplane\"} ");
	put_secs(o, s->dp_alive_ns);
	cp_strbuf_printf(o, "tailgate_process_alive_seconds{process=\"controlplane\"} ");
	put_secs(o, s->cp_alive_ns);
	family(o, "tailgate_monotonic_seconds", "gauge",
	       "CLOCK_MONOTONIC when these metrics were taken, in seconds.");
	cp_strbuf_printf(o, "tailgate_monotonic_seconds ");
	put_secs(o, s->now_ns);
	family(o, "tailgate_region_generation", "gauge",
	       "Shared-region generation (bumped by every synchronize).");
	cp_strbuf_printf(o, "tailgate_region_generation %llu\n",
			 (unsigned long long)s->generation);
}

/* Generated here from the header's X-macro so rendering needs nothing from
 * wg_device.c (tailgatectl and the unit tests link without it). */
#define HS_N(n, h) #n,
#define HS_H(n, h) h,
static const char *const hs_names[CP_HS__COUNT] = { CP_HS_COUNTERS(HS_N) };
static const char *const hs_help[CP_HS__COUNT] = { CP_HS_COUNTERS(HS_H) };
#undef HS_N
#undef HS_H

static void render_hs(const struct cp_metrics_snap *s, struct cp_strbuf *o)
{
	for (int c = 0; c < CP_HS__COUNT; c++) {
		char name[96];
		snprintf(name, sizeof(name), "tailgate_handshake_%s_total",
			 hs_names[c]);
		family(o, name, "counter", hs_help[c]);
		cp_strbuf_printf(o, "%s %llu\n", name, (unsigned long long)s->hs[c]);
	}
}

void cp_metrics_render(const struct cp_metrics_snap *s, struct cp_strbuf *out)
{
	render_dp_totals(s, out);
	render_filter(s, out);
	render_peers(s, out);
	render_ring(s, out);
	render_workers(s, out);
	render_process(s, out);
	if (s->has_hs)
		render_hs(s, out);
}

int cp_metrics_health(const struct cp_metrics_snap *s, char *msg, size_t len)
{
	bool dp = is_alive(s->dp_alive_ns, s->now_ns);
	bool cp = is_alive(s->cp_alive_ns, s->now_ns);

	if (dp && cp) {
		snprintf(msg, len, "ok");
		return 0;
	}
	snprintf(msg, len, "%s%s%s", dp ? "" : "dataplane down",
		 (!dp && !cp) ? ", " : "", cp ? "" : "controlplane down");
	return -1;
}

void cp_metrics_snap_free(struct cp_metrics_snap *s)
{
	free(s->workers);
	free(s->peers);
	free(s->filter_hits);
	s->workers = NULL;
	s->peers = NULL;
	s->filter_hits = NULL;
	s->filter_n_rules = 0;
	s->n_workers = s->n_peers = 0;
}
