/*
 * Issue rows 2 and 5: the dataplane pipeline on one core over the
 * in-memory backend (dataplane/io_mem.c), for every AEAD implementation in
 * tg_aead_impls[] (selected with tg_aead_select).
 *   decap: pre-encrypted WireGuard data packets (keys installed directly in
 *          the region, distinct counters, made once before timing) ->
 *          classify -> decap -> SNAT -> TX on the internet port;
 *   encap: internet replies to the NAT ports -> conntrack/DNAT -> encap ->
 *          TX to the peer's endpoint.
 * Inner packets are IPv4/UDP of 64, 512 and 1420 bytes (the AEAD plaintext,
 * as in row 1), 64 flows, bursts of 32. Only dp_worker_poll_once is timed:
 * queueing the received frames (dp_mem_rx_push: the copy a NIC's DMA
 * does) and draining the TX queues happen outside the timed region. Between
 * passes over the packet pool the keypair's replay window is reset
 * (untimed) so the same counters are accepted again.
 * Row 5 calls the stage functions of the pipeline (dataplane/stages.h)
 * one by one on the same prepared bursts, with rdtsc between them; the
 * AEAD's share is the same seal/open timed alone on copies of the same
 * packets. Nothing of this is compiled into tailgate-dp.
 * Runs on: the main thread; single core. Output: tests/bench/bench_util.h.
 */
#include <arpa/inet.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "aead_impls.h"
#include "bench/bench_util.h"
#include "crypto.h"
#include "csum.h"
#include "io_mem.h"
#include "region.h"
#include "replay.h"
#include "stages.h"
#include "wg_wire.h"
#include "worker.h"

#define ROW2 "2. Dataplane per core (mem I/O)"
#define ROW5 "5. Cycles per packet by stage"
#define BURST 32
#define POOL 1024                 /* packets per pass (32 bursts) */
#define NFLOWS 64
#define FRAME_MAX 1600
#define NS 1000000000ULL
#define LOCAL_INDEX 0x11223344u
#define REMOTE_INDEX 0x55667788u
#define NAT_LO 20000
#define STAGE_BURSTS 301
#define MAX_IMPLS 8

static const size_t sizes[] = { 64, 512, 1420 };
#define NSIZES (sizeof(sizes) / sizeof(sizes[0]))
enum { DIR_DECAP, DIR_ENCAP, NDIRS };
static const char *const dir_name[NDIRS] = { "decap", "encap" };
/* bench.sh pairs dp.<op> with crypto.<op> of row 1 */
static const char *const dir_op[NDIRS] = { "open", "seal" };

static struct tg_region reg;
static struct dp_mem *mem;
static struct dp_worker w;
static struct tg_manual_clock clk;
static uint32_t peer_slot, kp_slot;
static char rname[64];
static uint8_t recv_key[32], send_key[32];
static uint16_t nat_port[NFLOWS];
static double tsc_per_ns;

static const uint8_t mac_dp[2][6] = { { 2, 0, 0, 0, 0, 0x01 }, { 2, 0, 0, 0, 0, 0x02 } };
static const uint8_t mac_gw[2][6] = { { 2, 0, 0, 0, 0, 0xaa }, { 2, 0, 0, 0, 0, 0xbb } };
static const uint8_t ip_peer[4] = { 192, 0, 2, 50 }, ip_listen[4] = { 192, 0, 2, 1 };
static const uint8_t ip_inner[4] = { 100, 64, 0, 2 }, ip_srv[4] = { 198, 51, 100, 7 };
static const uint8_t ip_egress[4] = { 203, 0, 113, 10 };

static uint8_t pool[POOL][FRAME_MAX];
static uint16_t pool_len[POOL];
static uint8_t txbuf[FRAME_MAX + 64];

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

static uint32_t v4(const uint8_t a[4])
{
	uint32_t v;

	memcpy(&v, a, 4);
	return v;
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

/* Ethernet + IPv4 + UDP headers at f (UDP checksum 0: allowed in IPv4). */
static size_t eth_ip_udp(uint8_t *f, uint16_t port, const uint8_t src[4],
			 const uint8_t dst[4], uint16_t sport, uint16_t dport,
			 size_t udp_payload)
{
	uint8_t *ip = f + 14, *udp = ip + 20;

	memcpy(f, mac_dp[port], 6);
	memcpy(f + 6, mac_gw[port], 6);
	put16(f + 12, 0x0800);
	memset(ip, 0, 20);
	ip[0] = 0x45;
	put16(ip + 2, (uint16_t)(28 + udp_payload));
	ip[8] = 64;
	ip[9] = 17;
	memcpy(ip + 12, src, 4);
	memcpy(ip + 16, dst, 4);
	put16(ip + 10, dp_csum(ip, 20));
	put16(udp, sport);
	put16(udp + 2, dport);
	put16(udp + 4, (uint16_t)(8 + udp_payload));
	put16(udp + 6, 0);
	return 14 + 28 + udp_payload;
}

/* A WireGuard data frame carrying an inner IPv4/UDP packet of `size`. */
static uint16_t make_wg(uint8_t *f, size_t size, uint64_t ctr, unsigned flow)
{
	uint8_t inner[FRAME_MAX];
	uint8_t *wg = f + 42;
	size_t wlen = TG_WG_DATA_HDR_LEN + size + TG_AEAD_TAG_LEN;

	/* inner packet: build with eth_ip_udp into a frame, drop the Ethernet */
	{
		uint8_t tmp[FRAME_MAX];

		eth_ip_udp(tmp, 1, ip_inner, ip_srv, (uint16_t)(10000 + flow), 5201,
			   size - 28);
		memset(tmp + 42, 0xa5, size - 28);
		memcpy(inner, tmp + 14, size);
	}
	eth_ip_udp(f, 0, ip_peer, ip_listen, 51820, 41641, wlen);
	memset(wg, 0, TG_WG_DATA_HDR_LEN);
	wg[0] = 4;
	for (int i = 0; i < 4; i++)
		wg[4 + i] = (uint8_t)(LOCAL_INDEX >> (8 * i));
	for (int i = 0; i < 8; i++)
		wg[8 + i] = (uint8_t)(ctr >> (8 * i));
	tg_aead_impls[0]->seal(wg + TG_WG_DATA_HDR_LEN, inner, size, ctr, recv_key);
	return (uint16_t)(42 + wlen);
}

/* An internet reply to flow's NAT port, IPv4 packet of `size`. */
static uint16_t make_reply(uint8_t *f, size_t size, unsigned flow)
{
	size_t n = eth_ip_udp(f, 1, ip_srv, ip_egress, 5201, nat_port[flow], size - 28);

	memset(f + 42, 0x5a, size - 28);
	return (uint16_t)n;
}

static void make_pool(int dir, size_t size)
{
	for (unsigned i = 0; i < POOL; i++)
		pool_len[i] = dir == DIR_DECAP ? make_wg(pool[i], size, i, i % NFLOWS)
					       : make_reply(pool[i], size, i % NFLOWS);
}

static unsigned drain_tx(void)
{
	unsigned n = 0;

	for (uint16_t p = 0; p < 2; p++)
		while (dp_mem_tx_pop(mem, p, txbuf, sizeof(txbuf)) >= 0)
			n++;
	return n;
}

static void push_burst(int dir, unsigned first)
{
	for (unsigned i = 0; i < BURST; i++)
		dp_mem_rx_push(mem, dir == DIR_DECAP ? 0 : 1, pool[first + i],
			       pool_len[first + i]);
}

static void new_pass(void)
{
	dp_replay_reset(&tg_region_keypair(&reg, kp_slot)->replay);
}

/* ---- setup ---------------------------------------------------------- */

static const char *setup(void)
{
	struct tg_region_sizes sz = {
		.max_peers = 4, .max_keypairs = 8, .max_allowed_ips = 8, .max_workers = 1,
		.nat_sessions = 4096, .max_filter_rules = 4, .ring_slots = 64,
	};
	struct tg_keypair_init ki = { .local_index = LOCAL_INDEX,
				      .remote_index = REMOTE_INDEX };
	struct tg_endpoint ep = { .family = 4, .port = htons(51820) };
	static char err[256];
	struct tg_netcfg *nc;

	if (tg_crypto_init() != 0)
		return "tg_crypto_init failed";
	tg_random(recv_key, 32);
	tg_random(send_key, 32);
	tg_manual_clock_init(&clk, 1000 * NS, 0);
	snprintf(rname, sizeof(rname), "tgb2-dpbench-%d", (int)getpid());
	if (tg_region_create(&reg, rname, &sz, err, sizeof(err)) != 0)
		return err;
	peer_slot = tg_peer_alloc(&reg);
	if (peer_slot == TG_NONE)
		return "tg_peer_alloc failed";
	memset(tg_region_peer(&reg, peer_slot)->pubkey, 0x42, 32);
	memcpy(ep.addr, ip_peer, 4);
	tg_peer_endpoint_set(tg_region_peer(&reg, peer_slot), &ep);
	tg_peer_publish(&reg, peer_slot);
	ki.peer = peer_slot;
	memcpy(ki.send_key, send_key, 32);
	memcpy(ki.recv_key, recv_key, 32);
	ki.birth_ns = clk.mono;
	if (tg_keypair_install(&reg, &ki, &kp_slot) != 0)
		return "tg_keypair_install failed";
	atomic_store(&tg_region_peer(&reg, peer_slot)->kp_current, kp_slot);
	if (tg_aip_insert(&reg, 4, ip_inner, 32, peer_slot) != 0 ||
	    tg_aip_commit(&reg, NS) != 0)
		return "allowed IPs failed";
	nc = tg_netcfg_stage(&reg);
	if (!nc)
		return "tg_netcfg_stage failed";
	memset(nc, 0, sizeof(*nc));
	nc->egress_addr4 = v4(ip_egress);
	nc->nat_port_lo = NAT_LO;
	nc->nat_port_hi = NAT_LO + 999;
	nc->listen_addr4 = v4(ip_listen);
	nc->listen_port = 41641;
	nc->tunnel_mtu = 1420;
	nc->egress_mtu = 1500;
	nc->n_local = 1;
	nc->local[0].family = 4;
	nc->local[0].cidr = 32;
	nc->local[0].addr[0] = 100;
	nc->local[0].addr[1] = 64;
	nc->local[0].addr[3] = 1;
	if (tg_netcfg_commit(&reg, NS) != 0)
		return "tg_netcfg_commit failed";
	if (dp_pipeline_setup(&reg, 1, 1234) != 0)
		return "dp_pipeline_setup failed";
	mem = dp_mem_create(256, 2048, 128);
	if (!mem)
		return "dp_mem_create failed";
	struct dp_worker_cfg cfg = {
		.id = 0, .region = &reg, .io = dp_mem_ops(mem), .io_priv = mem,
		.nh_lookup4 = nh_lookup, .nh_port_mac = nh_mac,
		.n_ports = 2, .tailnet_port = 0, .internet_port = 1,
		.clock = &clk.clock,
	};
	if (dp_worker_init(&w, &cfg) != 0)
		return "dp_worker_init failed";
	/* one packet per flow to open the NAT sessions; learn the ports */
	make_pool(DIR_DECAP, 64);
	for (unsigned f = 0; f < NFLOWS; f++) {
		int n;

		dp_mem_rx_push(mem, 0, pool[f], pool_len[f]);
		dp_worker_poll_once(&w);
		n = dp_mem_tx_pop(mem, 1, txbuf, sizeof(txbuf));
		if (n < 42 || txbuf[23] != 17 || memcmp(txbuf + 26, ip_egress, 4))
			return "no SNAT'd packet on the internet port (setup)";
		nat_port[f] = (uint16_t)(txbuf[34] << 8 | txbuf[35]);
		drain_tx();
	}
	new_pass();
	return NULL;
}

static void teardown(void)
{
	if (reg.base) {
		tg_region_worker_offline(&reg, 0);
		tg_region_detach(&reg);
		tg_region_unlink(rname);
	}
	dp_mem_destroy(mem);
}

/* ---- row 2: the whole worker loop ------------------------------------ */

struct result {
	bool ok;
	char why[96];
	double mpps, gbps, cyc_pkt, spread;
	double aead_mpps;       /* the AEAD alone, slices interleaved */
};

static struct result res[MAX_IMPLS][NDIRS][NSIZES];
static int n_impls;

/*
 * The same AEAD alone, one packet at a time like the pipeline, on the
 * pool's packets (decap: open the ciphertexts into a separate buffer;
 * encap: seal the reply packets); one slice. Packets per ns, 0 on failure.
 */
static double aead_slice(int dir, size_t size, uint64_t slice_ns)
{
	static uint8_t out[BURST][FRAME_MAX];
	uint64_t timed = 0, pk = 0, wall0 = bench_now_ns(), ctr = 0;

	do {
		for (unsigned b = 0; b < POOL; b += BURST) {
			uint64_t t0 = bench_now_ns();

			for (unsigned i = 0; i < BURST; i++) {
				const uint8_t *f = pool[b + i];

				if (dir == DIR_DECAP) {
					if (tg_aead->open(out[i], f + 42 + TG_WG_DATA_HDR_LEN,
							  size + TG_AEAD_TAG_LEN,
							  tg_le64_get(f + 42 + 8), recv_key))
						return 0;
				} else {
					tg_aead->seal(out[i], f + 14, size, ctr++, send_key);
				}
			}
			timed += bench_now_ns() - t0;
			pk += BURST;
		}
	} while (bench_now_ns() - wall0 < slice_ns);
	return (double)pk / (double)timed;
}

/* Packets that came out the other side for one pass-worth of bursts. */
static bool measure(int dir, size_t si, struct result *r)
{
	int slices = bench_slices();
	uint64_t slice_ns = (uint64_t)(bench_seconds() * 1e9 / slices);
	double best = 0, worst = 0, best_cyc = 0, best_aead = 0;
	size_t size = sizes[si];

	make_pool(dir, size);
	/* warm-up pass, also a correctness check: every packet comes out */
	new_pass();
	for (unsigned b = 0; b < POOL; b += BURST) {
		push_burst(dir, b);
		dp_worker_poll_once(&w);
		if (drain_tx() != BURST) {
			snprintf(r->why, sizeof(r->why),
				 "n/a (warm-up: %s lost packets)", dir_name[dir]);
			return false;
		}
	}
	for (int s = 0; s < slices; s++) {
		uint64_t timed = 0, cyc = 0, pk = 0, wall0 = bench_now_ns();

		do {
			new_pass();
			for (unsigned b = 0; b < POOL; b += BURST) {
				uint64_t t0, t1, c0, c1;

				push_burst(dir, b);
				t0 = bench_now_ns();
				c0 = bench_tsc();
				dp_worker_poll_once(&w);
				c1 = bench_tsc();
				t1 = bench_now_ns();
				timed += t1 - t0;
				cyc += c1 - c0;
				if (drain_tx() != BURST) {
					snprintf(r->why, sizeof(r->why),
						 "n/a (%s lost packets while timed)",
						 dir_name[dir]);
					return false;
				}
				pk += BURST;
			}
		} while (bench_now_ns() - wall0 < slice_ns);
		double rate = (double)pk / (double)timed; /* per ns */

		if (rate > best) {
			best = rate;
			best_cyc = (double)cyc / (double)pk;
		}
		if (worst == 0 || rate < worst)
			worst = rate;
		/* interleaved: the AEAD alone sees the same load */
		rate = aead_slice(dir, size, slice_ns);
		if (rate > best_aead)
			best_aead = rate;
	}
	r->aead_mpps = best_aead * 1e3;
	r->mpps = best * 1e3;
	r->gbps = best * (double)size * 8.0;
	r->cyc_pkt = best_cyc;
	r->spread = 100.0 * (best - worst) / best;
	r->ok = true;
	return true;
}

/* ---- row 5: stage by stage -------------------------------------------- */

enum { ST_RX, ST_CLASSIFY, ST_LOOKUP, ST_AEAD, ST_NAT, ST_TX, NSTAGES };
static const char *const st_name[NSTAGES] = {
	"RX (mem)", "classify", "lookup", "AEAD", "NAT", "TX"
};
static const char *const st_what[NDIRS][NSTAGES] = {
	{ "dp_io_mem rx_burst", "dp_classify", "dp_decap minus AEAD: keypair "
	  "lookup, expiry, replay, allowed-IPs and inner checks",
	  "tg_aead->open alone on copies of the same packets",
	  "dp_forward: SNAT (conntrack), route, Ethernet header, TX enqueue",
	  "dp_tx_flush_all: tx_burst to the backend" },
	{ "dp_io_mem rx_burst", "dp_classify", "dp_encap minus AEAD: keypair "
	  "pick, padding, outer headers incl. the outer UDP checksum over "
	  "the whole datagram (dp_csum_partial), TX enqueue",
	  "tg_aead->seal alone on copies of the same packets",
	  "dp_retpath: conntrack lookup, DNAT", "dp_tx_flush_all: tx_burst "
	  "to the backend" },
};
static double stage_cyc[MAX_IMPLS][NDIRS][NSIZES][NSTAGES];
static bool stage_ok[MAX_IMPLS][NDIRS][NSIZES];
static uint64_t samples[NSTAGES + 1][STAGE_BURSTS];

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

static uint64_t median(uint64_t *v, unsigned n)
{
	qsort(v, n, sizeof(*v), cmp_u64);
	return v[n / 2];
}

/* AEAD alone on the burst's packets as the stage would see them. */
static uint64_t aead_alone(int dir, const struct dp_pkt *pk, unsigned n, size_t size)
{
	static uint8_t scratch[BURST][FRAME_MAX];
	uint64_t c0;

	if (dir == DIR_DECAP) {
		for (unsigned i = 0; i < n; i++)
			memcpy(scratch[i], pk[i].data + 42 + TG_WG_DATA_HDR_LEN,
			       size + TG_AEAD_TAG_LEN);
		c0 = bench_tsc();
		for (unsigned i = 0; i < n; i++)
			if (tg_aead->open(scratch[i], scratch[i], size + TG_AEAD_TAG_LEN,
					  tg_le64_get(pk[i].data + 42 + 8), recv_key) != 0)
				return UINT64_MAX;
		return bench_tsc() - c0;
	}
	for (unsigned i = 0; i < n; i++)
		memcpy(scratch[i], pk[i].data + 14, size);
	c0 = bench_tsc();
	for (unsigned i = 0; i < n; i++)
		tg_aead->seal(scratch[i], scratch[i], size, i, send_key);
	return bench_tsc() - c0;
}

static bool stages(int dir, size_t si, int impl)
{
	size_t size = sizes[si];
	uint16_t port = dir == DIR_DECAP ? 0 : 1;
	unsigned nb = 0;

	make_pool(dir, size);
	new_pass();
	w.now_ns = clk.mono;
	w.cfg = tg_region_netcfg(&reg);
	for (unsigned k = 0; k < STAGE_BURSTS; k++) {
		struct dp_pkt pkts[BURST], sel[BURST], other[BURST];
		struct dp_pkt_meta meta[BURST];
		uint16_t n, n_sel = 0, n_other = 0, n_out;
		unsigned b = (k * BURST) % POOL;
		uint64_t t[6], aead;

		if (b == 0)
			new_pass();
		push_burst(dir, b);
		t[0] = bench_tsc();
		n = w.io->rx_burst(&w, port, pkts, BURST);
		t[1] = bench_tsc();
		for (uint16_t i = 0; i < n; i++)
			pkts[i].port = port;
		if (n != BURST)
			return false;
		aead = aead_alone(dir, pkts, n, size);
		if (aead == UINT64_MAX)
			return false;
		{
			uint64_t c = bench_tsc();

			dp_classify(&w, pkts, n, dir == DIR_DECAP ? sel : other,
				    meta, dir == DIR_DECAP ? &n_sel : &n_other,
				    dir == DIR_DECAP ? other : sel,
				    dir == DIR_DECAP ? &n_other : &n_sel);
			t[2] = bench_tsc();
			t[1] = t[1] - t[0];  /* rx */
			t[0] = t[2] - c;     /* classify */
		}
		if (n_sel != BURST || n_other != 0)
			return false;
		if (dir == DIR_DECAP) {
			uint64_t c0 = bench_tsc(), c1, c2;

			n_out = dp_decap(&w, sel, meta, n_sel);
			c1 = bench_tsc();
			dp_forward(&w, sel, meta, n_out);
			c2 = bench_tsc();
			t[3] = c1 - c0;  /* decap */
			t[4] = c2 - c1;  /* forward = NAT */
		} else {
			struct dp_pkt_meta rmeta[BURST];
			uint64_t c0 = bench_tsc(), c1, c2;

			n_out = dp_retpath(&w, sel, rmeta, n_sel);
			c1 = bench_tsc();
			dp_encap(&w, sel, rmeta, n_out);
			c2 = bench_tsc();
			t[4] = c1 - c0;  /* retpath = NAT */
			t[3] = c2 - c1;  /* encap */
		}
		{
			uint64_t c = bench_tsc();

			dp_tx_flush_all(&w);
			t[5] = bench_tsc() - c;
		}
		if (n_out != BURST || drain_tx() != BURST)
			return false;
		samples[ST_RX][nb] = t[1];
		samples[ST_CLASSIFY][nb] = t[0];
		samples[ST_LOOKUP][nb] = t[3] > aead ? t[3] - aead : 0;
		samples[ST_AEAD][nb] = aead;
		samples[ST_NAT][nb] = t[4];
		samples[ST_TX][nb] = t[5];
		nb++;
	}
	for (int s = 0; s < NSTAGES; s++)
		stage_cyc[impl][dir][si][s] = (double)median(samples[s], nb) / BURST;
	stage_ok[impl][dir][si] = true;
	return true;
}

/* ---- report ------------------------------------------------------------ */

static void report(void)
{
	printf("\n## 2. Dataplane per core on the in-memory path\n\n");
	printf("One worker, dp_worker_poll_once over dataplane/io_mem.c, bursts "
	       "of %d, %d flows, inner IPv4/UDP packets of the given size (the AEAD "
	       "plaintext, as in row 1). decap: WireGuard data -> decap -> SNAT "
	       "-> TX; encap: internet reply -> conntrack/DNAT -> encap -> TX. "
	       "Only the worker loop is timed (queueing RX frames and draining "
	       "TX are not), each figure the fastest of %d slices of %.2f s; "
	       "Gbit/s counts inner bytes. Each pipeline slice is followed by a slice "
	       "of the same AEAD alone (one packet at a time, same packets), so the "
	       "last column compares the two under the same load. Ratios to row 1 "
	       "are in the summary "
	       "(computed by scripts/bench.sh from the same run). The pipeline "
	       "calls the AEAD one packet at a time (tg_aead ops), so row 1's "
	       "\"ipsec-mb burst\" has no dataplane counterpart yet.\n\n",
	       BURST, NFLOWS, bench_slices(), bench_seconds() / bench_slices());
	printf("| AEAD | direction | size (B) | Mpps | Gbit/s | TSC cycles/packet "
	       "| slice spread | AEAD alone, interleaved (Mpps) | pipeline / AEAD alone |\n"
	       "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
	for (int i = 0; i < n_impls; i++)
		for (int d = 0; d < NDIRS; d++)
			for (size_t s = 0; s < NSIZES; s++) {
				const struct result *r = &res[i][d][s];

				if (!r->ok) {
					printf("| %s | %s | %zu | %s | | | | | |\n",
					       tg_aead_impls[i]->name, dir_name[d],
					       sizes[s], r->why);
					continue;
				}
				printf("| %s | %s | %zu | %.3f | %.2f | %.0f | %.0f %% | %.3f | "
				       "%.2f |\n", tg_aead_impls[i]->name, dir_name[d], sizes[s],
				       r->mpps, r->gbps, r->cyc_pkt, r->spread, r->aead_mpps,
				       r->aead_mpps > 0 ? r->mpps / r->aead_mpps : 0);
			}
	printf("\n## 5. Cycles per packet by stage\n\n");
	printf("The pipeline's stage functions (dataplane/stages.h) called one "
	       "by one from the bench on %d bursts of %d prepared packets, rdtsc "
	       "between them; each cell is the median burst divided by %d "
	       "(TSC cycles per packet, TSC at %.3f GHz). The production build "
	       "has no timing code. Stages:\n\n", STAGE_BURSTS, BURST, BURST,
	       tsc_per_ns);
	for (int d = 0; d < NDIRS; d++)
		for (int s = 0; s < NSTAGES; s++)
			printf("- %s %s: %s\n", dir_name[d], st_name[s], st_what[d][s]);
	printf("\n| AEAD | direction | size (B) |");
	for (int s = 0; s < NSTAGES; s++)
		printf(" %s |", st_name[s]);
	printf(" sum | AEAD share |\n|---|---|---:|");
	for (int s = 0; s <= NSTAGES; s++)
		printf("---:|");
	printf("---:|\n");
	for (int i = 0; i < n_impls; i++)
		for (int d = 0; d < NDIRS; d++)
			for (size_t si = 0; si < NSIZES; si++) {
				double sum = 0;

				printf("| %s | %s | %zu |", tg_aead_impls[i]->name,
				       dir_name[d], sizes[si]);
				if (!stage_ok[i][d][si]) {
					printf(" n/a (stage run lost packets) |");
					for (int s = 0; s <= NSTAGES; s++)
						printf(" |");
					printf("\n");
					continue;
				}
				for (int s = 0; s < NSTAGES; s++) {
					sum += stage_cyc[i][d][si][s];
					printf(" %.0f |", stage_cyc[i][d][si][s]);
				}
				printf(" %.0f | %.0f %% |\n", sum,
				       100.0 * stage_cyc[i][d][si][ST_AEAD] / sum);
			}
	printf("\nWhere the cycles go beyond the AEAD, for the fastest implementation "
	       "of each row 2 cell:\n\n");
	for (int d = 0; d < NDIRS; d++)
		for (size_t si = 0; si < NSIZES; si++) {
			int b = -1, big = -1;
			double rest = 0;

			for (int i = 0; i < n_impls; i++)
				if (res[i][d][si].ok && stage_ok[i][d][si] &&
				    (b < 0 || res[i][d][si].mpps > res[b][d][si].mpps))
					b = i;
			if (b < 0)
				continue;
			for (int s = 0; s < NSTAGES; s++) {
				if (s == ST_AEAD)
					continue;
				rest += stage_cyc[b][d][si][s];
				if (big < 0 || stage_cyc[b][d][si][s] > stage_cyc[b][d][si][big])
					big = s;
			}
			printf("- %s %zu B (%s): AEAD %.0f cycles, everything else %.0f "
			       "(largest: %s, %.0f)\n", dir_name[d], sizes[si],
			       tg_aead_impls[b]->name, stage_cyc[b][d][si][ST_AEAD], rest,
			       st_name[big], stage_cyc[b][d][si][big]);
		}
	printf("\n");
}

static void summary(void)
{
	for (int d = 0; d < NDIRS; d++)
		for (size_t s = 0; s < NSIZES; s++) {
			int b = -1;

			for (int i = 0; i < n_impls; i++) {
				const struct result *r = &res[i][d][s];

				if (!r->ok)
					continue;
				printf("VALUE\tdp.%s.%zu.%s.mpps\t%.4f\n", dir_op[d],
				       sizes[s], tg_aead_impls[i]->name, r->mpps);
				printf("VALUE\tdp.%s.%zu.%s.aead_mpps\t%.4f\n", dir_op[d],
				       sizes[s], tg_aead_impls[i]->name, r->aead_mpps);
				if (b < 0 || r->mpps > res[b][d][s].mpps)
					b = i;
			}
			if (b < 0) {
				printf("SUMMARY\t" ROW2 "\t%s %zu B\tn/a (%s)\n",
				       dir_name[d], sizes[s], res[0][d][s].why);
				continue;
			}
			printf("VALUE\tdp.%s.%zu.mpps\t%.4f\n", dir_op[d], sizes[s],
			       res[b][d][s].mpps);
			printf("VALUE\tdp.%s.%zu.best_impl\t%d\n", dir_op[d], sizes[s], b);
			printf("SUMMARY\t" ROW2 "\t%s %zu B, best = %s\t%.2f Mpps, "
			       "%.2f Gbit/s", dir_name[d], sizes[s],
			       tg_aead_impls[b]->name, res[b][d][s].mpps,
			       res[b][d][s].gbps);
			for (int i = 0; i < n_impls; i++)
				if (i != b && res[i][d][s].ok)
					printf("; %s %.2f", tg_aead_impls[i]->name,
					       res[i][d][s].mpps);
			printf("\n");
			if (stage_ok[b][d][s]) {
				double sum = 0;

				for (int st = 0; st < NSTAGES; st++)
					sum += stage_cyc[b][d][s][st];
				printf("SUMMARY\t" ROW5 "\t%s %zu B (%s), TSC cycles\t",
				       dir_name[d], sizes[s], tg_aead_impls[b]->name);
				for (int st = 0; st < NSTAGES; st++)
					printf("%s%s %.0f", st ? ", " : "", st_name[st],
					       stage_cyc[b][d][s][st]);
				printf("; AEAD %.0f %% of %.0f\n",
				       100.0 * stage_cyc[b][d][s][ST_AEAD] / sum, sum);
			}
		}
}

int main(void)
{
	const char *bad;

	tsc_per_ns = bench_tsc_per_ns();
	bad = setup();
	if (bad) {
		printf("SUMMARY\t" ROW2 "\tall\tn/a (setup: %s)\n", bad);
		teardown();
		return 0;
	}
	for (n_impls = 0; tg_aead_impls[n_impls] && n_impls < MAX_IMPLS; n_impls++) {
		if (tg_aead_select(tg_aead_impls[n_impls]->name) != 0) {
			for (int d = 0; d < NDIRS; d++)
				for (size_t s = 0; s < NSIZES; s++)
					snprintf(res[n_impls][d][s].why, 96,
						 "n/a (tg_aead_select failed)");
			continue;
		}
		for (int d = 0; d < NDIRS; d++)
			for (size_t s = 0; s < NSIZES; s++) {
				if (measure(d, s, &res[n_impls][d][s]))
					stages(d, s, n_impls);
				drain_tx();
			}
	}
	tg_aead_select("libsodium");
	report();
	summary();
	teardown();
	return 0;
}
