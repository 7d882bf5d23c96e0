/*
 * Inject ring consumer (region.h ring contract; DESIGN.md "Packet
 * paths"): the cp hands this worker UDP payloads to send from the
 * WireGuard port (handshakes, disco, STUN), plaintext to encrypt for a
 * peer (netstack replies; 0 bytes = keepalive) and ciphertext that arrived
 * over DERP (decrypted like a direct packet, without roaming).
 * A TX packet whose next hop is not resolved yet (typically the handshake
 * response to a client that just appeared on the link) is parked while the
 * kernel resolves it, as any packet is (tx.c), counted as inject_parked.
 * Worker lcores only; this worker is the ring's single consumer.
 */
#include <errno.h>
#include <string.h>

#include "csum.h"
#include "pkt.h"
#include "stages.h"

#define INJECT_HDRS (DP_ETH_HLEN + DP_IP4_HLEN + DP_UDP_HLEN + TG_WG_DATA_HDR_LEN)

/* TG_INJECT_TX: p holds the UDP payload; add UDP/IPv4 and send. */
static void inject_tx(struct dp_worker *w, struct dp_pkt *p, const struct tg_ring_meta *m)
{
	const struct tg_netcfg *c = w->cfg;
	uint32_t src = c->listen_addr4 ? c->listen_addr4 : c->egress_addr4;

	if (m->dst.family != 4 || !src || !m->dst.port) {
		dp_drop(w, p, TG_DROP_inject_bad);
		return;
	}
	dp_udp4_wrap(w, p, &m->dst, src);
	dp_count(w, TG_PATH_inject_tx);
	dp_tx_ip4_as(w, w->tailnet_port, p, dp_raw32(m->dst.addr), TG_PATH_inject_parked);
}

static void inject_encrypt(struct dp_worker *w, struct dp_pkt *p, const struct tg_ring_meta *m)
{
	struct dp_pkt_meta pm = { .peer = m->peer };
	enum tg_drop why;

	bool is_v6 = p->len && (p->data[0] >> 4) == 6;

	if (m->peer == TG_NONE ||
	    (is_v6 && (!(w->cfg->flags & TG_NETCFG_F_IPV6) || p->len < DP_IP6_HLEN ||
		       DP_IP6_HLEN + dp_be16(p->data + DP_IP6_PLEN) != p->len)) ||
	    (p->len && !is_v6 && (dp_ip4_check(p->data, p->len, &why) < 0 ||
				  dp_be16(p->data + DP_IP4_TOTLEN) != p->len))) {
		dp_drop(w, p, TG_DROP_inject_bad);
		return;
	}
	dp_count(w, TG_PATH_inject_encrypt);
	dp_encap(w, p, &pm, 1);
}

static void inject_decrypt(struct dp_worker *w, struct dp_pkt *p, const struct tg_ring_meta *m)
{
	struct dp_pkt_meta pm = { .peer = TG_NONE };

	if (tg_wg_classify(p->data, p->len) != MESSAGE_DATA) {
		dp_drop(w, p, TG_DROP_inject_bad);
		return;
	}
	(void)m;
	dp_count(w, TG_PATH_inject_decrypt);
	if (dp_decap(w, p, &pm, 1) == 1)
		dp_forward(w, p, &pm, 1);
}

void dp_inject_poll(struct dp_worker *w)
{
	struct tg_ring *ring = tg_region_inject(w->region, w->id);
	struct tg_ring_meta m;
	struct dp_pkt p;

	for (uint16_t i = 0; i < w->burst; i++) {
		if (!tg_ring_depth(ring))
			return;
		if (w->io->alloc(w, &p, 1) != 1)
			return; /* no buffer now; the slot waits in the ring */
		if (dp_pkt_headroom(&p) < INJECT_HDRS) {
			dp_release(w, &p, 1);
			return;
		}
		uint32_t cap = dp_pkt_tailroom(&p) + p.len;
		int rc = tg_ring_dequeue(ring, &m, p.data, cap > 64 ? cap - 64 : 0);

		if (rc == -EAGAIN) {
			dp_release(w, &p, 1);
			return;
		}
		if (rc != 0) {
			dp_drop(w, &p, rc == -EMSGSIZE ? TG_DROP_too_big : TG_DROP_inject_bad);
			continue;
		}
		p.len = m.len;
		switch (m.kind) {
		case TG_INJECT_TX:
			inject_tx(w, &p, &m);
			break;
		case TG_INJECT_ENCRYPT:
			inject_encrypt(w, &p, &m);
			break;
		case TG_INJECT_DECRYPT:
			inject_decrypt(w, &p, &m);
			break;
		default:
			dp_drop(w, &p, TG_DROP_inject_bad);
			break;
		}
	}
}
