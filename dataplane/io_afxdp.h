/*
 * Native AF_XDP backend (libxdp's xsk API + libbpf). Setup API for main.c;
 * the per-packet ops live behind dp_backend.ops. docs/dataplane.md "AF_XDP".
 */
#ifndef DP_IO_AFXDP_H
#define DP_IO_AFXDP_H

#include <stdint.h>

#include "dp_backend.h"
#include "bpf/tailgate_maps.h"

#define DP_AFXDP_DEFAULT_OBJ "build/bpf/xdp_tailgate.bpf.o"

/*
 * Load the XDP object once per port, fill its tg_xdp_cfg from the config,
 * attach it (native; skb when xdp_mode is "skb", or "auto" and native
 * failed), then create one XSK per (port, worker) with its own UMEM
 * (zero-copy when cfg asks and the driver can, else copy mode) and insert
 * it into the port's XSKMAP. Main thread, before workers start.
 */
int dp_afxdp_open(struct dp_backend *b, const struct tg_config *cfg,
		  const struct dp_backend_opts *opts, struct dp_worker *ws,
		  uint32_t n_workers, char *err, size_t errlen);

/* Sum of the XDP program's per-CPU counters on a port (any thread). */
int dp_afxdp_xdp_stats(struct dp_backend *b, uint16_t port,
		       uint64_t out[TG_XDP_ST__COUNT]);

/* Filled by open: how each port ended up attached, for logs and tests. */
const char *dp_afxdp_port_mode(struct dp_backend *b, uint16_t port);

#endif
