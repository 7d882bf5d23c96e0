/*
 * Native AF_XDP backend, per-packet side (DESIGN.md "Packet paths", AF_XDP
 * mode; docs/dataplane.md "AF_XDP backend"). Owns: the ops table and the
 * frame pools of each (port, worker queue) XSK; setup and the XDP program
 * are in io_afxdp_setup.c.
 *
 * Threads: the ops run on the worker that owns the queue (w->io_priv),
 * touching only its own rings.
 * The fast path makes no allocation; its only syscalls are the wakeups the
 * kernel asks for through need_wakeup (sendto for TX, recvfrom for fill).
 *
 * Frames: each UMEM holds AFXDP_FRAMES frames of AFXDP_FRAME bytes.
 * A frame is in exactly one place: the worker's free stack, the fill ring,
 * the RX ring / a dp_pkt the pipeline holds, or the TX/completion rings.
 * dp_pkt.handle = UMEM offset | (port << 56), so free/tx find the owner.
 * A packet transmitted on another port than its UMEM's is copied into a
 * frame of the destination socket (UMEMs are not shared between ports).
 */
#include <string.h>
#include <sys/socket.h>

#include "io_afxdp_priv.h"

/* ---- frames --------------------------------------------------------------- */

static inline void frame_put(struct afxdp_q *q, uint64_t addr)
{
	if (q->n_free < AFXDP_FRAMES) /* a double free would overflow */
		q->stack[q->n_free++] = addr & ~(uint64_t)(AFXDP_FRAME - 1);
}

static inline struct afxdp_q *owner(struct afxdp_worker *wk, uint64_t handle)
{
	return &wk->q[(handle >> HANDLE_PORT_SHIFT) % TG_MAX_PORTS];
}

static void reap_completions(struct afxdp_q *q)
{
	uint32_t idx, n = xsk_ring_cons__peek(&q->cq, AFXDP_RING, &idx);

	for (uint32_t i = 0; i < n; i++)
		frame_put(q, *xsk_ring_cons__comp_addr(&q->cq, idx + i));
	if (n) {
		xsk_ring_cons__release(&q->cq, n);
		q->tx_outstanding -= n;
	}
}

void dp_afxdp_refill(struct afxdp_q *q)
{
	uint32_t want, idx;

	if (q->n_free <= AFXDP_FILL_RESERVE)
		return;
	want = xsk_prod_nb_free(&q->fq, q->n_free - AFXDP_FILL_RESERVE);
	want = want > q->n_free - AFXDP_FILL_RESERVE ?
		       q->n_free - AFXDP_FILL_RESERVE : want;
	if (!want || xsk_ring_prod__reserve(&q->fq, want, &idx) != want)
		return;
	for (uint32_t i = 0; i < want; i++)
		*xsk_ring_prod__fill_addr(&q->fq, idx + i) = q->stack[--q->n_free];
	xsk_ring_prod__submit(&q->fq, want);
}

static inline void kick_tx(struct afxdp_q *q)
{
	/* Copy mode needs a sendto for every batch; zero-copy only when the
	 * driver asks. Errors (EAGAIN, EBUSY, ENOBUFS) mean "try later". */
	if (xsk_ring_prod__needs_wakeup(&q->tx))
		sendto(q->fd, NULL, 0, MSG_DONTWAIT, NULL, 0); /* lint: setup -- need_wakeup kick */
}

/* ---- ops (worker thread) -------------------------------------------------- */

static uint16_t afxdp_rx(struct dp_worker *w, uint16_t port,
			 struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;
	struct afxdp_q *q;
	uint32_t idx, got;

	if (port >= wk->n_ports)
		return 0;
	q = &wk->q[port];
	reap_completions(q);
	dp_afxdp_refill(q);
	got = xsk_ring_cons__peek(&q->rx, n, &idx);
	if (!got) {
		if (xsk_ring_prod__needs_wakeup(&q->fq))
			recvfrom(q->fd, NULL, 0, MSG_DONTWAIT, NULL, NULL); /* lint: setup -- need_wakeup */
		return 0;
	}
	for (uint32_t i = 0; i < got; i++) {
		const struct xdp_desc *d = xsk_ring_cons__rx_desc(&q->rx, idx + i);
		uint64_t addr = d->addr;
		uint64_t base = addr & ~(uint64_t)(AFXDP_FRAME - 1);

		pkts[i].buf = q->area + base;
		pkts[i].data = q->area + addr;
		pkts[i].buf_len = AFXDP_FRAME;
		pkts[i].len = (uint16_t)d->len;
		pkts[i].port = port;
		pkts[i].handle = addr | ((uint64_t)port << HANDLE_PORT_SHIFT);
	}
	xsk_ring_cons__release(&q->rx, got);
	return (uint16_t)got;
}

static void afxdp_free(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;

	for (uint16_t i = 0; i < n; i++)
		frame_put(owner(wk, pkts[i].handle), pkts[i].handle & HANDLE_ADDR_MASK);
}

/* How many of pkts[0..n) fit: TX slots, and a frame for each foreign one. */
static uint32_t tx_fit(struct afxdp_q *q, uint16_t port, const struct dp_pkt *pkts,
		       uint32_t n)
{
	uint32_t frames = q->n_free, i;

	n = xsk_prod_nb_free(&q->tx, n) < n ? xsk_prod_nb_free(&q->tx, n) : n;
	for (i = 0; i < n; i++) {
		if ((pkts[i].handle >> HANDLE_PORT_SHIFT) == port)
			continue;
		if (!frames || pkts[i].len > AFXDP_FRAME - AFXDP_HEADROOM)
			break;
		frames--;
	}
	return i;
}

static uint16_t afxdp_tx(struct dp_worker *w, uint16_t port,
			 struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;
	struct afxdp_q *q;
	uint32_t idx, k;

	if (port >= wk->n_ports || !n)
		return 0;
	q = &wk->q[port];
	reap_completions(q);
	k = tx_fit(q, port, pkts, n);
	if (!k || xsk_ring_prod__reserve(&q->tx, k, &idx) != k)
		return 0;
	for (uint32_t i = 0; i < k; i++) {
		struct xdp_desc *d = xsk_ring_prod__tx_desc(&q->tx, idx + i);
		const struct dp_pkt *p = &pkts[i];

		if ((p->handle >> HANDLE_PORT_SHIFT) == port) {
			d->addr = (uint64_t)(p->data - q->area);
		} else {
			uint64_t base = q->stack[--q->n_free];

			memcpy(q->area + base + AFXDP_HEADROOM, p->data, p->len);
			d->addr = base + AFXDP_HEADROOM;
			frame_put(owner(wk, p->handle), p->handle & HANDLE_ADDR_MASK);
		}
		d->len = p->len;
		d->options = 0;
	}
	xsk_ring_prod__submit(&q->tx, k);
	q->tx_outstanding += k;
	kick_tx(q);
	return (uint16_t)k;
}

static uint16_t afxdp_alloc(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;
	uint16_t got = 0;

	for (uint16_t port = 0; port < wk->n_ports && got < n; port++) {
		struct afxdp_q *q = &wk->q[port];

		while (got < n && q->n_free) {
			uint64_t base = q->stack[--q->n_free];

			pkts[got].buf = q->area + base;
			pkts[got].data = q->area + base + AFXDP_HEADROOM;
			pkts[got].buf_len = AFXDP_FRAME;
			pkts[got].len = 0;
			pkts[got].port = port;
			pkts[got].handle = (base + AFXDP_HEADROOM) |
					   ((uint64_t)port << HANDLE_PORT_SHIFT);
			got++;
		}
	}
	return got;
}

static void afxdp_flush(struct dp_worker *w)
{
	struct afxdp_worker *wk = w->io_priv;

	for (uint16_t p = 0; p < wk->n_ports; p++) {
		struct afxdp_q *q = &wk->q[p];

		reap_completions(q);
		if (q->tx_outstanding)
			kick_tx(q);
	}
}

const struct dp_io_ops dp_afxdp_ops = {
	.name = "afxdp",
	.rx_burst = afxdp_rx,
	.tx_burst = afxdp_tx,
	.alloc = afxdp_alloc,
	.free = afxdp_free,
	.to_kernel = NULL, /* the XDP program already passed what isn't ours */
	.flush = afxdp_flush,
};
