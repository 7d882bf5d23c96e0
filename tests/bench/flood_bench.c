/*
 * Issue row 6 (handshake under attack): the control plane's WireGuard
 * device (controlplane/wg_device.c) on one core, fed through
 * cp_wg_device_handle_punt with TG_PUNT_HANDSHAKE metas exactly as the
 * dataplane punts them (whitepaper §5.3 "Denial of Service Mitigation &
 * Cookies"; §5.4.7 under load).
 *   - the responder's cost of a legitimate handshake through the device
 *     (mac1 check, Noise, keypair install), as handshakes per second;
 *   - the cost of each flood message, as messages per second: initiations
 *     with an invalid mac1 (random bytes), and with a valid mac1 (made with
 *     the gateway's public key, unknown static key) from many sources;
 *   - the success rate of a legitimate peer (a second wg_device with its own
 *     region) while each flood runs: it initiates, takes a cookie reply if
 *     one comes and retries after REKEY_TIMEOUT with mac2 as a real peer
 *     does (tests/unit/wg_device_test.c test_cookie_under_load).
 * Protocol time is an injected clock advanced by the measured CPU time (and
 * by REKEY_TIMEOUT between the legitimate peer's attempts); the device is
 * ticked every 100 ms of it, as tailgate-cp's loop does. The gateway's
 * inject ring (what the dp would send) is drained between batches.
 * Runs on: the main thread; single core. Output: tests/bench/bench_util.h.
 */
#include <arpa/inet.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bench/bench_util.h"
#include "cookie.h"
#include "crypto.h"
#include "region.h"
#include "wg_device.h"
#include "wg_wire.h"

#define ROW "6. Handshake flood (wg_device, 1 core)"
#define NFLOOD 256              /* distinct pre-made flood messages */
#define DRAIN_EVERY 128
#define TICK_NS (100ULL * 1000000ULL)
#define ATTEMPTS 20
#define FLOOD_PER_ATTEMPT 4000  /* flood messages around each initiation */
#define MAX_TRIES 3             /* initiations per attempt, REKEY_TIMEOUT apart */

struct node {
	char name[64];
	struct tg_region r;
	struct cp_wg_device *d;
	uint8_t priv[32], pub[32];
	struct tg_endpoint ep;
};

static struct tg_manual_clock clk;
static struct node gw, peer;
static uint64_t last_tick;
static int seq;
static uint8_t flood[2][NFLOOD][TG_WG_INITIATION_LEN];
enum { FL_BAD_MAC1, FL_GOOD_MAC1, NFL };
static const char *const fl_name[NFL] = {
	"invalid mac1", "valid mac1, unknown static key",
};

static void ep4(struct tg_endpoint *e, uint8_t b2, uint8_t last, uint16_t port)
{
	memset(e, 0, sizeof(*e));
	e->family = 4;
	e->addr[0] = b2 == 2 ? 192 : 198;
	e->addr[1] = b2 == 2 ? 0 : 51;
	e->addr[2] = b2 == 2 ? 2 : 100;
	e->addr[3] = last;
	e->port = htons(port);
}

static int node_up(struct node *n, uint8_t last)
{
	struct tg_region_sizes sz = { .max_peers = 8, .max_keypairs = 32,
				      .max_allowed_ips = 64, .max_workers = 1,
				      .nat_sessions = 64, .max_filter_rules = 4,
				      .ring_slots = 1024 };
	char err[256];

	snprintf(n->name, sizeof(n->name), "tgb2-flood-%d-%d", (int)getpid(), seq++);
	if (tg_region_create(&n->r, n->name, &sz, err, sizeof(err))) {
		fprintf(stderr, "flood_bench: region %s: %s\n", n->name, err);
		return -1;
	}
	n->d = cp_wg_device_new(&n->r, &clk.clock);
	if (!n->d)
		return -1;
	tg_x25519_generate(n->priv, n->pub);
	ep4(&n->ep, 2, last, 51820);
	return cp_wg_device_set_private_key(n->d, n->priv);
}

static void node_down(struct node *n)
{
	if (n->d)
		cp_wg_device_free(n->d);
	if (n->r.base)
		tg_region_detach(&n->r);
	if (n->name[0])
		tg_region_unlink(n->name);
	memset(n, 0, sizeof(*n));
}

static int add_peer(struct node *n, const struct node *other, uint8_t aip_last)
{
	struct cp_wg_peer_cfg c;

	memset(&c, 0, sizeof(c));
	memcpy(c.public_key, other->pub, 32);
	c.has_endpoint = true;
	c.endpoint = other->ep;
	c.replace_allowed_ips = true;
	c.n_allowed_ips = 1;
	c.allowed_ips[0].family = 4;
	c.allowed_ips[0].cidr = 32;
	c.allowed_ips[0].addr[0] = 100;
	c.allowed_ips[0].addr[1] = 64;
	c.allowed_ips[0].addr[3] = aip_last;
	return cp_wg_device_peer_upsert(n->d, &c);
}

static void teardown(void)
{
	node_down(&gw);
	node_down(&peer);
}

static int setup(void)
{
	struct tg_cookie_maker mk;

	tg_manual_clock_init(&clk, 10000 * TG_NS_PER_SEC, 1700000000ULL * TG_NS_PER_SEC);
	if (node_up(&gw, 1) || node_up(&peer, 2))
		return -1;
	if (add_peer(&gw, &peer, 2) || add_peer(&peer, &gw, 1))
		return -1;
	/* the attacker knows the gateway's public key: valid mac1 */
	tg_cookie_maker_init(&mk, gw.pub);
	for (int i = 0; i < NFLOOD; i++) {
		for (int k = 0; k < NFL; k++) {
			tg_random(flood[k][i], TG_WG_INITIATION_LEN);
			flood[k][i][0] = MESSAGE_HANDSHAKE_INITIATION;
			flood[k][i][1] = flood[k][i][2] = flood[k][i][3] = 0;
		}
		tg_cookie_add_macs(&mk, flood[FL_GOOD_MAC1][i], TG_WG_INITIATION_LEN, &clk.clock);
	}
	tg_cookie_maker_wipe(&mk);
	last_tick = clk.mono;
	return 0;
}

static int pop(struct node *n, struct tg_ring_meta *m, uint8_t *buf)
{
	return tg_ring_dequeue(tg_region_inject(&n->r, 0), m, buf, TG_RING_SLOT_DATA);
}

/* What the gateway's dp would send; the one message for the peer, if any,
 * is kept in (m, buf). */
static bool drain_gw(struct tg_ring_meta *keep, uint8_t *keep_buf)
{
	struct tg_ring_meta m;
	static uint8_t buf[TG_RING_SLOT_DATA];
	bool got = false;

	while (pop(&gw, &m, buf) == 0)
		if (keep && m.kind == TG_INJECT_TX &&
		    !memcmp(&m.dst, &peer.ep, sizeof(peer.ep))) {
			*keep = m;
			memcpy(keep_buf, buf, m.len);
			got = true;
		}
	return got;
}

static void deliver(struct node *to, const struct tg_endpoint *src, const uint8_t *pkt,
		    uint16_t len)
{
	struct tg_ring_meta p = { 0 };

	p.kind = TG_PUNT_HANDSHAKE;
	p.len = len;
	p.peer = TG_NONE;
	p.src = *src;
	cp_wg_device_handle_punt(to->d, &p, pkt);
}

static void advance(uint64_t ns)
{
	clk.mono += ns;
	clk.wall += ns;
	if (clk.mono - last_tick >= TICK_NS) {
		cp_wg_device_tick(gw.d);
		cp_wg_device_tick(peer.d);
		last_tick = clk.mono;
	}
}

/* n flood messages of kind k; returns the CPU ns spent in the device. */
static uint64_t run_flood(int k, unsigned n, unsigned *cursor)
{
	uint64_t spent = 0;

	for (unsigned done = 0; done < n;) {
		unsigned b = n - done < DRAIN_EVERY ? n - done : DRAIN_EVERY;
		uint64_t t0 = bench_now_ns(), t;

		for (unsigned i = 0; i < b; i++, (*cursor)++) {
			struct tg_endpoint src;

			/* many sources: 198.51.100.0/24, varying ports */
			ep4(&src, 100, (uint8_t)(*cursor % 251 + 1),
			    (uint16_t)(1024 + *cursor % 50000));
			deliver(&gw, &src, flood[k][*cursor % NFLOOD], TG_WG_INITIATION_LEN);
		}
		t = bench_now_ns() - t0;
		spent += t;
		done += b;
		advance(t);
		drain_gw(NULL, NULL);
	}
	return spent;
}

/* ---- measurements -------------------------------------------------------- */

/* Responder's device work per legitimate handshake, no flood. */
static double legit_rate(uint64_t *n_out)
{
	struct tg_ring_meta m;
	static uint8_t buf[TG_RING_SLOT_DATA];
	uint64_t spent = 0, n = 0, wall0 = bench_now_ns();

	while (bench_now_ns() - wall0 < (uint64_t)(bench_seconds() * 1e9)) {
		uint64_t t0;

		advance(REKEY_TIMEOUT + TG_NS_PER_SEC);
		if (cp_wg_device_initiate(peer.d, gw.pub) || pop(&peer, &m, buf))
			break;
		t0 = bench_now_ns();
		deliver(&gw, &peer.ep, buf, m.len);
		spent += bench_now_ns() - t0;
		if (!drain_gw(&m, buf) || m.len != TG_WG_RESPONSE_LEN)
			break;
		deliver(&peer, &gw.ep, buf, m.len);
		while (pop(&peer, &m, buf) == 0)
			;
		n++;
	}
	*n_out = n;
	return spent ? (double)n * 1e9 / (double)spent : 0;
}

struct flood_result {
	double msgs_per_s;
	unsigned attempts, ok, ok_try[MAX_TRIES], failed;
	uint64_t cookies, mac1_fail, unknown_peer, rate_limited;
};

static void flood_run(int k, struct flood_result *r)
{
	const uint64_t *hs = cp_wg_device_hs_counters(gw.d);
	uint64_t c0 = hs[CP_HS_cookies_sent], m0 = hs[CP_HS_failed_mac1];
	uint64_t u0 = hs[CP_HS_failed_unknown_peer], l0 = hs[CP_HS_rate_limited];
	uint64_t spent = 0, msgs = 0;
	unsigned cursor = 0;
	struct tg_ring_meta m;
	static uint8_t buf[TG_RING_SLOT_DATA];

	memset(r, 0, sizeof(*r));
	/* pure flood: capacity of one core */
	{
		uint64_t wall0 = bench_now_ns();

		while (bench_now_ns() - wall0 < (uint64_t)(bench_seconds() * 1e9)) {
			spent += run_flood(k, 1024, &cursor);
			msgs += 1024;
		}
	}
	/* the legitimate peer inside the flood */
	for (unsigned a = 0; a < ATTEMPTS; a++) {
		bool done = false;

		r->attempts++;
		for (int tries = 0; tries < MAX_TRIES && !done; tries++) {
			uint64_t before = cp_wg_device_hs_counters(peer.d)[CP_HS_completed];

			/* a real peer retries after REKEY_TIMEOUT; flood meanwhile */
			advance(REKEY_TIMEOUT + 1000000);
			spent += run_flood(k, FLOOD_PER_ATTEMPT / 2, &cursor);
			msgs += FLOOD_PER_ATTEMPT / 2;
			if (cp_wg_device_initiate(peer.d, gw.pub) || pop(&peer, &m, buf))
				break;
			deliver(&gw, &peer.ep, buf, m.len);
			if (!drain_gw(&m, buf)) { /* no answer at all */
				spent += run_flood(k, FLOOD_PER_ATTEMPT / 2, &cursor);
				msgs += FLOOD_PER_ATTEMPT / 2;
				continue;
			}
			/* the reply (cookie or response) travels back */
			deliver(&peer, &gw.ep, buf, m.len);
			while (pop(&peer, &m, buf) == 0)
				;
			if (cp_wg_device_hs_counters(peer.d)[CP_HS_completed] > before) {
				done = true;
				r->ok_try[tries]++;
				r->ok++;
			}
			spent += run_flood(k, FLOOD_PER_ATTEMPT / 2, &cursor);
			msgs += FLOOD_PER_ATTEMPT / 2;
		}
		if (!done)
			r->failed++;
	}
	r->msgs_per_s = spent ? (double)msgs * 1e9 / (double)spent : 0;
	r->cookies = hs[CP_HS_cookies_sent] - c0;
	r->mac1_fail = hs[CP_HS_failed_mac1] - m0;
	r->unknown_peer = hs[CP_HS_failed_unknown_peer] - u0;
	r->rate_limited = hs[CP_HS_rate_limited] - l0;
}

int main(void)
{
	struct flood_result fr[NFL];
	uint64_t n_legit = 0;
	double legit;

	if (tg_crypto_init() != 0 || setup() != 0) {
		printf("SUMMARY\t" ROW "\tall\tn/a (setup failed)\n");
		teardown();
		return 0;
	}
	legit = legit_rate(&n_legit);
	for (int k = 0; k < NFL; k++) {
		advance(3 * TG_NS_PER_SEC); /* load from the previous run passes */
		flood_run(k, &fr[k]);
	}
	printf("\n## 6. Handshake flood: the control plane's WireGuard device on one core\n\n");
	printf("controlplane/wg_device.c fed through cp_wg_device_handle_punt as the "
	       "dataplane punts handshake messages (an injected clock advanced by the "
	       "measured CPU time, ticked every 100 ms of it; the gateway's inject ring "
	       "drained between batches of %d). Under load (more than 64 handshake "
	       "messages in one tick) the device answers initiations without a valid "
	       "mac2 with a cookie reply. The legitimate peer is a second wg_device: "
	       "%d attempts per flood, %d flood messages around each initiation, "
	       "a cookie reply answered by retrying after REKEY_TIMEOUT with mac2 (up to %d "
	       "initiations per attempt; a peer keeps a cookie for up to 2 minutes, so "
	       "later attempts carry mac2 from the start, and a retry right after the "
	       "gateway's cookie secret rotated (every 2 minutes) gets a new cookie, as "
	       "in WireGuard). "
	       "Flood sources: 198.51.100.1-251, varying ports.\n\n",
	       DRAIN_EVERY, ATTEMPTS, FLOOD_PER_ATTEMPT, MAX_TRIES);
	printf("| measurement | result |\n|---|---:|\n");
	printf("| legitimate handshakes/s as responder through wg_device (mac1, Noise, "
	       "keypair install; %llu handshakes) | %.0f |\n",
	       (unsigned long long)n_legit, legit);
	for (int k = 0; k < NFL; k++) {
		printf("| flood %s: messages/s handled | %.0f |\n", fl_name[k], fr[k].msgs_per_s);
		printf("| flood %s: legitimate peer completed | %u/%u (on initiation 1: %u, "
		       "2: %u, 3: %u) |\n", fl_name[k], fr[k].ok, fr[k].attempts,
		       fr[k].ok_try[0], fr[k].ok_try[1], fr[k].ok_try[2]);
		printf("| flood %s: gateway counters | cookies_sent %llu, failed_mac1 %llu, "
		       "failed_unknown_peer %llu, rate_limited %llu |\n", fl_name[k],
		       (unsigned long long)fr[k].cookies, (unsigned long long)fr[k].mac1_fail,
		       (unsigned long long)fr[k].unknown_peer,
		       (unsigned long long)fr[k].rate_limited);
	}
	printf("\n");
	printf("SUMMARY\t" ROW "\tlegitimate handshakes/s as responder through wg_device "
	       "(no flood)\t%.0f\n", legit);
	for (int k = 0; k < NFL; k++)
		printf("SUMMARY\t" ROW "\tflood of %s initiations\t%.0f msgs/s handled; "
		       "legitimate peer %u/%u handshakes completed within %d initiations "
		       "(%u on the first)\n", fl_name[k], fr[k].msgs_per_s, fr[k].ok,
		       fr[k].attempts, MAX_TRIES, fr[k].ok_try[0]);
	teardown();
	return 0;
}
