/*
 * Snapshot of the shared region's counters for /metrics and tailgatectl:
 * worker blocks summed, per-peer blocks summed (the *_ns ones by max), ring
 * counters (each counter has one writer side: producer or consumer, so the
 * two halves add), liveness stamps. Reads only; never locks: a 64-bit load
 * of a counter is atomic on every supported target (common/counters.h).
 * Runs on the cp event-loop thread, or in tailgatectl.
 */
#include "metrics.h"
#include "filter.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void add_worker(const struct tg_region *r, uint32_t w,
		       struct cp_metrics_snap *s)
{
	const struct tg_worker_counters *c = tg_region_worker_ctr(r, w);
	struct cp_metrics_worker *mw = &s->workers[w];
	const struct tg_ring *punt = tg_region_punt(r, w);
	const struct tg_ring *inj = tg_region_inject(r, w);
	const struct tg_worker_epoch *ep = tg_region_epoch(r, w);

	if (c) {
		for (int i = 0; i < TG_DROP__COUNT; i++)
			s->drop[i] += c->drop[i];
		for (int i = 0; i < TG_PATH__COUNT; i++)
			s->path[i] += c->path[i];
		for (int p = 0; p < TG_MAX_PORTS; p++)
			for (int i = 0; i < TG_PORT__COUNT; i++)
				s->port[p][i] += c->port[p][i];
		mw->loops = c->loops;
	}
	if (ep) {
		mw->is_online = atomic_load_explicit(&ep->epoch, memory_order_acquire) != 0;
		mw->alive_ns = atomic_load_explicit(&ep->alive_ns, memory_order_relaxed);
	}
	for (int i = 0; i < TG_RING__COUNT; i++) {
		if (punt)
			mw->punt[i] = punt->ctr_prod[i] + punt->ctr_cons[i];
		if (inj)
			mw->inject[i] = inj->ctr_prod[i] + inj->ctr_cons[i];
	}
	mw->punt_depth = punt ? tg_ring_depth(punt) : 0;
	mw->inject_depth = inj ? tg_ring_depth(inj) : 0;
}

static void add_peer(const struct tg_region *r, uint32_t slot,
		     struct cp_metrics_peer *mp)
{
	const struct tg_peer_entry *pe = tg_region_peer(r, slot);

	memset(mp, 0, sizeof(*mp));
	memcpy(mp->pubkey, pe->pubkey, 32);
	mp->slot = slot;
	for (uint32_t w = 0; w < r->hdr->sizes.max_workers; w++) {
		const struct tg_peer_counters *pc = tg_region_peer_ctr(r, w, slot);
		if (!pc)
			continue;
		for (int c = 0; c < TG_PEER__COUNT; c++) {
			if (!tg_peer_ctr_is_max((enum tg_peer_ctr)c))
				mp->v[c] += pc->v[c];
			else if (pc->v[c] > mp->v[c])
				mp->v[c] = pc->v[c];
		}
	}
}

/* Per-rule hits of the active filter, summed over workers. */
static int add_filter(const struct tg_region *r, struct cp_metrics_snap *s)
{
	size_t len = 0;
	const struct tg_filter_blob_hdr *h = tg_region_filter(r, &len);
	uint32_t max = r->geom.sizes.max_filter_rules, n;

	if (!h || len < sizeof(*h) || h->magic != TG_FILTER_MAGIC)
		return 0;
	n = h->n_rules < max ? h->n_rules : max;
	s->filter_n_rules = n;
	s->filter_serial = h->serial;
	s->filter_hits = calloc((size_t)n + 1, sizeof(uint64_t));
	if (!s->filter_hits)
		return -ENOMEM;
	for (uint32_t w = 0; w < r->geom.sizes.max_workers; w++) {
		const uint64_t *c = tg_region_filter_hits(r, w);

		if (!c)
			continue;
		for (uint32_t i = 0; i < n; i++)
			s->filter_hits[i] += c[i];
		s->filter_hits_overflow += c[max];
	}
	return 0;
}

int cp_metrics_collect(const struct tg_region *r, uint32_t n_ports,
		       uint64_t now_ns, struct cp_metrics_snap *s)
{
	const struct tg_region_hdr *h = r->hdr;
	uint32_t nw = h->sizes.max_workers, np = h->sizes.max_peers;

	memset(s, 0, sizeof(*s));
	s->now_ns = now_ns;
	s->dp_alive_ns = atomic_load_explicit(&h->dp_alive_ns, memory_order_acquire);
	s->cp_alive_ns = atomic_load_explicit(&h->cp_alive_ns, memory_order_acquire);
	s->generation = atomic_load_explicit(&h->generation, memory_order_acquire);
	s->dp_pid = atomic_load_explicit(&h->dp_pid, memory_order_relaxed);
	s->cp_pid = atomic_load_explicit(&h->cp_pid, memory_order_relaxed);
	s->n_ports = n_ports > TG_MAX_PORTS ? TG_MAX_PORTS : n_ports;
	s->workers = calloc(nw ? nw : 1, sizeof(*s->workers));
	s->peers = calloc(np ? np : 1, sizeof(*s->peers));
	if (!s->workers || !s->peers) {
		cp_metrics_snap_free(s);
		return -ENOMEM;
	}
	s->n_workers = nw;
	for (uint32_t w = 0; w < nw; w++)
		add_worker(r, w, s);
	for (uint32_t p = 0; p < np; p++) {
		const struct tg_peer_entry *pe = tg_region_peer(r, p);
		if (pe && atomic_load_explicit(&pe->state, memory_order_acquire) == TG_SLOT_LIVE)
			add_peer(r, p, &s->peers[s->n_peers++]);
	}
	if (add_filter(r, s) < 0) {
		cp_metrics_snap_free(s);
		return -ENOMEM;
	}
	return 0;
}
