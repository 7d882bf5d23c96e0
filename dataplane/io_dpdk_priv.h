/*
 * DPDK backend internals shared by io_dpdk.c (per-packet ops, worker thread)
 * and io_dpdk_setup.c (EAL, ports, main thread). Only for those two files
 * (both get DPDK's cflags); the public API is io_dpdk.h.
 */
#ifndef DP_IO_DPDK_PRIV_H
#define DP_IO_DPDK_PRIV_H

#include <net/if.h>
#include <stdbool.h>
#include <stdint.h>

/*
 * The Makefile strips DPDK's -march (portable objects), but DPDK 22.11's
 * inline rte_memcpy needs SSSE3+ intrinsics; enable exactly what the
 * packaged DPDK itself requires (corei7 = SSE4.2) for the DPDK headers only.
 */
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("sse4.2"))), apply_to = function)
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC target("sse4.2")
#endif
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#if defined(__clang__)
#pragma clang attribute pop
#elif defined(__GNUC__)
#pragma GCC pop_options
#endif

#include "io_dpdk.h"

#define DPDK_RX_DESC 1024
#define DPDK_TX_DESC 1024
#define DPDK_POOL_CACHE 256
#define DPDK_MAX_ARGS (TG_CFG_MAX_EAL_ARGS + 2)
#define EXC_DRAIN_EVERY 16  /* net_tap RX is a syscall per call: not every loop */

struct dpdk {
	uint16_t n_ports;
	uint16_t port_id[TG_MAX_PORTS];
	bool started[TG_MAX_PORTS];
	char kname[TG_MAX_PORTS][IF_NAMESIZE]; /* kernel iface under the PMD */
	int exc_port[TG_MAX_PORTS];   /* ethdev id of port p's TAP, or -1 */
	bool exc_started[TG_MAX_PORTS];
	char exc_kname[TG_MAX_PORTS][IF_NAMESIZE];
	bool has_exc;
	uint32_t n_workers;
	struct rte_mempool *pool;
	bool eal_up;
};

struct dpdk_worker {
	struct dpdk *d;
	uint16_t queue;
	uint32_t flushes;
};

static inline struct dpdk_worker *wk_of(struct dp_worker *w)
{
	return w->io_priv;
}

/* Ops tables (io_dpdk.c): with and without exception ports. */
extern const struct dp_io_ops dp_dpdk_ops;
extern const struct dp_io_ops dp_dpdk_ops_noexc;

#endif
