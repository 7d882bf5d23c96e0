/*
 * DPDK ethdev backend, per-packet side (DESIGN.md "Packet paths", DPDK mode;
 * docs/dataplane.md "DPDK backend"). Owns: the ops tables (RX/TX/alloc/free,
 * the exception path's to_kernel and drain). EAL, pool and port setup are in
 * io_dpdk_setup.c.
 *
 * Exception path (DESIGN.md: with a NIC bound to a userspace driver the
 * kernel still owns ARP, routing and the control plane's sockets): the k-th
 * net_tap port that the config does not list mirrors dp port k. Its kernel
 * interface gets the NIC's MAC; to_kernel writes a frame into the TAP (the
 * kernel receives it there), and every EXC_DRAIN_EVERY flushes a worker
 * moves what the kernel sent into the TAP (its own queue of it) out of the
 * NIC. Neighbours are then learnt on the TAP interface.
 *
 * Threads: dp_dpdk_open/close on the main thread. Workers are plain
 * pthreads pinned by main.c; thread_init registers each one with the EAL
 * (rte_thread_register) so it gets an lcore id and a mempool cache. Each
 * worker uses queue w->id of every port and nothing else, exception ports
 * included.
 *
 * mbuf <-> dp_pkt: data = rte_pktmbuf_mtod, buf = buf_addr, handle = the
 * mbuf pointer; on TX data_off/data_len/pkt_len are synced back from the
 * dp_pkt (stages may have moved data). Multi-segment mbufs never occur:
 * the pool's data room holds a whole frame and scatter is not enabled.
 */
#include <errno.h>
#include <stdint.h>

#include "io_dpdk_priv.h"

/* ---- ops (worker thread) -------------------------------------------------- */

static uint16_t dpdk_rx(struct dp_worker *w, uint16_t port, struct dp_pkt *pkts,
			uint16_t n)
{
	struct dpdk_worker *k = wk_of(w);
	struct rte_mbuf *m[DP_BURST_MAX];
	uint16_t got, out = 0;

	if (port >= k->d->n_ports)
		return 0;
	if (n > DP_BURST_MAX)
		n = DP_BURST_MAX;
	got = rte_eth_rx_burst(k->d->port_id[port], k->queue, m, n);
	for (uint16_t i = 0; i < got; i++) {
		if (m[i]->nb_segs != 1) { /* cannot happen without scatter */
			rte_pktmbuf_free(m[i]);
			continue;
		}
		pkts[out].data = rte_pktmbuf_mtod(m[i], uint8_t *);
		pkts[out].buf = m[i]->buf_addr;
		pkts[out].buf_len = m[i]->buf_len;
		pkts[out].len = m[i]->data_len;
		pkts[out].port = port;
		pkts[out].handle = (uint64_t)(uintptr_t)m[i];
		out++;
	}
	return out;
}

static inline struct rte_mbuf *sync_mbuf(const struct dp_pkt *p)
{
	struct rte_mbuf *m = (struct rte_mbuf *)(uintptr_t)p->handle;

	m->data_off = (uint16_t)(p->data - (uint8_t *)m->buf_addr);
	m->data_len = p->len;
	m->pkt_len = p->len;
	m->nb_segs = 1;
	m->next = NULL;
	return m;
}

static uint16_t dpdk_tx(struct dp_worker *w, uint16_t port, struct dp_pkt *pkts,
			uint16_t n)
{
	struct dpdk_worker *k = wk_of(w);
	struct rte_mbuf *m[DP_BURST_MAX];

	if (port >= k->d->n_ports)
		return 0;
	if (n > DP_BURST_MAX)
		n = DP_BURST_MAX;
	for (uint16_t i = 0; i < n; i++)
		m[i] = sync_mbuf(&pkts[i]);
	return rte_eth_tx_burst(k->d->port_id[port], k->queue, m, n);
}

static uint16_t dpdk_alloc(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	struct dpdk_worker *k = wk_of(w);
	struct rte_mbuf *m[DP_BURST_MAX];

	if (n > DP_BURST_MAX)
		n = DP_BURST_MAX;
	if (rte_pktmbuf_alloc_bulk(k->d->pool, m, n) != 0)
		return 0;
	for (uint16_t i = 0; i < n; i++) {
		pkts[i].data = rte_pktmbuf_mtod(m[i], uint8_t *);
		pkts[i].buf = m[i]->buf_addr;
		pkts[i].buf_len = m[i]->buf_len;
		pkts[i].len = 0;
		pkts[i].port = 0;
		pkts[i].handle = (uint64_t)(uintptr_t)m[i];
	}
	return n;
}

static void dpdk_free(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	(void)w;
	for (uint16_t i = 0; i < n; i++)
		rte_pktmbuf_free((struct rte_mbuf *)(uintptr_t)pkts[i].handle);
}

/* Exception path: the frame goes out of the TAP port, so the kernel
 * receives it on the TAP interface. Without a TAP for the port (a PMD
 * that sees every frame, e.g. net_af_xdp without our XDP program) the
 * caller drops and counts it; so too when the TAP queue is full. */
static int dpdk_to_kernel(struct dp_worker *w, struct dp_pkt *pkt)
{
	struct dpdk_worker *k = wk_of(w);
	int exc = pkt->port < k->d->n_ports ? k->d->exc_port[pkt->port] : -1;
	struct rte_mbuf *m;

	if (exc < 0)
		return -ENODEV;
	m = sync_mbuf(pkt);
	return rte_eth_tx_burst((uint16_t)exc, k->queue, &m, 1) == 1 ? 0 : -ENOBUFS;
}

/* Kernel -> wire: what the kernel transmitted on port p's TAP. */
static void dpdk_flush(struct dp_worker *w)
{
	struct dpdk_worker *k = wk_of(w);
	struct dpdk *d = k->d;
	struct rte_mbuf *m[DP_BURST_MAX];

	if (++k->flushes % EXC_DRAIN_EVERY)
		return;
	for (uint16_t p = 0; p < d->n_ports; p++) {
		uint16_t n, sent;
		uint64_t bytes = 0;

		if (d->exc_port[p] < 0)
			continue;
		n = rte_eth_rx_burst((uint16_t)d->exc_port[p], k->queue, m,
				     DP_BURST_MAX);
		if (!n)
			continue;
		sent = rte_eth_tx_burst(d->port_id[p], k->queue, m, n);
		for (uint16_t i = 0; i < sent; i++)
			bytes += m[i]->pkt_len;
		w->ctr->port[p][TG_PORT_tx_packets] += sent;
		w->ctr->port[p][TG_PORT_tx_bytes] += bytes;
		if (sent < n) {
			w->ctr->drop[TG_DROP_tx_full] += (uint64_t)(n - sent);
			rte_pktmbuf_free_bulk(m + sent, n - sent);
		}
	}
}

const struct dp_io_ops dp_dpdk_ops = {
	.name = "dpdk",
	.rx_burst = dpdk_rx,
	.tx_burst = dpdk_tx,
	.alloc = dpdk_alloc,
	.free = dpdk_free,
	.to_kernel = dpdk_to_kernel,
	.flush = dpdk_flush, /* drains the exception ports */
};

const struct dp_io_ops dp_dpdk_ops_noexc = {
	.name = "dpdk",
	.rx_burst = dpdk_rx,
	.tx_burst = dpdk_tx,
	.alloc = dpdk_alloc,
	.free = dpdk_free,
	.to_kernel = NULL,
	.flush = NULL, /* rte_eth_tx_burst hands frames to the PMD at once */
};
