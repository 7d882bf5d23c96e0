/*
 * In-memory I/O backend for unit tests (io_mem.h): a buffer pool with
 * headroom, per-port RX/TX/kernel queues of (buffer, offset, length).
 * Setup functions allocate; the ops (worker side) never do.
 * Runs on the one worker that owns the dp_mem.
 */
#include "io_mem.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "counters.h"
#include "worker.h"

struct memq {
	uint32_t head, tail; /* head: next to pop; tail: next free */
	struct { uint32_t idx, off; uint16_t len; } e[DP_MEM_QLEN];
};

struct dp_mem {
	uint32_t nbufs, buf_size, headroom;
	uint8_t *mem;
	uint32_t *free_stack;
	uint32_t n_free;
	uint16_t tx_limit;
	int kernel;
	struct memq rx[TG_MAX_PORTS], tx[TG_MAX_PORTS], kq[TG_MAX_PORTS];
};

static uint16_t mem_rx(struct dp_worker *w, uint16_t port, struct dp_pkt *pkts, uint16_t n);
static uint16_t mem_tx(struct dp_worker *w, uint16_t port, struct dp_pkt *pkts, uint16_t n);
static uint16_t mem_alloc(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n);
static void mem_free(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n);
static int mem_kernel(struct dp_worker *w, struct dp_pkt *pkt);

const struct dp_io_ops dp_io_mem_ops = {
	.name = "mem", .rx_burst = mem_rx, .tx_burst = mem_tx, .alloc = mem_alloc,
	.free = mem_free, .to_kernel = mem_kernel, .flush = NULL,
};

static const struct dp_io_ops mem_ops_nokernel = {
	.name = "mem", .rx_burst = mem_rx, .tx_burst = mem_tx, .alloc = mem_alloc,
	.free = mem_free, .to_kernel = NULL, .flush = NULL,
};

struct dp_mem *dp_mem_create(uint32_t nbufs, uint32_t buf_size, uint32_t headroom)
{
	struct dp_mem *m;

	if (!nbufs || buf_size < 256 || headroom >= buf_size || buf_size > 65535)
		return NULL;
	m = calloc(1, sizeof(*m)); /* lint: setup */
	if (!m)
		return NULL;
	m->mem = calloc(nbufs, buf_size); /* lint: setup */
	m->free_stack = calloc(nbufs, sizeof(uint32_t)); /* lint: setup */
	if (!m->mem || !m->free_stack) {
		dp_mem_destroy(m);
		return NULL;
	}
	m->nbufs = nbufs;
	m->buf_size = buf_size;
	m->headroom = headroom;
	for (uint32_t i = 0; i < nbufs; i++)
		m->free_stack[i] = nbufs - 1 - i;
	m->n_free = nbufs;
	m->tx_limit = UINT16_MAX;
	m->kernel = 1;
	return m;
}

void dp_mem_destroy(struct dp_mem *m)
{
	if (!m)
		return;
	free(m->mem); /* lint: setup */
	free(m->free_stack); /* lint: setup */
	free(m); /* lint: setup */
}

static struct dp_mem *priv(struct dp_worker *w)
{
	return w->io_priv;
}

static uint32_t buf_get(struct dp_mem *m)
{
	return m->n_free ? m->free_stack[--m->n_free] : UINT32_MAX;
}

static void buf_put(struct dp_mem *m, uint32_t idx)
{
	if (idx < m->nbufs && m->n_free < m->nbufs)
		m->free_stack[m->n_free++] = idx;
}

static int q_push(struct memq *q, uint32_t idx, uint32_t off, uint16_t len)
{
	if (q->tail - q->head >= DP_MEM_QLEN)
		return -ENOBUFS;
	q->e[q->tail % DP_MEM_QLEN].idx = idx;
	q->e[q->tail % DP_MEM_QLEN].off = off;
	q->e[q->tail % DP_MEM_QLEN].len = len;
	q->tail++;
	return 0;
}

int dp_mem_rx_push(struct dp_mem *m, uint16_t port, const void *frame, size_t len)
{
	uint32_t idx;

	if (port >= TG_MAX_PORTS || len > m->buf_size - m->headroom)
		return -EMSGSIZE;
	if (m->rx[port].tail - m->rx[port].head >= DP_MEM_QLEN)
		return -ENOBUFS;
	idx = buf_get(m);
	if (idx == UINT32_MAX)
		return -ENOBUFS;
	memcpy(m->mem + (size_t)idx * m->buf_size + m->headroom, frame, len);
	return q_push(&m->rx[port], idx, m->headroom, (uint16_t)len);
}

static int q_pop(struct dp_mem *m, struct memq *q, void *out, size_t cap)
{
	uint32_t idx, off;
	uint16_t len;

	if (q->head == q->tail)
		return -1;
	idx = q->e[q->head % DP_MEM_QLEN].idx;
	off = q->e[q->head % DP_MEM_QLEN].off;
	len = q->e[q->head % DP_MEM_QLEN].len;
	if (len > cap)
		return -EMSGSIZE;
	memcpy(out, m->mem + (size_t)idx * m->buf_size + off, len);
	q->head++;
	buf_put(m, idx);
	return len;
}

int dp_mem_tx_pop(struct dp_mem *m, uint16_t port, void *out, size_t cap)
{
	return port < TG_MAX_PORTS ? q_pop(m, &m->tx[port], out, cap) : -1;
}

int dp_mem_kernel_pop(struct dp_mem *m, uint16_t port, void *out, size_t cap)
{
	return port < TG_MAX_PORTS ? q_pop(m, &m->kq[port], out, cap) : -1;
}

uint32_t dp_mem_tx_pending(const struct dp_mem *m, uint16_t port)
{
	return port < TG_MAX_PORTS ? m->tx[port].tail - m->tx[port].head : 0;
}

uint32_t dp_mem_free_count(const struct dp_mem *m) { return m->n_free; }
uint32_t dp_mem_nbufs(const struct dp_mem *m) { return m->nbufs; }
void dp_mem_set_tx_limit(struct dp_mem *m, uint16_t limit) { m->tx_limit = limit; }
void dp_mem_set_kernel(struct dp_mem *m, int enabled) { m->kernel = enabled; }

const struct dp_io_ops *dp_mem_ops(const struct dp_mem *m)
{
	return m->kernel ? &dp_io_mem_ops : &mem_ops_nokernel;
}

static void fill(struct dp_mem *m, struct dp_pkt *p, uint32_t idx, uint32_t off, uint16_t len)
{
	p->buf = m->mem + (size_t)idx * m->buf_size;
	p->buf_len = m->buf_size;
	p->data = p->buf + off;
	p->len = len;
	p->handle = idx;
}

static uint16_t mem_rx(struct dp_worker *w, uint16_t port, struct dp_pkt *pkts, uint16_t n)
{
	struct dp_mem *m = priv(w);
	struct memq *q = &m->rx[port];
	uint16_t k = 0;

	while (k < n && q->head != q->tail) {
		uint32_t s = q->head % DP_MEM_QLEN;

		fill(m, &pkts[k], q->e[s].idx, q->e[s].off, q->e[s].len);
		pkts[k].port = port;
		q->head++;
		k++;
	}
	return k;
}

static uint16_t mem_tx(struct dp_worker *w, uint16_t port, struct dp_pkt *pkts, uint16_t n)
{
	struct dp_mem *m = priv(w);
	uint16_t k = 0;

	while (k < n && k < m->tx_limit &&
	       q_push(&m->tx[port], (uint32_t)pkts[k].handle,
		      (uint32_t)(pkts[k].data - pkts[k].buf), pkts[k].len) == 0)
		k++;
	return k;
}

static uint16_t mem_alloc(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	struct dp_mem *m = priv(w);
	uint16_t k = 0;

	for (; k < n; k++) {
		uint32_t idx = buf_get(m);

		if (idx == UINT32_MAX)
			break;
		fill(m, &pkts[k], idx, m->headroom, 0);
		pkts[k].port = 0;
	}
	return k;
}

static void mem_free(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	for (uint16_t i = 0; i < n; i++)
		buf_put(priv(w), (uint32_t)pkts[i].handle);
}

static int mem_kernel(struct dp_worker *w, struct dp_pkt *p)
{
	struct dp_mem *m = priv(w);

	return q_push(&m->kq[p->port], (uint32_t)p->handle, (uint32_t)(p->data - p->buf),
		      p->len) != 0 ? -ENOBUFS : 0;
}
