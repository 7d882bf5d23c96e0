/*
 * Next-hop resolution for the dataplane. The kernel is the source of truth
 * for routes and neighbours (DESIGN.md): a netlink listener (libmnl) on a
 * non-worker thread keeps a small table of (port, IPv4 next hop) -> MAC and
 * each port's on-link subnet and default gateway; workers only read it.
 * An unresolved next hop is counted by the caller and the kernel is asked to
 * resolve it (never guessed).
 *
 * Readers: workers (lock-free: per-entry seqlock). Writer: the listener
 * thread, or tests through dp_neigh_set_static.
 */
#ifndef DP_NEIGH_H
#define DP_NEIGH_H

#include <stdbool.h>
#include <stdint.h>

struct dp_neigh;

/* Resolve the L2 destination for sending to dst (network order) out of
 * port: the gateway's MAC unless dst is on-link. 0, or -1 when unresolved
 * (a resolution request is queued for the listener). */
int dp_neigh_lookup4(struct dp_neigh *n, uint16_t port, uint32_t dst_be,
		     uint8_t mac_out[6]);

/* Our own MAC on a port (for Ethernet source addresses). */
const uint8_t *dp_neigh_port_mac(const struct dp_neigh *n, uint16_t port);

/* Setup/test API (not workers). */
struct dp_neigh *dp_neigh_new(void);
/* Stops the listener (if started) and frees. NULL is a no-op. */
void dp_neigh_free(struct dp_neigh *n);
int dp_neigh_set_port(struct dp_neigh *n, uint16_t port, const uint8_t mac[6],
		      uint32_t addr_be, uint8_t prefix_len, uint32_t gw_be);
int dp_neigh_set_static(struct dp_neigh *n, uint16_t port, uint32_t ip_be,
			const uint8_t mac[6]);

/*
 * Tie dp port `port` to kernel interface `ifname`: its MAC (mac may be NULL:
 * the interface's own; DPDK passes the ethdev's), first IPv4 address and
 * prefix, and the main table's default gateway through it are read from
 * the kernel now and kept current by the listener. 0 or -errno; err says
 * which interface and why.
 */
int dp_neigh_bind_port(struct dp_neigh *n, uint16_t port, const char *ifname,
		       const uint8_t *mac, char *err, size_t errlen);

/*
 * Dump the kernel's IPv4 neighbour table into ours and start the listener
 * thread (RTNLGRP_NEIGH, RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV4_IFADDR); it also
 * serves the resolution requests lookups queue, asking the kernel to
 * resolve with RTM_NEWNEIGH + NTF_USE (docs/dataplane.md). 0 or -errno.
 */
int dp_neigh_start(struct dp_neigh *n, char *err, size_t errlen);
void dp_neigh_stop(struct dp_neigh *n);

/* Statistics for logs and tests (any thread, relaxed reads). */
struct dp_neigh_stats {
	uint64_t events;        /* netlink notifications processed */
	uint64_t resolve_sent;  /* RTM_NEWNEIGH/NTF_USE requests sent */
	uint64_t table_full;    /* neighbours not learnt: table full */
};
void dp_neigh_get_stats(const struct dp_neigh *n, struct dp_neigh_stats *out);

#endif
