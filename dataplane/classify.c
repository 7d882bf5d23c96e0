/*
 * Classify received frames (DESIGN.md "Packet paths"): Ethernet, IPv4
 * header validation (RFC 791/1122: version, IHL, checksum, total length;
 * fragments are not reassembled), then by destination:
 *  - UDP to the WireGuard listen port (and address, when set): STUN
 *    (RFC 5389 magic cookie) and disco ("TS💬" magic) -> punt; WireGuard
 *    type and exact length first (wg_wire.h): 1/2/3 -> punt handshake,
 *    4 -> decap;
 *  - the egress address inside the NAT port range (TCP/UDP destination
 *    port, ICMP echo-reply id, ICMP errors quoting a NAT port) -> NAT
 *    return path;
 *  - anything else -> the kernel (exception path) or dropped not_for_us.
 * Worker lcores only.
 */
#include <errno.h>
#include <string.h>

#include "csum.h"
#include "pkt.h"
#include "stages.h"

#define STUN_MAGIC 0x2112a442u

static const uint8_t disco_magic[6] = { 0x54, 0x53, 0xf0, 0x9f, 0x92, 0xac };

int dp_ip4_check(const uint8_t *ip, uint32_t cap, enum tg_drop *why)
{
	unsigned hl;
	uint16_t tot;

	if (cap < DP_IP4_HLEN) {
		*why = TG_DROP_rx_short;
		return -1;
	}
	hl = dp_ip4_hlen(ip);
	if ((ip[0] >> 4) != 4 || hl < DP_IP4_HLEN || hl > cap ||
	    dp_csum(ip, hl) != 0) {
		*why = TG_DROP_ip_bad_header;
		return -1;
	}
	tot = dp_be16(ip + DP_IP4_TOTLEN);
	if (tot < hl || tot > cap) {
		*why = TG_DROP_ip_bad_length;
		return -1;
	}
	return 0;
}

/* The kernel gets what is not ours; without a kernel path (no XDP_PASS,
 * no exception port) it is a drop for `why`; a full exception queue is
 * a tx_full drop. */
static void to_kernel(struct dp_worker *w, struct dp_pkt *p, enum tg_drop why)
{
	int rc = w->io->to_kernel ? w->io->to_kernel(w, p) : -ENODEV;

	if (rc == 0)
		dp_count(w, TG_PATH_kernel_pass);
	else
		dp_drop(w, p, rc == -ENOBUFS ? TG_DROP_tx_full : why);
}

static bool is_stun(const uint8_t *u, uint16_t n)
{
	return n >= 20 && (u[0] & 0xc0) == 0 &&
	       ((uint32_t)u[4] << 24 | (uint32_t)u[5] << 16 | (uint32_t)u[6] << 8 | u[7]) ==
		       STUN_MAGIC;
}

static void endpoint4(struct tg_endpoint *ep, const uint8_t *addr, const uint8_t *port)
{
	memset(ep, 0, sizeof(*ep));
	ep->family = 4;
	memcpy(ep->addr, addr, 4);
	memcpy(&ep->port, port, 2); /* stays network order */
}

/* UDP to the WireGuard port. Returns true when p went to the wg list. */
static bool wg_port(struct dp_worker *w, struct dp_pkt *p, const uint8_t *ip,
		    const uint8_t *udp, uint16_t ulen, struct dp_pkt_meta *m)
{
	const uint8_t *u = udp + DP_UDP_HLEN;
	uint16_t n = (uint16_t)(ulen - DP_UDP_HLEN);
	struct tg_endpoint src, dst;
	enum tg_ring_kind kind;
	int t;

	endpoint4(&src, ip + DP_IP4_SRC, udp + DP_L4_SPORT);
	endpoint4(&dst, ip + DP_IP4_DST, udp + DP_L4_DPORT);
	/* WireGuard first: a STUN header (first byte 0, or a non-zero second
	 * byte) and disco ('T') can never pass its type check */
	t = tg_wg_classify(u, n);
	if (t == MESSAGE_DATA) {
		p->data = (uint8_t *)u;
		p->len = n;
		m->peer = TG_NONE;
		m->src = src;
		return true;
	}
	if (t != 0) {
		kind = TG_PUNT_HANDSHAKE;
	} else if (n >= sizeof(disco_magic) && !memcmp(u, disco_magic, sizeof(disco_magic))) {
		kind = TG_PUNT_DISCO;
	} else if (is_stun(u, n)) {
		kind = TG_PUNT_STUN;
	} else {
		bool known = n >= 4 && u[0] >= 1 && u[0] <= 4 && !(u[1] | u[2] | u[3]);

		dp_drop(w, p, known ? TG_DROP_wg_bad_length : TG_DROP_wg_bad_type);
		return false;
	}
	dp_punt(w, kind, u, n, TG_NONE, p->port, &src, &dst);
	dp_release(w, p, 1);
	return false;
}

/* An ICMP error is ours when the packet it quotes left from a NAT port
 * (TCP/UDP source port, echo id); errors about the kernel's own traffic
 * (PMTUD for the control plane's connections) go to the kernel. The NAT
 * validates the quoted packet fully. */
static bool quoted_in_range(const struct tg_netcfg *c, const uint8_t *icmp,
			    uint32_t len)
{
	const uint8_t *q = icmp + DP_ICMP_HLEN;
	unsigned qhl;
	uint16_t port;

	if (len < DP_ICMP_HLEN + DP_IP4_HLEN + 8)
		return false;
	qhl = dp_ip4_hlen(q);
	if (qhl < DP_IP4_HLEN || len < DP_ICMP_HLEN + qhl + 8)
		return false;
	if (q[DP_IP4_PROTO] == DP_IPPROTO_ICMP)
		port = dp_be16(q + qhl + DP_ICMP_ID);
	else
		port = dp_be16(q + qhl + DP_L4_SPORT);
	return port >= c->nat_port_lo && port <= c->nat_port_hi;
}

/* For the egress address: inside the NAT range? */
static bool nat_return(const struct tg_netcfg *c, const uint8_t *ip,
		       const uint8_t *l4, uint32_t l4len)
{
	uint16_t port;

	switch (ip[DP_IP4_PROTO]) {
	case DP_IPPROTO_TCP:
	case DP_IPPROTO_UDP:
		if (l4len < 4)
			return false;
		port = dp_be16(l4 + DP_L4_DPORT);
		break;
	case DP_IPPROTO_ICMP:
		if (l4len < DP_ICMP_HLEN)
			return false;
		if (l4[DP_ICMP_TYPE] == DP_ICMP_DEST_UNREACH ||
		    l4[DP_ICMP_TYPE] == DP_ICMP_TIME_EXCEEDED ||
		    l4[DP_ICMP_TYPE] == DP_ICMP_PARAM_PROBLEM)
			return quoted_in_range(c, l4, l4len);
		if (l4[DP_ICMP_TYPE] != DP_ICMP_ECHO_REPLY)
			return false;
		port = dp_be16(l4 + DP_ICMP_ID);
		break;
	default:
		return false;
	}
	return port >= c->nat_port_lo && port <= c->nat_port_hi;
}

enum cls { CLS_DONE, CLS_WG, CLS_RET };

static enum cls classify_one(struct dp_worker *w, struct dp_pkt *p,
			     struct dp_pkt_meta *m)
{
	const struct tg_netcfg *c = w->cfg;
	uint8_t *ip;
	enum tg_drop why;
	uint16_t et, tot;
	unsigned hl;

	if (p->len < DP_ETH_HLEN) {
		dp_drop(w, p, TG_DROP_rx_short);
		return CLS_DONE;
	}
	et = dp_be16(p->data + 12);
	if (et == DP_ETH_P_IPV6) {
		/* no IPv6 datapath yet: the kernel keeps ND and its own v6 */
		to_kernel(w, p, TG_DROP_ipv6_disabled);
		return CLS_DONE;
	}
	if (et != DP_ETH_P_IPV4) {
		to_kernel(w, p, TG_DROP_rx_not_ip);
		return CLS_DONE;
	}
	ip = p->data + DP_ETH_HLEN;
	if (dp_ip4_check(ip, (uint32_t)p->len - DP_ETH_HLEN, &why) < 0) {
		dp_drop(w, p, why);
		return CLS_DONE;
	}
	hl = dp_ip4_hlen(ip);
	tot = dp_be16(ip + DP_IP4_TOTLEN);
	p->len = (uint16_t)(DP_ETH_HLEN + tot); /* strip Ethernet padding */
	uint32_t dst = dp_raw32(ip + DP_IP4_DST);
	bool for_wg_addr = !c->listen_addr4 || dst == c->listen_addr4;
	bool for_egress = c->egress_addr4 && dst == c->egress_addr4;

	if (dp_ip4_is_fragment(ip)) {
		if (for_egress || (c->listen_addr4 && dst == c->listen_addr4))
			dp_drop(w, p, TG_DROP_ip_fragment);
		else
			to_kernel(w, p, TG_DROP_ip_fragment);
		return CLS_DONE;
	}
	const uint8_t *l4 = ip + hl;
	uint32_t l4len = tot - hl;

	if (ip[DP_IP4_PROTO] == DP_IPPROTO_UDP && for_wg_addr && l4len >= DP_UDP_HLEN &&
	    dp_be16(l4 + DP_L4_DPORT) == c->listen_port && c->listen_port) {
		uint16_t ulen = dp_be16(l4 + DP_UDP_LEN);

		if (ulen < DP_UDP_HLEN || ulen > l4len) {
			dp_drop(w, p, TG_DROP_ip_bad_length);
			return CLS_DONE;
		}
		return wg_port(w, p, ip, l4, ulen, m) ? CLS_WG : CLS_DONE;
	}
	if (for_egress && nat_return(c, ip, l4, l4len)) {
		p->data = ip;
		p->len = tot;
		return CLS_RET;
	}
	to_kernel(w, p, TG_DROP_not_for_us);
	return CLS_DONE;
}

void dp_classify(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n,
		 struct dp_pkt *wg, struct dp_pkt_meta *wg_meta, uint16_t *n_wg,
		 struct dp_pkt *ret, uint16_t *n_ret)
{
	struct dp_pkt_meta m;

	for (uint16_t i = 0; i < n; i++) {
		struct dp_pkt *p = &pkts[i];

		switch (classify_one(w, p, &m)) {
		case CLS_WG:
			wg_meta[*n_wg] = m;
			wg[(*n_wg)++] = *p;
			break;
		case CLS_RET:
			ret[(*n_ret)++] = *p;
			break;
		case CLS_DONE:
			break;
		}
	}
}
