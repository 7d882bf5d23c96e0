/*
 * Forwarding of decrypted tunnel packets (DESIGN.md "Packet paths",
 * exit-node.md §2.3-2.5): our own tailnet addresses -> punt to the cp;
 * the tailnet range, loopback, link-local, multicast and broadcast are
 * never forwarded (dst_local_denied);
 * TTL <= 1 -> ICMP Time Exceeded back through the tunnel; larger than the
 * egress MTU with DF -> ICMP Fragmentation Needed (next-hop MTU); then
 * TTL decrement, SNAT (nat.c), MSS clamp on SYN, Ethernet and TX on the
 * internet port. IPv6 (opt-in): local addresses punted, no egress (ICMPv6
 * no-route back at once, exit-node.md §2.4). Worker lcores only.
 */
#include <string.h>

#include "csum.h"
#include "pkt.h"
#include "stages.h"

static bool is_local(const struct tg_netcfg *c, const uint8_t *dst)
{
	for (uint16_t i = 0; i < c->n_local && i < TG_MAX_LOCAL_ADDRS; i++)
		if (c->local[i].family == 4 && !memcmp(c->local[i].addr, dst, 4))
			return true;
	return false;
}

/* Never forwarded to the internet: the tailnet range 100.64.0.0/10 (no
 * hairpinning, exit-node.md §2.3), "this network" 0/8, loopback 127/8,
 * link-local 169.254/16, multicast and reserved 224/3 (incl. broadcast). */
static bool is_special(const uint8_t *d)
{
	return (d[0] == 100 && (d[1] & 0xc0) == 64) || d[0] == 0 || d[0] == 127 ||
	       (d[0] == 169 && d[1] == 254) || d[0] >= 224;
}

/* Source for errors we generate: our first tailnet IPv4, else egress. */
static uint32_t icmp_source(const struct tg_netcfg *c)
{
	uint32_t a;

	for (uint16_t i = 0; i < c->n_local && i < TG_MAX_LOCAL_ADDRS; i++)
		if (c->local[i].family == 4) {
			memcpy(&a, c->local[i].addr, 4);
			return a;
		}
	return c->egress_addr4;
}

/* Send an ICMP error about p back to its sender through the tunnel. */
static void icmp_back(struct dp_worker *w, const struct dp_pkt *p, uint32_t peer,
		      uint8_t type, uint8_t code, uint16_t mtu)
{
	struct dp_pkt e;
	struct dp_pkt_meta m = { .peer = peer };

	if (dp_icmp_error4(w, p->data, p->len, type, code, mtu,
			   icmp_source(w->cfg), &e) == 0)
		dp_encap(w, &e, &m, 1);
}

static void ttl_dec(uint8_t *ip)
{
	uint16_t old = dp_be16(ip + DP_IP4_TTL);

	ip[DP_IP4_TTL]--;
	dp_csum_update16(ip + DP_IP4_CSUM, old, dp_be16(ip + DP_IP4_TTL));
}

/* IPv6 (opt-in): our own addresses are punted; there is no IPv6 egress
 * (no egress address or NAT66 in the region contract), so everything else
 * is answered with ICMPv6 "no route" at once and dropped. */
static void forward6(struct dp_worker *w, struct dp_pkt *p, uint32_t peer)
{
	const struct tg_netcfg *c = w->cfg;
	const uint8_t *src = NULL;
	struct dp_pkt e;
	struct dp_pkt_meta m = { .peer = peer };

	for (uint16_t i = 0; i < c->n_local && i < TG_MAX_LOCAL_ADDRS; i++) {
		if (c->local[i].family != 6)
			continue;
		if (!memcmp(c->local[i].addr, p->data + DP_IP6_DST, 16)) {
			dp_punt(w, TG_PUNT_LOCAL, p->data, p->len, peer, w->tailnet_port,
				NULL, NULL);
			dp_release(w, p, 1);
			return;
		}
		if (!src)
			src = c->local[i].addr;
	}
	/* never answer an ICMPv6 error with another one (RFC 4443 §2.4) */
	if (src && !(p->data[DP_IP6_NEXT] == DP_IPPROTO_ICMPV6 && p->len > DP_IP6_HLEN &&
		     p->data[DP_IP6_HLEN] < 128) &&
	    dp_icmp6_error(w, p->data, p->len, DP_ICMP6_DEST_UNREACH, DP_ICMP6_NO_ROUTE,
			   src, &e) == 0)
		dp_encap(w, &e, &m, 1);
	dp_drop(w, p, TG_DROP_no_route);
}

static void forward_one(struct dp_worker *w, struct dp_pkt *p, uint32_t peer)
{
	const struct tg_netcfg *c = w->cfg;
	uint8_t *ip = p->data;
	enum tg_drop why;
	enum tg_path path;

	if ((ip[0] >> 4) == 6) {
		forward6(w, p, peer);
		return;
	}
	if (is_local(c, ip + DP_IP4_DST)) {
		dp_punt(w, TG_PUNT_LOCAL, ip, p->len, peer, w->tailnet_port, NULL, NULL);
		dp_release(w, p, 1);
		return;
	}
	if (is_special(ip + DP_IP4_DST)) {
		dp_drop(w, p, TG_DROP_dst_local_denied);
		return;
	}
	if (!c->egress_addr4 || !w->nat.base) {
		dp_drop(w, p, TG_DROP_no_route);
		return;
	}
	if (dp_ip4_is_fragment(ip)) {
		dp_drop(w, p, TG_DROP_ip_fragment);
		return;
	}
	if (ip[DP_IP4_TTL] <= 1) {
		icmp_back(w, p, peer, DP_ICMP_TIME_EXCEEDED, 0, 0);
		dp_drop(w, p, TG_DROP_inner_ttl_exceeded);
		return;
	}
	if (c->egress_mtu && p->len > c->egress_mtu) {
		if (dp_be16(ip + DP_IP4_FRAG) & DP_IP4_F_DF) {
			icmp_back(w, p, peer, DP_ICMP_DEST_UNREACH, DP_ICMP_FRAG_NEEDED,
				  c->egress_mtu);
			dp_drop(w, p, TG_DROP_inner_too_big);
		} else {
			dp_drop(w, p, TG_DROP_too_big); /* no fragmentation */
		}
		return;
	}
	if (dp_nat_out(&w->nat, w->nat_part, ip, p->len, c->egress_addr4, peer,
		       w->now_ns, &why, &path) < 0) {
		dp_drop(w, p, why);
		return;
	}
	if (path != TG_PATH__COUNT)
		dp_count(w, path);
	dp_count(w, TG_PATH_snat);
	ttl_dec(ip);
	if (c->tunnel_mtu > 40 && dp_mss_clamp4(ip, p->len, (uint16_t)(c->tunnel_mtu - 40)))
		dp_count(w, TG_PATH_mss_clamped);
	dp_tx_ip4(w, w->internet_port, p, dp_raw32(ip + DP_IP4_DST));
}

void dp_forward(struct dp_worker *w, struct dp_pkt *pkts,
		const struct dp_pkt_meta *meta, uint16_t n)
{
	for (uint16_t i = 0; i < n; i++)
		forward_one(w, &pkts[i], meta[i].peer);
}
