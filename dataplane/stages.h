/*
 * Internal interfaces between the pipeline stages (dataplane-private).
 * Stages take (worker, pkts[], n) and return what remains; drops are
 * freed and counted where they happen (dp_drop). Worker lcores only.
 */
#ifndef DP_STAGES_H
#define DP_STAGES_H

#include <stdbool.h>
#include <stdint.h>

#include "worker.h"

#ifdef TG_TEST_BUILD
/* Test builds only: non-zero = every port's TX takes nothing, as a NIC
 * whose queue stays full (tailgate-dp toggles it on SIGUSR2; netns 28). */
extern _Atomic int tg_test_tx_stall;
#endif

static inline void dp_count(struct dp_worker *w, enum tg_path p)
{
	w->ctr->path[p]++;
}

/* Give buffers back to the backend (not a drop: nothing counted). */
static inline void dp_release(struct dp_worker *w, struct dp_pkt *p, uint16_t n)
{
	w->io->free(w, p, n);
}

static inline void dp_drop(struct dp_worker *w, struct dp_pkt *p, enum tg_drop why)
{
	w->ctr->drop[why]++;
	dp_release(w, p, 1);
}

/* tx.c: buffered transmit; the frame at p->data is complete. */
void dp_tx_enqueue(struct dp_worker *w, uint16_t port, struct dp_pkt *p);
void dp_tx_flush(struct dp_worker *w, uint16_t port);
void dp_tx_flush_all(struct dp_worker *w);
/* Prepend an Ethernet header for IPv4 to `dst_be` out of `port`, resolve
 * the next hop and enqueue; an unresolved next hop parks the packet
 * (counted as tx_parked) while the kernel resolves it, if a slot is free;
 * drops (no_neighbor, too_big) are counted. */
void dp_tx_ip4(struct dp_worker *w, uint16_t port, struct dp_pkt *p,
	       uint32_t nexthop_dst_be);
/* The same, counting a parked packet under parked_ctr. */
void dp_tx_ip4_as(struct dp_worker *w, uint16_t port, struct dp_pkt *p,
		  uint32_t nexthop_dst_be, enum tg_path parked_ctr);
/* Send the parked packets whose next hop is now known (in arrival order);
 * drop (no_neighbor) those whose time is up. Start of each iteration. */
void dp_tx_park_poll(struct dp_worker *w);
/* Free the parked packets (worker stop). */
void dp_tx_release_parked(struct dp_worker *w);

/* classify.c: sort a received burst. WireGuard data -> wg[] (data at the
 * WireGuard message, meta src set), NAT return -> ret[] (data at the IPv4
 * header); punts, kernel passes and drops are finished here. */
void dp_classify(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n,
		 struct dp_pkt *wg, struct dp_pkt_meta *wg_meta, uint16_t *n_wg,
		 struct dp_pkt *ret, uint16_t *n_ret);

/* decap.c: decrypt and authorize; returns the inner IPv4 packets (data at
 * the inner header, len = its total length), meta[i].peer = sender. */
uint16_t dp_decap(struct dp_worker *w, struct dp_pkt *pkts,
		  struct dp_pkt_meta *meta, uint16_t n);

/* forward.c: decrypted inner packets -> punt local / ICMP / SNAT / TX. */
void dp_forward(struct dp_worker *w, struct dp_pkt *pkts,
		const struct dp_pkt_meta *meta, uint16_t n);

/* retpath.c: internet packets for the egress address -> DNAT; returns
 * the packets to encrypt (data at the IPv4 header), meta[i].peer set. */
uint16_t dp_retpath(struct dp_worker *w, struct dp_pkt *pkts,
		    struct dp_pkt_meta *meta, uint16_t n);

/* encap.c: encrypt data (IPv4 packet or 0 bytes = keepalive) for meta
 * peers and send to their endpoints or punt for relay. Consumes all. */
/* Prepend UDP/IPv4 (our listen port -> ep, full checksums) to the UDP
 * payload at p->data; p->data ends at the IPv4 header. Headroom checked by
 * the caller. encap.c. */
void dp_udp4_wrap(struct dp_worker *w, struct dp_pkt *p, const struct tg_endpoint *ep,
		  uint32_t src_be);
void dp_encap(struct dp_worker *w, struct dp_pkt *pkts,
	      const struct dp_pkt_meta *meta, uint16_t n);

/* punt.c: copy to this worker's punt ring. 0, or -1 (counted
 * punt_ring_full / too_big). Does not free the packet. */
int dp_punt(struct dp_worker *w, enum tg_ring_kind kind, const uint8_t *data,
	    uint16_t len, uint32_t peer, uint16_t port,
	    const struct tg_endpoint *src, const struct tg_endpoint *dst);

/* filter_dp.c: the packet filter. setup/teardown: worker setup path
 * (0 or -ENOMEM). refresh: once per poll iteration, re-views the active
 * filter when the published copy changed. applies: does the filter judge
 * this peer's packets (Tailscale peer, or a configured static filter)?
 * in: inbound verdict on the inner packet at p->data; -1 when dropped
 * (counted by reason, freed), 0 when accepted (per-rule hit counted).
 * out: a packet towards a filtered peer (records UDP/SCTP reply flows). */
int dp_filter_setup(struct dp_worker *w);
void dp_filter_teardown(struct dp_worker *w);
void dp_filter_refresh(struct dp_worker *w);
bool dp_filter_applies(const struct dp_worker *w, const struct tg_peer_entry *pe);
int dp_filter_in(struct dp_worker *w, struct dp_pkt *p);
void dp_filter_out(struct dp_worker *w, const struct dp_pkt *p);

/* inject.c: drain up to one burst of this worker's inject ring. */
void dp_inject_poll(struct dp_worker *w);

/* icmp.c: build an ICMPv4 error about `orig` (an IPv4 packet) in a fresh
 * buffer: src_be -> orig's source. 0, or -1 when no buffer. */
int dp_icmp_error4(struct dp_worker *w, const uint8_t *orig, uint16_t orig_len,
		   uint8_t type, uint8_t code, uint16_t mtu, uint32_t src_be,
		   struct dp_pkt *out);

/* icmp.c: ICMPv6 error (RFC 4443) about IPv6 packet `orig`, quoting as
 * much as fits the minimum MTU, from src16 to orig's source. */
int dp_icmp6_error(struct dp_worker *w, const uint8_t *orig, uint16_t orig_len,
		   uint8_t type, uint8_t code, const uint8_t src16[16],
		   struct dp_pkt *out);

/* mss.c: clamp the MSS option of a TCP SYN in IPv4 packet `ip` to `mss`.
 * True when it was rewritten (checksum updated). */
bool dp_mss_clamp4(uint8_t *ip, uint16_t len, uint16_t mss);

/* Validate an IPv4 header at ip (cap bytes available): version, IHL,
 * checksum, total length <= cap. 0, or the drop reason. */
int dp_ip4_check(const uint8_t *ip, uint32_t cap, enum tg_drop *why);

#endif
