/*
 * Network-configuration publisher (see netcfg.h): writes the inactive A/B
 * copy of struct tg_netcfg and flips it (tg_netcfg_stage/commit, region.h).
 * Runs on the cp event-loop thread, the region's single table writer.
 */
#include "netcfg.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

void cp_netcfg_fill(struct tg_netcfg *n, const struct tg_config *cfg)
{
	memset(n, 0, sizeof(*n));
	n->egress_addr4 = cfg->egress.addr4;
	n->nat_port_lo = cfg->egress.port_lo;
	n->nat_port_hi = cfg->egress.port_hi;
	n->listen_addr4 = cfg->wireguard.listen_addr4;
	n->listen_port = cfg->wireguard.listen_port;
	n->tunnel_mtu = cfg->wireguard.mtu;
	n->egress_mtu = cfg->egress.mtu;
	n->n_local = 0;
	n->flags = (cfg->egress.ipv6 ? TG_NETCFG_F_IPV6 : 0) |
		   (cfg->wireguard.filter_file[0] ? TG_NETCFG_F_FILTER : 0);
}

int cp_netcfg_publish(struct tg_region *r, const struct tg_config *cfg,
		      char *err, size_t errlen)
{
	struct tg_netcfg *n = tg_netcfg_stage(r);

	if (!n) {
		snprintf(err, errlen, "network config not published: a dataplane worker "
			 "still uses the previous copy");
		return -EBUSY;
	}
	cp_netcfg_fill(n, cfg);
	return tg_netcfg_commit(r, CP_NETCFG_SYNC_NS);
}

int cp_netcfg_set_listen_port(struct tg_region *r, uint16_t port)
{
	struct tg_netcfg *n = tg_netcfg_stage(r);

	if (!n)
		return -EBUSY;
	n->listen_port = port;
	return tg_netcfg_commit(r, CP_NETCFG_SYNC_NS);
}
