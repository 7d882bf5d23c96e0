/*
 * Buffered transmit per port (DPDK l3fwd pattern): frames collect in the
 * worker's TX buffer and leave on a full burst or at the drain timer
 * (pipeline.c). Also the IPv4 Ethernet framing with next-hop resolution
 * (neigh.h: the kernel resolves; unresolved is dropped and counted).
 * Worker lcores only.
 */
#include <stdatomic.h>
#include <string.h>

#include "pkt.h"
#include "stages.h"

#ifdef TG_TEST_BUILD
_Atomic int tg_test_tx_stall;
#endif

void dp_tx_flush(struct dp_worker *w, uint16_t port)
{
	struct dp_tx_buf *b = &w->tx[port];
	uint16_t sent;

	if (!b->n)
		return;
#ifdef TG_TEST_BUILD
	if (atomic_load_explicit(&tg_test_tx_stall, memory_order_relaxed))
		sent = 0;
	else
#endif
		sent = w->io->tx_burst(w, port, b->pkts, b->n);
	for (uint16_t i = 0; i < sent; i++) {
		w->ctr->port[port][TG_PORT_tx_packets]++;
		w->ctr->port[port][TG_PORT_tx_bytes] += b->pkts[i].len;
	}
	if (sent < b->n) {
		w->ctr->drop[TG_DROP_tx_full] += (uint64_t)(b->n - sent);
		dp_release(w, b->pkts + sent, (uint16_t)(b->n - sent));
	}
	b->n = 0;
}

void dp_tx_flush_all(struct dp_worker *w)
{
	for (uint16_t p = 0; p < w->n_ports; p++)
		dp_tx_flush(w, p);
	if (w->io->flush)
		w->io->flush(w);
}

void dp_tx_enqueue(struct dp_worker *w, uint16_t port, struct dp_pkt *p)
{
	struct dp_tx_buf *b = &w->tx[port];

	p->port = port;
	b->pkts[b->n++] = *p;
	if (b->n >= w->burst)
		dp_tx_flush(w, port);
}

void dp_tx_ip4(struct dp_worker *w, uint16_t port, struct dp_pkt *p,
	       uint32_t nexthop_dst_be)
{
	uint8_t mac[6];
	const uint8_t *own;

	if (dp_pkt_headroom(p) < DP_ETH_HLEN) {
		dp_drop(w, p, TG_DROP_too_big);
		return;
	}
	if (!w->nh_lookup4 || !w->nh_port_mac ||
	    w->nh_lookup4(w->neigh, port, nexthop_dst_be, mac) != 0 ||
	    !(own = w->nh_port_mac(w->neigh, port))) {
		dp_drop(w, p, TG_DROP_no_neighbor);
		return;
	}
	p->data -= DP_ETH_HLEN;
	p->len += DP_ETH_HLEN;
	memcpy(p->data, mac, 6);
	memcpy(p->data + 6, own, 6);
	dp_put_be16(p->data + 12, DP_ETH_P_IPV4);
	dp_tx_enqueue(w, port, p);
}
