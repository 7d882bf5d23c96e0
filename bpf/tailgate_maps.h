/*
 * Maps shared between bpf/xdp_tailgate.bpf.c and user space
 * (dataplane/io_afxdp.c). One header, included by both sides, so the
 * layouts cannot drift. docs/dataplane.md "The XDP program" has the rules.
 *
 * Writer of tg_xdp_cfg: tailgate-dp's setup thread (once at start, before
 * any socket is inserted; rewritten only by a restart). Reader: the XDP
 * program on every packet. Counters: written per CPU by the program, read
 * (summed) by user space and tests (`bpftool map dump name tg_xdp_stats`).
 */
#ifndef TG_BPF_MAPS_H
#define TG_BPF_MAPS_H

#ifdef __bpf__
/* the BPF object includes tailgate_bpf_defs.h first (no linux/ headers) */
typedef __u8 tg_u8;
typedef __u16 tg_u16;
typedef __u32 tg_u32;
typedef __u64 tg_u64;
#else
#include <stdint.h>
typedef uint8_t tg_u8;
typedef uint16_t tg_u16;
typedef uint32_t tg_u32;
typedef uint64_t tg_u64;
#endif

/* Map names as seen by bpf_object__find_map_by_name and bpftool. */
#define TG_XDP_CFG_MAP "tg_xdp_cfg"
/* "xsks_map": the name DPDK's net_af_xdp PMD requires of an xdp_prog= object. */
#define TG_XDP_XSKS_MAP "xsks_map"
#define TG_XDP_STATS_MAP "tg_xdp_stats"
#define TG_XDP_PROG_NAME "xdp_tailgate"

/* Queues per interface the XSKMAP can hold (index = rx queue). */
#define TG_XDP_MAX_QUEUES 64

enum tg_xdp_flags {
	TG_XDP_F_CONFIGURED = 1u << 0, /* unset: XDP_PASS everything */
	TG_XDP_F_IPV6 = 1u << 1,       /* redirect UDPv6 to the listen port */
	TG_XDP_F_EGRESS = 1u << 2,     /* egress_addr4 and port range valid */
};

/*
 * The single entry (key 0) of the array map tg_xdp_cfg. Addresses in
 * network byte order, ports in host order; the NAT range is inclusive.
 * listen_addr4 == 0 means "any local address".
 */
struct tg_xdp_cfg {
	tg_u32 flags;         /* enum tg_xdp_flags */
	tg_u32 listen_addr4;
	tg_u16 listen_port;
	tg_u16 nat_port_lo;
	tg_u16 nat_port_hi;
	tg_u16 pad;
	tg_u32 egress_addr4;
};

/* Per-CPU counters (array map tg_xdp_stats, index = enum value). */
enum tg_xdp_stat {
	TG_XDP_ST_PASS_UNCONFIGURED = 0, /* map not filled: passed */
	TG_XDP_ST_PASS_OTHER,            /* not ours: passed to the kernel */
	TG_XDP_ST_PASS_ECHO_REQUEST,     /* ping to the egress address */
	TG_XDP_ST_REDIRECT_WG,           /* to the WireGuard port */
	TG_XDP_ST_REDIRECT_NAT,          /* TCP/UDP/ICMP in the NAT range */
	TG_XDP_ST_NO_SOCKET,             /* ours, but no XSK on the queue */
	TG_XDP_ST__COUNT
};

#endif
