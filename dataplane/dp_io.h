/*
 * The dataplane's packet handle and I/O backend ops table. A backend (DPDK
 * ethdev, native AF_XDP, in-memory for tests) is chosen once at start; the
 * worker loop calls it through this table, never per-packet branches.
 *
 * Packets are frames starting at the Ethernet header. Stages may move
 * `data` within [buf, buf + buf_len) to prepend or strip headers; the
 * backend turns the handle back into its own buffer on TX or free.
 * Runs on worker lcores; each worker owns its queues.
 */
#ifndef DP_IO_H
#define DP_IO_H

#include <stdint.h>

#define DP_BURST_MAX 64

struct dp_pkt {
	uint8_t *data;      /* frame start (Ethernet header) */
	uint8_t *buf;       /* buffer start (data - buf = headroom) */
	uint32_t buf_len;   /* whole buffer */
	uint16_t len;       /* frame length */
	uint16_t port;      /* rx port; set to the tx port before TX */
	uint64_t handle;    /* backend's handle (mbuf pointer, umem address) */
};

static inline uint32_t dp_pkt_headroom(const struct dp_pkt *p)
{
	return (uint32_t)(p->data - p->buf);
}

static inline uint32_t dp_pkt_tailroom(const struct dp_pkt *p)
{
	return p->buf_len - dp_pkt_headroom(p) - p->len;
}

struct dp_worker;

struct dp_io_ops {
	const char *name;
	/* Receive up to n frames from (port, this worker's queue). */
	uint16_t (*rx_burst)(struct dp_worker *w, uint16_t port,
			     struct dp_pkt *pkts, uint16_t n);
	/* Transmit; returns how many the backend took. The caller frees the
	 * rest (and counts them as tx_full). */
	uint16_t (*tx_burst)(struct dp_worker *w, uint16_t port,
			     struct dp_pkt *pkts, uint16_t n);
	/* Fresh buffers (for generated ICMP and inject); returns count. */
	uint16_t (*alloc)(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n);
	void (*free)(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n);
	/* Hand a frame to the kernel (exception path); may be NULL. 0: the
	 * kernel has it; -ENODEV: no kernel path for this port, -ENOBUFS: the
	 * path's queue is full (the frame is still the caller's, to drop). */
	int (*to_kernel)(struct dp_worker *w, struct dp_pkt *pkt);
	/* Flush pending TX / wake the kernel (need_wakeup); may be NULL. */
	void (*flush)(struct dp_worker *w);
};

#endif
