/*
 * libFuzzer target: the control plane's consumer of punted handshake
 * packets, cp_wg_device_handle_punt (controlplane/wg_device.c: classify,
 * mac1, under-load mac2 / cookie replies, rate limiter, Noise, keypair
 * install into the shared region, endpoint learning) and its tick. This is
 * the handshake surface as the dataplane feeds it. Runs on libFuzzer's
 * thread; owns two regions /dev/shm/tgfuzz-wgdev-<pid>-{a,b}.
 *
 * Fixture: device A (under test) and device B, fresh for every input (fixed
 * keys, manual clock reset), each on its own long-lived region, each with
 * the other as its peer (B at 192.0.2.2:51820, A at 192.0.2.1:51820). The
 * regions outlive the devices like across a cp restart: a new device adopts
 * the LIVE peer slot (and its keypairs) the last one left, orphans are
 * retired and DEAD slots reclaimed, so an input may see the previous
 * input's sessions. Messages
 * a device wants sent come out of its region's inject ring, as in
 * tests/unit/wg_device_test.c.
 *
 * Input: records, op = byte % 8, flags = byte >> 3.
 *   0 PUNT   meta (kind u8, family u8, addr 16, port 2, worker 2), u16 len,
 *            bytes: punted to A as is; flag 0: recompute mac1 for A first
 *   1 BINIT  B initiates to A; the initiation, masked, is punted to A
 *   2 AINIT  A initiates to B; B answers; the answer, masked, goes to A
 *   3 FWD    forward whatever both inject rings hold to the other device
 *   4 TICK   advance the clock by u16 ms * 16 and tick both devices
 *   5 FLOOD  B initiates, the initiation is punted to A u8 times (under
 *            load: A answers with cookie replies)
 *   6 PEER   flag 0: A removes B; flag 1: A re-adds B; flag 2: A's key
 *            changes to the other fixed key and back
 *   7 SRC    later punts from B come from the source in the next 19 bytes
 * A mask is u8 n then n (offset, xor) pairs. With flag 4 set on BINIT or
 * AINIT, mac1 is recomputed after masking so the Noise code sees it.
 *
 * Checked: nothing crashes; everything A puts in its inject ring is a
 * well-formed TX (type 1/2/3 message of its exact length to an IPv4/IPv6
 * endpoint) or an ENCRYPT keepalive naming a peer slot.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cookie.h"
#include "crypto.h"
#include "region.h"
#include "wg_device.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

struct node {
	char name[64];
	struct tg_region r;
	struct cp_wg_device *d;
	uint8_t priv[32], pub[32];
	struct tg_endpoint ep;
};

struct reader {
	const uint8_t *p;
	size_t n;
};

static struct tg_manual_clock clk;
static struct node A, B;
static uint8_t alt_priv[32];
static struct tg_cookie_maker to_a; /* mac1 toward A's current key */
static struct tg_endpoint b_src;    /* where B's packets appear to come from */

static void die(const char *what)
{
	fprintf(stderr, "wg_device_punt_fuzz: %s\n", what);
	abort();
}

static void take(struct reader *r, void *out, size_t n)
{
	size_t k = r->n < n ? r->n : n;

	memcpy(out, r->p, k);
	memset((uint8_t *)out + k, 0, n - k);
	r->p += k;
	r->n -= k;
}

static uint8_t take8(struct reader *r)
{
	uint8_t v;

	take(r, &v, 1);
	return v;
}

static void apply_mask(struct reader *r, uint8_t *msg, size_t len)
{
	unsigned n = take8(r);

	for (unsigned i = 0; i < n && r->n; i++) {
		uint8_t off = take8(r), x = take8(r);

		if (len)
			msg[off % len] ^= x;
	}
}

static void ep4(struct tg_endpoint *e, uint8_t last)
{
	memset(e, 0, sizeof(*e));
	e->family = 4;
	e->addr[0] = 192;
	e->addr[2] = 2;
	e->addr[3] = last;
	e->port = htons(51820);
}

static void cleanup(void)
{
	struct node *n[2] = { &A, &B };

	for (int i = 0; i < 2; i++) {
		if (n[i]->d)
			cp_wg_device_free(n[i]->d);
		n[i]->d = NULL;
		if (n[i]->r.base)
			tg_region_detach(&n[i]->r);
		tg_region_unlink(n[i]->name);
	}
}

static void region_up(struct node *n, const char *tag, uint8_t seed, uint8_t last)
{
	struct tg_region_sizes sz = { .max_peers = 4, .max_keypairs = 12,
				      .max_allowed_ips = 8, .max_workers = 1,
				      .nat_sessions = 16, .max_filter_rules = 2,
				      .ring_slots = 64 };
	char err[256];

	snprintf(n->name, sizeof(n->name), "tgfuzz-wgdev-%d-%s", (int)getpid(), tag);
	if (tg_region_create(&n->r, n->name, &sz, err, sizeof(err)) != 0)
		die(err);
	memset(n->priv, seed, 32);
	tg_x25519_public(n->pub, n->priv);
	ep4(&n->ep, last);
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

/* Empty a region's rings (a previous input's leftovers). */
static void drain_rings(struct node *n)
{
	static uint8_t buf[TG_RING_SLOT_DATA];
	struct tg_ring_meta m;

	struct tg_ring *rings[2] = { tg_region_inject(&n->r, 0), tg_region_punt(&n->r, 0) };
	int rc;

	for (int i = 0; i < 2; i++)
		while ((rc = tg_ring_dequeue(rings[i], &m, buf, sizeof(buf))) == 0 ||
		       rc == -EMSGSIZE)
			;
}

/*
 * Fresh devices on the long-lived regions: the regions keep their tables,
 * so each input's devices first retire what the last one left (cp restart
 * semantics: adopt the LIVE peer, retire orphans).
 */
static void devices_up(void)
{
	struct node *n[2] = { &A, &B };

	tg_manual_clock_init(&clk, 10000 * TG_NS_PER_SEC, 1700000000ULL * TG_NS_PER_SEC);
	for (int i = 0; i < 2; i++) {
		drain_rings(n[i]);
		(void)tg_region_reclaim(&n[i]->r, 0); /* no worker online: at once */
		n[i]->d = cp_wg_device_new(&n[i]->r, &clk.clock);
		if (!n[i]->d || cp_wg_device_set_private_key(n[i]->d, n[i]->priv) != 0)
			die("device setup");
	}
	if (add_peer(&A, &B, 2) != 0 || add_peer(&B, &A, 1) != 0)
		die("add_peer");
	(void)cp_wg_device_retire_orphans(A.d);
	(void)cp_wg_device_retire_orphans(B.d);
	(void)tg_region_reclaim(&A.r, 0);
	(void)tg_region_reclaim(&B.r, 0);
	tg_cookie_maker_init(&to_a, A.pub);
	b_src = B.ep;
}

static bool debug; /* TG_FUZZ_DEBUG=1: print A's handshake counters */

static void devices_down(void)
{
	if (debug) {
		const uint64_t *c = cp_wg_device_hs_counters(A.d);

		for (int i = 0; i < CP_HS__COUNT; i++)
			if (c[i])
				fprintf(stderr, "  A %s=%llu\n", cp_hs_counter_names[i],
					(unsigned long long)c[i]);
	}
	cp_wg_device_free(A.d);
	cp_wg_device_free(B.d);
	A.d = B.d = NULL;
	tg_cookie_maker_wipe(&to_a);
}

static void punt(struct node *to, const struct tg_endpoint *src, const uint8_t *msg,
		 size_t len, uint16_t kind, uint16_t worker)
{
	struct tg_ring_meta m = { 0 };
	uint8_t *copy = malloc(len ? len : 1); /* exact size: ASan sees overreads */

	if (!copy)
		die("malloc");
	memcpy(copy, msg, len);
	m.kind = kind;
	m.len = (uint16_t)len;
	m.peer = TG_NONE;
	m.worker = worker;
	m.src = *src;
	cp_wg_device_handle_punt(to->d, &m, copy);
	free(copy);
}

static bool exact_len(const uint8_t *p, uint16_t len)
{
	return (p[0] == 1 && len == TG_WG_INITIATION_LEN) ||
	       (p[0] == 2 && len == TG_WG_RESPONSE_LEN) ||
	       (p[0] == 3 && len == TG_WG_COOKIE_LEN);
}

/* Pop one message from n's inject ring, checking its shape when n is A. */
static int pop(struct node *n, struct tg_ring_meta *m, uint8_t *buf)
{
	int rc = tg_ring_dequeue(tg_region_inject(&n->r, 0), m, buf, TG_RING_SLOT_DATA);

	if (rc != 0 || n != &A)
		return rc;
	if (m->kind == TG_INJECT_TX) {
		if (m->len < 4 || !exact_len(buf, m->len) || buf[1] | buf[2] | buf[3])
			die("A injected a malformed handshake message");
		if (m->dst.family != 4 && m->dst.family != 6)
			die("A injected a message to no endpoint");
	} else if (m->kind == TG_INJECT_ENCRYPT) {
		/* (the peer may have been removed since: the dp drops those) */
		if (m->len != 0 || m->peer >= A.r.geom.sizes.max_peers)
			die("A asked for a keepalive to no peer slot");
	} else {
		die("A injected an unexpected kind");
	}
	return 0;
}

/* Forward everything both devices want sent to the other one. */
static void forward_all(void)
{
	static uint8_t buf[TG_RING_SLOT_DATA];
	struct tg_ring_meta m;

	for (int round = 0; round < 4; round++) {
		while (pop(&A, &m, buf) == 0)
			if (m.kind == TG_INJECT_TX)
				punt(&B, &A.ep, buf, m.len, TG_PUNT_HANDSHAKE, 0);
		while (pop(&B, &m, buf) == 0)
			if (m.kind == TG_INJECT_TX)
				punt(&A, &b_src, buf, m.len, TG_PUNT_HANDSHAKE, 0);
	}
}

/* The first TX message in n's ring (others dropped), 0 when none. */
static size_t first_tx(struct node *n, uint8_t *buf)
{
	struct tg_ring_meta m;
	size_t len = 0;

	while (pop(n, &m, buf) == 0)
		if (m.kind == TG_INJECT_TX && !len) {
			len = m.len;
			break;
		}
	return len;
}

static void op_punt(struct reader *r, unsigned flags)
{
	static uint8_t msg[TG_RING_SLOT_DATA];
	struct tg_endpoint src;
	uint8_t kind, hdr[2];
	uint16_t worker;
	size_t len;

	kind = take8(r);
	memset(&src, 0, sizeof(src));
	src.family = take8(r);
	take(r, src.addr, 16);
	take(r, &src.port, 2);
	take(r, &worker, 2);
	take(r, hdr, 2);
	len = (size_t)(hdr[0] | hdr[1] << 8) % (TG_RING_SLOT_DATA + 1);
	len = len < r->n ? len : r->n;
	take(r, msg, len);
	if ((flags & 1) && (len == TG_WG_INITIATION_LEN || len == TG_WG_RESPONSE_LEN))
		tg_cookie_add_macs(&to_a, msg, len, &clk.clock);
	/* mostly a handshake punt: the cp only gets those from this ring */
	punt(&A, &src, msg, len, kind < 200 ? TG_PUNT_HANDSHAKE : kind, worker);
}

static void op_binit(struct reader *r, unsigned flags, unsigned copies)
{
	static uint8_t buf[TG_RING_SLOT_DATA];
	size_t len;

	(void)cp_wg_device_initiate(B.d, A.pub);
	len = first_tx(&B, buf);
	apply_mask(r, buf, len);
	if (!len)
		return;
	if (flags & 4)
		tg_cookie_add_macs(&to_a, buf, len, &clk.clock);
	for (unsigned i = 0; i < copies; i++)
		punt(&A, &b_src, buf, len, TG_PUNT_HANDSHAKE, 0);
}

static void op_ainit(struct reader *r, unsigned flags)
{
	static uint8_t buf[TG_RING_SLOT_DATA];
	size_t len;

	(void)cp_wg_device_initiate(A.d, B.pub);
	len = first_tx(&A, buf);
	if (len)
		punt(&B, &A.ep, buf, len, TG_PUNT_HANDSHAKE, 0);
	len = first_tx(&B, buf);
	apply_mask(r, buf, len);
	if (!len)
		return;
	if (flags & 4)
		tg_cookie_add_macs(&to_a, buf, len, &clk.clock);
	punt(&A, &b_src, buf, len, TG_PUNT_HANDSHAKE, 0);
}

static void op_peer(unsigned flags)
{
	switch (flags % 3) {
	case 0:
		(void)cp_wg_device_peer_remove(A.d, B.pub);
		break;
	case 1:
		(void)add_peer(&A, &B, 2);
		break;
	default:
		(void)cp_wg_device_set_private_key(A.d, alt_priv);
		(void)cp_wg_device_set_private_key(A.d, A.priv);
		break;
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (tg_crypto_init() != 0)
		die("crypto_init");
	region_up(&A, "a", 0x41, 1);
	region_up(&B, "b", 0x42, 2);
	memset(alt_priv, 0x43, sizeof(alt_priv));
	debug = getenv("TG_FUZZ_DEBUG") != NULL;
	atexit(cleanup);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reader r = { data, size };
	int steps = 0;

	devices_up();
	while (r.n && steps++ < 24) {
		uint8_t op = take8(&r);
		unsigned flags = op >> 3;

		switch (op & 7) {
		case 0: op_punt(&r, flags); break;
		case 1: op_binit(&r, flags, 1); break;
		case 2: op_ainit(&r, flags); break;
		case 3: forward_all(); break;
		case 4: {
			uint8_t b[2];

			take(&r, b, 2);
			clk.mono += (uint64_t)(b[0] | b[1] << 8) * 16 * 1000000ULL;
			clk.wall += (uint64_t)(b[0] | b[1] << 8) * 16 * 1000000ULL;
			cp_wg_device_tick(A.d);
			cp_wg_device_tick(B.d);
			break;
		}
		case 5: op_binit(&r, flags, 1 + take8(&r)); break;
		case 6: op_peer(flags); break;
		default:
			memset(&b_src, 0, sizeof(b_src));
			take(&r, &b_src.family, 1);
			take(&r, b_src.addr, 16);
			take(&r, &b_src.port, 2);
			break;
		}
	}
	forward_all();
	devices_down();
	return 0;
}
