/*
 * Owns: translating the config into the XDP steering program's tg_xdp_cfg
 * entry and writing it (bpf/xdp_tailgate.bpf.c rules; docs/dataplane.md
 * "The XDP program"). Main thread, setup path only.
 */
#include <errno.h>
#include <net/if.h>
#include <stdio.h>
#include <linux/if_link.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "xdp_cfg.h"

void dp_xdp_cfg_from_config(const struct tg_config *cfg, struct tg_xdp_cfg *out)
{
	memset(out, 0, sizeof(*out));
	out->flags = TG_XDP_F_CONFIGURED;
	out->listen_addr4 = cfg->wireguard.listen_addr4;
	out->listen_port = cfg->wireguard.listen_port;
	if (cfg->egress.addr4 && cfg->egress.port_lo &&
	    cfg->egress.port_hi >= cfg->egress.port_lo) {
		out->flags |= TG_XDP_F_EGRESS;
		out->egress_addr4 = cfg->egress.addr4;
		out->nat_port_lo = cfg->egress.port_lo;
		out->nat_port_hi = cfg->egress.port_hi;
	}
	if (cfg->egress.ipv6)
		out->flags |= TG_XDP_F_IPV6;
}

int dp_xdp_cfg_write(int map_fd, const struct tg_config *cfg)
{
	struct tg_xdp_cfg c;
	uint32_t key = 0;

	dp_xdp_cfg_from_config(cfg, &c);
	return bpf_map_update_elem(map_fd, &key, &c, BPF_ANY) ? -errno : 0;
}

/* fd of the map called `name` used by program fd `prog`, or -ENOENT. */
static int prog_map_fd(int prog, const char *name)
{
	struct bpf_prog_info pi;
	uint32_t ids[16], len = sizeof(pi);

	memset(&pi, 0, sizeof(pi));
	pi.nr_map_ids = 16;
	pi.map_ids = (uint64_t)(uintptr_t)ids;
	if (bpf_obj_get_info_by_fd(prog, &pi, &len))
		return -errno;
	for (uint32_t i = 0; i < pi.nr_map_ids && i < 16; i++) {
		struct bpf_map_info mi;
		uint32_t mlen = sizeof(mi);
		int fd = bpf_map_get_fd_by_id(ids[i]);

		if (fd < 0)
			continue;
		memset(&mi, 0, sizeof(mi));
		if (!bpf_obj_get_info_by_fd(fd, &mi, &mlen) && !strcmp(mi.name, name))
			return fd;
		close(fd);
	}
	return -ENOENT;
}

int dp_xdp_cfg_write_ifindex(int ifindex, const struct tg_config *cfg)
{
	struct bpf_prog_info pi;
	uint32_t id = 0, len = sizeof(pi);
	int prog, map, rc;

	if (bpf_xdp_query_id(ifindex, 0, &id) || !id)
		return -ENOENT;
	prog = bpf_prog_get_fd_by_id(id);
	if (prog < 0)
		return -errno;
	memset(&pi, 0, sizeof(pi));
	rc = bpf_obj_get_info_by_fd(prog, &pi, &len) ? -errno : 0;
	if (rc == 0 && strcmp(pi.name, TG_XDP_PROG_NAME) != 0)
		rc = -ENOENT;
	map = rc == 0 ? prog_map_fd(prog, TG_XDP_CFG_MAP) : rc;
	close(prog);
	if (map < 0)
		return map;
	rc = dp_xdp_cfg_write(map, cfg);
	close(map);
	return rc;
}

bool dp_xdp_attached_is_ours(int ifindex, uint32_t mode)
{
	struct bpf_prog_info info;
	uint32_t id = 0, len = sizeof(info);
	bool ours = false;
	int fd;

	if (bpf_xdp_query_id(ifindex, (int)mode, &id) || !id)
		return false;
	fd = bpf_prog_get_fd_by_id(id);
	if (fd < 0)
		return false;
	memset(&info, 0, sizeof(info));
	if (!bpf_obj_get_info_by_fd(fd, &info, &len))
		ours = strcmp(info.name, TG_XDP_PROG_NAME) == 0;
	close(fd);
	return ours;
}

int dp_xdp_detach_stale(const char *ifname)
{
	static const uint32_t modes[] = { XDP_FLAGS_DRV_MODE, XDP_FLAGS_SKB_MODE };
	int ifindex = (int)if_nametoindex(ifname), n = 0;

	if (!ifindex)
		return -ENODEV;
	for (unsigned i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		if (!dp_xdp_attached_is_ours(ifindex, modes[i]))
			continue;
		if (bpf_xdp_detach(ifindex, modes[i], NULL) == 0) {
			fprintf(stderr, "tailgate-dp: %s: removed a stale %s program " /* lint: setup */
				"(a dataplane that did not exit cleanly)\n", ifname,
				TG_XDP_PROG_NAME);
			n++;
		}
	}
	return n;
}
