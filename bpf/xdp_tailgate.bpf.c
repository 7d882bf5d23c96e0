// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_tailgate: the AF_XDP steering program (DESIGN.md "Packet paths", AF_XDP
 * mode). The kernel keeps the NIC; this program redirects to the AF_XDP
 * socket of the receiving queue ONLY what the dataplane owns and passes
 * everything else (ARP, ND, SSH, the control plane's own sockets) to the
 * kernel:
 *
 *   - UDP to the WireGuard listen port (on listen_addr4, or any address when
 *     it is 0); UDPv6 to that port only when TG_XDP_F_IPV6 is set;
 *   - IPv4 TCP/UDP to egress_addr4 whose destination port is in the NAT range;
 *   - ICMP to egress_addr4 that belongs to a dataplane flow: echo replies
 *     whose identifier is in the NAT range, and errors (unreachable, time
 *     exceeded, parameter problem) whose quoted packet left from egress_addr4
 *     with a source port / echo id in the NAT range. Echo REQUESTS to the
 *     egress address and ICMP about the kernel's own traffic go to the
 *     kernel, so the box stays pingable and its own sockets see their errors.
 *
 * Non-first IPv4 fragments carry no ports and go to the kernel. A packet
 * that is ours while no socket is bound on its queue is dropped and counted
 * (fail closed). Without configuration (map entry lacks
 * TG_XDP_F_CONFIGURED) everything is passed: the host keeps its
 * connectivity and the dataplane sees nothing.
 *
 * Runs in the kernel's XDP hook, per packet; config is written once by
 * tailgate-dp (dataplane/io_afxdp.c) before sockets are inserted.
 */
#include "tailgate_bpf_defs.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#include "tailgate_maps.h"

/* linux/icmp.h: the few constants and the echo header we need. */
#define ICMP_ECHOREPLY 0
#define ICMP_DEST_UNREACH 3
#define ICMP_ECHO 8
#define ICMP_TIME_EXCEEDED 11
#define ICMP_PARAMETERPROB 12

struct icmphdr {
	__u8 type;
	__u8 code;
	__u16 checksum;
	__u16 id;       /* echo identifier (network order) */
	__u16 sequence;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct tg_xdp_cfg);
} tg_xdp_cfg SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_XSKMAP);
	__uint(max_entries, TG_XDP_MAX_QUEUES);
	__type(key, __u32);
	__type(value, __u32);
} xsks_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, TG_XDP_ST__COUNT);
	__type(key, __u32);
	__type(value, __u64);
} tg_xdp_stats SEC(".maps");

enum verdict { V_PASS = 0, V_WG = 1, V_NAT = 2, V_ECHO_REQ = 3 };

static __always_inline void count(__u32 stat)
{
	__u64 *v = bpf_map_lookup_elem(&tg_xdp_stats, &stat);

	if (v)
		*v += 1;
}

static __always_inline int in_range(const struct tg_xdp_cfg *c, __u16 port_be)
{
	__u16 p = bpf_ntohs(port_be);

	return p >= c->nat_port_lo && p <= c->nat_port_hi;
}

/* ICMP error: does the quoted packet belong to a dataplane flow? */
static __always_inline int icmp_error_ours(const struct tg_xdp_cfg *c,
					   void *inner, void *end)
{
	struct iphdr *ip = inner;
	__u8 *l4;

	if ((void *)(ip + 1) > end || ip->version != 4 || ip->ihl < 5)
		return 0;
	if (ip->saddr != c->egress_addr4)
		return 0;
	l4 = (__u8 *)ip + ip->ihl * 4;
	if ((void *)(l4 + 8) > end)
		return 0;
	if (ip->protocol == IPPROTO_TCP || ip->protocol == IPPROTO_UDP)
		return in_range(c, *(__u16 *)l4); /* quoted source port */
	if (ip->protocol == IPPROTO_ICMP && l4[0] == ICMP_ECHO)
		return in_range(c, *(__u16 *)(l4 + 4)); /* quoted echo id */
	return 0;
}

static __always_inline enum verdict icmp_verdict(const struct tg_xdp_cfg *c,
						 struct icmphdr *ic, void *end)
{
	if ((void *)(ic + 1) > end)
		return V_PASS;
	switch (ic->type) {
	case ICMP_ECHO:
		return V_ECHO_REQ;
	case ICMP_ECHOREPLY:
		return in_range(c, ic->id) ? V_NAT : V_PASS;
	case ICMP_DEST_UNREACH:
	case ICMP_TIME_EXCEEDED:
	case ICMP_PARAMETERPROB:
		return icmp_error_ours(c, ic + 1, end) ? V_NAT : V_PASS;
	default:
		return V_PASS;
	}
}

static __always_inline enum verdict ipv4_verdict(const struct tg_xdp_cfg *c,
						 struct iphdr *ip, void *end)
{
	void *l4;
	__u16 dport;

	if ((void *)(ip + 1) > end || ip->version != 4 || ip->ihl < 5)
		return V_PASS;
	/* Non-first fragments have no L4 header: the kernel's business. */
	if (ip->frag_off & bpf_htons(0x1fff))
		return V_PASS;
	l4 = (__u8 *)ip + ip->ihl * 4;
	if (ip->protocol == IPPROTO_ICMP) {
		if (!(c->flags & TG_XDP_F_EGRESS) || ip->daddr != c->egress_addr4)
			return V_PASS;
		return icmp_verdict(c, l4, end);
	}
	if (ip->protocol != IPPROTO_UDP && ip->protocol != IPPROTO_TCP)
		return V_PASS;
	if (l4 + 4 > end)
		return V_PASS;
	dport = *(__u16 *)(l4 + 2);
	if (ip->protocol == IPPROTO_UDP && c->listen_port &&
	    bpf_ntohs(dport) == c->listen_port &&
	    (c->listen_addr4 == 0 || ip->daddr == c->listen_addr4))
		return V_WG;
	if ((c->flags & TG_XDP_F_EGRESS) && ip->daddr == c->egress_addr4 &&
	    in_range(c, dport))
		return V_NAT;
	return V_PASS;
}

static __always_inline enum verdict ipv6_verdict(const struct tg_xdp_cfg *c,
						 struct ipv6hdr *ip6, void *end)
{
	struct udphdr *udp = (struct udphdr *)(ip6 + 1);

	if (!(c->flags & TG_XDP_F_IPV6) || (void *)(udp + 1) > end)
		return V_PASS;
	/* Extension headers are not walked: only a plain UDP header counts. */
	if (ip6->nexthdr != IPPROTO_UDP || !c->listen_port)
		return V_PASS;
	return bpf_ntohs(udp->dest) == c->listen_port ? V_WG : V_PASS;
}

SEC("xdp")
int xdp_tailgate(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct tg_xdp_cfg *c;
	enum verdict v = V_PASS;
	__u32 key = 0;

	c = bpf_map_lookup_elem(&tg_xdp_cfg, &key);
	if (!c || !(c->flags & TG_XDP_F_CONFIGURED)) {
		count(TG_XDP_ST_PASS_UNCONFIGURED);
		return XDP_PASS;
	}
	if ((void *)(eth + 1) > end)
		goto pass;
	if (eth->h_proto == bpf_htons(ETH_P_IP))
		v = ipv4_verdict(c, (struct iphdr *)(eth + 1), end);
	else if (eth->h_proto == bpf_htons(ETH_P_IPV6))
		v = ipv6_verdict(c, (struct ipv6hdr *)(eth + 1), end);

	if (v == V_ECHO_REQ) {
		count(TG_XDP_ST_PASS_ECHO_REQUEST);
		return XDP_PASS;
	}
	if (v == V_PASS)
		goto pass;
	/* flags 0: a queue without a socket yields XDP_ABORTED, not PASS. */
	if (bpf_redirect_map(&xsks_map, ctx->rx_queue_index, 0) == XDP_REDIRECT) {
		count(v == V_WG ? TG_XDP_ST_REDIRECT_WG : TG_XDP_ST_REDIRECT_NAT);
		return XDP_REDIRECT;
	}
	count(TG_XDP_ST_NO_SOCKET);
	return XDP_DROP;
pass:
	count(TG_XDP_ST_PASS_OTHER);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
