/*
 * Filling the XDP program's configuration map (bpf/tailgate_maps.h) from the
 * appliance config. Used by the AF_XDP backend (which loaded the object
 * itself) and by the DPDK backend when net_af_xdp loaded our object through
 * its xdp_prog= argument. Setup path, main thread.
 */
#ifndef DP_XDP_CFG_H
#define DP_XDP_CFG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bpf/tailgate_maps.h"
#include "config.h"

/* The map entry for this config (TG_XDP_F_CONFIGURED always set). */
void dp_xdp_cfg_from_config(const struct tg_config *cfg, struct tg_xdp_cfg *out);

/* Write it into map fd `map_fd`. 0 or -errno. */
int dp_xdp_cfg_write(int map_fd, const struct tg_config *cfg);

/*
 * Find the XDP program attached to ifindex (any mode); if it is
 * xdp_tailgate, write the config into its tg_xdp_cfg map. 0 when written,
 * -ENOENT when no program or a different one is attached, else -errno.
 */
int dp_xdp_cfg_write_ifindex(int ifindex, const struct tg_config *cfg);

/* Is the program attached to ifindex in `mode` (XDP_FLAGS_*_MODE) ours? */
bool dp_xdp_attached_is_ours(int ifindex, uint32_t mode);

/* Detach an xdp_tailgate program a killed dataplane left on ifname (never
 * anyone else's). Number removed, or -errno. */
int dp_xdp_detach_stale(const char *ifname);

#endif
