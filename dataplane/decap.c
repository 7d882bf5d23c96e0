/*
 * WireGuard transport-data receive (whitepaper §5.4.6): receiver-index
 * lookup, key age/message limits (REJECT_AFTER_TIME/_MESSAGES, §6.1), AEAD
 * open in place (nonce = counter), replay window after authentication,
 * rx_confirmed, per-peer counters, roaming (§2.1: the endpoint follows the
 * source of authenticated packets), keepalive consumption, inner IPv4
 * validation (IPv6 only when the netcfg enables it), the allowed-IPs
 * source check (DESIGN.md invariant 2) and then, for Tailscale peers or
 * with a configured static filter, the packet filter (filter_dp.c).
 * Worker lcores only (also the inject ring's DERP path, src family 0).
 */
#include <string.h>

#include "crypto.h"
#include "pkt.h"
#include "replay.h"
#include "stages.h"

static bool ep_equal(const struct tg_endpoint *a, const struct tg_endpoint *b)
{
	return a->family == b->family && a->port == b->port &&
	       !memcmp(a->addr, b->addr, a->family == 4 ? 4 : 16);
}

static void roam(struct dp_worker *w, struct tg_peer_entry *pe,
		 const struct tg_endpoint *src)
{
	struct tg_endpoint cur;

	if (!src->family)
		return;
	tg_peer_endpoint_get(pe, &cur);
	if (ep_equal(&cur, src))
		return;
	tg_peer_endpoint_set(pe, src);
	dp_count(w, TG_PATH_roam);
	/* Replies go to the new endpoint next: if it is a new on-link address,
	 * have the kernel resolve it now rather than on the first reply. */
	if (src->family == 4 && w->nh_lookup4) {
		uint8_t mac[6];

		(void)w->nh_lookup4(w->neigh, w->tailnet_port, dp_raw32(src->addr), mac);
	}
}

/* Inner packet checks; 0 or the drop reason. */
static int inner_check(struct dp_worker *w, struct dp_pkt *p, uint32_t peer,
		       enum tg_drop *why)
{
	uint8_t *ip = p->data;

	if (p->len >= 1 && (ip[0] >> 4) == 6) {
		if (!(w->cfg->flags & TG_NETCFG_F_IPV6)) {
			*why = TG_DROP_ipv6_disabled;
			return -1;
		}
		if (p->len < DP_IP6_HLEN ||
		    DP_IP6_HLEN + dp_be16(ip + DP_IP6_PLEN) > p->len) {
			*why = TG_DROP_inner_bad_packet;
			return -1;
		}
		p->len = (uint16_t)(DP_IP6_HLEN + dp_be16(ip + DP_IP6_PLEN));
		if (tg_aip_lookup6(w->region, ip + DP_IP6_SRC) != peer) {
			*why = TG_DROP_inner_src_not_allowed;
			return -1;
		}
		return 0;
	}
	if (dp_ip4_check(ip, p->len, why) < 0) {
		*why = TG_DROP_inner_bad_packet;
		return -1;
	}
	p->len = dp_be16(ip + DP_IP4_TOTLEN); /* strip WireGuard padding */
	if (tg_aip_lookup4(w->region, ip + DP_IP4_SRC) != peer) {
		*why = TG_DROP_inner_src_not_allowed;
		return -1;
	}
	return 0;
}

/* One data message at p->data (classified: type 4, len >= 32). 0 when p
 * now holds an inner packet; -1 when consumed (dropped or keepalive). */
static int decap_one(struct dp_worker *w, struct dp_pkt *p, struct dp_pkt_meta *m)
{
	struct tg_keypair *kp;
	struct tg_peer_entry *pe;
	struct tg_peer_counters *pc;
	uint64_t ctr;
	uint16_t wlen = p->len;
	enum tg_drop why;

	kp = tg_keypair_lookup(w->region, tg_le32_get(p->data + 4));
	if (!kp) {
		dp_drop(w, p, TG_DROP_wg_unknown_index);
		return -1;
	}
	ctr = tg_le64_get(p->data + 8);
	if ((w->now_ns > kp->birth_ns && w->now_ns - kp->birth_ns >= REJECT_AFTER_TIME) ||
	    ctr >= REJECT_AFTER_MESSAGES) {
		dp_drop(w, p, TG_DROP_wg_key_expired);
		return -1;
	}
	pe = kp->peer < w->region->hdr->sizes.max_peers ?
		     tg_region_peer(w->region, kp->peer) : NULL;
	if (!pe || atomic_load_explicit(&pe->state, memory_order_acquire) != TG_SLOT_LIVE) {
		dp_drop(w, p, TG_DROP_no_peer);
		return -1;
	}
	if (tg_aead->open(p->data + TG_WG_DATA_HDR_LEN, p->data + TG_WG_DATA_HDR_LEN,
			  (size_t)wlen - TG_WG_DATA_HDR_LEN, ctr, kp->recv_key) != 0) {
		dp_drop(w, p, TG_DROP_wg_bad_tag);
		return -1;
	}
	if (!dp_replay_accept(&kp->replay, ctr)) {
		dp_drop(w, p, TG_DROP_wg_replay);
		return -1;
	}
	if (!atomic_load_explicit(&kp->rx_confirmed, memory_order_relaxed))
		atomic_store_explicit(&kp->rx_confirmed, 1, memory_order_release);
	pc = tg_region_peer_ctr(w->region, w->id, kp->peer);
	pc->v[TG_PEER_rx_packets]++;
	pc->v[TG_PEER_rx_bytes] += wlen;
	pc->v[TG_PEER_last_rx_ns] = w->now_ns;
	roam(w, pe, &m->src);
	dp_count(w, TG_PATH_decap);
	p->data += TG_WG_DATA_HDR_LEN;
	p->len = (uint16_t)(wlen - TG_WG_DATA_MIN_LEN);
	if (p->len == 0) {
		dp_drop(w, p, TG_DROP_wg_keepalive);
		return -1;
	}
	pc->v[TG_PEER_last_data_rx_ns] = w->now_ns;
	if (inner_check(w, p, kp->peer, &why) < 0) {
		dp_drop(w, p, why);
		return -1;
	}
	if (dp_filter_applies(w, pe) && dp_filter_in(w, p) < 0)
		return -1;
	m->peer = kp->peer;
	return 0;
}

uint16_t dp_decap(struct dp_worker *w, struct dp_pkt *pkts,
		  struct dp_pkt_meta *meta, uint16_t n)
{
	uint16_t k = 0;

	for (uint16_t i = 0; i < n; i++) {
		if (i + 1 < n)
			__builtin_prefetch(pkts[i + 1].data);
		if (decap_one(w, &pkts[i], &meta[i]) == 0) {
			pkts[k] = pkts[i];
			meta[k] = meta[i];
			k++;
		}
	}
	return k;
}
