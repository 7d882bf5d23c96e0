/*
 * NAT return path (internet -> tunnel): conntrack lookup by (protocol,
 * external port or ICMP id, remote address/port), DNAT (nat.c, including
 * RFC 5508 ICMP error translation), TTL decrement, MSS clamp on SYN-ACK
 * (exit-node.md §2.5), Fragmentation Needed (RFC 1191) back to the
 * internet host for DF packets larger than the tunnel MTU, and the peer:
 * the flow's creator, which must still own the translated destination in
 * allowed-IPs (a re-assigned address never receives another peer's
 * flows). The result is handed to encap. Worker lcores only.
 */
#include "csum.h"
#include "pkt.h"
#include "stages.h"

static bool too_big(const struct tg_netcfg *c, const uint8_t *ip, uint16_t len)
{
	return c->tunnel_mtu && len > c->tunnel_mtu &&
	       (dp_be16(ip + DP_IP4_FRAG) & DP_IP4_F_DF);
}

static int ret_one(struct dp_worker *w, struct dp_pkt *p, struct dp_pkt_meta *m)
{
	const struct tg_netcfg *c = w->cfg;
	uint8_t *ip = p->data;
	enum tg_drop why;
	bool is_err, has_fn = false;
	uint32_t peer, owner;
	struct dp_pkt fn;

	if (!w->nat.base) {
		dp_drop(w, p, TG_DROP_nat_no_session);
		return -1;
	}
	if (ip[DP_IP4_TTL] <= 1) {
		dp_drop(w, p, TG_DROP_ret_ttl_exceeded);
		return -1;
	}
	/* quote the packet as the host sent it; sent only for a live flow */
	if (too_big(c, ip, p->len))
		has_fn = dp_icmp_error4(w, ip, p->len, DP_ICMP_DEST_UNREACH,
					DP_ICMP_FRAG_NEEDED, c->tunnel_mtu,
					c->egress_addr4, &fn) == 0;
	if (dp_nat_in(&w->nat, ip, p->len, c->egress_addr4, w->now_ns, &why, &is_err,
		      &peer) < 0) {
		if (has_fn)
			dp_release(w, &fn, 1);
		dp_drop(w, p, why);
		return -1;
	}
	if (has_fn) {
		dp_tx_ip4(w, w->internet_port, &fn, dp_raw32(fn.data + DP_IP4_DST));
		dp_drop(w, p, TG_DROP_ret_too_big);
		return -1;
	}
	owner = tg_aip_lookup4(w->region, ip + DP_IP4_DST);
	if (owner != peer) {
		dp_drop(w, p, owner == TG_NONE ? TG_DROP_no_peer : TG_DROP_peer_mismatch);
		return -1;
	}
	uint16_t old = dp_be16(ip + DP_IP4_TTL);

	ip[DP_IP4_TTL]--;
	dp_csum_update16(ip + DP_IP4_CSUM, old, dp_be16(ip + DP_IP4_TTL));
	dp_count(w, is_err ? TG_PATH_icmp_error_translated : TG_PATH_dnat);
	if (c->tunnel_mtu > 40 && dp_mss_clamp4(ip, p->len, (uint16_t)(c->tunnel_mtu - 40)))
		dp_count(w, TG_PATH_mss_clamped);
	m->peer = peer;
	m->src.family = 0;
	return 0;
}

uint16_t dp_retpath(struct dp_worker *w, struct dp_pkt *pkts,
		    struct dp_pkt_meta *meta, uint16_t n)
{
	uint16_t k = 0;

	for (uint16_t i = 0; i < n; i++) {
		if (ret_one(w, &pkts[i], &meta[k]) == 0)
			pkts[k++] = pkts[i];
	}
	return k;
}
