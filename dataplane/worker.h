/*
 * Per-worker (per-lcore) context, passed explicitly to every stage. The only
 * global is the array of contexts. A worker owns its RX/TX queues, its TX
 * buffers and its counter block; it shares nothing writable with other
 * workers except keypair send counters, replay windows and the NAT area's
 * cross-worker refresh fields (see region.h, nat.h).
 * Owned by the dataplane pipeline; backends keep their state in io_priv.
 *
 * Calling context: dp_pipeline_setup and dp_worker_init on the dp main
 * thread before workers start; dp_worker_poll_once on the worker's lcore,
 * in a loop, by the backend.
 */
#ifndef DP_WORKER_H
#define DP_WORKER_H

#include <stdint.h>

#include "clock.h"
#include "counters.h"
#include "dp_io.h"
#include "filter.h"
#include "nat.h"
#include "region.h"

struct dp_neigh;

struct dp_tx_buf {
	uint16_t n;
	struct dp_pkt pkts[DP_BURST_MAX];
};

/* Per-packet scratch carried between stages of one burst. */
struct dp_pkt_meta {
	uint32_t peer;           /* peer slot (decap: sender; return: owner) */
	struct tg_endpoint src;  /* outer source (WireGuard RX), family 0 = none */
};

/* Next-hop resolution, chosen once at setup (dp_neigh_lookup4 and
 * dp_neigh_port_mac in the daemon; tests plug in their own table). */
typedef int (*dp_nh_lookup4_fn)(struct dp_neigh *n, uint16_t port,
				uint32_t dst_be, uint8_t mac_out[6]);
typedef const uint8_t *(*dp_nh_port_mac_fn)(const struct dp_neigh *n,
					    uint16_t port);

/* A packet waiting for its next hop's MAC (tx.c). The first packet to a
 * new on-link address always misses (a client that just appeared or
 * moved: the handshake response, the reply to its first packet): the
 * kernel queues such packets while it resolves, and so do we, a few, for
 * a bounded time. */
#define DP_PARK_SLOTS 8
#define DP_PARK_NS 1000000000ULL
struct dp_parked {
	struct dp_pkt p;         /* IPv4, Ethernet header still to add */
	uint32_t nexthop_be;
	uint16_t port;
	uint64_t deadline_ns;
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
	/* pipeline state (dp_worker_init) */
	const struct tg_clock *clock;        /* NULL: CLOCK_MONOTONIC */
	const struct tg_netcfg *cfg;         /* active netcfg, per iteration */
	dp_nh_lookup4_fn nh_lookup4;
	dp_nh_port_mac_fn nh_port_mac;
	struct dp_nat nat;                   /* base NULL: egress disabled */
	uint32_t nat_part;                   /* this worker's NAT partition */
	uint32_t icmp_tokens;                /* ICMP error rate limit (icmp.c) */
	uint64_t icmp_refill_ns;
	struct dp_pkt_meta meta[DP_BURST_MAX];
	/* packet filter (filter_dp.c) */
	struct tg_filter filter;             /* view of the active copy; hdr
					      * NULL: none (fail closed) */
	struct tg_filter_flows flows;        /* UDP/SCTP reply flows */
	const void *filter_seen;             /* copy, length and serial */
	size_t filter_seen_len;              /* last looked at */
	uint32_t filter_seen_serial;
	uint32_t filter_max_rules;           /* hit counters: this + 1 */
	uint64_t *filter_hits;               /* region, this worker's */
	struct dp_parked park[DP_PARK_SLOTS]; /* tx.c */
	uint8_t n_parked;
};

struct dp_worker_cfg {
	uint32_t id;                 /* < region max_workers */
	struct tg_region *region;
	const struct dp_io_ops *io;
	void *io_priv;
	struct dp_neigh *neigh;
	dp_nh_lookup4_fn nh_lookup4;
	dp_nh_port_mac_fn nh_port_mac;
	uint16_t n_ports, tailnet_port, internet_port;
	uint16_t burst;              /* 0: DP_BURST_MAX */
	uint64_t drain_ns;           /* 0: flush at the end of every iteration */
	const struct tg_clock *clock;
};

/*
 * Once per process before dp_worker_init: formats (or keeps) the NAT area
 * for n_workers partitions over the active netcfg's port range. 0, or
 * -errno (-EINVAL: bad worker count, or the WireGuard listen port inside
 * the NAT range; -ENOSPC: conntrack area too small). Egress disabled (egress_addr4 0 or
 * no port range) is not an error: workers then drop egress as no_route.
 */
int dp_pipeline_setup(struct tg_region *r, uint32_t n_workers, uint64_t seed);

/* Fill a worker context (setup path). 0 or -EINVAL with a bad cfg. Marks
 * the worker online for QSBR. */
int dp_worker_init(struct dp_worker *w, const struct dp_worker_cfg *cfg);

/* The same for a context whose base fields (id, region, io, io_priv,
 * neigh, ports, burst, drain_ns) the caller and the backend already
 * filled (tailgate-dp's main): sets the pipeline part. The daemon passes
 * dp_neigh_lookup4 / dp_neigh_port_mac and a NULL clock. 0 or -EINVAL. */
int dp_worker_pipeline_init(struct dp_worker *w, dp_nh_lookup4_fn nh_lookup4,
			    dp_nh_port_mac_fn nh_port_mac, const struct tg_clock *clock);

/* One loop iteration (worker lcore): clock, QSBR, RX + classify +
 * dispatch on every port, inject ring, NAT sweep, TX flush. */
void dp_worker_poll_once(struct dp_worker *w);

/* Flush every TX buffer, mark the worker offline and free its filter flow
 * table (worker stop; call once per successful init). */
void dp_worker_stop(struct dp_worker *w);

#endif
