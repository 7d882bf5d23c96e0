/*
 * Shared region: create/attach/validate (version and size mismatch messages,
 * missing, truncated and garbage files), peers and keypairs lifecycle with
 * QSBR reclamation, endpoint seqlock, netcfg/filter A/B, accessors, and a
 * seeded randomized publish/read comparison against a naive oracle
 * (tests/oracle/region_oracle.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "oracle/region_oracle.h"
#include "region.h"
#include "region_priv.h"
#include "unit/region_test_util.h"
#include "unit/test_util.h"

static const struct tg_region_sizes small = {
	.max_peers = 16, .max_keypairs = 48, .max_allowed_ips = 64,
	.max_workers = 2, .nat_sessions = 100, .max_filter_rules = 8, .filter_bytes = 256,
	.ring_slots = 8,
};

static void test_create_attach(void)
{
	struct tg_region a, b;
	char name[64], err[256] = "";

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	CU_ASSERT(a.is_owner);
	CU_ASSERT_EQUAL(a.size, tg_region_size_for(&small));
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&b, name, &small, err, sizeof(err)), 0);
	CU_ASSERT(!b.is_owner);
	CU_ASSERT_EQUAL(b.size, a.size);
	CU_ASSERT_EQUAL(b.hdr->magic, TG_REGION_MAGIC);
	CU_ASSERT_EQUAL(b.hdr->layout_version, TG_REGION_LAYOUT_VERSION);
	CU_ASSERT(atomic_load(&b.hdr->generation) >= 1);
	/* every section 64-byte aligned and inside the file */
	const uint64_t offs[] = { b.hdr->off_peers, b.hdr->off_keypairs, b.hdr->off_rxidx,
				  b.hdr->off_aip, b.hdr->off_netcfg, b.hdr->off_filter,
				  b.hdr->off_conntrack, b.hdr->off_worker_ctr, b.hdr->off_peer_ctr,
				  b.hdr->off_punt, b.hdr->off_inject, b.hdr->off_epochs };
	for (size_t i = 0; i < sizeof(offs) / sizeof(offs[0]); i++) {
		CU_ASSERT_EQUAL(offs[i] % 64, 0);
		CU_ASSERT(offs[i] < b.size);
		if (i)
			CU_ASSERT(offs[i] >= offs[i - 1]);
	}
	/* a write through one mapping is visible through the other */
	tg_region_peer(&a, 3)->pubkey[0] = 0xab;
	CU_ASSERT_EQUAL(tg_region_peer(&b, 3)->pubkey[0], 0xab);
	size_t ct = 0;
	CU_ASSERT_PTR_NOT_NULL(tg_region_conntrack(&b, &ct));
	CU_ASSERT_EQUAL(ct, 100 * 128);
	CU_ASSERT_PTR_NULL(tg_region_peer(&b, 16));
	CU_ASSERT_PTR_NULL(tg_region_keypair(&b, 48));
	CU_ASSERT_PTR_NULL(tg_region_punt(&b, 2));
	CU_ASSERT_PTR_NULL(tg_region_epoch(&b, 2));
	CU_ASSERT_PTR_NULL(tg_region_peer_ctr(&b, 0, 16));
	CU_ASSERT_PTR_NOT_NULL(tg_region_peer_ctr(&b, 1, 15));
	CU_ASSERT_PTR_NOT_NULL(tg_region_worker_ctr(&b, 1));
	tg_region_stamp_cp(&a, 1234);
	tg_region_stamp_dp(&b, 5678);
	CU_ASSERT_EQUAL(atomic_load(&b.hdr->cp_alive_ns), 1234);
	CU_ASSERT_EQUAL(atomic_load(&a.hdr->dp_alive_ns), 5678);
	CU_ASSERT_EQUAL(atomic_load(&a.hdr->dp_pid), (uint32_t)getpid());
	tg_region_detach(&b);
	tg_region_detach(&a);
	CU_ASSERT_EQUAL(tg_region_unlink(name), 0);
	CU_ASSERT_EQUAL(tg_region_unlink(name), -ENOENT);
}

static void test_create_replaces(void)
{
	struct tg_region a, b, c;
	char name[64], err[256];
	struct tg_region_sizes big = small;

	big.max_peers = 32;
	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	tg_region_peer(&a, 0)->pubkey[0] = 7;
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&b, name, &big, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&c, name, NULL, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(c.hdr->sizes.max_peers, 32);
	CU_ASSERT_EQUAL(tg_region_peer(&c, 0)->pubkey[0], 0);
	/* the old mapping stays valid for whoever still holds it */
	CU_ASSERT_EQUAL(tg_region_peer(&a, 0)->pubkey[0], 7);
	tg_region_detach(&a);
	tg_region_detach(&b);
	tg_region_detach(&c);
	tg_region_unlink(name);
}

static void test_bad_sizes(void)
{
	struct tg_region r;
	char name[64], err[256] = "";
	struct tg_region_sizes s = small;

	tg_test_region_name(name, sizeof(name));
	s.ring_slots = 6;
	CU_ASSERT_EQUAL(tg_region_create(&r, name, &s, err, sizeof(err)), -EINVAL);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "ring_slots"));
	s = small;
	s.max_workers = 0;
	CU_ASSERT_EQUAL(tg_region_create(&r, name, &s, err, sizeof(err)), -EINVAL);
	CU_ASSERT_EQUAL(tg_region_size_for(&s), 0);
	CU_ASSERT_EQUAL(tg_region_create(&r, "a/b", &small, err, sizeof(err)), -EINVAL);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "a/b"));
	CU_ASSERT_EQUAL(tg_region_create(&r, "", &small, err, sizeof(err)), -EINVAL);
	CU_ASSERT_EQUAL(tg_region_attach(&r, "..", NULL, err, sizeof(err)), -EINVAL);
}

static void test_not_found(void)
{
	struct tg_region r;
	char name[64], err[256] = "", want[320];

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL(tg_region_attach(&r, name, NULL, err, sizeof(err)), -ENOENT);
	snprintf(want, sizeof(want), "region %s not found: is tailgate-dp/cp running?", name);
	CU_ASSERT_STRING_EQUAL(err, want);
	CU_ASSERT_PTR_NULL(r.base);
}

static void test_version_mismatch(void)
{
	struct tg_region a, b;
	char name[64], err[256] = "", want[320];

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	a.hdr->layout_version = TG_REGION_LAYOUT_VERSION + 6;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), -EPROTO);
	snprintf(want, sizeof(want),
		 "region %s has layout version %u, this binary expects %u: restart both processes from the same build",
		 name, TG_REGION_LAYOUT_VERSION + 6, TG_REGION_LAYOUT_VERSION);
	CU_ASSERT_STRING_EQUAL(err, want);
	a.hdr->layout_version = TG_REGION_LAYOUT_VERSION;
	a.hdr->layout_hash ^= 0x100;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), -EPROTO);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "created by a build with another layout"));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "restart both processes from the same build"));
	a.hdr->layout_hash ^= 0x100;
	a.hdr->magic ^= 1;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), -EPROTO);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "bad magic"));
	a.hdr->magic ^= 1;
	a.hdr->off_aip += 64;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), -EPROTO);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "off_aip"));
	a.hdr->off_aip -= 64;
	tg_region_punt(&a, 1)->slots = 1u << 30;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), -EPROTO);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "ring header"));
	tg_region_punt(&a, 1)->slots = small.ring_slots;
	atomic_store(&a.hdr->aip_active, 7);
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), -EPROTO);
	atomic_store(&a.hdr->aip_active, 0);
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), 0);
	tg_region_detach(&b);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

static void test_size_mismatch(void)
{
	struct tg_region a, b;
	char name[64], err[256] = "", want[320];
	struct tg_region_sizes cfg = small;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	cfg.max_peers = 17;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, &cfg, err, sizeof(err)), -EPROTO);
	snprintf(want, sizeof(want), "region %s was created for max_peers=16, config says 17", name);
	CU_ASSERT_STRING_EQUAL(err, want);
	cfg = small;
	cfg.ring_slots = 16;
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, &cfg, err, sizeof(err)), -EPROTO);
	snprintf(want, sizeof(want), "region %s was created for ring_slots=8, config says 16", name);
	CU_ASSERT_STRING_EQUAL(err, want);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

/* Rewrite the file behind a region: truncated, extended, garbage. */
static void rewrite(const char *path, const uint8_t *buf, size_t len)
{
	int fd = open(path, O_RDWR | O_TRUNC);

	CU_ASSERT_FATAL(fd >= 0);
	CU_ASSERT_EQUAL(write(fd, buf, len), (ssize_t)len);
	close(fd);
}

static void test_truncated_and_garbage(void)
{
	struct tg_region a, b;
	char name[64], err[256] = "", path[256];
	uint64_t seed = tg_test_seed() ^ 0x5a5a;
	size_t size;
	uint8_t *copy;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	size = a.size;
	snprintf(path, sizeof(path), "%s", a.path);
	copy = malloc(size);
	CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
	memcpy(copy, a.base, size);
	tg_region_detach(&a);

	const size_t cuts[] = { 0, 1, 8, sizeof(struct tg_region_hdr) - 1,
				sizeof(struct tg_region_hdr), 4096, size / 2, size - 1 };
	for (size_t i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++) {
		rewrite(path, copy, cuts[i]);
		err[0] = 0;
		CU_ASSERT(tg_region_attach(&b, name, NULL, err, sizeof(err)) < 0);
		CU_ASSERT(strlen(err) > 0);
		CU_ASSERT_PTR_NOT_NULL(strstr(err, name));
	}
	/* random bytes, and a good header over random sections */
	uint8_t *junk = malloc(size);
	CU_ASSERT_PTR_NOT_NULL_FATAL(junk);
	for (int round = 0; round < 20; round++) {
		for (size_t i = 0; i < size; i++)
			junk[i] = (uint8_t)tg_test_rand(&seed);
		if (round & 1)
			memcpy(junk, copy, sizeof(struct tg_region_hdr));
		if (round % 4 == 3) /* plausible header, one random field */
			memcpy(junk, copy, size),
			junk[tg_test_rand(&seed) % sizeof(struct tg_region_hdr)] ^=
				(uint8_t)(1 + tg_test_rand(&seed) % 255);
		rewrite(path, junk, size);
		if (tg_region_attach(&b, name, NULL, err, sizeof(err)) == 0) {
			/* only a header-irrelevant flip may attach: and then it works */
			CU_ASSERT(round % 4 == 3);
			CU_ASSERT_PTR_NULL(tg_keypair_lookup(&b, 1234));
			tg_region_detach(&b);
		}
	}
	rewrite(path, copy, size);
	CU_ASSERT_EQUAL(tg_region_attach(&b, name, &small, err, sizeof(err)), 0);
	tg_region_detach(&b);
	free(junk);
	free(copy);
	tg_region_unlink(name);
}

/*
 * A reader attached earlier keeps working from its validated geometry when
 * the shared header and tables are scribbled on afterwards (a writer bug):
 * lookups stay inside the mapping (ASan build checks) and return something.
 */
static void test_corrupt_after_attach(void)
{
	struct tg_region a, b;
	char name[64], err[256];
	uint64_t seed = tg_test_seed() ^ 0xc0ffee;
	uint8_t addr[16];
	struct tg_endpoint ep;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&b, name, &small, err, sizeof(err)), 0);
	struct tg_peer_entry *p0 = tg_region_peer(&b, 0);
	/* header geometry garbage */
	a.hdr->off_peers = UINT64_MAX / 2;
	a.hdr->sizes.max_peers = UINT32_MAX;
	a.hdr->rxidx_slots = 1ull << 40;
	a.hdr->aip_bytes = 1ull << 40;
	CU_ASSERT_EQUAL(tg_region_peer(&b, 0), p0);
	CU_ASSERT_PTR_NULL(tg_region_peer(&b, small.max_peers));
	/* table garbage: allowed-IPs headers and entries, index, endpoints */
	for (size_t i = 0; i < 2 * b.geom.aip_bytes; i++)
		b.base[b.geom.off_aip + i] = (uint8_t)tg_test_rand(&seed);
	for (size_t i = 0; i < b.geom.rxidx_slots * 8; i++)
		b.base[b.geom.off_rxidx + i] = (uint8_t)tg_test_rand(&seed);
	atomic_store(&a.hdr->aip_active, 0xfffffff1u);
	atomic_store(&a.hdr->filter_len[1], UINT32_MAX);
	atomic_store(&a.hdr->filter_active, 3);
	for (int i = 0; i < 2000; i++) {
		uint64_t x = tg_test_rand(&seed);
		memcpy(addr, &x, 8);
		memcpy(addr + 8, &x, 8);
		(void)tg_aip_lookup4(&b, addr);
		(void)tg_aip_lookup6(&b, addr);
		struct tg_keypair *k = tg_keypair_lookup(&b, (uint32_t)x);
		if (k)
			CU_ASSERT(k >= tg_region_keypair(&b, 0) &&
				  k <= tg_region_keypair(&b, small.max_keypairs - 1));
	}
	size_t cnt = 1;
	(void)tg_region_filter(&b, &cnt);
	CU_ASSERT_EQUAL(cnt, 0);
	atomic_store(&p0->ep_seq, 1); /* a writer died mid-update */
	tg_peer_endpoint_get(p0, &ep);
	CU_ASSERT_EQUAL(ep.family, 0);
	tg_region_detach(&b);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

static void fill_kp(struct tg_keypair_init *in, uint32_t peer, uint32_t idx)
{
	memset(in, 0, sizeof(*in));
	in->peer = peer;
	in->local_index = idx;
	in->remote_index = idx ^ 0xffff;
	memset(in->send_key, (int)(idx & 0xff), 32);
	memset(in->recv_key, (int)((idx >> 8) & 0xff), 32);
	in->birth_ns = idx;
}

static void test_peers_keypairs(void)
{
	struct tg_region a, b;
	char name[64], err[256];
	struct tg_keypair_init in;
	uint32_t kslot, p;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), 0);

	p = tg_peer_alloc(&a);
	CU_ASSERT_NOT_EQUAL_FATAL(p, TG_NONE);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&b, p)->state), TG_SLOT_FREE);
	uint32_t p2 = tg_peer_alloc(&a);
	CU_ASSERT_NOT_EQUAL(p2, p); /* reserved slots are not handed out twice */
	tg_peer_retire(&a, p2);     /* never published: back to the pool */
	memset(tg_region_peer(&a, p)->pubkey, 0x11, 32);
	tg_peer_publish(&a, p);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&b, p)->state), TG_SLOT_LIVE);

	fill_kp(&in, p, 0x1234);
	CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, &kslot), 0);
	CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, NULL), -EEXIST);
	in.local_index = 0;
	CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, NULL), -EINVAL);
	in.local_index = 5;
	in.peer = 99;
	CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, NULL), -EINVAL);

	struct tg_keypair *k = tg_keypair_lookup(&b, 0x1234);
	CU_ASSERT_PTR_NOT_NULL_FATAL(k);
	CU_ASSERT_EQUAL(k, tg_region_keypair(&b, kslot));
	CU_ASSERT_EQUAL(k->peer, p);
	CU_ASSERT_EQUAL(k->remote_index, 0x1234 ^ 0xffff);
	CU_ASSERT_EQUAL(k->send_key[31], 0x34);
	CU_ASSERT_PTR_NULL(tg_keypair_lookup(&b, 0));
	CU_ASSERT_PTR_NULL(tg_keypair_lookup(&b, 0x1235));

	/* a worker online that never passes a quiescent point blocks reuse */
	tg_region_worker_online(&b, 1);
	tg_keypair_retire(&a, kslot);
	CU_ASSERT_PTR_NULL(tg_keypair_lookup(&b, 0x1234));
	CU_ASSERT_EQUAL(atomic_load(&k->state), TG_SLOT_DEAD);
	CU_ASSERT_EQUAL(tg_region_reclaim(&a, 2000000), -ETIMEDOUT);
	CU_ASSERT_EQUAL(atomic_load(&k->state), TG_SLOT_DEAD);
	CU_ASSERT_EQUAL(k->send_key[0], 0x34); /* not wiped while unsafe */
	tg_region_worker_quiescent(&b, tg_region_epoch(&b, 1));
	/* still behind: reclaim bumps the generation again */
	CU_ASSERT_EQUAL(tg_region_reclaim(&a, 1000000), -ETIMEDOUT);
	tg_region_workers_reset(&b); /* a restarted dp clears stale epochs */
	CU_ASSERT_EQUAL(tg_region_reclaim(&a, 1000000000), 0);
	CU_ASSERT_EQUAL(atomic_load(&k->state), TG_SLOT_FREE);
	static const uint8_t zero[32];
	CU_ASSERT(!memcmp(k->send_key, zero, 32));
	CU_ASSERT(!memcmp(k->recv_key, zero, 32));

	/* peer retire/reclaim, counters cleared, gen bumps on reuse */
	tg_region_peer_ctr(&b, 1, p)->v[TG_PEER_rx_packets] = 5;
	uint32_t g = tg_region_peer(&a, p)->gen;
	tg_peer_retire(&a, p);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&b, p)->state), TG_SLOT_DEAD);
	tg_peer_publish(&a, p); /* no resurrection before reclaim */
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&b, p)->state), TG_SLOT_DEAD);
	CU_ASSERT_EQUAL(tg_region_reclaim(&a, 1000000000), 0);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&b, p)->state), TG_SLOT_FREE);
	CU_ASSERT_EQUAL(tg_region_peer(&b, p)->pubkey[0], 0);
	CU_ASSERT_EQUAL(tg_region_peer_ctr(&b, 1, p)->v[TG_PEER_rx_packets], 0);
	uint32_t n = 0, q, last = TG_NONE;
	while ((q = tg_peer_alloc(&a)) != TG_NONE) {
		if (q == p)
			CU_ASSERT(tg_region_peer(&a, q)->gen > g);
		last = q;
		n++;
	}
	CU_ASSERT_EQUAL(n, small.max_peers);
	CU_ASSERT_NOT_EQUAL(last, TG_NONE);

	/* keypair table full */
	for (uint32_t i = 0; i < small.max_keypairs; i++) {
		fill_kp(&in, 0, 100 + i);
		CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, NULL), 0);
	}
	fill_kp(&in, 0, 99);
	CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, NULL), -ENOSPC);
	CU_ASSERT_PTR_NOT_NULL(tg_keypair_lookup(&b, 100 + small.max_keypairs - 1));

	tg_region_detach(&b);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

static void test_endpoint(void)
{
	struct tg_region a;
	char name[64], err[256];
	struct tg_endpoint ep = { .family = 4, .port = 0x1234, .addr = { 192, 0, 2, 1 } }, out;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	struct tg_peer_entry *p = tg_region_peer(&a, 0);
	tg_peer_endpoint_get(p, &out);
	CU_ASSERT_EQUAL(out.family, 0);
	tg_peer_endpoint_set(p, &ep);
	tg_peer_endpoint_get(p, &out);
	CU_ASSERT(!memcmp(&out, &ep, sizeof(ep)));
	CU_ASSERT_EQUAL(atomic_load(&p->ep_seq) % 2, 0);
	CU_ASSERT(atomic_load(&p->ep_seq) >= 2);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

static void test_netcfg_filter(void)
{
	struct tg_region a, b;
	char name[64], err[256];
	size_t fcap = 0, cnt = 99;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&b, name, NULL, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(tg_netcfg_commit(&a, 1000), -EINVAL); /* nothing staged */
	struct tg_netcfg *n = tg_netcfg_stage(&a);
	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	CU_ASSERT_NOT_EQUAL(n, tg_region_netcfg(&b));
	n->listen_port = 41641;
	n->egress_addr4 = 0x010200cb;
	CU_ASSERT_EQUAL(tg_region_netcfg(&b)->listen_port, 0);
	CU_ASSERT_EQUAL(tg_netcfg_commit(&a, 1000000000), 0);
	CU_ASSERT_EQUAL(tg_region_netcfg(&b)->listen_port, 41641);
	/* the next stage starts from the active contents */
	n = tg_netcfg_stage(&a);
	CU_ASSERT_EQUAL(n->listen_port, 41641);
	n->tunnel_mtu = 1280;
	CU_ASSERT_EQUAL(tg_netcfg_commit(&a, 1000000000), 0);
	CU_ASSERT_EQUAL(tg_region_netcfg(&b)->tunnel_mtu, 1280);
	CU_ASSERT_EQUAL(tg_region_netcfg(&b)->egress_addr4, 0x010200cb);

	tg_region_filter(&b, &cnt);
	CU_ASSERT_EQUAL(cnt, 0);
	uint8_t *f = tg_filter_stage(&a, &fcap);
	CU_ASSERT_EQUAL(fcap, small.filter_bytes);
	CU_ASSERT_EQUAL((uintptr_t)f % 64, 0);
	f[0] = 7;
	f[fcap - 1] = 8;
	CU_ASSERT_EQUAL(tg_filter_commit(&a, fcap + 1, 1000), -ENOSPC);
	CU_ASSERT_EQUAL(tg_filter_commit(&a, fcap, 1000000000), 0);
	const uint8_t *fr = tg_region_filter(&b, &cnt);
	CU_ASSERT_EQUAL(cnt, fcap);
	CU_ASSERT_EQUAL(fr[0], 7);
	CU_ASSERT_EQUAL(fr[fcap - 1], 8);
	/* per-worker hit counters: max_filter_rules + 1 each, disjoint, zeroed */
	uint64_t *h0 = tg_region_filter_hits(&a, 0), *h1 = tg_region_filter_hits(&a, 1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(h0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(h1);
	CU_ASSERT(h1 >= h0 + small.max_filter_rules + 1);
	CU_ASSERT_EQUAL(h0[small.max_filter_rules], 0);
	h1[small.max_filter_rules] = 5;
	CU_ASSERT_EQUAL(tg_region_filter_hits(&b, 1)[small.max_filter_rules], 5);
	CU_ASSERT_PTR_NULL(tg_region_filter_hits(&b, small.max_workers));
	CU_ASSERT((uint8_t *)(tg_region_filter_hits(&b, small.max_workers - 1) +
			      small.max_filter_rules + 1) <= b.base + b.size);

	/* a stuck worker: commit still flips; the next stage must wait */
	tg_region_worker_online(&b, 0);
	f = tg_filter_stage(&a, &fcap); /* clean from the last commit */
	CU_ASSERT_PTR_NOT_NULL(f);
	CU_ASSERT_EQUAL(tg_filter_commit(&a, 0, 1000000), 0);
	tg_region_filter(&b, &cnt);
	CU_ASSERT_EQUAL(cnt, 0);
	tg_region_worker_offline(&b, 0);
	CU_ASSERT_PTR_NOT_NULL(tg_filter_stage(&a, &fcap));

	tg_region_detach(&b);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

/* The child: a dp attaching from another process. Exit status = failures. */
static int child_dp(const char *name, uint32_t peer)
{
	struct tg_region r;
	char err[256];
	static const uint8_t dst[4] = { 100, 64, 0, 7 };
	struct tg_endpoint ep = { .family = 4, .port = 0x3412, .addr = { 198, 51, 100, 9 } };
	struct tg_ring_meta m = { .kind = TG_PUNT_HANDSHAKE, .len = 3, .peer = peer };
	int bad = 0;

	if (tg_region_attach(&r, name, &small, err, sizeof(err)))
		return 100;
	tg_region_worker_online(&r, 1);
	tg_region_worker_quiescent(&r, tg_region_epoch(&r, 1));
	struct tg_keypair *k = tg_keypair_lookup(&r, 0xabcdef);
	bad += !k || k->peer != peer || k->recv_key[0] != 0xcd;
	bad += tg_aip_lookup4(&r, dst) != peer;
	bad += atomic_load(&tg_region_peer(&r, peer)->state) != TG_SLOT_LIVE;
	if (k)
		atomic_fetch_add(&k->send_counter, 5);
	tg_region_worker_ctr(&r, 1)->drop[TG_DROP_wg_replay] = 3;
	tg_peer_endpoint_set(tg_region_peer(&r, peer), &ep);
	bad += tg_ring_enqueue(tg_region_punt(&r, 1), &m, "abc") != 0;
	tg_region_stamp_dp(&r, 42);
	tg_region_worker_offline(&r, 1);
	tg_region_detach(&r);
	return bad;
}

static void test_two_processes(void)
{
	struct tg_region a;
	char name[64], err[256], buf[8];
	struct tg_keypair_init in;
	static const uint8_t net[4] = { 100, 64, 0, 0 };
	struct tg_ring_meta m;
	struct tg_endpoint ep;
	int status = -1;
	uint32_t p;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &small, err, sizeof(err)), 0);
	p = tg_peer_alloc(&a);
	tg_peer_publish(&a, p);
	fill_kp(&in, p, 0xabcdef);
	CU_ASSERT_EQUAL(tg_keypair_install(&a, &in, NULL), 0);
	CU_ASSERT_EQUAL(tg_aip_insert(&a, 4, net, 24, p), 0);
	CU_ASSERT_EQUAL(tg_aip_commit(&a, 1000000000), 0);
	fflush(NULL);
	pid_t pid = fork();
	CU_ASSERT_FATAL(pid >= 0);
	if (pid == 0)
		_exit(child_dp(name, p));
	CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
	CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CU_ASSERT_EQUAL(atomic_load(&tg_keypair_lookup(&a, 0xabcdef)->send_counter), 5);
	CU_ASSERT_EQUAL(tg_region_worker_ctr(&a, 1)->drop[TG_DROP_wg_replay], 3);
	tg_peer_endpoint_get(tg_region_peer(&a, p), &ep);
	CU_ASSERT_EQUAL(ep.addr[3], 9);
	CU_ASSERT_EQUAL(ep.port, 0x3412);
	CU_ASSERT_EQUAL(tg_ring_dequeue(tg_region_punt(&a, 1), &m, buf, sizeof(buf)), 0);
	CU_ASSERT(m.len == 3 && !memcmp(buf, "abc", 3) && m.peer == p);
	CU_ASSERT_EQUAL(atomic_load(&a.hdr->dp_pid), (uint32_t)pid);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_epoch(&a, 1)->epoch), 0);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

/* Two processes starting together (cp and dp) must end up on ONE region:
 * both race through open_or_create; the child stamps the header and the
 * parent must see the stamp. Without the lock, the later create renamed a
 * second region over the first (seen in the lab). 30 rounds. */
static void test_open_or_create_race(void)
{
	for (int round = 0; round < 30; round++) {
		struct tg_region a;
		char name[64], err[256];
		bool created = false;
		int status = -1, rc;

		tg_test_region_name(name, sizeof(name));
		fflush(NULL);
		pid_t pid = fork();
		CU_ASSERT_FATAL(pid >= 0);
		if (pid == 0) {
			struct tg_region c;
			bool cc;

			if (tg_region_open_or_create(&c, name, &small, &cc, err,
						     sizeof(err)))
				_exit(2);
			atomic_store(&c.hdr->dp_alive_ns, 4242);
			tg_region_detach(&c);
			_exit(cc ? 1 : 0); /* tells the parent who created */
		}
		rc = tg_region_open_or_create(&a, name, &small, &created, err,
					      sizeof(err));
		CU_ASSERT_EQUAL_FATAL(rc, 0);
		CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
		CU_ASSERT_FATAL(WIFEXITED(status) && WEXITSTATUS(status) <= 1);
		/* exactly one of the two created it */
		CU_ASSERT_EQUAL((int)created + WEXITSTATUS(status), 1);
		CU_ASSERT_EQUAL(atomic_load(&a.hdr->dp_alive_ns), 4242);
		tg_region_detach(&a);
		tg_region_unlink(name);
	}
}

/* Randomized peers/keypairs sequences vs the naive oracle. */
static void test_random_vs_oracle(void)
{
	struct tg_region a, b;
	char name[64], err[256];
	uint64_t seed = tg_test_seed() ^ 0x7265676e;
	struct tg_region_oracle *o;
	const struct tg_region_sizes sz = {
		.max_peers = 24, .max_keypairs = 64, .max_allowed_ips = 8,
		.max_workers = 1, .ring_slots = 2,
	};

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&a, name, &sz, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&b, name, &sz, err, sizeof(err)), 0);
	o = tg_region_oracle_new(sz.max_peers, sz.max_keypairs);
	CU_ASSERT_PTR_NOT_NULL_FATAL(o);
	for (int step = 0; step < 20000; step++) {
		uint64_t x = tg_test_rand(&seed);
		int rc = tg_region_oracle_step(o, &a, &b, x);

		if (rc) {
			printf("\nregion oracle mismatch at step %d (%s), seed %llu\n", step,
			       tg_region_oracle_last(o), tg_test_seed());
			CU_FAIL("region disagrees with the oracle");
			break;
		}
	}
	CU_ASSERT_EQUAL(tg_region_oracle_check_all(o, &b), 0);
	tg_region_oracle_free(o);
	tg_region_detach(&b);
	tg_region_detach(&a);
	tg_region_unlink(name);
}

void region_test_register(void)
{
	TG_ADD_SUITE("region", NULL, NULL,
		     { "create_attach", test_create_attach },
		     { "create_replaces", test_create_replaces },
		     { "bad_sizes", test_bad_sizes },
		     { "not_found", test_not_found },
		     { "version_mismatch", test_version_mismatch },
		     { "size_mismatch", test_size_mismatch },
		     { "truncated_and_garbage", test_truncated_and_garbage },
		     { "corrupt_after_attach", test_corrupt_after_attach },
		     { "peers_keypairs", test_peers_keypairs },
		     { "endpoint", test_endpoint },
		     { "netcfg_filter", test_netcfg_filter },
		     { "two_processes", test_two_processes },
		     { "open_or_create_race", test_open_or_create_race },
		     { "random_vs_oracle", test_random_vs_oracle });
}
