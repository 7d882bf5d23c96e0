/*
 * Counters endpoint model: a snapshot of every counter in the shared region
 * (summed over workers) plus the cp's handshake counters, and its rendering
 * in the Prometheus text exposition format (version 0.0.4). Every metric
 * name comes from the X-macro lists in common/counters.h and
 * controlplane/wg_device.h; there is no per-counter code here.
 *
 * cp_metrics_collect (metrics_region.c) fills a snapshot from the region;
 * cp_metrics_render and cp_metrics_health are pure. Calling context: the cp
 * event-loop thread, or tailgatectl (read-only attach).
 */
#ifndef CP_METRICS_H
#define CP_METRICS_H

#include <stdbool.h>
#include <stdint.h>

#include "counters.h"
#include "region.h"
#include "strbuf.h"
#include "wg_device.h"

#define CP_ALIVE_WINDOW_NS (2ULL * 1000000000ULL) /* liveness stamp age */

struct cp_metrics_worker {
	uint64_t loops;
	uint64_t alive_ns;   /* 0: never */
	bool is_online;      /* QSBR epoch != 0 */
	uint32_t punt_depth, inject_depth;
	uint64_t punt[TG_RING__COUNT], inject[TG_RING__COUNT];
};

struct cp_metrics_peer {
	uint8_t pubkey[32];
	uint32_t slot;
	uint64_t v[TG_PEER__COUNT];
};

struct cp_metrics_snap {
	uint64_t now_ns;              /* CLOCK_MONOTONIC when taken */
	uint64_t dp_alive_ns, cp_alive_ns, generation;
	uint32_t dp_pid, cp_pid;
	uint64_t drop[TG_DROP__COUNT];
	uint64_t path[TG_PATH__COUNT];
	uint32_t n_ports;             /* ports exported (<= TG_MAX_PORTS) */
	uint64_t port[TG_MAX_PORTS][TG_PORT__COUNT];
	uint32_t n_workers;
	struct cp_metrics_worker *workers;
	uint32_t n_peers;
	struct cp_metrics_peer *peers;
	/* packet filter: rules of the active filter (its rule-id space, at most
	 * max_filter_rules) and their hits summed over workers; hits[n_rules]
	 * counts rule ids beyond the region's counters */
	uint32_t filter_n_rules, filter_serial;
	uint64_t *filter_hits;        /* filter_n_rules + 1 entries, or NULL */
	uint64_t filter_hits_overflow;
	bool has_hs;                  /* hs[] valid (the cp renders; ctl not) */
	uint64_t hs[CP_HS__COUNT];
};

/* Fill from a mapped region. n_ports: ports the dp runs (from the config).
 * Allocates workers[]/peers[]: free with cp_metrics_snap_free. 0 or -ENOMEM. */
int cp_metrics_collect(const struct tg_region *r, uint32_t n_ports,
		       uint64_t now_ns, struct cp_metrics_snap *s);
void cp_metrics_snap_free(struct cp_metrics_snap *s);

/* Prometheus text exposition of a snapshot. */
void cp_metrics_render(const struct cp_metrics_snap *s, struct cp_strbuf *out);

/* Liveness from the stamps: 0 when both processes stamped within
 * CP_ALIVE_WINDOW_NS, else -1 with "dataplane down" etc. in msg. */
int cp_metrics_health(const struct cp_metrics_snap *s, char *msg, size_t len);

#endif
