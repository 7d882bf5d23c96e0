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
void dp_neigh_free(struct dp_neigh *n);
int dp_neigh_set_port(struct dp_neigh *n, uint16_t port, const uint8_t mac[6],
		      uint32_t addr_be, uint8_t prefix_len, uint32_t gw_be);
int dp_neigh_set_static(struct dp_neigh *n, uint16_t port, uint32_t ip_be,
			const uint8_t mac[6]);

#endif
