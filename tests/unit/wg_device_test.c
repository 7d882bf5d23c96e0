/*
 * wg_device: two device models, each on its own real shared region (created
 * in /dev/shm under a unique tgnz-* name), exchange handshake messages
 * through the regions' inject rings exactly as the dataplane would carry
 * them: the initiator's keypair goes to kp_current, the responder's to
 * kp_next until the "dp" sets rx_confirmed; both keypairs match and
 * round-trip the data AEAD. Upsert is a diff (sessions survive); allowed IPs
 * reach the LPM; replays are counted; under load an initiation without mac2
 * gets a cookie reply and the retry with mac2 is accepted; tick-driven
 * timers (keepalive, rekey, zeroing) act on the dp's published stamps.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "crypto.h"
#include "region.h"
#include "wg_device.h"
#include "unit/test_util.h"

struct node {
	char name[64];
	struct tg_region r;
	struct cp_wg_device *d;
	uint8_t priv[32], pub[32];
	struct tg_endpoint ep;
};

static struct tg_manual_clock clk;
static struct node A, B;
static int seq;

static void ep4(struct tg_endpoint *e, uint8_t last, uint16_t port)
{
	memset(e, 0, sizeof(*e));
	e->family = 4;
	e->addr[0] = 192; e->addr[1] = 0; e->addr[2] = 2; e->addr[3] = last;
	e->port = htons(port);
}

static int node_up(struct node *n, uint8_t last)
{
	struct tg_region_sizes sz = { .max_peers = 8, .max_keypairs = 32,
				      .max_allowed_ips = 64, .max_workers = 1,
				      .nat_sessions = 64, .max_filter_rules = 4,
				      .ring_slots = 64 };
	char err[256];
	int rc;

	snprintf(n->name, sizeof(n->name), "tgnz-wgdev-%d-%d", (int)getpid(), seq++);
	rc = tg_region_create(&n->r, n->name, &sz, err, sizeof(err));
	if (rc) {
		fprintf(stderr, "region create %s: %s\n", n->name, err);
		return rc;
	}
	n->d = cp_wg_device_new(&n->r, &clk.clock);
	if (!n->d)
		return -1;
	tg_x25519_generate(n->priv, n->pub);
	ep4(&n->ep, last, 51820);
	return cp_wg_device_set_private_key(n->d, n->priv);
}

/* Safe to call twice and after a failed setup (a FATAL assert skips the
 * test's own teardown; the next setup and the suite cleanup catch up). */
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
	c.allowed_ips[0].addr[0] = 100; c.allowed_ips[0].addr[1] = 64;
	c.allowed_ips[0].addr[3] = aip_last;
	return cp_wg_device_peer_upsert(n->d, &c);
}

static void teardown(void);

static int setup(void)
{
	teardown();
	tg_manual_clock_init(&clk, 10000 * TG_NS_PER_SEC, 1700000000ULL * TG_NS_PER_SEC);
	if (node_up(&A, 1) || node_up(&B, 2))
		return -1;
	if (add_peer(&A, &B, 2) || add_peer(&B, &A, 1))
		return -1;
	return 0;
}

static void teardown(void)
{
	node_down(&A);
	node_down(&B);
}

/* Pop one slot from a node's inject ring (worker 0). */
static int pop(struct node *n, struct tg_ring_meta *m, uint8_t *buf)
{
	return tg_ring_dequeue(tg_region_inject(&n->r, 0), m, buf, TG_RING_SLOT_DATA);
}

/* Deliver a TX slot from `from` to `to` as the dp would punt it. */
static void deliver(struct node *from, struct node *to, const struct tg_ring_meta *m,
		    const uint8_t *buf)
{
	struct tg_ring_meta p = { 0 };

	CU_ASSERT_EQUAL(m->kind, TG_INJECT_TX);
	CU_ASSERT(memcmp(&m->dst, &to->ep, sizeof(to->ep)) == 0);
	p.kind = TG_PUNT_HANDSHAKE;
	p.len = m->len;
	p.peer = TG_NONE;
	p.worker = 999; /* out of range: the cp must not trust it */
	p.src = from->ep;
	cp_wg_device_handle_punt(to->d, &p, buf);
}

static const uint64_t *ctr(struct node *n)
{
	return cp_wg_device_hs_counters(n->d);
}

static struct tg_peer_entry *peer_entry(struct node *n, const struct node *other)
{
	uint32_t s = cp_wg_device_peer_slot(n->d, other->pub);

	CU_ASSERT_FATAL(s != TG_NONE);
	return tg_region_peer(&n->r, s);
}

static struct tg_keypair *kp(struct node *n, uint32_t slot)
{
	CU_ASSERT_FATAL(slot != TG_NONE);
	return tg_region_keypair(&n->r, slot);
}

/* A initiates to B; runs the whole exchange. Returns 0 on success. */
static int handshake(struct node *i, struct node *r)
{
	struct tg_ring_meta m;
	uint8_t buf[TG_RING_SLOT_DATA];

	if (cp_wg_device_initiate(i->d, r->pub))
		return -1;
	if (pop(i, &m, buf) || m.len != TG_WG_INITIATION_LEN)
		return -2;
	deliver(i, r, &m, buf);
	if (pop(r, &m, buf) || m.len != TG_WG_RESPONSE_LEN)
		return -3;
	deliver(r, i, &m, buf);
	/* the initiator confirms with a keepalive */
	if (pop(i, &m, buf) || m.kind != TG_INJECT_ENCRYPT || m.len != 0)
		return -4;
	return 0;
}

static void test_handshake_and_rotation(void)
{
	struct tg_peer_entry *ea, *eb;
	struct tg_keypair *ka, *kb;
	uint8_t pt[64], ct[80], back[64];
	uint32_t a_cur;

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_EQUAL(handshake(&A, &B), 0);
	ea = peer_entry(&A, &B);
	eb = peer_entry(&B, &A);
	CU_ASSERT(ea->kp_current != TG_NONE && ea->kp_next == TG_NONE);
	CU_ASSERT(eb->kp_next != TG_NONE && eb->kp_current == TG_NONE);
	ka = kp(&A, ea->kp_current);
	kb = kp(&B, eb->kp_next);
	CU_ASSERT(ka->is_initiator && !kb->is_initiator);
	CU_ASSERT(memcmp(ka->send_key, kb->recv_key, 32) == 0);
	CU_ASSERT(memcmp(ka->recv_key, kb->send_key, 32) == 0);
	CU_ASSERT_EQUAL(ka->remote_index, kb->local_index);
	CU_ASSERT_EQUAL(kb->remote_index, ka->local_index);
	CU_ASSERT(tg_keypair_lookup(&A.r, ka->local_index) == ka);
	CU_ASSERT(tg_keypair_lookup(&B.r, kb->local_index) == kb);
	tg_random(pt, sizeof(pt));
	tg_aead->seal(ct, pt, sizeof(pt), 0, ka->send_key);
	CU_ASSERT(tg_aead->open(back, ct, sizeof(ct), 0, kb->recv_key) == 0);
	CU_ASSERT(memcmp(back, pt, sizeof(pt)) == 0);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_initiations_sent], 1);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_initiations_received], 1);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_responses_sent], 1);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_completed], 1);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_keepalives_sent], 1);

	/* not confirmed: tick leaves it in next */
	cp_wg_device_tick(B.d);
	CU_ASSERT(eb->kp_next != TG_NONE && eb->kp_current == TG_NONE);
	/* the dp decrypted with it: promoted */
	atomic_store(&kb->rx_confirmed, 1);
	cp_wg_device_tick(B.d);
	CU_ASSERT(eb->kp_next == TG_NONE && kp(&B, eb->kp_current) == kb);

	/* second handshake the other way: B is now initiator; its old current
	 * becomes previous; A gets a next */
	a_cur = ea->kp_current;
	clk.mono += 6 * TG_NS_PER_SEC;
	clk.wall += 6 * TG_NS_PER_SEC;
	CU_ASSERT_EQUAL(handshake(&B, &A), 0);
	CU_ASSERT(kp(&B, eb->kp_previous) == kb);
	CU_ASSERT(kp(&B, eb->kp_current)->is_initiator);
	CU_ASSERT(ea->kp_current == a_cur && ea->kp_next != TG_NONE);
	/* endpoint learned from the handshake source; as responder, A's
	 * handshake counts as complete only once the dp confirmed the keys */
	{
		struct cp_wg_peer_info info;
		uint64_t first = clk.wall - 6 * TG_NS_PER_SEC;

		CU_ASSERT(cp_wg_device_peer_info(A.d, 0, &info) == 0);
		CU_ASSERT(memcmp(&info.endpoint, &B.ep, sizeof(B.ep)) == 0);
		CU_ASSERT(info.last_handshake_wall_ns == first);
		CU_ASSERT_EQUAL(info.n_allowed_ips, 1);
		atomic_store(&kp(&A, ea->kp_next)->rx_confirmed, 1);
		cp_wg_device_tick(A.d);
		CU_ASSERT(cp_wg_device_peer_info(A.d, 0, &info) == 0);
		CU_ASSERT(info.last_handshake_wall_ns == clk.wall);
		CU_ASSERT(ea->kp_next == TG_NONE && ea->kp_previous == a_cur);
	}
	teardown();
}

static void test_replay_counted(void)
{
	struct tg_ring_meta m;
	uint8_t buf[TG_RING_SLOT_DATA], dummy[TG_RING_SLOT_DATA];
	struct tg_ring_meta dm;

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(cp_wg_device_initiate(A.d, B.pub) == 0);
	CU_ASSERT_FATAL(pop(&A, &m, buf) == 0);
	deliver(&A, &B, &m, buf);
	CU_ASSERT(pop(&B, &dm, dummy) == 0);
	clk.mono += TG_NS_PER_SEC;
	deliver(&A, &B, &m, buf);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_failed_replay], 1);
	CU_ASSERT(pop(&B, &dm, dummy) == -EAGAIN); /* no second response */
	/* a flipped byte: mac1 fails */
	buf[40] ^= 1;
	deliver(&A, &B, &m, buf);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_failed_mac1], 1);
	/* initiate again within REKEY_TIMEOUT is refused */
	CU_ASSERT(cp_wg_device_initiate(A.d, B.pub) == -EAGAIN);

	/* inject ring full: counted, not lost silently */
	{
		struct tg_ring_meta fm = { .kind = TG_INJECT_TX, .len = 1 };
		uint8_t one = 0;
		while (tg_ring_enqueue(tg_region_inject(&A.r, 0), &fm, &one) == 0)
			;
	}
	clk.mono += REKEY_TIMEOUT;
	CU_ASSERT(cp_wg_device_initiate(A.d, B.pub) == -ENOBUFS);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_inject_full], 1);
	teardown();
}

static void test_upsert_is_diff(void)
{
	struct cp_wg_peer_cfg c;
	struct tg_peer_entry *ea;
	uint32_t cur, slot;
	uint8_t a1[4] = { 100, 64, 0, 2 }, a2[4] = { 10, 9, 8, 7 };

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(handshake(&A, &B) == 0);
	ea = peer_entry(&A, &B);
	cur = ea->kp_current;
	slot = cp_wg_device_peer_slot(A.d, B.pub);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&A.r, a1), slot);

	/* add an allowed IP (no replace), set keepalive: session survives */
	memset(&c, 0, sizeof(c));
	memcpy(c.public_key, B.pub, 32);
	c.n_allowed_ips = 1;
	c.allowed_ips[0].family = 4;
	c.allowed_ips[0].cidr = 24;
	memcpy(c.allowed_ips[0].addr, a2, 4); /* host bits are masked */
	c.has_keepalive = true;
	c.persistent_keepalive = 25;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	CU_ASSERT_EQUAL(ea->kp_current, cur);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&A.r, a1), slot);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&A.r, a2), slot);
	CU_ASSERT_EQUAL(cp_wg_device_peer_count(A.d), 1);
	{
		struct cp_wg_peer_info info;
		CU_ASSERT(cp_wg_device_peer_info(A.d, 0, &info) == 0);
		CU_ASSERT_EQUAL(info.n_allowed_ips, 2);
		CU_ASSERT_EQUAL(info.allowed_ips[1].addr[3], 0);
		CU_ASSERT_EQUAL(info.persistent_keepalive, 25);
	}
	/* replace: only the new list */
	c.replace_allowed_ips = true;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&A.r, a1), TG_NONE);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&A.r, a2), slot);
	CU_ASSERT_EQUAL(ea->kp_current, cur);
	/* bad prefix rejected */
	c.allowed_ips[0].cidr = 33;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == -EINVAL);

	/* remove: slot and routes gone */
	CU_ASSERT(cp_wg_device_peer_remove(A.d, B.pub) == 0);
	CU_ASSERT(!cp_wg_device_peer_exists(A.d, B.pub));
	CU_ASSERT_EQUAL(tg_aip_lookup4(&A.r, a2), TG_NONE);
	CU_ASSERT_EQUAL(cp_wg_device_peer_count(A.d), 0);
	CU_ASSERT(cp_wg_device_peer_remove(A.d, B.pub) == -ENOENT);
	cp_wg_device_tick(A.d); /* reclaims */
	teardown();
}

/* Handshake indexes: a response to A's superseded initiation names an
 * index A no longer holds (unknown index); the one to the newest completes;
 * a removed peer's pending index is forgotten. */
static void test_index_lookup(void)
{
	struct tg_ring_meta m1, m2, r1, r2;
	uint8_t b1[TG_RING_SLOT_DATA], b2[TG_RING_SLOT_DATA], c1[TG_RING_SLOT_DATA],
		c2[TG_RING_SLOT_DATA];
	uint64_t unknown, done;

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(cp_wg_device_initiate(A.d, B.pub) == 0);
	CU_ASSERT_FATAL(pop(&A, &m1, b1) == 0);
	clk.mono += REKEY_TIMEOUT; /* the retransmit timer's spacing */
	clk.wall += REKEY_TIMEOUT;
	CU_ASSERT_FATAL(cp_wg_device_initiate(A.d, B.pub) == 0);
	CU_ASSERT_FATAL(pop(&A, &m2, b2) == 0);
	CU_ASSERT(memcmp(b1 + 4, b2 + 4, 4) != 0); /* new sender index */
	deliver(&A, &B, &m1, b1);
	CU_ASSERT_FATAL(pop(&B, &r1, c1) == 0);
	unknown = ctr(&A)[CP_HS_failed_unknown_index];
	deliver(&B, &A, &r1, c1);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_failed_unknown_index], unknown + 1);
	clk.mono += 100000000; clk.wall += 100000000; /* past B's initiation flood guard (20 ms) */
	deliver(&A, &B, &m2, b2);
	CU_ASSERT_FATAL(pop(&B, &r2, c2) == 0);
	done = ctr(&A)[CP_HS_completed];
	deliver(&B, &A, &r2, c2);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_completed], done + 1);

	/* Pending again, then the peer goes: its response is unknown. */
	clk.mono += REKEY_TIMEOUT;
	clk.wall += REKEY_TIMEOUT;
	CU_ASSERT_FATAL(cp_wg_device_initiate(A.d, B.pub) == 0);
	while (pop(&A, &m1, b1) == 0 && m1.len != TG_WG_INITIATION_LEN)
		;
	clk.mono += 100000000; clk.wall += 100000000;
	deliver(&A, &B, &m1, b1);
	CU_ASSERT_FATAL(pop(&B, &r1, c1) == 0);
	CU_ASSERT(cp_wg_device_peer_remove(A.d, B.pub) == 0);
	unknown = ctr(&A)[CP_HS_failed_unknown_index];
	deliver(&B, &A, &r1, c1);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_failed_unknown_index], unknown + 1);
	teardown();
}

/* A peer config with one IPv4 prefix. */
static void cfg4(struct cp_wg_peer_cfg *c, const uint8_t pub[32], uint8_t a, uint8_t b,
		 uint8_t cidr)
{
	memset(c, 0, sizeof(*c));
	memcpy(c->public_key, pub, 32);
	c->replace_allowed_ips = true;
	c->n_allowed_ips = 1;
	c->allowed_ips[0].family = 4;
	c->allowed_ips[0].cidr = cidr;
	c->allowed_ips[0].addr[0] = 198;
	c->allowed_ips[0].addr[1] = 51;
	c->allowed_ips[0].addr[2] = a;
	c->allowed_ips[0].addr[3] = b;
}

/* Batches: routes publish at batch_end (one commit), peers change at
 * once; a prefix moving to another peer leaves the first peer's list;
 * a table without room refuses an upsert whole and changes nothing. */
static void test_batch_and_prefix_owner(void)
{
	struct cp_wg_peer_cfg c;
	struct cp_wg_peer_info info;
	uint8_t k1[32], k2[32], k3[32], kx[32];
	uint8_t a1[4] = { 198, 51, 100, 1 }, a2[4] = { 198, 51, 100, 2 };
	uint32_t s1, s2;

	CU_ASSERT_FATAL(setup() == 0);
	tg_x25519_generate(kx, k1);
	tg_x25519_generate(kx, k2);
	tg_x25519_generate(kx, k3);

	cp_wg_device_batch_begin(A.d);
	cfg4(&c, k1, 100, 1, 32);
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	cfg4(&c, k2, 100, 2, 32);
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	s1 = cp_wg_device_peer_slot(A.d, k1);
	s2 = cp_wg_device_peer_slot(A.d, k2);
	CU_ASSERT(s1 != TG_NONE && s2 != TG_NONE && s1 != s2);
	CU_ASSERT(tg_aip_lookup4(&A.r, a1) == TG_NONE); /* staged, not published */
	CU_ASSERT(tg_aip_pending(&A.r));
	CU_ASSERT(cp_wg_device_batch_end(A.d) == 0);
	CU_ASSERT(!tg_aip_pending(&A.r));
	CU_ASSERT(tg_aip_lookup4(&A.r, a1) == s1);
	CU_ASSERT(tg_aip_lookup4(&A.r, a2) == s2);

	/* k2 takes k1's /32 (outside a batch: published at once). */
	cfg4(&c, k2, 100, 2, 32);
	c.n_allowed_ips = 2;
	c.allowed_ips[1] = c.allowed_ips[0];
	c.allowed_ips[1].addr[3] = 1;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	CU_ASSERT(tg_aip_lookup4(&A.r, a1) == s2);
	CU_ASSERT(cp_wg_device_peer_info_key(A.d, k1, &info) == 0);
	CU_ASSERT(info.n_allowed_ips == 0);
	CU_ASSERT(cp_wg_device_peer_info_key(A.d, k2, &info) == 0);
	CU_ASSERT(info.n_allowed_ips == 2);

	/* Removal in a batch: the peer is gone (slot DEAD) before the commit. */
	cp_wg_device_batch_begin(A.d);
	CU_ASSERT(cp_wg_device_peer_remove(A.d, k2) == 0);
	CU_ASSERT(atomic_load(&tg_region_peer(&A.r, s2)->state) != TG_SLOT_LIVE);
	CU_ASSERT(tg_aip_lookup4(&A.r, a2) == s2); /* route still on the DEAD slot */
	cp_wg_device_tick(A.d);                    /* no reclaim while it is */
	CU_ASSERT(atomic_load(&tg_region_peer(&A.r, s2)->state) != TG_SLOT_FREE);
	CU_ASSERT(cp_wg_device_batch_end(A.d) == 0);
	CU_ASSERT(tg_aip_lookup4(&A.r, a1) == TG_NONE);
	CU_ASSERT(tg_aip_lookup4(&A.r, a2) == TG_NONE);

	/* max_allowed_ips is 64 and B's /32 holds one: fill to 64 with k1,
	 * then k3 asking for 2 new prefixes changes nothing. */
	memset(&c, 0, sizeof(c));
	memcpy(c.public_key, k1, 32);
	c.replace_allowed_ips = true;
	c.n_allowed_ips = 32;
	for (int i = 0; i < 32; i++) {
		c.allowed_ips[i].family = 4;
		c.allowed_ips[i].cidr = 32;
		c.allowed_ips[i].addr[0] = 203;
		c.allowed_ips[i].addr[2] = 113;
		c.allowed_ips[i].addr[3] = (uint8_t)i;
	}
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	memcpy(c.public_key, k3, 32);
	for (int i = 0; i < 31; i++)
		c.allowed_ips[i].addr[3] = (uint8_t)(100 + i);
	c.n_allowed_ips = 31;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0); /* 1 + 32 + 31 = 64 */
	cfg4(&c, k3, 100, 7, 32);
	c.replace_allowed_ips = false;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == -ENOSPC);
	CU_ASSERT(cp_wg_device_peer_info_key(A.d, k3, &info) == 0);
	CU_ASSERT(info.n_allowed_ips == 31);
	/* A replace that frees as many as it takes fits. */
	c.replace_allowed_ips = true;
	CU_ASSERT(cp_wg_device_peer_upsert(A.d, &c) == 0);
	CU_ASSERT(cp_wg_device_peer_info_key(A.d, k3, &info) == 0);
	CU_ASSERT(info.n_allowed_ips == 1);
	CU_ASSERT(cp_wg_device_peer_info_key(A.d, kx, &info) == -ENOENT);
	teardown();
}

/* Enough garbage handshake traffic in one tick to put B under load. */
static void load_b(int n)
{
	uint8_t junk[TG_WG_INITIATION_LEN] = { MESSAGE_HANDSHAKE_INITIATION };
	struct tg_ring_meta p = { 0 };

	p.kind = TG_PUNT_HANDSHAKE;
	p.len = sizeof(junk);
	ep4(&p.src, 99, 4444);
	for (int i = 0; i < n; i++)
		cp_wg_device_handle_punt(B.d, &p, junk);
}

static void test_cookie_under_load(void)
{
	struct tg_ring_meta m;
	uint8_t buf[TG_RING_SLOT_DATA];

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT(!cp_wg_device_under_load(B.d));
	load_b(70);
	CU_ASSERT(cp_wg_device_under_load(B.d));
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_failed_mac1], 70);

	CU_ASSERT_FATAL(cp_wg_device_initiate(A.d, B.pub) == 0);
	CU_ASSERT_FATAL(pop(&A, &m, buf) == 0);
	deliver(&A, &B, &m, buf);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_cookies_sent], 1);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_initiations_received], 0);
	CU_ASSERT_FATAL(pop(&B, &m, buf) == 0);
	CU_ASSERT_EQUAL(m.len, TG_WG_COOKIE_LEN);
	deliver(&B, &A, &m, buf);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_cookies_received], 1);

	/* retry after REKEY_TIMEOUT, B still under load: mac2 carries it */
	clk.mono += REKEY_TIMEOUT;
	clk.wall += REKEY_TIMEOUT;
	load_b(1);
	CU_ASSERT(cp_wg_device_under_load(B.d));
	CU_ASSERT_FATAL(cp_wg_device_initiate(A.d, B.pub) == 0);
	CU_ASSERT_FATAL(pop(&A, &m, buf) == 0);
	deliver(&A, &B, &m, buf);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_cookies_sent], 1);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_initiations_received], 1);
	CU_ASSERT_EQUAL(ctr(&B)[CP_HS_responses_sent], 1);
	CU_ASSERT_FATAL(pop(&B, &m, buf) == 0);
	deliver(&B, &A, &m, buf);
	CU_ASSERT_EQUAL(ctr(&A)[CP_HS_completed], 1);
	/* load passes after a quiet second */
	cp_wg_device_tick(B.d);
	clk.mono += 2 * TG_NS_PER_SEC;
	CU_ASSERT(!cp_wg_device_under_load(B.d));
	teardown();
}

static void stamp(struct node *n, const struct node *other, enum tg_peer_ctr c)
{
	uint32_t s = cp_wg_device_peer_slot(n->d, other->pub);

	tg_region_peer_ctr(&n->r, 0, s)->v[c] = clk.mono;
}

static void drain(struct node *n, int *tx, int *ka)
{
	struct tg_ring_meta m;
	uint8_t buf[TG_RING_SLOT_DATA];

	*tx = *ka = 0;
	while (pop(n, &m, buf) == 0) {
		if (m.kind == TG_INJECT_TX && m.len == TG_WG_INITIATION_LEN)
			(*tx)++;
		if (m.kind == TG_INJECT_ENCRYPT && m.len == 0)
			(*ka)++;
	}
}

static void test_tick_timers(void)
{
	struct tg_peer_entry *ea;
	int tx, ka;

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(handshake(&A, &B) == 0);
	ea = peer_entry(&A, &B);

	/* passive keepalive: data received, nothing sent for 10 s */
	stamp(&A, &B, TG_PEER_last_rx_ns);
	stamp(&A, &B, TG_PEER_last_data_rx_ns);
	cp_wg_device_tick(A.d);
	clk.mono += KEEPALIVE_TIMEOUT - 1;
	cp_wg_device_tick(A.d);
	drain(&A, &tx, &ka);
	CU_ASSERT_EQUAL(ka, 0);
	clk.mono += 1;
	cp_wg_device_tick(A.d);
	drain(&A, &tx, &ka);
	CU_ASSERT_EQUAL(ka, 1);
	CU_ASSERT_EQUAL(tx, 0);

	/* rekey: initiator sends data after REKEY_AFTER_TIME */
	clk.mono += REKEY_AFTER_TIME;
	clk.wall += REKEY_AFTER_TIME;
	stamp(&A, &B, TG_PEER_last_tx_ns);
	stamp(&A, &B, TG_PEER_last_data_tx_ns);
	cp_wg_device_tick(A.d);
	drain(&A, &tx, &ka);
	CU_ASSERT_EQUAL(tx, 1);

	/* the keypair dies at REJECT_AFTER_TIME; keys zeroed after 3x */
	clk.mono += REJECT_AFTER_TIME;
	cp_wg_device_tick(A.d);
	CU_ASSERT_EQUAL(ea->kp_current, TG_NONE);
	clk.mono += 3 * REJECT_AFTER_TIME;
	cp_wg_device_tick(A.d);
	CU_ASSERT(ea->kp_current == TG_NONE && ea->kp_previous == TG_NONE &&
		  ea->kp_next == TG_NONE);
	teardown();
}

/* The dp had return traffic for a peer with no keypair: the cp initiates
 * on its next tick, once per stamp, and not while a session exists. */
static void test_initiate_on_no_keypair(void)
{
	int tx, ka;

	CU_ASSERT_FATAL(setup() == 0);
	cp_wg_device_tick(A.d);
	drain(&A, &tx, &ka);
	CU_ASSERT_EQUAL(tx, 0);
	clk.mono += 1;
	stamp(&A, &B, TG_PEER_last_no_keypair_ns);
	cp_wg_device_tick(A.d);
	drain(&A, &tx, &ka);
	CU_ASSERT_EQUAL(tx, 1);
	cp_wg_device_tick(A.d); /* same stamp: nothing new */
	drain(&A, &tx, &ka);
	CU_ASSERT_EQUAL(tx, 0);
	teardown();
}

/* cp restart: a new device on a re-attached region adopts the peer with its
 * keypair; a peer missing from the new config is retired. */
static void test_restart_adopts(void)
{
	struct tg_region r2;
	struct cp_wg_device *d2;
	struct tg_peer_entry *ea;
	uint32_t slot, cur;
	char err[256];
	struct node C;
	uint8_t ab[4] = { 100, 64, 0, 2 };

	CU_ASSERT_FATAL(setup() == 0);
	memset(&C, 0, sizeof(C));
	tg_x25519_generate(C.priv, C.pub);
	ep4(&C.ep, 3, 51820);
	CU_ASSERT_FATAL(add_peer(&A, &C, 3) == 0);
	CU_ASSERT_FATAL(handshake(&A, &B) == 0);
	ea = peer_entry(&A, &B);
	slot = cp_wg_device_peer_slot(A.d, B.pub);
	cur = ea->kp_current;

	/* the old cp goes away without touching the region */
	cp_wg_device_free(A.d);
	A.d = NULL;
	CU_ASSERT_FATAL(tg_region_attach(&r2, A.name, NULL, err, sizeof(err)) == 0);
	d2 = cp_wg_device_new(&r2, &clk.clock);
	CU_ASSERT_FATAL(d2 != NULL);
	CU_ASSERT(cp_wg_device_set_private_key(d2, A.priv) == 0);
	{
		struct cp_wg_device *keep = A.d;
		A.d = d2;
		CU_ASSERT(add_peer(&A, &B, 2) == 0);
		A.d = keep;
	}
	CU_ASSERT_EQUAL(cp_wg_device_peer_slot(d2, B.pub), slot);
	CU_ASSERT_EQUAL(tg_region_peer(&r2, slot)->kp_current, cur);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r2, ab), slot);
	CU_ASSERT_EQUAL(cp_wg_device_retire_orphans(d2), 1); /* C */
	CU_ASSERT_EQUAL(cp_wg_device_retire_orphans(d2), 0);
	CU_ASSERT_EQUAL(tg_region_peer(&r2, slot)->kp_current, cur);
	cp_wg_device_tick(d2);
	cp_wg_device_free(d2);
	tg_region_detach(&r2);
	teardown();
}

/* Static-mode restart: a new cp adopts every region peer (here: none in
 * its config) with allowed IPs read back from the region and keypairs
 * kept. */
static void test_restart_adopts_all(void)
{
	struct tg_region r2;
	struct cp_wg_device *d2;
	struct cp_wg_peer_info pi;
	uint32_t slot, cur;
	char err[256];
	uint8_t ab[4] = { 100, 64, 0, 2 };

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(handshake(&A, &B) == 0);
	slot = cp_wg_device_peer_slot(A.d, B.pub);
	cur = peer_entry(&A, &B)->kp_current;
	cp_wg_device_free(A.d);
	A.d = NULL;
	CU_ASSERT_FATAL(tg_region_attach(&r2, A.name, NULL, err, sizeof(err)) == 0);
	d2 = cp_wg_device_new(&r2, &clk.clock);
	CU_ASSERT_FATAL(d2 != NULL);
	CU_ASSERT(cp_wg_device_set_private_key(d2, A.priv) == 0);
	CU_ASSERT_EQUAL(cp_wg_device_adopt_orphans(d2), 1);
	CU_ASSERT_EQUAL(cp_wg_device_adopt_orphans(d2), 0);
	CU_ASSERT_EQUAL(cp_wg_device_peer_slot(d2, B.pub), slot);
	CU_ASSERT_EQUAL(tg_region_peer(&r2, slot)->kp_current, cur);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r2, ab), slot);
	CU_ASSERT_EQUAL_FATAL(cp_wg_device_peer_info(d2, 0, &pi), 0);
	CU_ASSERT_EQUAL(pi.n_allowed_ips, 1);
	CU_ASSERT(pi.allowed_ips[0].family == 4 && pi.allowed_ips[0].cidr == 32 &&
		  memcmp(pi.allowed_ips[0].addr, ab, 4) == 0);
	CU_ASSERT_EQUAL(pi.endpoint.family, 4);
	cp_wg_device_free(d2);
	tg_region_detach(&r2);
	teardown();
}

static int suite_init(void)
{
	return tg_crypto_init();
}

static int suite_clean(void)
{
	teardown();
	return 0;
}

/* get=1 transfer counts handshake messages as wireguard-go does: the
 * initiator sent 148 and received 92 bytes, the responder the reverse;
 * the dataplane's data bytes add on top. */
static void test_transfer_counts_handshakes(void)
{
	struct cp_wg_peer_info ia, ib;

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(handshake(&A, &B) == 0);
	CU_ASSERT_EQUAL_FATAL(cp_wg_device_peer_info(A.d, 0, &ia), 0);
	CU_ASSERT_EQUAL_FATAL(cp_wg_device_peer_info(B.d, 0, &ib), 0);
	CU_ASSERT_EQUAL(ia.tx_bytes, TG_WG_INITIATION_LEN);
	CU_ASSERT_EQUAL(ia.rx_bytes, TG_WG_RESPONSE_LEN);
	CU_ASSERT_EQUAL(ib.rx_bytes, TG_WG_INITIATION_LEN);
	CU_ASSERT_EQUAL(ib.tx_bytes, TG_WG_RESPONSE_LEN);
	tg_region_peer_ctr(&A.r, 0, ia.region_slot)->v[TG_PEER_tx_bytes] = 32;
	CU_ASSERT_EQUAL_FATAL(cp_wg_device_peer_info(A.d, 0, &ia), 0);
	CU_ASSERT_EQUAL(ia.tx_bytes, TG_WG_INITIATION_LEN + 32);
	teardown();
}

/* The psk getter (UAPI get=1) returns what was set, and only then. */
static void test_peer_psk(void)
{
	struct cp_wg_peer_cfg c;
	uint8_t out[32], psk[32];

	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FALSE(cp_wg_device_peer_psk(A.d, B.pub, out));
	memset(&c, 0, sizeof(c));
	memcpy(c.public_key, B.pub, 32);
	memset(psk, 0x5a, sizeof(psk));
	c.has_psk = true;
	memcpy(c.psk, psk, 32);
	CU_ASSERT_EQUAL_FATAL(cp_wg_device_peer_upsert(A.d, &c), 0);
	CU_ASSERT_TRUE(cp_wg_device_peer_psk(A.d, B.pub, out));
	CU_ASSERT_EQUAL(memcmp(out, psk, 32), 0);
	memset(c.psk, 0, 32); /* all-zero clears it */
	CU_ASSERT_EQUAL_FATAL(cp_wg_device_peer_upsert(A.d, &c), 0);
	CU_ASSERT_FALSE(cp_wg_device_peer_psk(A.d, B.pub, out));
	CU_ASSERT_FALSE(cp_wg_device_peer_psk(A.d, A.pub, out));
	teardown();
}

void wg_device_test_register(void)
{
	TG_ADD_SUITE("wg_device", suite_init, suite_clean,
		     { "handshake_and_rotation", test_handshake_and_rotation },
		     { "replay_counted", test_replay_counted },
		     { "upsert_is_diff", test_upsert_is_diff },
		     { "batch_and_prefix_owner", test_batch_and_prefix_owner },
		     { "index_lookup", test_index_lookup },
		     { "cookie_under_load", test_cookie_under_load },
		     { "tick_timers", test_tick_timers },
		     { "restart_adopts", test_restart_adopts },
		     { "restart_adopts_all", test_restart_adopts_all },
		     { "peer_psk", test_peer_psk },
		     { "transfer_counts_handshakes", test_transfer_counts_handshakes },
		     { "initiate_on_no_keypair", test_initiate_on_no_keypair });
}
