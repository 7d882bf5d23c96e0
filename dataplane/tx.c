/*
 * Buffered transmit per port (DPDK l3fwd pattern): frames collect in the
 * worker's TX buffer and leave on a full burst or at the drain timer
 * (pipeline.c). Also the IPv4 Ethernet framing with next-hop resolution
 * (neigh.h: the kernel resolves). A packet whose next hop is not resolved
 * yet (a host new on the link, a client that just moved) is parked for up
 * to DP_PARK_NS while the kernel resolves it, a few per worker (worker.h),
 * as the kernel's own neighbour queue would; otherwise, or when the time
 * is up, it is dropped as no_neighbor.
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

/* Resolved next hop and this port's own MAC; -1 when either is unknown
 * (the lookup then asks the kernel to resolve). */
static int nh_macs(struct dp_worker *w, uint16_t port, uint32_t nh, uint8_t mac[6],
		   const uint8_t **own)
{
	if (!w->nh_lookup4 || !w->nh_port_mac || w->nh_lookup4(w->neigh, port, nh, mac) != 0)
		return -1;
	*own = w->nh_port_mac(w->neigh, port);
	return *own ? 0 : -1;
}

static void frame_and_send(struct dp_worker *w, uint16_t port, struct dp_pkt *p,
			   const uint8_t mac[6], const uint8_t *own)
{
	p->data -= DP_ETH_HLEN;
	p->len += DP_ETH_HLEN;
	memcpy(p->data, mac, 6);
	memcpy(p->data + 6, own, 6);
	dp_put_be16(p->data + 12, DP_ETH_P_IPV4);
	dp_tx_enqueue(w, port, p);
}

/* Is one of the first n parked packets waiting for (port, nh)? */
static bool parked_for(const struct dp_worker *w, uint8_t n, uint16_t port, uint32_t nh)
{
	for (uint8_t i = 0; i < n; i++)
		if (w->park[i].nexthop_be == nh && w->park[i].port == port)
			return true;
	return false;
}

void dp_tx_ip4_as(struct dp_worker *w, uint16_t port, struct dp_pkt *p,
		  uint32_t nexthop_dst_be, enum tg_path parked_ctr)
{
	uint8_t mac[6];
	const uint8_t *own = NULL;
	bool known;

	if (dp_pkt_headroom(p) < DP_ETH_HLEN) {
		dp_drop(w, p, TG_DROP_too_big);
		return;
	}
	known = nh_macs(w, port, nexthop_dst_be, mac, &own) == 0;
	/* behind packets already waiting for the same next hop: keep order */
	if (known && (!w->n_parked || !parked_for(w, w->n_parked, port, nexthop_dst_be))) {
		frame_and_send(w, port, p, mac, own);
		return;
	}
	if (w->n_parked < DP_PARK_SLOTS && w->nh_lookup4) {
		w->park[w->n_parked++] = (struct dp_parked){
			.p = *p, .nexthop_be = nexthop_dst_be, .port = port,
			.deadline_ns = w->now_ns + DP_PARK_NS,
		};
		w->ctr->path[parked_ctr]++;
		return;
	}
	if (known) /* no slot to queue behind the others: out of order, not lost */
		frame_and_send(w, port, p, mac, own);
	else
		dp_drop(w, p, TG_DROP_no_neighbor);
}

void dp_tx_ip4(struct dp_worker *w, uint16_t port, struct dp_pkt *p,
	       uint32_t nexthop_dst_be)
{
	dp_tx_ip4_as(w, port, p, nexthop_dst_be, TG_PATH_tx_parked);
}

void dp_tx_park_poll(struct dp_worker *w)
{
	uint8_t mac[6], keep = 0;
	const uint8_t *own = NULL;

	for (uint8_t i = 0; i < w->n_parked; i++) {
		struct dp_parked *k = &w->park[i];

		/* sent in arrival order: not ahead of one still kept */
		if (!parked_for(w, keep, k->port, k->nexthop_be) &&
		    nh_macs(w, k->port, k->nexthop_be, mac, &own) == 0)
			frame_and_send(w, k->port, &k->p, mac, own);
		else if (w->now_ns >= k->deadline_ns)
			dp_drop(w, &k->p, TG_DROP_no_neighbor);
		else
			w->park[keep++] = *k;
	}
	w->n_parked = keep;
}

void dp_tx_release_parked(struct dp_worker *w)
{
	for (uint8_t i = 0; i < w->n_parked; i++)
		dp_release(w, &w->park[i].p, 1);
	w->n_parked = 0;
}
