/*
 * xdp_prog: the steering rules of bpf/xdp_tailgate.bpf.c, table-driven,
 * through the kernel's BPF_PROG_TEST_RUN (the real verifier and JIT, no
 * interface). With no AF_XDP socket in the XSKMAP, "ours" shows up as
 * XDP_DROP + the no_socket counter, "not ours" as XDP_PASS.
 *
 * Needs the compiled object (TG_BPF_OBJ, else <build>/bpf/ next to this
 * runner, else build/bpf/) and CAP_BPF; without either the suite says
 * "skipped" on stderr and asserts nothing.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <linux/if_ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "bpf/tailgate_maps.h"
#include "unit/test_util.h"

#define XDP_DROP_ 1
#define XDP_PASS_ 2

static struct bpf_object *g_obj;
static int g_prog = -1, g_cfg = -1;

static int find_obj(char *out, size_t len)
{
	char exe[PATH_MAX];
	ssize_t n;

	if (getenv("TG_BPF_OBJ")) {
		snprintf(out, len, "%s", getenv("TG_BPF_OBJ"));
		return access(out, R_OK);
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = 0;
		/* <build>/tests/unit-tests -> <build>/bpf/xdp_tailgate.bpf.o */
		snprintf(out, len, "%s/../bpf/xdp_tailgate.bpf.o", dirname(exe));
		if (access(out, R_OK) == 0)
			return 0;
	}
	snprintf(out, len, "build/bpf/xdp_tailgate.bpf.o");
	return access(out, R_OK);
}

static int suite_init(void)
{
	char path[PATH_MAX + 64];
	struct bpf_program *p;

	if (find_obj(path, sizeof(path))) {
		fprintf(stderr, "xdp_prog: skipped: no BPF object (%s)\n", path);
		return 0;
	}
	libbpf_set_print(NULL);
	g_obj = bpf_object__open_file(path, NULL);
	if (!g_obj || bpf_object__load(g_obj)) {
		fprintf(stderr, "xdp_prog: skipped: cannot load %s: %s\n", path,
			strerror(errno));
		if (g_obj)
			bpf_object__close(g_obj);
		g_obj = NULL;
		return 0;
	}
	p = bpf_object__find_program_by_name(g_obj, TG_XDP_PROG_NAME);
	g_prog = p ? bpf_program__fd(p) : -1;
	g_cfg = bpf_map__fd(bpf_object__find_map_by_name(g_obj, TG_XDP_CFG_MAP));
	return 0;
}

static int suite_clean(void)
{
	if (g_obj)
		bpf_object__close(g_obj);
	g_obj = NULL;
	return 0;
}

/* ---- frame builders ------------------------------------------------------ */

struct frame {
	uint8_t b[256];
	uint32_t len;
};

static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }

static uint32_t ip4(const char *s)
{
	uint32_t a = 0;

	inet_pton(AF_INET, s, &a);
	return a;
}

/* Ethernet + IPv4 (IHL 5) + l4 bytes; returns the L4 offset. */
static uint32_t ipv4(struct frame *f, uint8_t proto, const char *src,
		     const char *dst, uint16_t frag)
{
	uint32_t s = ip4(src), d = ip4(dst);

	memset(f, 0, sizeof(*f));
	put16(f->b + 12, ETH_P_IP);
	f->b[14] = 0x45;
	f->b[22] = 64;
	f->b[23] = proto;
	put16(f->b + 20, frag);
	memcpy(f->b + 26, &s, 4);
	memcpy(f->b + 30, &d, 4);
	f->len = 34;
	return 34;
}

static void l4_ports(struct frame *f, uint16_t sport, uint16_t dport)
{
	put16(f->b + f->len, sport);
	put16(f->b + f->len + 2, dport);
	f->len += 20; /* room for a TCP header; UDP ignores the tail */
}

static void udp_to(struct frame *f, const char *dst, uint16_t dport)
{
	ipv4(f, 17, "203.0.113.5", dst, 0);
	l4_ports(f, 40000, dport);
}

static void tcp_to(struct frame *f, const char *dst, uint16_t dport)
{
	ipv4(f, 6, "203.0.113.5", dst, 0);
	l4_ports(f, 33333, dport);
}

static void icmp_echo(struct frame *f, uint8_t type, uint16_t id)
{
	ipv4(f, 1, "203.0.113.5", "192.0.2.1", 0);
	f->b[34] = type;
	put16(f->b + 38, id);
	f->len += 8;
}

/* ICMP unreachable quoting a packet proto from qsrc:qsport. */
static void icmp_err(struct frame *f, uint8_t qproto, const char *qsrc,
		     uint16_t qsport)
{
	struct frame q;

	ipv4(f, 1, "203.0.113.9", "192.0.2.1", 0);
	f->b[34] = 3; /* destination unreachable */
	f->b[35] = 3;
	f->len += 8;
	ipv4(&q, qproto, qsrc, "203.0.113.5", 0);
	if (qproto == 1) { /* quoted echo request: id at +4 */
		q.b[34] = 8;
		put16(q.b + 38, qsport);
	} else {
		put16(q.b + 34, qsport);
		put16(q.b + 36, 53);
	}
	memcpy(f->b + f->len, q.b + 14, 28);
	f->len += 28;
}

static void udp6_to(struct frame *f, uint16_t dport)
{
	memset(f, 0, sizeof(*f));
	put16(f->b + 12, ETH_P_IPV6);
	f->b[14] = 0x60;
	f->b[14 + 6] = 17; /* next header UDP */
	f->b[14 + 7] = 64;
	put16(f->b + 54 + 2, dport);
	f->len = 54 + 8 + 8;
}

/* ---- running -------------------------------------------------------------- */

static void set_cfg(uint32_t flags, const char *listen, const char *egress)
{
	struct tg_xdp_cfg c = {
		.flags = flags,
		.listen_addr4 = listen ? ip4(listen) : 0,
		.listen_port = 51820,
		.nat_port_lo = 40000,
		.nat_port_hi = 49999,
		.egress_addr4 = egress ? ip4(egress) : 0,
	};
	uint32_t k = 0;

	CU_ASSERT_EQUAL_FATAL(bpf_map_update_elem(g_cfg, &k, &c, BPF_ANY), 0);
}

static int run(const struct frame *f)
{
	LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = f->b, .data_size_in = f->len,
		    .repeat = 1);

	if (bpf_prog_test_run_opts(g_prog, &o))
		return -errno;
	return (int)o.retval;
}

#define OURS XDP_DROP_  /* redirect attempted, no socket bound in a test run */
#define KERNEL XDP_PASS_

static bool ready(void)
{
	if (!g_obj || g_prog < 0 || g_cfg < 0) {
		fprintf(stderr, "xdp_prog: skipped (no object or no CAP_BPF)\n");
		return false;
	}
	return true;
}

static void test_unconfigured_passes_all(void)
{
	struct frame f;

	if (!ready())
		return;
	set_cfg(0, NULL, NULL);
	udp_to(&f, "192.0.2.1", 51820);
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	tcp_to(&f, "192.0.2.1", 40000);
	CU_ASSERT_EQUAL(run(&f), KERNEL);
}

static void test_wireguard_port(void)
{
	struct frame f;

	if (!ready())
		return;
	set_cfg(TG_XDP_F_CONFIGURED | TG_XDP_F_EGRESS, "192.0.2.1", "192.0.2.1");
	udp_to(&f, "192.0.2.1", 51820);
	CU_ASSERT_EQUAL(run(&f), OURS);
	udp_to(&f, "192.0.2.1", 51821);
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	udp_to(&f, "192.0.2.77", 51820); /* other local address */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	tcp_to(&f, "192.0.2.1", 51820); /* TCP to the WG port: kernel's */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	set_cfg(TG_XDP_F_CONFIGURED, NULL, NULL); /* listen on any address */
	udp_to(&f, "192.0.2.77", 51820);
	CU_ASSERT_EQUAL(run(&f), OURS);
}

static void test_nat_range_edges(void)
{
	static const struct { uint16_t port; int want; } t[] = {
		{ 22, KERNEL }, { 39999, KERNEL }, { 40000, OURS },
		{ 45000, OURS }, { 49999, OURS }, { 50000, KERNEL },
	};
	struct frame f;

	if (!ready())
		return;
	set_cfg(TG_XDP_F_CONFIGURED | TG_XDP_F_EGRESS, "192.0.2.1", "192.0.2.1");
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		tcp_to(&f, "192.0.2.1", t[i].port);
		CU_ASSERT_EQUAL(run(&f), t[i].want);
		udp_to(&f, "192.0.2.1", t[i].port);
		CU_ASSERT_EQUAL(run(&f), t[i].want);
		tcp_to(&f, "192.0.2.2", t[i].port); /* not the egress address */
		CU_ASSERT_EQUAL(run(&f), KERNEL);
	}
	/* Egress disabled: the range means nothing. */
	set_cfg(TG_XDP_F_CONFIGURED, "192.0.2.1", "192.0.2.1");
	tcp_to(&f, "192.0.2.1", 45000);
	CU_ASSERT_EQUAL(run(&f), KERNEL);
}

static void test_icmp(void)
{
	struct frame f;

	if (!ready())
		return;
	set_cfg(TG_XDP_F_CONFIGURED | TG_XDP_F_EGRESS, "192.0.2.1", "192.0.2.1");
	icmp_echo(&f, 8, 45000); /* echo request: the box stays pingable */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	icmp_echo(&f, 0, 45000); /* echo reply to a NATed ping */
	CU_ASSERT_EQUAL(run(&f), OURS);
	icmp_echo(&f, 0, 7);     /* echo reply to the kernel's own ping */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	icmp_err(&f, 17, "192.0.2.1", 41000);
	CU_ASSERT_EQUAL(run(&f), OURS);
	icmp_err(&f, 6, "192.0.2.1", 33000); /* about a kernel socket */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	icmp_err(&f, 17, "192.0.2.8", 41000); /* quoted source not ours */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	icmp_err(&f, 1, "192.0.2.1", 42000);  /* about a NATed echo */
	CU_ASSERT_EQUAL(run(&f), OURS);
}

static void test_other_traffic(void)
{
	struct frame f;

	if (!ready())
		return;
	set_cfg(TG_XDP_F_CONFIGURED | TG_XDP_F_EGRESS, "192.0.2.1", "192.0.2.1");
	memset(&f, 0, sizeof(f)); /* ARP */
	put16(f.b + 12, ETH_P_ARP);
	f.len = 42;
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	udp6_to(&f, 51820); /* IPv6 off */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	ipv4(&f, 17, "203.0.113.5", "192.0.2.1", 0x00b9); /* non-first fragment */
	l4_ports(&f, 40000, 51820);
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	ipv4(&f, 17, "203.0.113.5", "192.0.2.1", 0x2000); /* first fragment, MF */
	l4_ports(&f, 40000, 51820);
	CU_ASSERT_EQUAL(run(&f), OURS);
	udp_to(&f, "192.0.2.1", 51820); /* truncated inside the UDP header */
	f.len = 36;
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	f.len = 20; /* truncated IP header */
	CU_ASSERT_EQUAL(run(&f), KERNEL);
	set_cfg(TG_XDP_F_CONFIGURED | TG_XDP_F_IPV6, NULL, NULL);
	udp6_to(&f, 51820);
	CU_ASSERT_EQUAL(run(&f), OURS);
	udp6_to(&f, 53);
	CU_ASSERT_EQUAL(run(&f), KERNEL);
}

void xdp_prog_test_register(void)
{
	TG_ADD_SUITE("xdp_prog", suite_init, suite_clean,
		     { "unconfigured_passes_all", test_unconfigured_passes_all },
		     { "wireguard_port", test_wireguard_port },
		     { "nat_range_edges", test_nat_range_edges },
		     { "icmp", test_icmp },
		     { "other_traffic", test_other_traffic });
}
