/*
 * Publishing the network configuration (struct tg_netcfg, an A/B copy in
 * the shared region) that the dataplane forwards with: egress address and
 * NAT port range, WireGuard listen address and port, MTUs, IPv6 and filter
 * flags. The cp is its only writer (DESIGN.md "The shared region"). Static
 * mode has no tailnet addresses of its own (n_local = 0); the Tailscale
 * control client adds them when it lands. Event-loop thread only.
 */
#ifndef CP_NETCFG_H
#define CP_NETCFG_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "region.h"

#define CP_NETCFG_SYNC_NS (100ULL * 1000000ULL) /* wait for workers, per commit */

/* The netcfg a config describes (pure). */
void cp_netcfg_fill(struct tg_netcfg *n, const struct tg_config *cfg);

/* Stage, fill from cfg and commit. 0, or -EBUSY (a worker has not left the
 * previous copy yet: retry later) with a message in err. */
int cp_netcfg_publish(struct tg_region *r, const struct tg_config *cfg,
		      char *err, size_t errlen);

/* Change only the WireGuard listen port (UAPI `listen_port`). 0 or -EBUSY. */
int cp_netcfg_set_listen_port(struct tg_region *r, uint16_t port);

#endif
