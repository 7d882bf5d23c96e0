/*
 * Peer and keypair slots of the shared region: allocation, publication,
 * retirement and reclamation (FREE -> LIVE -> DEAD -> synchronize -> FREE),
 * the dp's keypair lookup by receiver index, and the peer endpoint seqlock.
 *
 * Contract: common/region.h; docs/shared-region.md "Peers", "Keypairs",
 * "Endpoint". Threads: alloc/publish/retire/install/reclaim run on the cp
 * table-writer thread only; tg_keypair_lookup and tg_peer_endpoint_get on
 * any dp worker (lock-free); tg_peer_endpoint_set on the cp writer or a dp
 * worker (seqlock, write side taken with a CAS).
 *
 * Keys are wiped with sodium_memzero (non-elidable) when a keypair slot is
 * reclaimed, and on the failure path of install.
 */
#include <errno.h>
#include <sodium.h>
#include <string.h>

#include "clock.h"
#include "region.h"
#include "region_priv.h"

#define EP_WORDS (sizeof(struct tg_endpoint) / sizeof(uint32_t))
#define EP_READ_TRIES 100000u        /* then report "no endpoint" */
#define EP_TAKEOVER_NS 1000000000ull /* a writer that died mid-update */

_Static_assert(sizeof(struct tg_endpoint) % sizeof(uint32_t) == 0, "endpoint words");
_Static_assert(offsetof(struct tg_peer_entry, ep) % sizeof(uint32_t) == 0, "endpoint alignment");

/* ---- peers ------------------------------------------------------------------ */

static void peer_clear(struct tg_region *r, struct tg_peer_entry *p)
{
	struct tg_endpoint none;

	sodium_memzero(p->pubkey, sizeof(p->pubkey));
	atomic_store_explicit(&p->kp_current, TG_NONE, memory_order_relaxed);
	atomic_store_explicit(&p->kp_previous, TG_NONE, memory_order_relaxed);
	atomic_store_explicit(&p->kp_next, TG_NONE, memory_order_relaxed);
	atomic_store_explicit(&p->flags, 0, memory_order_relaxed);
	memset(&none, 0, sizeof(none));
	tg_peer_endpoint_set(p, &none);
}

uint32_t tg_peer_alloc(struct tg_region *r)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	uint32_t n = r->geom.sizes.max_peers;

	if (!w)
		return TG_NONE;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t s = (w->peer_hint + i) % n;
		struct tg_peer_entry *p = tg_region_peer(r, s);

		if (w->peer_reserved[s] ||
		    atomic_load_explicit(&p->state, memory_order_relaxed) != TG_SLOT_FREE)
			continue;
		w->peer_reserved[s] = 1;
		w->peer_hint = (s + 1) % n;
		p->gen++;
		peer_clear(r, p);
		return s;
	}
	return TG_NONE;
}

void tg_peer_publish(struct tg_region *r, uint32_t slot)
{
	struct tg_peer_entry *p = tg_region_peer(r, slot);
	struct tg_region_wpriv *w = tg_region_wpriv(r);

	/* DEAD stays DEAD until reclaimed: a reader may still hold it from
	 * before, and its next life must start with a new gen */
	if (!p || atomic_load_explicit(&p->state, memory_order_relaxed) == TG_SLOT_DEAD)
		return;
	if (w)
		w->peer_reserved[slot] = 0;
	atomic_store_explicit(&p->state, TG_SLOT_LIVE, memory_order_release);
}

void tg_peer_retire(struct tg_region *r, uint32_t slot)
{
	struct tg_peer_entry *p = tg_region_peer(r, slot);
	struct tg_region_wpriv *w = tg_region_wpriv(r);

	if (!p)
		return;
	if (w && w->peer_reserved[slot]) {
		/* allocated, never published: no reader can have seen it */
		w->peer_reserved[slot] = 0;
		return;
	}
	if (atomic_load_explicit(&p->state, memory_order_relaxed) == TG_SLOT_LIVE)
		atomic_store_explicit(&p->state, TG_SLOT_DEAD, memory_order_release);
}

/* ---- keypairs --------------------------------------------------------------- */

static void keypair_wipe(struct tg_keypair *k)
{
	sodium_memzero(k->send_key, sizeof(k->send_key));
	sodium_memzero(k->recv_key, sizeof(k->recv_key));
	k->peer = TG_NONE;
	k->local_index = 0;
	k->remote_index = 0;
	k->birth_ns = 0;
	k->is_initiator = 0;
	atomic_store_explicit(&k->send_counter, 0, memory_order_relaxed);
	atomic_store_explicit(&k->rx_confirmed, 0, memory_order_relaxed);
	atomic_store_explicit(&k->replay.lock, 0, memory_order_relaxed);
	k->replay.top = 0;
	memset(k->replay.bitmap, 0, sizeof(k->replay.bitmap));
}

static uint32_t keypair_find_free(struct tg_region *r, struct tg_region_wpriv *w)
{
	uint32_t n = r->geom.sizes.max_keypairs;

	for (uint32_t i = 0; i < n; i++) {
		uint32_t s = (w->kp_hint + i) % n;

		if (atomic_load_explicit(&tg_region_keypair(r, s)->state,
					 memory_order_relaxed) == TG_SLOT_FREE) {
			w->kp_hint = (s + 1) % n;
			return s;
		}
	}
	return TG_NONE;
}

int tg_keypair_install(struct tg_region *r, const struct tg_keypair_init *in,
		       uint32_t *slot_out)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	struct tg_keypair *k;
	uint32_t s;
	int rc;

	if (!w)
		return -ENOMEM;
	if (!in->local_index || in->peer >= r->geom.sizes.max_peers)
		return -EINVAL;
	if (tg_rxidx_find(r, in->local_index) != TG_NONE)
		return -EEXIST;
	s = keypair_find_free(r, w);
	if (s == TG_NONE)
		return -ENOSPC;
	k = tg_region_keypair(r, s);
	keypair_wipe(k);
	k->peer = in->peer;
	k->local_index = in->local_index;
	k->remote_index = in->remote_index;
	memcpy(k->send_key, in->send_key, sizeof(k->send_key));
	memcpy(k->recv_key, in->recv_key, sizeof(k->recv_key));
	k->birth_ns = in->birth_ns;
	k->is_initiator = in->is_initiator;
	atomic_store_explicit(&k->state, TG_SLOT_LIVE, memory_order_release);
	rc = tg_rxidx_insert(r, in->local_index, s);
	if (rc) {
		atomic_store_explicit(&k->state, TG_SLOT_FREE, memory_order_release);
		keypair_wipe(k);
		return rc;
	}
	if (slot_out)
		*slot_out = s;
	return 0;
}

void tg_keypair_retire(struct tg_region *r, uint32_t slot)
{
	struct tg_keypair *k = tg_region_keypair(r, slot);

	if (!k || atomic_load_explicit(&k->state, memory_order_relaxed) != TG_SLOT_LIVE)
		return;
	tg_rxidx_remove(r, k->local_index, slot);
	atomic_store_explicit(&k->state, TG_SLOT_DEAD, memory_order_release);
}

struct tg_keypair *tg_keypair_lookup(const struct tg_region *r, uint32_t idx)
{
	uint32_t s = tg_rxidx_find(r, idx);
	struct tg_keypair *k;

	if (s == TG_NONE || !(k = tg_region_keypair(r, s)))
		return NULL;
	if (atomic_load_explicit(&k->state, memory_order_acquire) != TG_SLOT_LIVE ||
	    k->local_index != idx)
		return NULL;
	return k;
}

/* ---- reclamation -------------------------------------------------------------- */

int tg_region_reclaim(struct tg_region *r, uint64_t timeout_ns)
{
	const struct tg_region_sizes *sz = &r->geom.sizes;
	int rc = tg_region_synchronize(r, timeout_ns);

	if (rc)
		return rc;
	for (uint32_t s = 0; s < sz->max_keypairs; s++) {
		struct tg_keypair *k = tg_region_keypair(r, s);

		if (atomic_load_explicit(&k->state, memory_order_relaxed) != TG_SLOT_DEAD)
			continue;
		keypair_wipe(k);
		atomic_store_explicit(&k->state, TG_SLOT_FREE, memory_order_release);
	}
	for (uint32_t s = 0; s < sz->max_peers; s++) {
		struct tg_peer_entry *p = tg_region_peer(r, s);

		if (atomic_load_explicit(&p->state, memory_order_relaxed) != TG_SLOT_DEAD)
			continue;
		peer_clear(r, p);
		/* No worker holds the slot any more (synchronized): its
		 * counter blocks start from zero for the next user. */
		for (uint32_t wk = 0; wk < sz->max_workers; wk++)
			memset(tg_region_peer_ctr(r, wk, s), 0, sizeof(struct tg_peer_counters));
		atomic_store_explicit(&p->state, TG_SLOT_FREE, memory_order_release);
	}
	return 0;
}

/* ---- endpoint seqlock ------------------------------------------------------------- */

void tg_peer_endpoint_get(const struct tg_peer_entry *p, struct tg_endpoint *out)
{
	const uint32_t *src = (const uint32_t *)(const void *)&p->ep;
	uint32_t w[EP_WORDS];

	for (unsigned tries = 0; tries < EP_READ_TRIES; tries++) {
		uint32_t s1 = atomic_load_explicit(&p->ep_seq, memory_order_acquire);

		if (s1 & 1) {
			tg_cpu_relax();
			continue;
		}
		for (size_t i = 0; i < EP_WORDS; i++)
			w[i] = __atomic_load_n(&src[i], __ATOMIC_RELAXED);
		atomic_thread_fence(memory_order_acquire);
		if (atomic_load_explicit(&p->ep_seq, memory_order_relaxed) == s1) {
			memcpy(out, w, sizeof(*out));
			return;
		}
	}
	/* A writer stuck mid-update (it died): fail closed, no endpoint. */
	memset(out, 0, sizeof(*out));
}

/* Take the write side: returns the odd sequence we own. */
static uint32_t ep_lock(struct tg_peer_entry *p)
{
	uint32_t stuck = 0;
	uint64_t since = 0;

	for (unsigned spin = 1;; spin++) {
		uint32_t s = atomic_load_explicit(&p->ep_seq, memory_order_relaxed);

		if (!(s & 1)) {
			if (atomic_compare_exchange_weak_explicit(&p->ep_seq, &s, s + 1,
								  memory_order_acquire,
								  memory_order_relaxed))
				return s + 1;
			continue;
		}
		tg_cpu_relax();
		if (spin % 4096)
			continue;
		if (s != stuck) {
			stuck = s;
			since = tg_mono_ns();
		} else if (tg_mono_ns() - since > EP_TAKEOVER_NS &&
			   atomic_compare_exchange_strong_explicit(&p->ep_seq, &s, s + 2,
								   memory_order_acquire,
								   memory_order_relaxed)) {
			return s + 2;
		}
	}
}

void tg_peer_endpoint_set(struct tg_peer_entry *p, const struct tg_endpoint *ep)
{
	uint32_t *dst = (uint32_t *)(void *)&p->ep;
	uint32_t w[EP_WORDS], mine;

	memcpy(w, ep, sizeof(w));
	mine = ep_lock(p);
	atomic_thread_fence(memory_order_release);
	for (size_t i = 0; i < EP_WORDS; i++)
		__atomic_store_n(&dst[i], w[i], __ATOMIC_RELAXED);
	/* If another writer took over (we stalled > 1 s), it publishes. */
	atomic_compare_exchange_strong_explicit(&p->ep_seq, &mine, mine + 1,
						memory_order_release,
						memory_order_relaxed);
}
