/*
 * WireGuard transport-data send (whitepaper §5.4.6): pick the peer's
 * keypair (current; or next once it is rx_confirmed and current is
 * missing), refuse keys past REJECT_AFTER_TIME / REJECT_AFTER_MESSAGES
 * (§6.1), take the nonce with an atomic fetch-add, pad the plaintext to a
 * multiple of 16 (capped at the tunnel MTU), seal in place, prepend the
 * data header, then UDP/IPv4/Ethernet to the peer's endpoint, or punt the
 * ciphertext for DERP when the peer has no direct path. Per-peer TX
 * counters. Worker lcores only.
 */
#include <string.h>

#include "crypto.h"
#include "csum.h"
#include "pkt.h"
#include "stages.h"

#define OUTER_HDRS (DP_ETH_HLEN + DP_IP4_HLEN + DP_UDP_HLEN + TG_WG_DATA_HDR_LEN)

static struct tg_keypair *usable(struct dp_worker *w, uint32_t slot, uint32_t peer)
{
	struct tg_keypair *kp;

	if (slot == TG_NONE || slot >= w->region->hdr->sizes.max_keypairs)
		return NULL;
	kp = tg_region_keypair(w->region, slot);
	if (!kp || atomic_load_explicit(&kp->state, memory_order_acquire) != TG_SLOT_LIVE ||
	    kp->peer != peer)
		return NULL;
	if (w->now_ns > kp->birth_ns && w->now_ns - kp->birth_ns >= REJECT_AFTER_TIME)
		return NULL;
	return kp;
}

static struct tg_keypair *pick_keypair(struct dp_worker *w, struct tg_peer_entry *pe,
				       uint32_t peer)
{
	struct tg_keypair *kp;
	uint32_t next = atomic_load_explicit(&pe->kp_next, memory_order_acquire);

	/* A responder keypair the peer has already used (rx_confirmed) is the
	 * one to send with, at once, as the Linux module rotates in its
	 * receive path: the cp's promotion to current comes a tick later, and
	 * a peer that lost its state (restarted) no longer has the old keys. */
	if (next != TG_NONE) {
		kp = usable(w, next, peer);
		if (kp && atomic_load_explicit(&kp->rx_confirmed, memory_order_acquire))
			return kp;
	}
	/* An expired current is not replaced here: rekey is the cp's job. */
	return usable(w, atomic_load_explicit(&pe->kp_current, memory_order_acquire), peer);
}

void dp_udp4_wrap(struct dp_worker *w, struct dp_pkt *p, const struct tg_endpoint *ep,
		  uint32_t src_be)
{
	const struct tg_netcfg *c = w->cfg;
	uint16_t ulen = (uint16_t)(p->len + DP_UDP_HLEN);
	uint8_t *udp = p->data - DP_UDP_HLEN;
	uint8_t *ip = udp - DP_IP4_HLEN;

	dp_put_be16(udp + DP_L4_SPORT, c->listen_port);
	memcpy(udp + DP_L4_DPORT, &ep->port, 2);
	dp_put_be16(udp + DP_UDP_LEN, ulen);
	dp_put_be16(udp + DP_UDP_CSUM, 0);
	memset(ip, 0, DP_IP4_HLEN);
	ip[0] = 0x45;
	dp_put_be16(ip + DP_IP4_TOTLEN, (uint16_t)(ulen + DP_IP4_HLEN));
	ip[DP_IP4_TTL] = 64;
	ip[DP_IP4_PROTO] = DP_IPPROTO_UDP;
	dp_put_raw32(ip + DP_IP4_SRC, src_be);
	memcpy(ip + DP_IP4_DST, ep->addr, 4);
	dp_put_be16(ip + DP_IP4_CSUM, dp_csum(ip, DP_IP4_HLEN));
	uint16_t uc = dp_csum_fold(dp_csum_partial(udp, ulen,
				   dp_csum_pseudo4(ip + DP_IP4_SRC, ip + DP_IP4_DST,
						   DP_IPPROTO_UDP, ulen)));
	dp_put_be16(udp + DP_UDP_CSUM, uc ? uc : 0xffff);
	p->data = ip;
	p->len = (uint16_t)(ulen + DP_IP4_HLEN);
}

static void encap_one(struct dp_worker *w, struct dp_pkt *p, uint32_t peer)
{
	const struct tg_netcfg *c = w->cfg;
	struct tg_peer_entry *pe;
	struct tg_keypair *kp;
	struct tg_peer_counters *pc;
	struct tg_endpoint ep;
	uint32_t plen = p->len, padded, src_be;
	uint64_t ctr;

	pe = peer < w->region->hdr->sizes.max_peers ? tg_region_peer(w->region, peer) : NULL;
	if (!pe || atomic_load_explicit(&pe->state, memory_order_acquire) != TG_SLOT_LIVE) {
		dp_drop(w, p, TG_DROP_no_peer);
		return;
	}
	if (dp_filter_applies(w, pe))
		dp_filter_out(w, p); /* UDP/SCTP replies the peer may send back */
	kp = pick_keypair(w, pe, peer);
	if (!kp) {
		/* tells the cp to start a handshake (wg_device.c tick) */
		tg_region_peer_ctr(w->region, w->id, peer)->v[TG_PEER_last_no_keypair_ns] =
			w->now_ns;
		dp_drop(w, p, TG_DROP_no_keypair);
		return;
	}
	padded = (plen + 15u) & ~15u;
	if (c->tunnel_mtu && padded > c->tunnel_mtu)
		padded = plen > c->tunnel_mtu ? plen : c->tunnel_mtu;
	if (dp_pkt_headroom(p) < OUTER_HDRS ||
	    dp_pkt_tailroom(p) < padded - plen + NOISE_AUTHTAG_LEN ||
	    padded + OUTER_HDRS + NOISE_AUTHTAG_LEN > UINT16_MAX) {
		dp_drop(w, p, TG_DROP_too_big);
		return;
	}
	ctr = atomic_fetch_add_explicit(&kp->send_counter, 1, memory_order_relaxed);
	if (ctr >= REJECT_AFTER_MESSAGES) {
		dp_drop(w, p, TG_DROP_no_keypair);
		return;
	}
	memset(p->data + plen, 0, padded - plen);
	tg_aead->seal(p->data, p->data, padded, ctr, kp->send_key);
	p->data -= TG_WG_DATA_HDR_LEN;
	p->data[0] = MESSAGE_DATA;
	p->data[1] = p->data[2] = p->data[3] = 0;
	tg_le32_put(p->data + 4, kp->remote_index);
	tg_le64_put(p->data + 8, ctr);
	p->len = (uint16_t)(TG_WG_DATA_HDR_LEN + padded + NOISE_AUTHTAG_LEN);

	pc = tg_region_peer_ctr(w->region, w->id, peer);
	pc->v[TG_PEER_tx_packets]++;
	pc->v[TG_PEER_tx_bytes] += p->len;
	pc->v[TG_PEER_last_tx_ns] = w->now_ns;
	if (plen)
		pc->v[TG_PEER_last_data_tx_ns] = w->now_ns;
	dp_count(w, TG_PATH_encap);

	tg_peer_endpoint_get(pe, &ep);
	src_be = c->listen_addr4 ? c->listen_addr4 : c->egress_addr4;
	if (ep.family != 4 || !src_be ||
	    (atomic_load_explicit(&pe->flags, memory_order_relaxed) & TG_PEER_F_RELAY_ONLY)) {
		/* no direct IPv4 path: the cp relays it over DERP */
		dp_punt(w, TG_PUNT_RELAY, p->data, p->len, peer, w->tailnet_port, NULL,
			ep.family ? &ep : NULL);
		dp_release(w, p, 1);
		return;
	}
	dp_udp4_wrap(w, p, &ep, src_be);
	dp_tx_ip4(w, w->tailnet_port, p, dp_raw32(p->data + DP_IP4_DST));
}

void dp_encap(struct dp_worker *w, struct dp_pkt *pkts,
	      const struct dp_pkt_meta *meta, uint16_t n)
{
	for (uint16_t i = 0; i < n; i++)
		encap_one(w, &pkts[i], meta[i].peer);
}
