/*
 * AF_XDP backend internals shared by io_afxdp.c (per-packet ops, worker
 * thread) and io_afxdp_setup.c (open/close, main thread). Not for other
 * files: the public API is io_afxdp.h.
 */
#ifndef DP_IO_AFXDP_PRIV_H
#define DP_IO_AFXDP_PRIV_H

#include <net/if.h>
#include <stdbool.h>
#include <stdint.h>

#include <bpf/libbpf.h>
#include <xdp/xsk.h>

#include "io_afxdp.h"

#define AFXDP_FRAME 4096u           /* XSK_UMEM__DEFAULT_FRAME_SIZE */
#define AFXDP_FRAMES 4096u
#define AFXDP_RING 2048u            /* rx, tx, fill, completion */
#define AFXDP_HEADROOM 256u         /* UMEM frame_headroom (encap room) */
#define AFXDP_FILL_RESERVE 512u     /* frames kept back for alloc/TX copies */
#define HANDLE_PORT_SHIFT 56
#define HANDLE_ADDR_MASK ((1ULL << HANDLE_PORT_SHIFT) - 1)

struct afxdp_q {
	struct xsk_socket *xsk;
	struct xsk_umem *umem;
	struct xsk_ring_cons rx, cq;
	struct xsk_ring_prod tx, fq;
	uint8_t *area;
	uint32_t n_free;
	uint32_t tx_outstanding;     /* submitted, not yet completed */
	uint64_t stack[AFXDP_FRAMES]; /* free frame base offsets */
	int fd;
	bool is_zc;
};

struct afxdp_worker {
	uint16_t n_ports;
	struct afxdp_q q[TG_MAX_PORTS];
};

struct afxdp_port {
	char ifname[IF_NAMESIZE];
	int ifindex;
	struct bpf_object *obj;
	int prog_fd, xsks_fd, stats_fd;
	uint32_t attach_flags;       /* XDP_FLAGS_*_MODE used, 0 = not attached */
	const char *mode;
};

struct afxdp {
	uint16_t n_ports;
	uint32_t n_workers;
	struct afxdp_port port[TG_MAX_PORTS];
	struct afxdp_worker *wk;     /* n_workers */
};

extern const struct dp_io_ops dp_afxdp_ops;

/* Move free frames into the fill ring, keeping AFXDP_FILL_RESERVE back.
 * The queue's owner thread (or setup before workers start). */
void dp_afxdp_refill(struct afxdp_q *q);

#endif
