/*
 * afxdp_frames: the AF_XDP backend's frame bookkeeping (io_afxdp.c) without
 * a kernel. The four rings of two sockets are plain memory here and a small
 * simulated kernel plays the other side (consumes fill/TX, produces RX and
 * completions, as net/xdp/xsk_queue.h does). A seeded random mix of kernel
 * RX, rx_burst, tx_burst (same port and cross-port copies), free, alloc,
 * kernel TX completion and flush must conserve every UMEM frame: after each
 * step each frame is in exactly one place. Payload bytes must survive TX.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io_afxdp_priv.h"
#include "unit/test_util.h"

#define NPORT 2
#define HELD_MAX (2 * AFXDP_FRAMES)

struct ring_mem {
	uint32_t prod, cons, flags;
	void *ring;
};

struct sim {
	struct afxdp_worker wk;
	struct dp_worker w;
	struct ring_mem rm[NPORT][4]; /* fq, cq, rx, tx */
	struct dp_pkt held[HELD_MAX];
	uint32_t n_held;
	uint64_t tx_seen, tx_bad;
};

static void ring_prod(struct xsk_ring_prod *r, struct ring_mem *m, size_t esz)
{
	m->ring = calloc(AFXDP_RING, esz);
	r->producer = &m->prod;
	r->consumer = &m->cons;
	r->flags = &m->flags;
	r->ring = m->ring;
	r->size = AFXDP_RING;
	r->mask = AFXDP_RING - 1;
	r->cached_prod = 0;
	r->cached_cons = AFXDP_RING;
}

static void ring_cons(struct xsk_ring_cons *r, struct ring_mem *m, size_t esz)
{
	m->ring = calloc(AFXDP_RING, esz);
	r->producer = &m->prod;
	r->consumer = &m->cons;
	r->flags = &m->flags;
	r->ring = m->ring;
	r->size = AFXDP_RING;
	r->mask = AFXDP_RING - 1;
	r->cached_prod = 0;
	r->cached_cons = 0;
}

static struct sim *sim_new(void)
{
	struct sim *s = calloc(1, sizeof(*s));

	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	s->wk.n_ports = NPORT;
	for (int p = 0; p < NPORT; p++) {
		struct afxdp_q *q = &s->wk.q[p];

		q->area = aligned_alloc(AFXDP_FRAME, (size_t)AFXDP_FRAMES * AFXDP_FRAME);
		CU_ASSERT_PTR_NOT_NULL_FATAL(q->area);
		q->fd = -1;
		ring_prod(&q->fq, &s->rm[p][0], sizeof(uint64_t));
		ring_cons(&q->cq, &s->rm[p][1], sizeof(uint64_t));
		ring_cons(&q->rx, &s->rm[p][2], sizeof(struct xdp_desc));
		ring_prod(&q->tx, &s->rm[p][3], sizeof(struct xdp_desc));
		for (uint32_t i = 0; i < AFXDP_FRAMES; i++)
			q->stack[q->n_free++] = (uint64_t)(AFXDP_FRAMES - 1 - i) * AFXDP_FRAME;
		dp_afxdp_refill(q);
	}
	s->w.io = &dp_afxdp_ops;
	s->w.io_priv = &s->wk;
	s->w.n_ports = NPORT;
	return s;
}

static void sim_free(struct sim *s)
{
	for (int p = 0; p < NPORT; p++) {
		free(s->wk.q[p].area);
		for (int r = 0; r < 4; r++)
			free(s->rm[p][r].ring);
	}
	free(s);
}

/* Kernel: take up to n fill addresses, deliver frames tagged (port, seq). */
static void kernel_rx(struct sim *s, int p, uint32_t n, uint32_t *seq)
{
	struct ring_mem *fq = &s->rm[p][0], *rx = &s->rm[p][2];
	uint64_t *fa = fq->ring;
	struct xdp_desc *rd = rx->ring;

	while (n-- && fq->cons != fq->prod && rx->prod - rx->cons < AFXDP_RING) {
		uint64_t base = fa[fq->cons++ & (AFXDP_RING - 1)];
		uint64_t addr = base + AFXDP_HEADROOM;
		uint8_t *d = s->wk.q[p].area + addr;
		uint32_t len = 60 + (*seq % 200);

		memset(d, 0, len);
		d[0] = (uint8_t)p;
		memcpy(d + 1, seq, 4);
		rd[rx->prod & (AFXDP_RING - 1)] = (struct xdp_desc){ addr, len, 0 };
		rx->prod++;
		(*seq)++;
	}
}

/* Kernel: transmit everything on the TX ring, complete it. */
static void kernel_tx(struct sim *s, int p)
{
	struct ring_mem *tx = &s->rm[p][3], *cq = &s->rm[p][1];
	struct xdp_desc *td = tx->ring;
	uint64_t *ca = cq->ring;

	while (tx->cons != tx->prod && cq->prod - cq->cons < AFXDP_RING) {
		struct xdp_desc d = td[tx->cons++ & (AFXDP_RING - 1)];
		uint64_t base = d.addr & ~(uint64_t)(AFXDP_FRAME - 1);

		if (d.addr + d.len > base + AFXDP_FRAME || d.len < 5)
			s->tx_bad++;
		s->tx_seen++;
		ca[cq->prod++ & (AFXDP_RING - 1)] = d.addr;
	}
}

static int cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Every frame of port p's UMEM in exactly one place. */
static int conserved(struct sim *s, int p)
{
	static uint64_t all[AFXDP_FRAMES * 2];
	struct afxdp_q *q = &s->wk.q[p];
	struct ring_mem *m = s->rm[p];
	uint32_t n = 0;
	const uint64_t mask = ~(uint64_t)(AFXDP_FRAME - 1);

#define ADD(v) do { if (n < AFXDP_FRAMES * 2) all[n++] = (v) & mask; } while (0)
	for (uint32_t i = 0; i < q->n_free; i++)
		ADD(q->stack[i]);
	for (uint32_t i = m[0].cons; i != m[0].prod; i++) /* fill */
		ADD(((uint64_t *)m[0].ring)[i & (AFXDP_RING - 1)]);
	for (uint32_t i = m[1].cons; i != m[1].prod; i++) /* completion */
		ADD(((uint64_t *)m[1].ring)[i & (AFXDP_RING - 1)]);
	for (uint32_t i = m[2].cons; i != m[2].prod; i++) /* rx */
		ADD(((struct xdp_desc *)m[2].ring)[i & (AFXDP_RING - 1)].addr);
	for (uint32_t i = m[3].cons; i != m[3].prod; i++) /* tx */
		ADD(((struct xdp_desc *)m[3].ring)[i & (AFXDP_RING - 1)].addr);
	for (uint32_t i = 0; i < s->n_held; i++)
		if ((s->held[i].handle >> HANDLE_PORT_SHIFT) == (uint64_t)p)
			ADD(s->held[i].handle & HANDLE_ADDR_MASK);
#undef ADD
	if (n != AFXDP_FRAMES)
		return 0;
	qsort(all, n, sizeof(all[0]), cmp64);
	for (uint32_t i = 0; i < n; i++)
		if (all[i] != (uint64_t)i * AFXDP_FRAME)
			return 0;
	return 1;
}

static void drop_held(struct sim *s, uint32_t from, uint32_t k)
{
	memmove(&s->held[from], &s->held[from + k],
		(s->n_held - from - k) * sizeof(s->held[0]));
	s->n_held -= k;
}

static void step(struct sim *s, uint64_t *rng, uint32_t *seq)
{
	uint64_t r = tg_test_rand(rng);
	int p = (int)(r & 1);
	uint16_t k = (uint16_t)((r >> 8) % DP_BURST_MAX + 1);
	uint16_t got, took;

	switch ((r >> 4) % 7) {
	case 0:
		kernel_rx(s, p, k, seq);
		break;
	case 1:
		if (s->n_held + k > HELD_MAX)
			break;
		got = s->w.io->rx_burst(&s->w, (uint16_t)p, &s->held[s->n_held], k);
		for (uint16_t i = 0; i < got; i++) {
			const struct dp_pkt *h = &s->held[s->n_held + i];

			CU_ASSERT_EQUAL(h->data[0], p);
			CU_ASSERT(h->data >= h->buf && h->data + h->len <= h->buf + h->buf_len);
		}
		s->n_held += got;
		break;
	case 2: /* transmit the oldest k held on port p; free what is refused */
		k = k > s->n_held ? (uint16_t)s->n_held : k;
		took = s->w.io->tx_burst(&s->w, (uint16_t)p, s->held, k);
		CU_ASSERT(took <= k);
		s->w.io->free(&s->w, &s->held[took], (uint16_t)(k - took));
		drop_held(s, 0, k);
		break;
	case 3:
		k = k > s->n_held ? (uint16_t)s->n_held : k;
		s->w.io->free(&s->w, s->held, k);
		drop_held(s, 0, k);
		break;
	case 4:
		if (s->n_held + k > HELD_MAX)
			break;
		got = s->w.io->alloc(&s->w, &s->held[s->n_held], k);
		for (uint16_t i = 0; i < got; i++) {
			struct dp_pkt *h = &s->held[s->n_held + i];

			CU_ASSERT(dp_pkt_headroom(h) >= 128);
			h->len = 64;
			memset(h->data, 0xab, 64);
		}
		s->n_held += got;
		break;
	case 5:
		kernel_tx(s, p);
		break;
	default:
		s->w.io->flush(&s->w);
		break;
	}
}

static void test_conservation_random(void)
{
	uint64_t rng = tg_test_seed();
	uint32_t seq = 0;
	struct sim *s = sim_new();
	int ok = 1;

	for (int p = 0; p < NPORT; p++)
		CU_ASSERT_FATAL(conserved(s, p));
	for (int i = 0; i < 10000 && ok; i++) {
		step(s, &rng, &seq);
		/* A lost or duplicated frame stays so: checking every few
		 * steps finds it and keeps the suite fast. */
		for (int p = 0; p < NPORT && ok && (i % 16 == 15); p++)
			ok = conserved(s, p);
		if (!ok)
			fprintf(stderr, "afxdp_frames: frame lost/duplicated at step %d "
				"(TG_SEED=%llu)\n", i, tg_test_seed());
	}
	for (int p = 0; p < NPORT && ok; p++)
		ok = conserved(s, p);
	CU_ASSERT(ok);
	CU_ASSERT(s->tx_seen > 0);
	CU_ASSERT_EQUAL(s->tx_bad, 0);
	sim_free(s);
}

/* A frame received on port 0 and sent on port 1 is copied byte for byte
 * into a port-1 frame; the port-0 frame goes back to its pool. */
static void test_cross_port_copy(void)
{
	struct sim *s = sim_new();
	uint32_t seq = 0x01020304, before;
	struct dp_pkt pkt;
	uint8_t want[256];
	struct xdp_desc d;

	kernel_rx(s, 0, 1, &seq);
	CU_ASSERT_EQUAL_FATAL(s->w.io->rx_burst(&s->w, 0, &pkt, 1), 1);
	memcpy(want, pkt.data, pkt.len);
	before = s->wk.q[0].n_free;
	CU_ASSERT_EQUAL_FATAL(s->w.io->tx_burst(&s->w, 1, &pkt, 1), 1);
	CU_ASSERT_EQUAL(s->wk.q[0].n_free, before + 1);
	d = ((struct xdp_desc *)s->rm[1][3].ring)[0];
	CU_ASSERT_EQUAL(d.len, pkt.len);
	CU_ASSERT(memcmp(s->wk.q[1].area + d.addr, want, pkt.len) == 0);
	CU_ASSERT(conserved(s, 0) && conserved(s, 1));
	sim_free(s);
}

/* A full TX ring takes nothing; the caller still owns (and frees) all. */
static void test_tx_ring_full(void)
{
	struct sim *s = sim_new();
	struct dp_pkt pkts[DP_BURST_MAX];
	uint32_t total = 0;
	uint16_t got, took;

	for (;;) {
		got = s->w.io->alloc(&s->w, pkts, DP_BURST_MAX);
		if (!got)
			break;
		for (uint16_t i = 0; i < got; i++)
			pkts[i].len = 64;
		took = s->w.io->tx_burst(&s->w, pkts[0].port, pkts, got);
		total += took;
		s->w.io->free(&s->w, &pkts[took], (uint16_t)(got - took));
		if (took < got)
			break;
	}
	CU_ASSERT(total > 0);
	CU_ASSERT(conserved(s, 0) && conserved(s, 1));
	sim_free(s);
}

void afxdp_frames_test_register(void)
{
	TG_ADD_SUITE("afxdp_frames", NULL, NULL,
		     { "conservation_random", test_conservation_random },
		     { "cross_port_copy", test_cross_port_copy },
		     { "tx_ring_full", test_tx_ring_full });
}
