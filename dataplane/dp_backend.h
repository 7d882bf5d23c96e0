/*
 * Backend lifecycle (setup path, main thread): what a packet I/O backend
 * exposes besides its per-packet ops table (dp_io.h). Chosen once at start
 * by main.c from the config; workers only ever see w->io and w->io_priv.
 *
 * Contract:
 *  - open: claims the ports and one (port, queue) per worker (worker i owns
 *    queue i of every port), fills w->io / w->io_priv of every worker, and
 *    on failure releases everything it took (one goto ladder) and returns
 *    -errno with the reason in err;
 *  - thread_init/thread_fini: run ON the worker thread before the first
 *    and after the last poll (DPDK registers the thread as an lcore);
 *  - close: releases queues and ports and detaches anything attached to a
 *    kernel interface. Safe after a failed or partial open.
 */
#ifndef DP_BACKEND_H
#define DP_BACKEND_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "worker.h"

struct dp_backend {
	const char *name;
	const struct dp_io_ops *ops;
	int (*thread_init)(struct dp_backend *b, struct dp_worker *w);
	void (*thread_fini)(struct dp_backend *b, struct dp_worker *w);
	void (*close)(struct dp_backend *b, struct dp_worker *ws, uint32_t n);
	/* The kernel interface behind dp port `port` (neighbours), or NULL,
	 * and the MAC the port sends from. */
	const char *(*kernel_ifname)(struct dp_backend *b, uint16_t port);
	int (*port_mac)(struct dp_backend *b, uint16_t port, uint8_t mac[6]);
	void *priv;
};

/* Options that come from the command line rather than the config. */
struct dp_backend_opts {
	const char *bpf_obj;     /* AF_XDP: XDP object path */
};

#endif
