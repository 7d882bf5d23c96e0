/*
 * NAT return path (internet -> tunnel): conntrack lookup by (protocol,
 * external port or ICMP id, remote address/port), DNAT (nat.c, including
 * RFC 5508 ICMP error translation), TTL decrement, MSS clamp on SYN-ACK
 * (exit-node.md §2.5), and the owning peer by allowed-IPs on the
 * translated destination (WireGuard routes by destination). The result is
 * handed to encap. Worker lcores only.
 */
#include "csum.h"
#include "pkt.h"
#include "stages.h"

static int ret_one(struct dp_worker *w, struct dp_pkt *p, struct dp_pkt_meta *m)
{
	const struct tg_netcfg *c = w->cfg;
	uint8_t *ip = p->data;
	enum tg_drop why;
	bool is_err;
	uint32_t peer;

	if (!w->nat.base) {
		dp_drop(w, p, TG_DROP_nat_no_session);
		return -1;
	}
	if (ip[DP_IP4_TTL] <= 1) {
		dp_drop(w, p, TG_DROP_ret_ttl_exceeded);
		return -1;
	}
	if (dp_nat_in(&w->nat, ip, p->len, c->egress_addr4, w->now_ns, &why, &is_err) < 0) {
		dp_drop(w, p, why);
		return -1;
	}
	peer = tg_aip_lookup4(w->region, ip + DP_IP4_DST);
	if (peer == TG_NONE) {
		dp_drop(w, p, TG_DROP_no_peer);
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
