/*
 * Counters: every drop reason, every path, per port, per peer and per ring,
 * as X-macro lists. Adding a counter is one line in one list; the enum, the
 * name table and the /metrics export are generated from it.
 *
 * Writers: the dataplane workers, each into its own block (no atomics on the
 * fast path: a worker's block has exactly one writer; readers load 64-bit
 * values, which is atomic on every supported target). tailgate-cp and
 * tailgatectl read and sum across workers.
 *
 * X(name, help) — name is a C identifier and the metrics label value.
 */
#ifndef TG_COUNTERS_H
#define TG_COUNTERS_H

#include <stdint.h>

/* Why a packet was dropped. Label `reason` on tailgate_drops_total. */
#define TG_DROP_REASONS(X)                                                          \
	X(rx_short, "frame shorter than the headers it claims")                    \
	X(rx_not_ip, "ethertype is neither IPv4 nor IPv6")                         \
	X(ip_bad_header, "bad IPv4 version, IHL or header checksum")               \
	X(ip_bad_length, "IP total length disagrees with the frame")               \
	X(ip_fragment, "IP fragment (not reassembled)")                            \
	X(ipv6_disabled, "IPv6 packet while IPv6 is off")                          \
	X(not_for_us, "destination is neither our WireGuard port nor NAT range")   \
	X(wg_bad_type, "unknown WireGuard message type")                           \
	X(wg_bad_length, "WireGuard message of the wrong length for its type")     \
	X(wg_unknown_index, "data message for an unknown receiver index")          \
	X(wg_key_expired, "keypair older than REJECT_AFTER_TIME or messages")      \
	X(wg_bad_tag, "AEAD authentication failed")                                \
	X(wg_replay, "counter replayed or left of the replay window")              \
	X(wg_keepalive, "keepalive (empty data message), consumed")                \
	X(inner_bad_packet, "decrypted payload is not a valid IP packet")          \
	X(inner_src_not_allowed, "inner source outside the peer's allowed IPs")    \
	X(inner_ttl_exceeded, "inner TTL expired (Time Exceeded sent)")            \
	X(inner_too_big, "inner packet exceeds egress MTU with DF (Frag Needed sent)") \
	X(filter_bad_packet, "packet filter: unparseable IP or transport header")  \
	X(filter_multicast, "packet filter: multicast destination")                \
	X(filter_link_local, "packet filter: link-local destination")              \
	X(filter_local_denied, "packet filter: destination outside the node's local nets (LAN, RFC 1918, CGNAT/other peers)") \
	X(filter_no_rule, "packet filter: no rule accepts it")                     \
	X(filter_no_filter, "packet filter required but none loaded (fail closed)") \
	X(dst_local_denied, "destination is a local/private range not allowed")    \
	X(no_peer, "peer removed or not live")                                     \
	X(no_keypair, "peer has no usable keypair to encrypt with")                \
	X(no_route, "no route for the destination")                                \
	X(no_neighbor, "next-hop MAC unresolved (kernel asked to resolve)")        \
	X(nat_no_session, "return traffic without a conntrack entry")              \
	X(nat_port_exhausted, "no free NAT port for a new flow")                   \
	X(nat_table_full, "conntrack table full")                                  \
	X(nat_unsupported_proto, "protocol the NAT cannot translate")              \
	X(icmp_unsupported, "ICMP type the NAT does not translate")                \
	X(punt_ring_full, "punt ring to the control plane is full")                \
	X(inject_bad, "malformed inject-ring slot from the control plane")         \
	X(tx_full, "transmit queue full")                                          \
	X(too_big, "packet larger than a buffer or ring slot")                     \
	X(ret_ttl_exceeded, "return packet with TTL <= 1 (dropped, no ICMP)")     \
	X(ret_too_big, "return packet exceeds the tunnel MTU with DF (Frag Needed sent)") \
	X(peer_mismatch, "return flow's address now belongs to another peer")

/* Paths taken (not drops). Label `path` on tailgate_path_packets_total. */
#define TG_PATH_COUNTERS(X)                                                         \
	X(decap, "data messages decrypted")                                        \
	X(encap, "data messages encrypted")                                        \
	X(snat, "packets source-NATed to the egress address")                      \
	X(dnat, "return packets translated back to a peer")                        \
	X(nat_new, "conntrack entries created")                                    \
	X(nat_expired, "conntrack entries expired")                                \
	X(icmp_error_translated, "ICMP errors translated back to a peer")          \
	X(icmp_sent, "ICMP errors generated (Time Exceeded, Frag Needed)")         \
	X(icmp_rate_limited, "ICMP errors not generated (per-worker rate limit)")  \
	X(mss_clamped, "TCP SYN/SYN-ACK MSS clamped")                              \
	X(punt_handshake, "handshake/cookie messages punted to the cp")            \
	X(punt_disco, "disco/STUN packets punted to the cp")                       \
	X(punt_local, "packets for our own tailnet addresses punted")              \
	X(punt_relay, "encrypted packets punted for DERP relay")                   \
	X(inject_tx, "inject: packets transmitted for the cp")                     \
	X(inject_parked, "inject: packets held until their next hop resolved")     \
	X(tx_parked, "forwarded packets held until their next hop resolved")      \
	X(inject_encrypt, "inject: plaintext encrypted for a peer")                \
	X(inject_decrypt, "inject: ciphertext decrypted (from DERP)")              \
	X(kernel_pass, "packets passed to the kernel (exception path)")            \
	X(roam, "peer endpoint updated from an authenticated packet")             \
	X(filter_accept, "packets from a peer accepted by the packet filter")     \
	X(filter_reload, "active packet filter (re)loaded by a worker")           \
	X(filter_reload_failed, "published packet filter refused by a worker (corrupt blob)")

/* Per port, per direction. Label `port` on tailgate_port_*. */
#define TG_PORT_COUNTERS(X)                                                         \
	X(rx_packets, "packets received")                                          \
	X(rx_bytes, "bytes received")                                              \
	X(tx_packets, "packets transmitted")                                       \
	X(tx_bytes, "bytes transmitted")                                           \
	X(rx_bursts, "non-empty receive bursts")

/* Per peer (summed over workers; *_ns take the max). Label `peer`. */
#define TG_PEER_COUNTERS(X)                                                         \
	X(rx_packets, "data packets received from the peer")                       \
	X(rx_bytes, "bytes received from the peer (WireGuard payload)")            \
	X(tx_packets, "data packets sent to the peer")                             \
	X(tx_bytes, "bytes sent to the peer (WireGuard payload)")                  \
	X(last_rx_ns, "CLOCK_MONOTONIC of the last authenticated packet")          \
	X(last_tx_ns, "CLOCK_MONOTONIC of the last packet sent")                   \
	X(last_data_rx_ns, "CLOCK_MONOTONIC of the last non-keepalive packet")     \
	X(last_data_tx_ns, "CLOCK_MONOTONIC of the last non-keepalive sent")      \
	X(last_no_keypair_ns, "CLOCK_MONOTONIC of the last packet dropped for want of a keypair (the cp then initiates)")

/* Per ring (punt and inject). Label `ring`. Depth is derived from head/tail. */
#define TG_RING_COUNTERS(X)                                                         \
	X(enqueued, "slots enqueued")                                              \
	X(dequeued, "slots dequeued")                                              \
	X(overflow, "enqueue attempts on a full ring")

#define TG_XE_DROP(name, help) TG_DROP_##name,
#define TG_XE_PATH(name, help) TG_PATH_##name,
#define TG_XE_PORT(name, help) TG_PORT_##name,
#define TG_XE_PEER(name, help) TG_PEER_##name,
#define TG_XE_RING(name, help) TG_RING_##name,
enum tg_drop { TG_DROP_REASONS(TG_XE_DROP) TG_DROP__COUNT };
enum tg_path { TG_PATH_COUNTERS(TG_XE_PATH) TG_PATH__COUNT };
enum tg_port_ctr { TG_PORT_COUNTERS(TG_XE_PORT) TG_PORT__COUNT };
enum tg_peer_ctr { TG_PEER_COUNTERS(TG_XE_PEER) TG_PEER__COUNT };
enum tg_ring_ctr { TG_RING_COUNTERS(TG_XE_RING) TG_RING__COUNT };
#undef TG_XE_DROP
#undef TG_XE_PATH
#undef TG_XE_PORT
#undef TG_XE_PEER
#undef TG_XE_RING

#define TG_MAX_PORTS 4

/* One worker's counters; one writer (that worker). Cache-line aligned. */
struct tg_worker_counters {
	uint64_t drop[TG_DROP__COUNT];
	uint64_t path[TG_PATH__COUNT];
	uint64_t port[TG_MAX_PORTS][TG_PORT__COUNT];
	uint64_t loops;      /* poll-loop iterations, for liveness */
} __attribute__((aligned(64)));

/* One peer's counters as seen by one worker. */
struct tg_peer_counters {
	uint64_t v[TG_PEER__COUNT];
} __attribute__((aligned(64)));

/* Name tables (common/counters.c). Index by the enums above. */
extern const char *const tg_drop_names[TG_DROP__COUNT];
extern const char *const tg_drop_help[TG_DROP__COUNT];
extern const char *const tg_path_names[TG_PATH__COUNT];
extern const char *const tg_path_help[TG_PATH__COUNT];
extern const char *const tg_port_ctr_names[TG_PORT__COUNT];
extern const char *const tg_port_ctr_help[TG_PORT__COUNT];
extern const char *const tg_peer_ctr_names[TG_PEER__COUNT];
extern const char *const tg_peer_ctr_help[TG_PEER__COUNT];
extern const char *const tg_ring_ctr_names[TG_RING__COUNT];
extern const char *const tg_ring_ctr_help[TG_RING__COUNT];

/* True for peer counters that combine across workers by max, not sum. */
static inline int tg_peer_ctr_is_max(enum tg_peer_ctr c)
{
	return c == TG_PEER_last_rx_ns || c == TG_PEER_last_tx_ns ||
	       c == TG_PEER_last_data_rx_ns || c == TG_PEER_last_data_tx_ns ||
	       c == TG_PEER_last_no_keypair_ns;
}

#endif
