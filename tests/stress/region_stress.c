/*
 * region_stress: one writer thread (the cp's table writer) and several
 * reader threads (dp workers) on the real shared-region code, for a bounded
 * time (TG_STRESS_SECONDS, default 3; TG_STRESS_READERS, default 3).
 *
 * The writer churns peers, keypairs, allowed IPs (IPv4 /32 and IPv6 /128
 * that encode the owning peer slot and its generation), endpoints, netcfg,
 * filter rules and the inject rings, and reclaims retired slots. Readers
 * pass a quiescent point, then look things up and hold what they found until
 * the end of the batch, checking:
 *  - a keypair found by index carries exactly the pattern derived from that
 *    index (never torn, never the zero "poison" written on reclaim), before
 *    and after holding it;
 *  - a peer found through allowed IPs is not FREE, its generation matches
 *    the address it was found by, its public key matches (slot, gen), and
 *    its generation does not change while held (no reuse under a reader);
 *  - endpoints (written by the writer and by readers, "roaming") are never
 *    torn; netcfg and filter copies are internally consistent;
 *  - punt/inject rings deliver every sequence number once, in order.
 * The writer also checks after each successful reclaim that no reader still
 * advertises a hold on a slot it just freed. Any violation: non-zero exit.
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "region.h"

#define MAX_READERS 16
#define NPEERS 32u
#define NKP 96u
#define BATCH 8
#define SYNC_NS (200ull * 1000 * 1000)

struct reader {
	pthread_t th;
	uint32_t id;
	uint64_t rng;
	_Atomic uint32_t held_kp[BATCH];   /* slot + 1, 0 = none */
	_Atomic uint32_t held_peer[BATCH]; /* slot + 1, 0 = none */
	uint64_t iters, kp_hits, peer_hits, ep_reads, roams, inj_seen;
	uint64_t punt_seq, inj_seq;
};

static struct tg_region region_w;  /* writer's handle */
static struct tg_region region_r;  /* readers' handle (another mapping) */
static struct reader readers[MAX_READERS];
static uint32_t n_readers = 3;
static _Atomic int stop;
static _Atomic uint64_t violations;
static _Atomic uint32_t idx_pool[64];      /* recently installed indices */
static _Atomic uint32_t peer_gen_hint[NPEERS];

#define VIOLATION(...)                                                         \
	do {                                                                   \
		if (atomic_fetch_add(&violations, 1) < 20) {                  \
			fprintf(stderr, "VIOLATION: " __VA_ARGS__);          \
			fputc('\n', stderr);                                  \
		}                                                              \
	} while (0)

static uint64_t rnd(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* ---- patterns --------------------------------------------------------------- */

static uint8_t key_byte(uint32_t idx, unsigned i, uint8_t salt)
{
	return (uint8_t)((idx >> ((i & 3) * 8)) ^ (i * 13 + 1) ^ salt);
}

static int kp_ok(const struct tg_keypair *k, uint32_t idx)
{
	if (k->local_index != idx || k->remote_index != ~idx || k->birth_ns != idx)
		return 0;
	for (unsigned i = 0; i < 32; i++)
		if (k->send_key[i] != key_byte(idx, i, 0) ||
		    k->recv_key[i] != key_byte(idx, i, 0x5a))
			return 0;
	return 1;
}

static uint8_t pub_byte(uint32_t slot, uint32_t gen, unsigned i)
{
	return (uint8_t)(slot * 7 + gen * 31 + i);
}

static void ep_make(struct tg_endpoint *ep, uint64_t x)
{
	memset(ep, 0, sizeof(*ep));
	ep->family = 4;
	ep->port = (uint16_t)(x * 7);
	memcpy(ep->addr, &x, 4);
	for (unsigned i = 0; i < 12; i++)
		ep->addr[4 + i] = (uint8_t)(ep->addr[i % 4] ^ (i + 1) ^ ep->port);
}

static int ep_ok(const struct tg_endpoint *ep)
{
	static const struct tg_endpoint zero;

	if (ep->family == 0)
		return !memcmp(ep, &zero, sizeof(zero));
	if (ep->family != 4 || ep->pad)
		return 0;
	for (unsigned i = 0; i < 12; i++)
		if (ep->addr[4 + i] != (uint8_t)(ep->addr[i % 4] ^ (i + 1) ^ ep->port))
			return 0;
	return 1;
}

static void addr4_of(uint8_t a[4], uint32_t slot, uint32_t gen)
{
	a[0] = 100, a[1] = 64, a[2] = (uint8_t)slot, a[3] = (uint8_t)gen;
}

static void addr6_of(uint8_t a[16], uint32_t slot, uint32_t gen)
{
	memset(a, 0, 16);
	a[0] = 0xfd, a[1] = 0x7a;
	a[13] = (uint8_t)slot, a[14] = (uint8_t)(gen >> 8), a[15] = (uint8_t)gen;
}

/* ---- readers ------------------------------------------------------------------ */

static void check_netcfg_filter(void)
{
	const struct tg_netcfg *n = tg_region_netcfg(&region_r);
	size_t len;
	uint32_t cnt;
	const uint32_t *f;

	if (n->egress_addr4 &&
	    (n->listen_port != (uint16_t)(n->egress_addr4 ^ 0x1234) ||
	     n->tunnel_mtu != (uint16_t)(n->egress_addr4 * 3) ||
	     n->local[n->n_local % TG_MAX_LOCAL_ADDRS].cidr != (uint8_t)n->egress_addr4))
		VIOLATION("torn netcfg (egress %" PRIu32 ")", n->egress_addr4);
	f = tg_region_filter(&region_r, &len);
	cnt = (uint32_t)(len / 8);
	for (uint32_t i = 0; i < cnt; i++)
		if ((f[2 * i] & 63) != i || f[2 * i] >> 6 != f[0] >> 6 ||
		    f[2 * i + 1] != (f[2 * i] >> 6))
			VIOLATION("torn filter copy: word %u of %u", i, cnt);
}

static void reader_rings(struct reader *me)
{
	struct tg_ring_meta m = { .kind = TG_PUNT_DISCO }, got;
	uint8_t buf[256];

	m.peer = (uint32_t)me->punt_seq;
	m.len = (uint16_t)(me->punt_seq % 200);
	memset(buf, (int)(me->punt_seq & 0xff), m.len);
	if (!tg_ring_enqueue(tg_region_punt(&region_r, me->id), &m, buf))
		me->punt_seq++;
	while (!tg_ring_dequeue(tg_region_inject(&region_r, me->id), &got, buf, sizeof(buf))) {
		if (got.peer != (uint32_t)me->inj_seq || got.len != me->inj_seq % 100 ||
		    (got.len && buf[got.len - 1] != (uint8_t)me->inj_seq))
			VIOLATION("reader %u: inject seq %u, expected %" PRIu64, me->id,
				  got.peer, me->inj_seq);
		me->inj_seq = got.peer + 1ull;
		me->inj_seen++;
	}
}

static void reader_peer(struct reader *me, int j, uint64_t x)
{
	uint32_t slot = (uint32_t)(x % NPEERS), gen, p;
	uint8_t a4[4], a6[16];
	struct tg_peer_entry *pe;
	struct tg_endpoint ep;

	gen = atomic_load_explicit(&peer_gen_hint[slot], memory_order_relaxed);
	if (x & (1ull << 40)) {
		addr6_of(a6, slot, gen);
		p = tg_aip_lookup6(&region_r, a6);
	} else {
		addr4_of(a4, slot, gen);
		p = tg_aip_lookup4(&region_r, a4);
	}
	if (p == TG_NONE)
		return;
	pe = tg_region_peer(&region_r, p);
	atomic_store_explicit(&me->held_peer[j], p + 1, memory_order_relaxed);
	if (p != slot || !pe ||
	    atomic_load_explicit(&pe->state, memory_order_acquire) == TG_SLOT_FREE ||
	    (pe->gen & 0xff) != (gen & 0xff) || pe->pubkey[5] != pub_byte(p, pe->gen, 5)) {
		VIOLATION("reader %u: aip -> peer %u (want %u gen %u) is free/reused/torn", me->id,
			  p, slot, gen);
		return;
	}
	me->peer_hits++;
	tg_peer_endpoint_get(pe, &ep);
	me->ep_reads++;
	if (!ep_ok(&ep))
		VIOLATION("reader %u: torn endpoint on peer %u", me->id, p);
	if ((x >> 20) % 16 == 0) { /* roam: the dp writes the endpoint too */
		ep_make(&ep, rnd(&me->rng));
		tg_peer_endpoint_set(pe, &ep);
		me->roams++;
	}
}

static void reader_batch(struct reader *me)
{
	struct tg_keypair *held[BATCH] = { 0 };
	uint32_t held_idx[BATCH] = { 0 }, held_gen[BATCH] = { 0 };

	for (int j = 0; j < BATCH; j++) {
		uint64_t x = rnd(&me->rng);
		uint32_t idx = x & 1 ? atomic_load_explicit(&idx_pool[(x >> 1) % 64], memory_order_relaxed)
				     : (uint32_t)(x >> 16);
		struct tg_keypair *k = tg_keypair_lookup(&region_r, idx);

		if (k) {
			uint32_t s = (uint32_t)(k - tg_region_keypair(&region_r, 0));

			atomic_store_explicit(&me->held_kp[j], s + 1, memory_order_relaxed);
			held[j] = k;
			held_idx[j] = idx;
			me->kp_hits++;
			if (!kp_ok(k, idx))
				VIOLATION("reader %u: keypair slot %u torn/poisoned at lookup of %u",
					  me->id, s, idx);
		}
		reader_peer(me, j, x >> 8);
		uint32_t hp = atomic_load_explicit(&me->held_peer[j], memory_order_relaxed);
		if (hp)
			held_gen[j] = tg_region_peer(&region_r, hp - 1)->gen;
	}
	check_netcfg_filter();
	for (volatile int spin = 0; spin < 200; spin++)
		;
	/* still intact at the end of the hold */
	for (int j = 0; j < BATCH; j++) {
		uint32_t hp = atomic_load_explicit(&me->held_peer[j], memory_order_relaxed);

		if (held[j] && !kp_ok(held[j], held_idx[j]))
			VIOLATION("reader %u: held keypair of index %u reclaimed under it", me->id,
				  held_idx[j]);
		if (hp && tg_region_peer(&region_r, hp - 1)->gen != held_gen[j])
			VIOLATION("reader %u: held peer %u reused under it", me->id, hp - 1);
	}
	/* release before the quiescent point (release pairs with the writer) */
	for (int j = 0; j < BATCH; j++) {
		atomic_store_explicit(&me->held_kp[j], 0, memory_order_release);
		atomic_store_explicit(&me->held_peer[j], 0, memory_order_release);
	}
}

static void *reader_main(void *arg)
{
	struct reader *me = arg;
	struct tg_worker_epoch *e = tg_region_epoch(&region_r, me->id);
	struct timespec nap = { 0, 5000 };

	tg_region_worker_online(&region_r, me->id);
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		tg_region_worker_quiescent(&region_r, e);
		reader_batch(me);
		reader_rings(me);
		if (++me->iters % 2048 == 0) { /* a worker restarting */
			tg_region_worker_offline(&region_r, me->id);
			nanosleep(&nap, NULL);
			tg_region_worker_online(&region_r, me->id);
		}
	}
	tg_region_worker_offline(&region_r, me->id);
	return NULL;
}

/* ---- writer -------------------------------------------------------------------- */

struct wstate {
	uint64_t rng;
	uint32_t live_peers[NPEERS], n_live;
	uint32_t kp_slot[NKP], kp_idx[NKP], n_kp;
	uint32_t dead_kp[NKP], n_dead_kp, dead_peer[NPEERS], n_dead_peer;
	uint64_t cfg_k, punt_seq[MAX_READERS], inj_seq[MAX_READERS];
	uint64_t ops, reclaims, timeouts, kp_installs, peer_adds, commits, punts;
};

static void w_peer_add(struct wstate *w)
{
	uint32_t p = tg_peer_alloc(&region_w);
	struct tg_peer_entry *pe;
	struct tg_endpoint ep;
	uint8_t a4[4], a6[16];

	if (p == TG_NONE)
		return;
	pe = tg_region_peer(&region_w, p);
	for (unsigned i = 0; i < 32; i++)
		pe->pubkey[i] = pub_byte(p, pe->gen, i);
	ep_make(&ep, rnd(&w->rng));
	tg_peer_endpoint_set(pe, &ep);
	tg_peer_publish(&region_w, p);
	addr4_of(a4, p, pe->gen);
	addr6_of(a6, p, pe->gen);
	if (tg_aip_insert(&region_w, 4, a4, 32, p) || tg_aip_insert(&region_w, 6, a6, 128, p))
		VIOLATION("writer: aip insert for peer %u failed", p);
	tg_aip_commit(&region_w, SYNC_NS);
	atomic_store_explicit(&peer_gen_hint[p], pe->gen, memory_order_relaxed);
	w->live_peers[w->n_live++] = p;
	w->peer_adds++;
}

static void w_kp_retire_at(struct wstate *w, uint32_t i)
{
	tg_keypair_retire(&region_w, w->kp_slot[i]);
	w->dead_kp[w->n_dead_kp++] = w->kp_slot[i];
	w->kp_slot[i] = w->kp_slot[w->n_kp - 1];
	w->kp_idx[i] = w->kp_idx[--w->n_kp];
}

static void w_peer_remove(struct wstate *w, uint64_t x)
{
	uint32_t i = (uint32_t)(x % w->n_live), p = w->live_peers[i];

	tg_aip_remove_peer(&region_w, p);
	tg_aip_commit(&region_w, SYNC_NS);
	for (uint32_t k = 0; k < w->n_kp;) {
		if (tg_region_keypair(&region_w, w->kp_slot[k])->peer == p)
			w_kp_retire_at(w, k);
		else
			k++;
	}
	tg_peer_retire(&region_w, p);
	w->dead_peer[w->n_dead_peer++] = p;
	w->live_peers[i] = w->live_peers[--w->n_live];
}

static void w_kp_install(struct wstate *w, uint64_t x)
{
	struct tg_keypair_init in;
	uint32_t slot, idx = (uint32_t)(x >> 16) | 1;
	int rc;

	memset(&in, 0, sizeof(in));
	in.peer = w->live_peers[x % w->n_live];
	in.local_index = idx;
	in.remote_index = ~idx;
	in.birth_ns = idx;
	for (unsigned i = 0; i < 32; i++) {
		in.send_key[i] = key_byte(idx, i, 0);
		in.recv_key[i] = key_byte(idx, i, 0x5a);
	}
	rc = tg_keypair_install(&region_w, &in, &slot);
	if (rc == 0) {
		w->kp_slot[w->n_kp] = slot;
		w->kp_idx[w->n_kp++] = idx;
		atomic_store_explicit(&idx_pool[x % 64], idx, memory_order_relaxed);
		w->kp_installs++;
	} else if (rc != -ENOSPC && rc != -EEXIST) {
		VIOLATION("writer: keypair install: %d", rc);
	}
}

static void w_reclaim(struct wstate *w)
{
	if (tg_region_reclaim(&region_w, SYNC_NS)) {
		w->timeouts++;
		return;
	}
	w->reclaims++;
	for (uint32_t r = 0; r < n_readers; r++) {
		for (int j = 0; j < BATCH; j++) {
			uint32_t k = atomic_load_explicit(&readers[r].held_kp[j], memory_order_acquire);
			uint32_t p = atomic_load_explicit(&readers[r].held_peer[j], memory_order_acquire);

			for (uint32_t d = 0; d < w->n_dead_kp; d++)
				if (k == w->dead_kp[d] + 1)
					VIOLATION("writer: reclaimed keypair slot %u still held by reader %u",
						  k - 1, r);
			for (uint32_t d = 0; d < w->n_dead_peer; d++)
				if (p == w->dead_peer[d] + 1)
					VIOLATION("writer: reclaimed peer slot %u still held by reader %u",
						  p - 1, r);
		}
	}
	w->n_dead_kp = w->n_dead_peer = 0;
}

static void w_config(struct wstate *w)
{
	struct tg_netcfg *n = tg_netcfg_stage(&region_w);
	uint32_t *f;
	size_t cap;
	uint32_t cnt, k = (uint32_t)++w->cfg_k;

	if (n) {
		n->egress_addr4 = k;
		n->listen_port = (uint16_t)(k ^ 0x1234);
		n->tunnel_mtu = (uint16_t)(k * 3);
		n->n_local = (uint16_t)(k % TG_MAX_LOCAL_ADDRS);
		for (int i = 0; i < TG_MAX_LOCAL_ADDRS; i++)
			n->local[i].cidr = (uint8_t)k;
		tg_netcfg_commit(&region_w, SYNC_NS);
	}
	f = tg_filter_stage(&region_w, &cap);
	if (f) {
		cnt = k % ((cap / 8 < 64 ? cap / 8 : 64) + 1);
		for (uint32_t i = 0; i < cnt; i++) {
			f[2 * i] = (k & 0xffff) << 6 | i;
			f[2 * i + 1] = k & 0xffff;
		}
		tg_filter_commit(&region_w, (size_t)cnt * 8, SYNC_NS);
	}
	w->commits++;
}

static void w_rings(struct wstate *w)
{
	struct tg_ring_meta m = { .kind = TG_INJECT_ENCRYPT }, got;
	uint8_t buf[256];

	for (uint32_t r = 0; r < n_readers; r++) {
		while (!tg_ring_dequeue(tg_region_punt(&region_w, r), &got, buf, sizeof(buf))) {
			if (got.peer != (uint32_t)w->punt_seq[r] || got.len != w->punt_seq[r] % 200 ||
			    (got.len && buf[0] != (uint8_t)w->punt_seq[r]))
				VIOLATION("writer: punt ring %u seq %u, expected %" PRIu64, r,
					  got.peer, w->punt_seq[r]);
			w->punt_seq[r] = got.peer + 1ull;
			w->punts++;
		}
		m.peer = (uint32_t)w->inj_seq[r];
		m.len = (uint16_t)(w->inj_seq[r] % 100);
		memset(buf, (int)(w->inj_seq[r] & 0xff), m.len);
		if (!tg_ring_enqueue(tg_region_inject(&region_w, r), &m, buf))
			w->inj_seq[r]++;
	}
}

static void writer_step(struct wstate *w)
{
	uint64_t x = rnd(&w->rng);
	struct tg_endpoint ep;

	w->ops++;
	switch (x % 16) {
	case 0: case 1:
		if (w->n_live < NPEERS)
			w_peer_add(w);
		break;
	case 2:
		if (w->n_live > NPEERS / 2)
			w_peer_remove(w, x >> 4);
		break;
	case 3: case 4: case 5: case 6:
		if (w->n_live && w->n_kp < NKP)
			w_kp_install(w, x >> 4);
		break;
	case 7: case 8: case 9:
		if (w->n_kp > NKP / 2)
			w_kp_retire_at(w, (uint32_t)((x >> 4) % w->n_kp));
		break;
	case 10:
		if (w->n_dead_kp + w->n_dead_peer >= 8)
			w_reclaim(w);
		break;
	case 11:
		if (w->n_live) {
			ep_make(&ep, x >> 8);
			tg_peer_endpoint_set(tg_region_peer(&region_w, w->live_peers[(x >> 4) % w->n_live]), &ep);
		}
		break;
	case 12:
		w_config(w);
		break;
	default:
		w_rings(w);
		break;
	}
}

/* ---- main --------------------------------------------------------------------------- */

static uint32_t env_u32(const char *name, uint32_t dflt, uint32_t lo, uint32_t hi)
{
	const char *s = getenv(name);
	char *end;
	unsigned long v;

	if (!s || !*s)
		return dflt;
	v = strtoul(s, &end, 10);
	if (*end || v < lo || v > hi) {
		fprintf(stderr, "region_stress: %s=%s out of range %u..%u\n", name, s, lo, hi);
		exit(2);
	}
	return (uint32_t)v;
}

int main(void)
{
	struct tg_region_sizes sz = {
		.max_peers = NPEERS, .max_keypairs = NKP, .max_allowed_ips = 2 * NPEERS,
		.nat_sessions = 16, .max_filter_rules = 16, .filter_bytes = 512, .ring_slots = 16,
	};
	uint32_t secs = env_u32("TG_STRESS_SECONDS", 3, 1, 3600);
	uint64_t seed = env_u32("TG_SEED", (uint32_t)time(NULL), 0, UINT32_MAX);
	struct wstate w = { .rng = seed };
	char name[64], err[256];
	uint64_t end;
	int rc;

	n_readers = env_u32("TG_STRESS_READERS", 3, 1, MAX_READERS);
	sz.max_workers = n_readers;
	snprintf(name, sizeof(name), "tgreg-stress-%ld", (long)getpid());
	if ((rc = tg_region_create(&region_w, name, &sz, err, sizeof(err))) ||
	    (rc = tg_region_attach(&region_r, name, &sz, err, sizeof(err)))) {
		fprintf(stderr, "region_stress: %s\n", err);
		tg_region_unlink(name);
		return 2;
	}
	printf("region_stress: %u readers, %u s, seed %" PRIu64 " (TG_SEED to repeat the writer)\n",
	       n_readers, secs, seed);
	while (w.n_live < NPEERS / 2)
		w_peer_add(&w);
	for (uint32_t r = 0; r < n_readers; r++) {
		readers[r].id = r;
		readers[r].rng = seed * 31 + r + 1;
		if (pthread_create(&readers[r].th, NULL, reader_main, &readers[r])) {
			fprintf(stderr, "region_stress: pthread_create failed\n");
			return 2;
		}
	}
	end = tg_mono_ns() + secs * 1000000000ull;
	while (tg_mono_ns() < end)
		writer_step(&w);
	atomic_store(&stop, 1);
	for (uint32_t r = 0; r < n_readers; r++)
		pthread_join(readers[r].th, NULL);
	w_rings(&w);

	uint64_t it = 0, kh = 0, ph = 0, ep = 0, roam = 0, inj = 0;
	for (uint32_t r = 0; r < n_readers; r++) {
		it += readers[r].iters, kh += readers[r].kp_hits, ph += readers[r].peer_hits;
		ep += readers[r].ep_reads, roam += readers[r].roams, inj += readers[r].inj_seen;
	}
	printf("writer: %" PRIu64 " ops, %" PRIu64 " peer adds, %" PRIu64 " keypair installs, %" PRIu64
	       " config commits, %" PRIu64 " reclaims (%" PRIu64 " timed out), %" PRIu64 " punts received\n",
	       w.ops, w.peer_adds, w.kp_installs, w.commits, w.reclaims, w.timeouts, w.punts);
	printf("readers: %" PRIu64 " batches, %" PRIu64 " keypair hits, %" PRIu64 " peer hits, %" PRIu64
	       " endpoint reads, %" PRIu64 " roams, %" PRIu64 " injects received\n",
	       it, kh, ph, ep, roam, inj);
	tg_region_detach(&region_r);
	tg_region_detach(&region_w);
	tg_region_unlink(name);
	if (atomic_load(&violations) || !w.reclaims || !kh || !ph) {
		printf("region_stress: FAILED (%" PRIu64 " violations%s)\n", atomic_load(&violations),
		       !w.reclaims || !kh || !ph ? ", or nothing exercised" : "");
		return 1;
	}
	printf("region_stress: OK, 0 violations\n");
	return 0;
}
