/*
 * Per-worker (per-lcore) context, passed explicitly to every stage. The only
 * global is the array of contexts. A worker owns its RX/TX queues, its TX
 * buffers and its counter block; it shares nothing writable with other
 * workers except keypair send counters and replay windows (see region.h).
 * Owned by the dataplane pipeline; backends keep their state in io_priv.
 */
#ifndef DP_WORKER_H
#define DP_WORKER_H

#include <stdint.h>

#include "counters.h"
#include "dp_io.h"
#include "region.h"

struct dp_neigh;

struct dp_tx_buf {
	uint16_t n;
	struct dp_pkt pkts[DP_BURST_MAX];
};

struct dp_worker {
	uint32_t id;
	struct tg_region *region;
	const struct dp_io_ops *io;
	void *io_priv;                       /* backend-owned */
	struct tg_worker_counters *ctr;      /* this worker's block */
	struct tg_worker_epoch *epoch;
	struct dp_neigh *neigh;
	uint16_t n_ports;
	uint16_t tailnet_port;               /* where WireGuard arrives/leaves */
	uint16_t internet_port;              /* where egress leaves/returns */
	uint16_t burst;
	uint64_t now_ns;                     /* refreshed once per iteration */
	uint64_t last_flush_ns;
	uint64_t drain_ns;                   /* TX drain timer */
	struct dp_tx_buf tx[TG_MAX_PORTS];
};

#endif
