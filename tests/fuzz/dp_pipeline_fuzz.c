/*
 * libFuzzer target: one frame (or one inject-ring message) through the whole
 * dataplane pipeline (dataplane/pipeline.c and its stages) on the in-memory
 * backend (dataplane/io_mem.h), DESIGN.md invariant 3: bad input never
 * crashes or stalls a worker. Runs on libFuzzer's thread as worker 0.
 *
 * Fixture (built once, like tests/unit/pipeline_test.c): a region with one
 * peer holding the keypair of tests/vectors/dp/dp_vectors.h, allowed IP
 * 100.64.0.2/32 and fd7a:115c:a1e0::2/128, egress 203.0.113.10 with NAT
 * ports 40000-40099, listen 192.0.2.1:41641, local addresses 100.64.0.1 and
 * fd7a:115c:a1e0::1, IPv6 opted in. The vector steps are replayed once at
 * start so NAT sessions exist for the return path.
 *
 * Input: byte 0 selects the mode, the rest is the payload.
 *   mode % 4 == 0  raw frame on the tailnet port
 *   mode % 4 == 1  raw frame on the internet port (return path); with
 *                  mode bit 2, an IPv4 TCP/UDP frame is aimed at the last
 *                  NAT mapping seen (dst = egress address and mapped port,
 *                  src = that remote) and its IPv4 header checksum fixed
 *   mode % 4 == 2  payload = inner IP packet, sealed by the fixture into a
 *                  valid data message from the peer (fresh counter), so the
 *                  fuzzer drives the post-decrypt stages; bit 2: no padding
 *   mode % 4 == 3  inject ring: bit 2 clear = TG_INJECT_ENCRYPT of the
 *                  payload for the peer, set = TG_INJECT_DECRYPT of the
 *                  payload sealed as in mode 2
 *   bit 3          first advance the clock by ((mode >> 4) + 1) * 4 s, so
 *                  NAT sessions expire and the sweep and lazy reclaim run;
 *                  the fixture then re-stamps the keypair's birth (as a
 *                  rekey by the cp would) so sealed frames stay acceptable
 * Checked after every input: every frame and ring message drained, no
 * buffer leaked from the pool.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crypto.h"
#include "io_mem.h"
#include "pkt.h"
#include "region.h"
#include "vectors/dp/dp_vectors.h"
#include "worker.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define NS 1000000000ULL
#define FRAME_MAX 1900

static struct tg_region reg;
static struct dp_mem *mem;
static struct dp_worker w;
static struct tg_manual_clock clk;
static uint32_t peer_slot, kp_slot;
static char rname[64];
static uint64_t counter = 1u << 20; /* above every vector's counter */
/* The last NAT mapping seen leaving the internet port (network order). */
static uint8_t nat_remote[4], nat_proto;
static uint16_t nat_port, nat_rport;

static const uint8_t mac_dp[2][6] = { { 2, 0, 0, 0, 0, 0x01 }, { 2, 0, 0, 0, 0, 0x02 } };
static const uint8_t mac_gw[2][6] = { { 2, 0, 0, 0, 0, 0xaa }, { 2, 0, 0, 0, 0, 0xbb } };

static int nh_lookup(struct dp_neigh *n, uint16_t port, uint32_t dst, uint8_t mac[6])
{
	(void)n;
	(void)dst;
	if (port > 1)
		return -1;
	memcpy(mac, mac_gw[port], 6);
	return 0;
}

static const uint8_t *nh_mac(const struct dp_neigh *n, uint16_t port)
{
	(void)n;
	return port <= 1 ? mac_dp[port] : NULL;
}

static void die(const char *what)
{
	fprintf(stderr, "dp_pipeline_fuzz: %s\n", what);
	abort();
}

static uint32_t ip4v(uint8_t b0, uint8_t b1, uint8_t b2, uint8_t b3)
{
	uint8_t a[4] = { b0, b1, b2, b3 };
	uint32_t v;

	memcpy(&v, a, 4);
	return v;
}

static void cleanup(void)
{
	if (reg.base) {
		tg_region_worker_offline(&reg, 0);
		tg_region_detach(&reg);
		tg_region_unlink(rname);
	}
}

static void make_region(void)
{
	struct tg_region_sizes sz = {
		.max_peers = 4, .max_keypairs = 12, .max_allowed_ips = 16, .max_workers = 1,
		.nat_sessions = 1024, .max_filter_rules = 4, .ring_slots = 64,
	};
	struct tg_keypair_init ki = { .local_index = DPV_LOCAL_INDEX,
				      .remote_index = DPV_REMOTE_INDEX };
	struct tg_endpoint ep = { .family = 4, .port = htons(51820) };
	uint8_t a[4] = { 100, 64, 0, 2 };
	static const uint8_t v6c[16] = { 0xfd, 0x7a, 0x11, 0x5c, 0xa1, 0xe0, [15] = 2 };
	static const uint8_t v6l[16] = { 0xfd, 0x7a, 0x11, 0x5c, 0xa1, 0xe0, [15] = 1 };
	struct tg_netcfg *nc;
	char err[256];

	snprintf(rname, sizeof(rname), "tgfuzz-dp-%d", (int)getpid());
	if (tg_region_create(&reg, rname, &sz, err, sizeof(err)) != 0) {
		fprintf(stderr, "dp_pipeline_fuzz: %s\n", err);
		abort();
	}
	atexit(cleanup);
	peer_slot = tg_peer_alloc(&reg);
	if (peer_slot == TG_NONE)
		die("peer_alloc");
	memset(tg_region_peer(&reg, peer_slot)->pubkey, 0x42, 32);
	memcpy(ep.addr, (uint8_t[]){ 192, 0, 2, 50 }, 4);
	tg_peer_endpoint_set(tg_region_peer(&reg, peer_slot), &ep);
	tg_peer_publish(&reg, peer_slot);
	ki.peer = peer_slot;
	memcpy(ki.send_key, dpv_send_key, 32);
	memcpy(ki.recv_key, dpv_recv_key, 32);
	ki.birth_ns = clk.mono;
	if (tg_keypair_install(&reg, &ki, &kp_slot) != 0)
		die("keypair_install");
	atomic_store(&tg_region_peer(&reg, peer_slot)->kp_current, kp_slot);
	if (tg_aip_insert(&reg, 4, a, 32, peer_slot) != 0 ||
	    tg_aip_insert(&reg, 6, v6c, 128, peer_slot) != 0 || tg_aip_commit(&reg, NS) != 0)
		die("aip");
	nc = tg_netcfg_stage(&reg);
	if (!nc)
		die("netcfg_stage");
	memset(nc, 0, sizeof(*nc));
	nc->egress_addr4 = ip4v(203, 0, 113, 10);
	nc->nat_port_lo = DPV_NAT_LO;
	nc->nat_port_hi = DPV_NAT_LO + 99;
	nc->listen_addr4 = ip4v(192, 0, 2, 1);
	nc->listen_port = 41641;
	nc->tunnel_mtu = DPV_TUNNEL_MTU;
	nc->egress_mtu = DPV_EGRESS_MTU;
	nc->n_local = 2;
	nc->local[0].family = 4;
	nc->local[0].cidr = 32;
	memcpy(nc->local[0].addr, (uint8_t[]){ 100, 64, 0, 1 }, 4);
	nc->flags = TG_NETCFG_F_IPV6;
	nc->local[1].family = 6;
	nc->local[1].cidr = 128;
	memcpy(nc->local[1].addr, v6l, 16);
	if (tg_netcfg_commit(&reg, NS) != 0)
		die("netcfg_commit");
}

/* Remember the NAT mapping of an IPv4 TCP/UDP frame leaving for the internet. */
static void note_egress(const uint8_t *f, int n)
{
	const uint8_t *ip = f + 14;
	unsigned ihl;

	if (n < 14 + 20 || (ip[0] >> 4) != 4)
		return;
	ihl = (ip[0] & 15u) * 4;
	if (ihl < 20 || n < (int)(14 + ihl + 4) || (ip[9] != 6 && ip[9] != 17))
		return;
	nat_proto = ip[9];
	memcpy(nat_remote, ip + 16, 4);
	nat_port = dp_be16(ip + ihl);
	nat_rport = dp_be16(ip + ihl + 2);
}

static void drain(void)
{
	static uint8_t out[4096];
	struct tg_ring_meta m;
	int n;

	for (uint16_t p = 0; p < 2; p++) {
		while ((n = dp_mem_tx_pop(mem, p, out, sizeof(out))) >= 0)
			if (p == 1)
				note_egress(out, n);
		while (dp_mem_kernel_pop(mem, p, out, sizeof(out)) >= 0)
			;
	}
	while (tg_ring_dequeue(tg_region_punt(&reg, 0), &m, out, sizeof(out)) == 0)
		;
	if (dp_mem_free_count(mem) != dp_mem_nbufs(mem))
		die("buffer leaked from the pool");
}

static void poll_once(void)
{
	clk.mono += 1000; /* 1 us per input: the keypair never ages out */
	dp_worker_poll_once(&w);
	drain();
}

static uint16_t ip_csum(const uint8_t *p, unsigned len)
{
	uint32_t s = 0;

	for (unsigned i = 0; i + 1 < len; i += 2)
		s += (uint32_t)p[i] << 8 | p[i + 1];
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

/* A data message from the peer carrying `inner`, in a full frame. */
static size_t seal_frame(uint8_t *f, const uint8_t *inner, size_t ilen, bool pad)
{
	size_t plen = pad ? (ilen + 15) & ~(size_t)15 : ilen;
	size_t wlen = TG_WG_DATA_HDR_LEN + plen + NOISE_AUTHTAG_LEN;

	memcpy(f, dpv_in_0, 42); /* Ethernet + IPv4 + UDP to the listen port */
	memset(f + 58, 0, plen);
	memcpy(f + 58, inner, ilen);
	memset(f + 42, 0, 4);
	f[42] = MESSAGE_DATA;
	tg_le32_put(f + 46, DPV_LOCAL_INDEX);
	tg_le64_put(f + 50, counter);
	tg_aead->seal(f + 58, f + 58, plen, counter, dpv_recv_key);
	counter++;
	dp_put_be16(f + 16, (uint16_t)(20 + 8 + wlen));
	dp_put_be16(f + 38, (uint16_t)(8 + wlen));
	f[40] = f[41] = 0; /* no UDP checksum */
	f[24] = f[25] = 0;
	dp_put_be16(f + 24, ip_csum(f + 14, 20));
	return 42 + wlen;
}

/* Aim an IPv4 TCP/UDP frame at the last NAT mapping. */
static void aim_return(uint8_t *f, size_t len)
{
	uint8_t *ip = f + 14;
	unsigned ihl;

	if (len < 14 + 20 || !nat_port || (ip[0] >> 4) != 4)
		return;
	ihl = (ip[0] & 15u) * 4;
	if (ihl < 20 || len < 14 + ihl + 4)
		return;
	ip[9] = nat_proto;
	memcpy(ip + 12, nat_remote, 4);
	memcpy(ip + 16, (uint8_t[]){ 203, 0, 113, 10 }, 4);
	dp_put_be16(ip + ihl, nat_rport);
	dp_put_be16(ip + ihl + 2, nat_port);
	ip[10] = ip[11] = 0;
	dp_put_be16(ip + 10, ip_csum(ip, ihl));
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (tg_crypto_init() != 0)
		die("crypto_init");
	tg_manual_clock_init(&clk, 1000 * NS, 0);
	make_region();
	if (dp_pipeline_setup(&reg, 1, 1234) != 0)
		die("pipeline_setup");
	mem = dp_mem_create(256, 2048, 128);
	if (!mem)
		die("dp_mem_create");
	struct dp_worker_cfg cfg = {
		.id = 0, .region = &reg, .io = dp_mem_ops(mem), .io_priv = mem,
		.nh_lookup4 = nh_lookup, .nh_port_mac = nh_mac,
		.n_ports = 2, .tailnet_port = 0, .internet_port = 1,
		.clock = &clk.clock,
	};
	if (dp_worker_init(&w, &cfg) != 0)
		die("worker_init");
	/* The vector steps once, so sessions exist for the return path. */
	for (size_t i = 0; i < sizeof(dpv_steps) / sizeof(dpv_steps[0]); i++) {
		const struct dpv_step *s = &dpv_steps[i];

		if (dp_mem_rx_push(mem, (uint16_t)s->port_in, s->in, s->in_len) == 0)
			poll_once();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t f[4096]; /* a sealed payload grows by 42 + 16 + 15 + 16 */
	struct tg_ring_meta m = { .peer = peer_slot };
	uint8_t mode;
	size_t len;

	if (size < 1)
		return 0;
	mode = data[0];
	data++;
	size--;
	if (mode & 8) {
		clk.mono += ((uint64_t)(mode >> 4) + 1) * 4 * NS;
		tg_region_keypair(&reg, kp_slot)->birth_ns = clk.mono;
	}
	switch (mode & 3) {
	case 0:
	case 1:
		if (size > FRAME_MAX)
			return 0;
		memcpy(f, data, size);
		if ((mode & 3) == 1 && (mode & 4))
			aim_return(f, size);
		if (dp_mem_rx_push(mem, mode & 1, f, size) == 0)
			poll_once();
		break;
	case 2:
		if (size > FRAME_MAX - 100)
			return 0;
		len = seal_frame(f, data, size, !(mode & 4));
		if (dp_mem_rx_push(mem, 0, f, len) == 0)
			poll_once();
		break;
	default:
		if (size > TG_RING_SLOT_DATA - 100)
			return 0;
		if (mode & 4) {
			len = seal_frame(f, data, size, true) - 42;
			memmove(f, f + 42, len);
			m.kind = TG_INJECT_DECRYPT;
		} else {
			len = size;
			memcpy(f, data, size);
			m.kind = TG_INJECT_ENCRYPT;
		}
		m.len = (uint16_t)len;
		if (tg_ring_enqueue(tg_region_inject(&reg, 0), &m, f) == 0)
			poll_once();
		break;
	}
	return 0;
}
