/*
 * Next-hop table (dataplane/neigh.h; DESIGN.md "Packet paths": the kernel is
 * the source of truth for neighbours and routes).
 *
 * Owns: the (port, IPv4) -> MAC table, each port's address/prefix/gateway,
 * the resolution-request slots, and the netlink listener thread.
 *
 * Threads:
 *  - workers call dp_neigh_lookup4 / dp_neigh_port_mac: lock-free reads,
 *    one seqlock per entry and per port; a miss posts the next hop into a
 *    request slot with one CAS (no syscall, no allocation);
 *  - the listener thread (started by dp_neigh_start) is the only writer
 *    after setup: it applies RTM_NEWNEIGH/DELNEIGH, re-reads port addresses
 *    and default routes on address and route events, and serves requests by sending
 *    RTM_NEWNEIGH with NTF_USE, which makes the kernel run its own ARP
 *    (the answer comes back as an RTM_NEWNEIGH event);
 *  - setup functions run on the main thread before workers start.
 *
 * Entries are never removed from their hash slot (a deleted or failed
 * neighbour becomes invalid in place), so linear probing stays correct
 * without tombstones. The table is fixed-size; a full table is counted.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <libmnl/libmnl.h>

#include "counters.h"
#include "neigh.h"

#define NEIGH_SLOTS 1024u        /* power of two */
#define NEIGH_PROBES 32u
#define REQ_SLOTS 64u            /* power of two */
#define REQ_REPEAT_NS 1000000000ULL /* re-ask the kernel at most 1/s per IP */
#define LISTEN_POLL_MS 10       /* also how soon a worker's request is served */

/* word0: valid(1) | port(15) | ip(32) in the low 48 bits; word1: MAC. */
struct neigh_entry {
	_Atomic uint32_t seq;
	_Atomic uint64_t key;   /* 0 = never used */
	_Atomic uint64_t mac;   /* bit 63 set: valid */
};

struct neigh_port {
	_Atomic uint32_t seq;
	_Atomic uint32_t addr, gw;   /* network order */
	_Atomic uint32_t prefix;
	int ifindex;                 /* 0: not bound to a kernel interface */
	uint8_t mac[6];
	char ifname[IF_NAMESIZE];
};

struct dp_neigh {
	struct neigh_port port[TG_MAX_PORTS];
	struct neigh_entry e[NEIGH_SLOTS];
	_Atomic uint64_t req[REQ_SLOTS];      /* (1<<63) | port<<32 | ip */
	uint64_t req_last_ip[REQ_SLOTS];      /* listener-private */
	uint64_t req_last_ns[REQ_SLOTS];
	_Atomic uint64_t st_events, st_resolve, st_full;
	struct mnl_socket *ev;                /* subscriptions */
	struct mnl_socket *rq;                /* dumps and requests */
	uint32_t rq_seq;
	pthread_t thread;
	bool has_thread;
	_Atomic bool stop;
};

#define MAC_VALID (1ULL << 63)

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

/* murmur3's finaliser: every input bit reaches the low (index) bits,
 * whatever the byte order the address was stored in. */
static inline uint32_t hash_key(uint16_t port, uint32_t ip)
{
	uint32_t h = ip ^ ((uint32_t)port * 0x9e3779b1u);

	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	return h ^ (h >> 16);
}

static inline uint64_t make_key(uint16_t port, uint32_t ip)
{
	return (1ULL << 47) | ((uint64_t)(port & 0x7fff) << 32) | ip;
}

static inline uint64_t mac_pack(const uint8_t m[6])
{
	uint64_t v = 0;

	for (int i = 0; i < 6; i++)
		v |= (uint64_t)m[i] << (8 * i);
	return v;
}

static inline void mac_unpack(uint64_t v, uint8_t m[6])
{
	for (int i = 0; i < 6; i++)
		m[i] = (uint8_t)(v >> (8 * i));
}

/* ---- writer side (listener thread or setup) ------------------------------ */

static void entry_write(struct neigh_entry *e, uint64_t key, uint64_t mac)
{
	uint32_t s = atomic_load_explicit(&e->seq, memory_order_relaxed);

	atomic_store_explicit(&e->seq, s + 1, memory_order_relaxed);
	atomic_thread_fence(memory_order_release);
	atomic_store_explicit(&e->key, key, memory_order_relaxed);
	atomic_store_explicit(&e->mac, mac, memory_order_relaxed);
	atomic_store_explicit(&e->seq, s + 2, memory_order_release);
}

/* Set (valid mac) or invalidate (mac == NULL) the entry for (port, ip). */
static int table_update(struct dp_neigh *n, uint16_t port, uint32_t ip,
			const uint8_t *mac)
{
	uint64_t key = make_key(port, ip);
	uint32_t h = hash_key(port, ip);

	for (uint32_t i = 0; i < NEIGH_PROBES; i++) {
		struct neigh_entry *e = &n->e[(h + i) & (NEIGH_SLOTS - 1)];
		uint64_t k = atomic_load_explicit(&e->key, memory_order_relaxed);

		if (k == key || (k == 0 && mac)) {
			entry_write(e, key, mac ? (mac_pack(mac) | MAC_VALID) : 0);
			return 0;
		}
		if (k == 0)
			return 0; /* invalidating something we never had */
	}
	if (mac)
		atomic_fetch_add_explicit(&n->st_full, 1, memory_order_relaxed);
	return mac ? -ENOSPC : 0;
}

static void port_write(struct neigh_port *p, uint32_t addr, uint8_t prefix,
		       uint32_t gw)
{
	uint32_t s = atomic_load_explicit(&p->seq, memory_order_relaxed);

	atomic_store_explicit(&p->seq, s + 1, memory_order_relaxed);
	atomic_thread_fence(memory_order_release);
	atomic_store_explicit(&p->addr, addr, memory_order_relaxed);
	atomic_store_explicit(&p->prefix, prefix, memory_order_relaxed);
	atomic_store_explicit(&p->gw, gw, memory_order_relaxed);
	atomic_store_explicit(&p->seq, s + 2, memory_order_release);
}

/* ---- reader side (workers) ------------------------------------------------ */

static void port_read(const struct neigh_port *p, uint32_t *addr,
		      uint32_t *prefix, uint32_t *gw)
{
	uint32_t s1, s2;
	struct neigh_port *q = (struct neigh_port *)p;

	do {
		s1 = atomic_load_explicit(&q->seq, memory_order_acquire);
		*addr = atomic_load_explicit(&q->addr, memory_order_relaxed);
		*prefix = atomic_load_explicit(&q->prefix, memory_order_relaxed);
		*gw = atomic_load_explicit(&q->gw, memory_order_relaxed);
		atomic_thread_fence(memory_order_acquire);
		s2 = atomic_load_explicit(&q->seq, memory_order_relaxed);
	} while ((s1 & 1) || s1 != s2);
}

static int table_read(struct dp_neigh *n, uint16_t port, uint32_t ip,
		      uint8_t mac_out[6])
{
	uint64_t key = make_key(port, ip);
	uint32_t h = hash_key(port, ip);

	for (uint32_t i = 0; i < NEIGH_PROBES; i++) {
		struct neigh_entry *e = &n->e[(h + i) & (NEIGH_SLOTS - 1)];
		uint32_t s1, s2;
		uint64_t k, m;

		do {
			s1 = atomic_load_explicit(&e->seq, memory_order_acquire);
			k = atomic_load_explicit(&e->key, memory_order_relaxed);
			m = atomic_load_explicit(&e->mac, memory_order_relaxed);
			atomic_thread_fence(memory_order_acquire);
			s2 = atomic_load_explicit(&e->seq, memory_order_relaxed);
		} while ((s1 & 1) || s1 != s2);
		if (k == 0)
			return -1;
		if (k == key) {
			if (!(m & MAC_VALID))
				return -1;
			mac_unpack(m, mac_out);
			return 0;
		}
	}
	return -1;
}

static void request_resolve(struct dp_neigh *n, uint16_t port, uint32_t ip)
{
	uint64_t v = (1ULL << 63) | ((uint64_t)port << 32) | ip;
	_Atomic uint64_t *slot = &n->req[hash_key(port, ip) & (REQ_SLOTS - 1)];
	uint64_t expect = 0;

	if (atomic_load_explicit(slot, memory_order_relaxed) != 0)
		return; /* a request is pending there; the next miss retries */
	atomic_compare_exchange_strong_explicit(slot, &expect, v,
						memory_order_release,
						memory_order_relaxed);
}

int dp_neigh_lookup4(struct dp_neigh *n, uint16_t port, uint32_t dst_be,
		     uint8_t mac_out[6])
{
	uint32_t addr, prefix, gw, nh, mask;

	if (port >= TG_MAX_PORTS)
		return -1;
	port_read(&n->port[port], &addr, &prefix, &gw);
	mask = prefix ? htonl(~0u << (32 - prefix)) : 0;
	if (addr && prefix && ((dst_be ^ addr) & mask) == 0)
		nh = dst_be;
	else
		nh = gw;
	if (nh == 0)
		return -1; /* no on-link match and no default gateway */
	if (table_read(n, port, nh, mac_out) == 0)
		return 0;
	request_resolve(n, port, nh);
	return -1;
}

const uint8_t *dp_neigh_port_mac(const struct dp_neigh *n, uint16_t port)
{
	return port < TG_MAX_PORTS ? n->port[port].mac : NULL;
}

/* ---- setup / test API ----------------------------------------------------- */

struct dp_neigh *dp_neigh_new(void)
{
	return calloc(1, sizeof(struct dp_neigh));
}

int dp_neigh_set_port(struct dp_neigh *n, uint16_t port, const uint8_t mac[6],
		      uint32_t addr_be, uint8_t prefix_len, uint32_t gw_be)
{
	if (port >= TG_MAX_PORTS || prefix_len > 32)
		return -EINVAL;
	memcpy(n->port[port].mac, mac, 6);
	port_write(&n->port[port], addr_be, prefix_len, gw_be);
	return 0;
}

int dp_neigh_set_static(struct dp_neigh *n, uint16_t port, uint32_t ip_be,
			const uint8_t mac[6])
{
	if (port >= TG_MAX_PORTS)
		return -EINVAL;
	return table_update(n, port, ip_be, mac);
}

void dp_neigh_get_stats(const struct dp_neigh *n, struct dp_neigh_stats *out)
{
	struct dp_neigh *m = (struct dp_neigh *)n;

	out->events = atomic_load_explicit(&m->st_events, memory_order_relaxed);
	out->resolve_sent = atomic_load_explicit(&m->st_resolve, memory_order_relaxed);
	out->table_full = atomic_load_explicit(&m->st_full, memory_order_relaxed);
}

/* ---- netlink ------------------------------------------------------------- */

static int port_of_ifindex(const struct dp_neigh *n, int ifindex)
{
	for (int i = 0; i < TG_MAX_PORTS; i++)
		if (n->port[i].ifindex && n->port[i].ifindex == ifindex)
			return i;
	return -1;
}

struct attrs {
	const struct nlattr *tb[32];
};

static int attr_cb(const struct nlattr *attr, void *data)
{
	struct attrs *a = data;
	int type = mnl_attr_get_type(attr);

	if (type >= 0 && type < 32)
		a->tb[type] = attr;
	return MNL_CB_OK;
}

static void on_neigh(struct dp_neigh *n, const struct nlmsghdr *nlh)
{
	const struct ndmsg *nd = mnl_nlmsg_get_payload(nlh);
	struct attrs a = { 0 };
	uint32_t ip;
	int port;
	bool ok;

	if (nd->ndm_family != AF_INET)
		return;
	port = port_of_ifindex(n, nd->ndm_ifindex);
	if (port < 0)
		return;
	mnl_attr_parse(nlh, sizeof(*nd), attr_cb, &a);
	if (!a.tb[NDA_DST] || mnl_attr_get_payload_len(a.tb[NDA_DST]) != 4)
		return;
	memcpy(&ip, mnl_attr_get_payload(a.tb[NDA_DST]), 4);
	ok = nlh->nlmsg_type == RTM_NEWNEIGH &&
	     (nd->ndm_state & (NUD_REACHABLE | NUD_STALE | NUD_DELAY |
			       NUD_PROBE | NUD_PERMANENT | NUD_NOARP)) &&
	     a.tb[NDA_LLADDR] && mnl_attr_get_payload_len(a.tb[NDA_LLADDR]) == 6;
	table_update(n, (uint16_t)port, ip,
		     ok ? mnl_attr_get_payload(a.tb[NDA_LLADDR]) : NULL);
}

struct port_scan {
	int ifindex;
	uint32_t addr, gw;
	uint8_t prefix;
	bool has_addr;
};

static int addr_cb(const struct nlmsghdr *nlh, void *data)
{
	struct port_scan *ps = data;
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct attrs a = { 0 };
	const struct nlattr *at;

	if (nlh->nlmsg_type != RTM_NEWADDR || ifa->ifa_family != AF_INET ||
	    (int)ifa->ifa_index != ps->ifindex || ps->has_addr)
		return MNL_CB_OK;
	mnl_attr_parse(nlh, sizeof(*ifa), attr_cb, &a);
	at = a.tb[IFA_LOCAL] ? a.tb[IFA_LOCAL] : a.tb[IFA_ADDRESS];
	if (!at || mnl_attr_get_payload_len(at) != 4)
		return MNL_CB_OK;
	memcpy(&ps->addr, mnl_attr_get_payload(at), 4);
	ps->prefix = ifa->ifa_prefixlen;
	ps->has_addr = true;
	return MNL_CB_OK;
}

static int route_cb(const struct nlmsghdr *nlh, void *data)
{
	struct port_scan *ps = data;
	const struct rtmsg *rt = mnl_nlmsg_get_payload(nlh);
	struct attrs a = { 0 };
	uint32_t table;

	if (nlh->nlmsg_type != RTM_NEWROUTE || rt->rtm_family != AF_INET ||
	    rt->rtm_dst_len != 0 || rt->rtm_type != RTN_UNICAST || ps->gw)
		return MNL_CB_OK;
	mnl_attr_parse(nlh, sizeof(*rt), attr_cb, &a);
	table = a.tb[RTA_TABLE] ? mnl_attr_get_u32(a.tb[RTA_TABLE]) : rt->rtm_table;
	if (table != RT_TABLE_MAIN || !a.tb[RTA_OIF] || !a.tb[RTA_GATEWAY] ||
	    (int)mnl_attr_get_u32(a.tb[RTA_OIF]) != ps->ifindex ||
	    mnl_attr_get_payload_len(a.tb[RTA_GATEWAY]) != 4)
		return MNL_CB_OK;
	memcpy(&ps->gw, mnl_attr_get_payload(a.tb[RTA_GATEWAY]), 4);
	return MNL_CB_OK;
}

static int neigh_dump_cb(const struct nlmsghdr *nlh, void *data)
{
	if (nlh->nlmsg_type == RTM_NEWNEIGH)
		on_neigh(data, nlh);
	return MNL_CB_OK;
}

/* Send a dump request of `type` for AF_INET on n->rq and run cb on replies. */
static int dump(struct dp_neigh *n, uint16_t type, size_t hdrlen,
		mnl_cb_t cb, void *data)
{
	char buf[MNL_SOCKET_BUFFER_SIZE];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	uint8_t *fam;
	uint32_t seq = ++n->rq_seq;
	ssize_t len;
	int rc;

	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = seq;
	fam = mnl_nlmsg_put_extra_header(nlh, hdrlen);
	fam[0] = AF_INET; /* every *msg header starts with its family byte */
	if (mnl_socket_sendto(n->rq, nlh, nlh->nlmsg_len) < 0)
		return -errno;
	for (;;) {
		len = mnl_socket_recvfrom(n->rq, buf, sizeof(buf));
		if (len < 0)
			return -errno;
		rc = mnl_cb_run(buf, (size_t)len, seq, mnl_socket_get_portid(n->rq),
				cb, data);
		if (rc <= MNL_CB_STOP)
			return rc < 0 ? -errno : 0;
	}
}

static int port_refresh(struct dp_neigh *n, uint16_t port)
{
	struct neigh_port *p = &n->port[port];
	struct port_scan ps = { .ifindex = p->ifindex };
	int rc;

	rc = dump(n, RTM_GETADDR, sizeof(struct ifaddrmsg), addr_cb, &ps);
	if (rc == 0)
		rc = dump(n, RTM_GETROUTE, sizeof(struct rtmsg), route_cb, &ps);
	if (rc < 0)
		return rc;
	port_write(p, ps.addr, ps.prefix, ps.gw);
	return 0;
}

static int open_sockets(struct dp_neigh *n)
{
	if (n->rq)
		return 0;
	n->rq = mnl_socket_open(NETLINK_ROUTE);
	if (!n->rq)
		return -errno;
	if (mnl_socket_bind(n->rq, 0, MNL_SOCKET_AUTOPID) < 0) {
		int e = -errno;

		mnl_socket_close(n->rq);
		n->rq = NULL;
		return e;
	}
	return 0;
}

static int if_mac(const char *ifname, uint8_t mac[6])
{
	struct ifreq ifr;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	int rc = 0;

	if (fd < 0)
		return -errno;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", ifname);
	if (ioctl(fd, SIOCGIFHWADDR, &ifr) < 0)
		rc = -errno;
	else
		memcpy(mac, ifr.ifr_hwaddr.sa_data, 6);
	close(fd);
	return rc;
}

int dp_neigh_bind_port(struct dp_neigh *n, uint16_t port, const char *ifname,
		       const uint8_t *mac, char *err, size_t errlen)
{
	struct neigh_port *p;
	int rc;

	if (port >= TG_MAX_PORTS) {
		snprintf(err, errlen, "neigh: port %u out of range", port);
		return -EINVAL;
	}
	p = &n->port[port];
	p->ifindex = (int)if_nametoindex(ifname);
	if (!p->ifindex) {
		rc = -errno;
		snprintf(err, errlen, "neigh: no interface \"%s\": %s", ifname,
			 strerror(-rc));
		return rc;
	}
	snprintf(p->ifname, sizeof(p->ifname), "%s", ifname);
	rc = mac ? (memcpy(p->mac, mac, 6), 0) : if_mac(ifname, p->mac);
	if (rc == 0)
		rc = open_sockets(n);
	if (rc == 0)
		rc = port_refresh(n, port);
	if (rc < 0) {
		snprintf(err, errlen, "neigh: reading \"%s\" from the kernel: %s",
			 ifname, strerror(-rc));
		p->ifindex = 0;
	}
	return rc;
}

/* Ask the kernel to resolve ip on the port's interface (NTF_USE). */
static void resolve(struct dp_neigh *n, uint16_t port, uint32_t ip)
{
	char buf[256];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct ndmsg *nd;

	if (port >= TG_MAX_PORTS || !n->port[port].ifindex)
		return;
	nlh->nlmsg_type = RTM_NEWNEIGH;
	/* No NLM_F_ACK: errors (e.g. an address no longer on-link) come back
	 * as NLMSG_ERROR on rq and are discarded by the next dump's seq check. */
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE | NLM_F_REPLACE;
	nlh->nlmsg_seq = ++n->rq_seq;
	nd = mnl_nlmsg_put_extra_header(nlh, sizeof(*nd));
	nd->ndm_family = AF_INET;
	nd->ndm_ifindex = n->port[port].ifindex;
	nd->ndm_state = NUD_NONE;
	nd->ndm_flags = NTF_USE;
	mnl_attr_put(nlh, NDA_DST, 4, &ip);
	if (mnl_socket_sendto(n->rq, nlh, nlh->nlmsg_len) >= 0)
		atomic_fetch_add_explicit(&n->st_resolve, 1, memory_order_relaxed);
}

static void serve_requests(struct dp_neigh *n)
{
	uint64_t now = mono_ns();

	for (uint32_t i = 0; i < REQ_SLOTS; i++) {
		uint64_t v = atomic_exchange_explicit(&n->req[i], 0,
						      memory_order_acquire);
		if (!v)
			continue;
		v &= ~(1ULL << 63);
		if (n->req_last_ip[i] == v && now - n->req_last_ns[i] < REQ_REPEAT_NS)
			continue;
		n->req_last_ip[i] = v;
		n->req_last_ns[i] = now;
		resolve(n, (uint16_t)(v >> 32), (uint32_t)v);
	}
}

static void drain_rq(struct dp_neigh *n)
{
	char buf[4096];

	/* Replies to NTF_USE requests (errors only); never block. */
	while (recv(mnl_socket_get_fd(n->rq), buf, sizeof(buf), MSG_DONTWAIT) > 0)
		;
}

struct ev_ctx {
	struct dp_neigh *n;
	bool refresh;
};

static int event_cb(const struct nlmsghdr *nlh, void *data)
{
	struct ev_ctx *c = data;

	atomic_fetch_add_explicit(&c->n->st_events, 1, memory_order_relaxed);
	switch (nlh->nlmsg_type) {
	case RTM_NEWNEIGH:
	case RTM_DELNEIGH:
		on_neigh(c->n, nlh);
		break;
	case RTM_NEWADDR:
	case RTM_DELADDR:
	case RTM_NEWROUTE:
	case RTM_DELROUTE:
		c->refresh = true;
		break;
	default:
		break;
	}
	return MNL_CB_OK;
}

/* Every packet off-link goes to a port's default gateway: have the kernel
 * resolve it before the first one needs it (at start and whenever the
 * routes change), rather than drop that one as no_neighbor. */
static void prime_gateways(struct dp_neigh *n)
{
	for (uint16_t p = 0; p < TG_MAX_PORTS; p++) {
		uint32_t addr, prefix, gw;
		uint8_t mac[6];

		if (!n->port[p].ifindex)
			continue;
		port_read(&n->port[p], &addr, &prefix, &gw);
		if (gw && table_read(n, p, gw, mac) != 0)
			resolve(n, p, gw);
	}
}

static void *listener(void *arg)
{
	struct dp_neigh *n = arg;
	char buf[MNL_SOCKET_BUFFER_SIZE];
	struct pollfd pfd = { .fd = mnl_socket_get_fd(n->ev), .events = POLLIN };

	prime_gateways(n);

	while (!atomic_load_explicit(&n->stop, memory_order_acquire)) {
		struct ev_ctx c = { .n = n };
		bool lost = false;
		ssize_t len;

		if (poll(&pfd, 1, LISTEN_POLL_MS) > 0) {
			while ((len = recv(pfd.fd, buf, sizeof(buf), MSG_DONTWAIT)) > 0)
				mnl_cb_run(buf, (size_t)len, 0, 0, event_cb, &c);
			lost = len < 0 && errno == ENOBUFS;
			c.refresh |= lost; /* lost events: re-read everything */
		}
		if (c.refresh) {
			drain_rq(n);
			for (uint16_t p = 0; p < TG_MAX_PORTS; p++)
				if (n->port[p].ifindex)
					port_refresh(n, p);
			if (lost)
				dump(n, RTM_GETNEIGH, sizeof(struct ndmsg),
				     neigh_dump_cb, n);
			prime_gateways(n);
		}
		serve_requests(n);
		drain_rq(n);
	}
	return NULL;
}

int dp_neigh_start(struct dp_neigh *n, char *err, size_t errlen)
{
	unsigned groups = RTMGRP_NEIGH | RTMGRP_IPV4_ROUTE | RTMGRP_IPV4_IFADDR;
	int rc;

	rc = open_sockets(n);
	if (rc < 0)
		goto fail;
	n->ev = mnl_socket_open(NETLINK_ROUTE);
	if (!n->ev) {
		rc = -errno;
		goto fail;
	}
	if (mnl_socket_bind(n->ev, groups, MNL_SOCKET_AUTOPID) < 0) {
		rc = -errno;
		goto close_ev;
	}
	/* Subscribe first, then dump: nothing falls between the two. */
	rc = dump(n, RTM_GETNEIGH, sizeof(struct ndmsg), neigh_dump_cb, n);
	if (rc < 0)
		goto close_ev;
	atomic_store(&n->stop, false);
	rc = -pthread_create(&n->thread, NULL, listener, n);
	if (rc < 0)
		goto close_ev;
	pthread_setname_np(n->thread, "tg-neigh");
	n->has_thread = true;
	return 0;

close_ev:
	mnl_socket_close(n->ev);
	n->ev = NULL;
fail:
	snprintf(err, errlen, "neigh: netlink setup: %s", strerror(-rc));
	return rc;
}

void dp_neigh_stop(struct dp_neigh *n)
{
	if (!n || !n->has_thread)
		return;
	atomic_store_explicit(&n->stop, true, memory_order_release);
	pthread_join(n->thread, NULL);
	n->has_thread = false;
	mnl_socket_close(n->ev);
	n->ev = NULL;
}

void dp_neigh_free(struct dp_neigh *n)
{
	if (!n)
		return;
	dp_neigh_stop(n);
	if (n->rq)
		mnl_socket_close(n->rq);
	free(n);
}
