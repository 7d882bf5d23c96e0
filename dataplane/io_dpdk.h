/*
 * DPDK ethdev backend. Setup API for main.c; docs/dataplane.md "DPDK".
 * This header carries no DPDK include so main.c builds without DPDK cflags.
 */
#ifndef DP_IO_DPDK_H
#define DP_IO_DPDK_H

#include "dp_backend.h"

/*
 * rte_eal_init with the config's EAL args, one mbuf pool, every configured
 * port (matched by DPDK device name, e.g. "net_af_xdp0", or by the kernel
 * interface the PMD sits on, e.g. "veth0") started with one RX and one TX
 * queue per worker (RSS over IP/TCP/UDP when more than one). An optional
 * exception port (a DPDK port named "net_tap*" not listed in the config)
 * carries to_kernel frames. Main thread; the EAL stays initialised until
 * close (DPDK cannot re-init in one process).
 */
int dp_dpdk_open(struct dp_backend *b, const struct tg_config *cfg,
		 const struct dp_backend_opts *opts, struct dp_worker *ws,
		 uint32_t n_workers, char *err, size_t errlen);

#endif
