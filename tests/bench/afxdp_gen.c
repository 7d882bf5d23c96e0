/*
 * Traffic generator for issue row 3 (scripts/bench_afxdp.sh): not a bench
 * program itself (scripts/bench.sh skips it). Two modes:
 *   afxdp_gen prep <config>
 *       create the shared region the config names (before tailgate-dp
 *       starts), publish its netcfg (controlplane/netcfg.c), and install
 *       one peer (endpoint 192.0.2.11:51820, allowed IP 100.64.0.11/32)
 *       with GEN_KEYS keypairs of random keys directly, so no handshake is needed
 *       and tailgate-cp does not run;
 *   afxdp_gen send <config> <ifname> <dst-mac> <seconds> <inner-size>
 *       pre-encrypt a pool of WireGuard data packets with that keypair
 *       (distinct counters, 64 flows to 203.0.113.77, inner IPv4/UDP of
 *       <inner-size> bytes) and send them from <ifname> with AF_PACKET
 *       sendmmsg (qdisc bypassed) as fast as it can for <seconds>. There
 *       are GEN_KEYS keypairs, each with its own pool, used in turn; before
 *       a keypair's pool is sent again its replay window in the region is
 *       reset (its previous pass is GEN_KEYS - 1 passes old, long out of
 *       the rings), so the same counters are accepted again.
 *       Prints "sent <packets> <seconds>".
 * Addresses are documentation ranges only. Runs on: its main thread.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "config.h"
#include "crypto.h"
#include "csum.h"
#include "netcfg.h"
#include "region.h"
#include "replay.h"
#include "wg_wire.h"

#define GEN_LOCAL_INDEX 0x7b2b0001u
#define GEN_REMOTE_INDEX 0x7b2b0002u
#define GEN_KEYS 4              /* keypairs, one pool each, used in turn */
#define GEN_POOL 16384          /* packets per keypair's pool */
#define GEN_FLOWS 64
#define GEN_BATCH 64
#define GEN_FRAME_MAX 1600

static const uint8_t ip_gen[4] = { 192, 0, 2, 11 }, ip_inner[4] = { 100, 64, 0, 11 };
static const uint8_t ip_dst[4] = { 203, 0, 113, 77 };

static uint8_t (*pool)[GEN_FRAME_MAX];   /* GEN_KEYS * GEN_POOL frames */
static uint16_t pool_len[GEN_KEYS * GEN_POOL];

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void ip_udp(uint8_t *ip, const uint8_t src[4], const uint8_t dst[4],
		   uint16_t sport, uint16_t dport, size_t payload)
{
	uint8_t *udp = ip + 20;

	memset(ip, 0, 28);
	ip[0] = 0x45;
	put16(ip + 2, (uint16_t)(28 + payload));
	ip[8] = 64;
	ip[9] = 17;
	memcpy(ip + 12, src, 4);
	memcpy(ip + 16, dst, 4);
	put16(ip + 10, dp_csum(ip, 20));
	put16(udp, sport);
	put16(udp + 2, dport);
	put16(udp + 4, (uint16_t)(8 + payload));
}

static int load(const char *path, struct tg_config *cfg, struct tg_region *r, bool create)
{
	char err[512];
	int rc;

	if (tg_config_load(cfg, path, err, sizeof(err))) {
		fprintf(stderr, "afxdp_gen: %s\n", err);
		return -1;
	}
	if (tg_crypto_init())
		return -1;
	rc = create ? tg_region_create(r, cfg->dataplane.region_name, &cfg->tables, err,
				       sizeof(err))
		    : tg_region_attach(r, cfg->dataplane.region_name, &cfg->tables, err,
				       sizeof(err));
	if (rc) {
		fprintf(stderr, "afxdp_gen: region %s: %s\n", cfg->dataplane.region_name, err);
		return -1;
	}
	return 0;
}

static int prep(const char *path)
{
	struct tg_config cfg;
	struct tg_region r;
	struct tg_keypair_init ki = { .local_index = GEN_LOCAL_INDEX,
				      .remote_index = GEN_REMOTE_INDEX };
	struct tg_endpoint ep = { .family = 4, .port = htons(51820) };
	char err[256];
	uint32_t peer, kp;

	if (load(path, &cfg, &r, true))
		return 1;
	if (cp_netcfg_publish(&r, &cfg, err, sizeof(err))) {
		fprintf(stderr, "afxdp_gen: netcfg: %s\n", err);
		return 1;
	}
	peer = tg_peer_alloc(&r);
	if (peer == TG_NONE)
		return 1;
	tg_random(tg_region_peer(&r, peer)->pubkey, 32);
	memcpy(ep.addr, ip_gen, 4);
	tg_peer_endpoint_set(tg_region_peer(&r, peer), &ep);
	tg_peer_publish(&r, peer);
	ki.peer = peer;
	for (unsigned k = 0; k < GEN_KEYS; k++) {
		ki.local_index = GEN_LOCAL_INDEX + k;
		tg_random(ki.send_key, 32);
		tg_random(ki.recv_key, 32);
		ki.birth_ns = tg_mono_ns();
		if (tg_keypair_install(&r, &ki, &kp)) {
			fprintf(stderr, "afxdp_gen: keypair install failed\n");
			return 1;
		}
		if (k == 0)
			atomic_store(&tg_region_peer(&r, peer)->kp_current, kp);
	}
	tg_wipe(&ki, sizeof(ki));
	if (tg_aip_insert(&r, 4, ip_inner, 32, peer) || tg_aip_commit(&r, 100000000ULL)) {
		fprintf(stderr, "afxdp_gen: allowed IPs failed\n");
		return 1;
	}
	tg_region_detach(&r);
	tg_config_free(&cfg);
	return 0;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int parse_mac(const char *s, uint8_t mac[6])
{
	unsigned v[6];

	if (sscanf(s, "%x:%x:%x:%x:%x:%x", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]) != 6)
		return -1;
	for (int i = 0; i < 6; i++)
		mac[i] = (uint8_t)v[i];
	return 0;
}

static int send_mode(char **argv)
{
	struct tg_config cfg;
	struct tg_region r;
	struct tg_keypair *kps[GEN_KEYS];
	struct sockaddr_ll sll = { .sll_family = AF_PACKET };
	struct ifreq ifr;
	static struct mmsghdr msgs[GEN_BATCH];
	static struct iovec iov[GEN_BATCH];
	uint8_t dmac[6], smac[6], inner[GEN_FRAME_MAX], ip_listen[4];
	double secs = atof(argv[5]), t0, t1;
	size_t size = (size_t)atoi(argv[6]);
	uint64_t sent = 0;
	int fd, one = 1;

	if (parse_mac(argv[4], dmac) || size < 28 || size > 1420 || !(secs > 0)) {
		fprintf(stderr, "afxdp_gen: bad arguments\n");
		return 2;
	}
	if (load(argv[2], &cfg, &r, false))
		return 1;
	memcpy(ip_listen, &cfg.wireguard.listen_addr4, 4);
	for (unsigned k = 0; k < GEN_KEYS; k++) {
		kps[k] = tg_keypair_lookup(&r, GEN_LOCAL_INDEX + k);
		if (!kps[k]) {
			fprintf(stderr, "afxdp_gen: keypair %#x not in the region (run prep)\n",
				GEN_LOCAL_INDEX + k);
			return 1;
		}
	}
	pool = calloc((size_t)GEN_KEYS * GEN_POOL, GEN_FRAME_MAX);
	if (!pool)
		return 1;
	fd = socket(AF_PACKET, SOCK_RAW, 0);
	if (fd < 0) {
		perror("afxdp_gen: socket");
		return 1;
	}
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", argv[3]);
	if (ioctl(fd, SIOCGIFHWADDR, &ifr) || ioctl(fd, SIOCGIFINDEX, &ifr) < 0) {
		perror("afxdp_gen: interface");
		return 1;
	}
	ioctl(fd, SIOCGIFHWADDR, &ifr);
	memcpy(smac, ifr.ifr_hwaddr.sa_data, 6);
	ioctl(fd, SIOCGIFINDEX, &ifr);
	sll.sll_ifindex = ifr.ifr_ifindex;
	sll.sll_protocol = 0;
	if (bind(fd, (struct sockaddr *)&sll, sizeof(sll))) {
		perror("afxdp_gen: bind");
		return 1;
	}
	setsockopt(fd, SOL_PACKET, PACKET_QDISC_BYPASS, &one, sizeof(one));
	/* the pools: one pass of distinct counters per keypair */
	for (unsigned j = 0; j < GEN_KEYS * GEN_POOL; j++) {
		unsigned i = j % GEN_POOL, k = j / GEN_POOL;
		uint8_t *f = pool[j], *wg = f + 42;
		size_t wlen = TG_WG_DATA_HDR_LEN + size + TG_AEAD_TAG_LEN;

		ip_udp(inner, ip_inner, ip_dst, (uint16_t)(10000 + i % GEN_FLOWS), 5201, size - 28);
		memset(inner + 28, 0xa5, size - 28);
		memcpy(f, dmac, 6);
		memcpy(f + 6, smac, 6);
		put16(f + 12, 0x0800);
		ip_udp(f + 14, ip_gen, ip_listen, 51820, cfg.wireguard.listen_port, wlen);
		memset(wg, 0, TG_WG_DATA_HDR_LEN);
		wg[0] = 4;
		tg_le32_put(wg + 4, GEN_LOCAL_INDEX + k);
		tg_le64_put(wg + 8, i);
		tg_aead_impls[0]->seal(wg + TG_WG_DATA_HDR_LEN, inner, size, i, kps[k]->recv_key);
		pool_len[j] = (uint16_t)(42 + wlen);
	}
	t0 = now_s();
	t1 = t0;
	for (unsigned pass = 0; t1 - t0 < secs; pass++) {
		unsigned k = pass % GEN_KEYS, base = k * GEN_POOL;

		/* this keypair's packets of GEN_KEYS passes ago (or of an
		 * earlier run) are long gone: accept its counters again */
		dp_replay_reset(&kps[k]->replay);
		for (unsigned b = base; b < base + GEN_POOL;) {
			unsigned n = base + GEN_POOL - b < GEN_BATCH ? base + GEN_POOL - b : GEN_BATCH;
			int got;

			for (unsigned i = 0; i < n; i++) {
				iov[i].iov_base = pool[b + i];
				iov[i].iov_len = pool_len[b + i];
				memset(&msgs[i], 0, sizeof(msgs[i]));
				msgs[i].msg_hdr.msg_iov = &iov[i];
				msgs[i].msg_hdr.msg_iovlen = 1;
			}
			got = sendmmsg(fd, msgs, n, 0);
			if (got < 0) {
				if (errno == ENOBUFS || errno == EAGAIN || errno == EINTR)
					continue;
				perror("afxdp_gen: sendmmsg");
				return 1;
			}
			b += (unsigned)got;
			sent += (uint64_t)got;
		}
		t1 = now_s();
	}
	printf("sent %llu %.3f\n", (unsigned long long)sent, t1 - t0);
	free(pool);
	close(fd);
	tg_region_detach(&r);
	tg_config_free(&cfg);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "prep"))
		return prep(argv[2]);
	if (argc == 7 && !strcmp(argv[1], "send"))
		return send_mode(argv);
	fprintf(stderr, "usage: afxdp_gen prep <config>\n"
		"       afxdp_gen send <config> <ifname> <dst-mac> <seconds> <inner-size>\n");
	return 2;
}
