/*
 * IPv4 source NAT and connection tracking for egress (exit-node.md §2.2,
 * RFC 4787 / 5382 / 5508, RFC 1624 checksum updates).
 *
 * Storage: the region's dp-owned conntrack area (tg_region_conntrack), a
 * fixed-size, pointer-free layout formatted by dp_nat_format() at dataplane
 * start: a header, then one equal PARTITION per worker. Each partition owns
 * a contiguous slice of the NAT port range, its own mapping and session
 * entries, hash buckets and free lists.
 *
 * Why partitions (and not a shared CAS table): every insert, delete, free
 * list and port allocation has exactly one writer (the owning worker), so
 * creating a flow needs no atomics and no cross-core cache-line traffic;
 * port exhaustion in one worker cannot starve another. The cost: a flow is
 * owned by the worker that saw its first outbound packet, and
 * endpoint-independent mapping (RFC 4787 REQ-1) holds per worker — which is
 * per peer in practice, since RSS on the outer 5-tuple keeps a peer's
 * tunnel on one queue. Return traffic may arrive on any worker (RSS on the
 * internet side hashes the remote 5-tuple): the external port names the
 * owning partition arithmetically, and other workers only READ it: entries
 * are published with release stores and read under a per-entry sequence
 * counter (seqlock); a reader's only writes are the session's last-seen
 * time and TCP flag bits (relaxed atomics).
 *
 * Model: a MAPPING (proto, internal addr, internal port/ICMP id) ->
 * external port, shared by all SESSIONS (mapping, remote addr, remote
 * port) that use it (EIM). Inbound filtering is address-and-port
 * dependent: a return packet needs a live session. A mapping lives while
 * it has sessions. Timeouts: UDP 120 s (RFC 4787 REQ-5), TCP established
 * 7440 s (RFC 5382 REQ-5), TCP transitory 240 s, ICMP 60 s (RFC 5508
 * REQ-1). Expired entries are reclaimed lazily on lookup and by an
 * incremental sweep (dp_nat_sweep) each loop iteration.
 *
 * Calling context: dp_nat_format/dp_nat_attach at setup (dp main thread);
 * everything else on worker lcores (fast path, no locks, no allocation).
 */
#ifndef DP_NAT_H
#define DP_NAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "counters.h"

#define DP_NAT_UDP_TIMEOUT_NS (120ULL * 1000000000ULL)
#define DP_NAT_TCP_EST_TIMEOUT_NS (7440ULL * 1000000000ULL)
#define DP_NAT_TCP_TRANS_TIMEOUT_NS (240ULL * 1000000000ULL)
#define DP_NAT_ICMP_TIMEOUT_NS (60ULL * 1000000000ULL)
#define DP_NAT_SWEEP_PER_LOOP 8
/* Conntrack bytes the region should reserve per configured session. */
#define DP_NAT_BYTES_PER_SESSION 80

/* Process-local handle on the formatted area (pointers are per process). */
struct dp_nat {
	uint8_t *base;
	struct dp_nat_area_hdr *hdr;
	uint64_t lazy_expired; /* sessions reclaimed on lookup (owner adds up) */
};

/* Setup. Format `area` for n_parts workers and ports [lo, hi]; keeps an
 * existing matching format (a restarted dp keeps its sessions). 0,
 * -EINVAL (bad range, no area), -ENOSPC (too small for one session and
 * one port per partition). */
int dp_nat_format(void *area, size_t bytes, uint32_t n_parts, uint16_t lo,
		  uint16_t hi, uint64_t seed);
/* Setup: bind a handle to a formatted area; -EINVAL if not formatted. */
int dp_nat_attach(struct dp_nat *nat, void *area, size_t bytes);

/* Capacity of one partition (tests, metrics). */
uint32_t dp_nat_part_sessions(const struct dp_nat *nat);
uint32_t dp_nat_part_ports(const struct dp_nat *nat, uint32_t part);
uint32_t dp_nat_parts(const struct dp_nat *nat);
/* Live sessions in a partition (owner-written count; any reader). */
uint32_t dp_nat_live_sessions(const struct dp_nat *nat, uint32_t part);

/*
 * Outbound (tunnel -> internet), run by the owner of partition `part`.
 * `ip` is a validated, unfragmented IPv4 packet of `len` bytes; on success
 * its source is rewritten to egress_addr (network order) and an external
 * port, checksums updated, and `path` gets TG_PATH_nat_new when a session
 * was created (else TG_PATH__COUNT). On failure returns -1 and sets *why.
 */
int dp_nat_out(struct dp_nat *nat, uint32_t part, uint8_t *ip, uint16_t len,
	       uint32_t egress_addr, uint32_t peer, uint64_t now_ns,
	       enum tg_drop *why, enum tg_path *path);

/*
 * Inbound (internet -> tunnel), any worker. `ip` is a validated IPv4
 * packet for egress_addr. TCP/UDP, ICMP echo reply, and ICMP errors
 * quoting one of our translated packets (RFC 5508: the quoted header is
 * rewritten too). On success the destination is the internal address and
 * port, checksums updated, *is_icmp_error set for translated errors and
 * *peer the peer slot whose traffic created the mapping.
 */
int dp_nat_in(struct dp_nat *nat, uint8_t *ip, uint16_t len,
	      uint32_t egress_addr, uint64_t now_ns, enum tg_drop *why,
	      bool *is_icmp_error, uint32_t *peer);

/* Owner: expire up to `budget` sessions of partition `part`; returns how
 * many were reclaimed. */
uint32_t dp_nat_sweep(struct dp_nat *nat, uint32_t part, uint64_t now_ns,
		      uint32_t budget);

#endif
