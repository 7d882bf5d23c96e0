/*
 * Double-buffered (A/B) sections of the shared region that are small enough
 * to copy whole: the network configuration (struct tg_netcfg) and the packet
 * filter blob; plus the per-worker filter hit counters' accessor. region.h "Concurrency rules"; docs/shared-region.md.
 *
 * Readers (dp workers) load the `*_active` selector with acquire and read
 * that copy, which is never written while active. The writer (cp
 * table-writer thread) stages into the inactive copy (pre-filled with the
 * active contents for netcfg), commits with a release flip, then
 * synchronizes; until a synchronize succeeds after a flip the old copy may
 * still be read, so the next stage waits for one first.
 */
#include <errno.h>
#include <string.h>

#include "region.h"
#include "region_priv.h"

static struct tg_netcfg *netcfg_copy(const struct tg_region *r, uint32_t c)
{
	return (struct tg_netcfg *)(r->base + r->geom.off_netcfg) + (c & 1);
}

static uint8_t *filter_copy(const struct tg_region *r, uint32_t c)
{
	return r->base + r->geom.off_filter +
	       (uint64_t)(c & 1) * r->geom.sizes.filter_bytes;
}

struct tg_netcfg *tg_region_netcfg(const struct tg_region *r)
{
	return netcfg_copy(r, atomic_load_explicit(&r->hdr->netcfg_active,
						   memory_order_acquire));
}

const void *tg_region_filter(const struct tg_region *r, size_t *len)
{
	uint32_t a = atomic_load_explicit(&r->hdr->filter_active, memory_order_acquire) & 1;
	uint32_t n = atomic_load_explicit(&r->hdr->filter_len[a], memory_order_acquire);

	if (len)
		*len = n <= r->geom.sizes.filter_bytes ? n : 0;
	return filter_copy(r, a);
}

uint64_t *tg_region_filter_hits(const struct tg_region *r, uint32_t worker)
{
	if (worker >= r->geom.sizes.max_workers)
		return NULL;
	return (uint64_t *)(r->base + r->geom.off_filter_hits +
			    (uint64_t)worker * r->geom.filter_hits_stride);
}

/* Make sure no reader is left on the inactive copy. */
static int settle(struct tg_region *r, bool *is_clean)
{
	if (*is_clean)
		return 0;
	if (tg_region_synchronize(r, TG_SYNC_DEFAULT_NS))
		return -ETIMEDOUT;
	*is_clean = true;
	return 0;
}

struct tg_netcfg *tg_netcfg_stage(struct tg_region *r)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	uint32_t a;

	if (!w || settle(r, &w->netcfg_inactive_clean))
		return NULL;
	a = atomic_load_explicit(&r->hdr->netcfg_active, memory_order_relaxed) & 1;
	if (!w->netcfg_staged)
		*netcfg_copy(r, a ^ 1) = *netcfg_copy(r, a);
	w->netcfg_staged = true;
	return netcfg_copy(r, a ^ 1);
}

int tg_netcfg_commit(struct tg_region *r, uint64_t timeout_ns)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	uint32_t a;

	if (!w || !w->netcfg_staged)
		return -EINVAL;
	a = atomic_load_explicit(&r->hdr->netcfg_active, memory_order_relaxed) & 1;
	atomic_store_explicit(&r->hdr->netcfg_active, a ^ 1, memory_order_release);
	w->netcfg_staged = false;
	w->netcfg_inactive_clean = !tg_region_synchronize(r, timeout_ns);
	return 0;
}

void *tg_filter_stage(struct tg_region *r, size_t *cap)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	uint32_t a;

	if (!w || settle(r, &w->filter_inactive_clean))
		return NULL;
	a = atomic_load_explicit(&r->hdr->filter_active, memory_order_relaxed) & 1;
	if (cap)
		*cap = r->geom.sizes.filter_bytes;
	w->filter_staged = true;
	return filter_copy(r, a ^ 1);
}

int tg_filter_commit(struct tg_region *r, size_t len, uint64_t timeout_ns)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	uint32_t a;

	if (!w || !w->filter_staged)
		return -EINVAL;
	if (len > r->geom.sizes.filter_bytes)
		return -ENOSPC;
	a = atomic_load_explicit(&r->hdr->filter_active, memory_order_relaxed) & 1;
	atomic_store_explicit(&r->hdr->filter_len[a ^ 1], (uint32_t)len, memory_order_release);
	atomic_store_explicit(&r->hdr->filter_active, a ^ 1, memory_order_release);
	w->filter_staged = false;
	w->filter_inactive_clean = !tg_region_synchronize(r, timeout_ns);
	return 0;
}
