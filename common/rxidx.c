/*
 * Receiver-index hash: maps our 32-bit receiver index (the `receiver` field
 * of WireGuard data/response messages, whitepaper §5.4.2) to a keypair slot.
 *
 * Open addressing with linear probing over packed 64-bit atomic entries
 * (index << 32 | slot + 1); 0 = empty, TG_RXIDX_TOMB = deleted. Index 0 is
 * never valid. The table has at least 4 slots per keypair (load <= 25%), so
 * probes are short; receiver indices are chosen at random by the cp.
 *
 * Readers (dp workers, tg_keypair_lookup) are lock-free: acquire loads only.
 * The writer (cp table-writer thread) stores a new entry with release after
 * the keypair is LIVE. Removal writes a tombstone; a run of tombstones that
 * ends at an empty slot is turned back into empties, which no reader can
 * observe (any probe reaching them would stop at the following empty slot
 * anyway). Inserts reuse the first tombstone on their probe path.
 */
#include <errno.h>

#include "region.h"
#include "region_priv.h"

static inline _Atomic uint64_t *tab(const struct tg_region *r)
{
	return (_Atomic uint64_t *)(r->base + r->geom.off_rxidx);
}

static inline uint64_t home(uint32_t idx, uint64_t mask)
{
	return ((uint64_t)idx * 0x9e3779b97f4a7c15ull >> 32) & mask;
}

static inline bool is_key(uint64_t e, uint32_t idx)
{
	return e != TG_RXIDX_TOMB && (uint32_t)(e >> 32) == idx;
}

uint32_t tg_rxidx_find(const struct tg_region *r, uint32_t idx)
{
	_Atomic uint64_t *t = tab(r);
	uint64_t n = r->geom.rxidx_slots, mask = n - 1, pos;

	if (!idx)
		return TG_NONE;
	pos = home(idx, mask);
	for (uint64_t i = 0; i < n; i++, pos = (pos + 1) & mask) {
		uint64_t e = atomic_load_explicit(&t[pos], memory_order_acquire);

		if (!e)
			return TG_NONE;
		if (is_key(e, idx))
			return (uint32_t)e - 1;
	}
	return TG_NONE;
}

int tg_rxidx_insert(struct tg_region *r, uint32_t idx, uint32_t slot)
{
	_Atomic uint64_t *t = tab(r);
	uint64_t n = r->geom.rxidx_slots, mask = n - 1, pos, target = n;

	if (!idx || slot >= r->geom.sizes.max_keypairs)
		return -EINVAL;
	pos = home(idx, mask);
	for (uint64_t i = 0; i < n; i++, pos = (pos + 1) & mask) {
		uint64_t e = atomic_load_explicit(&t[pos], memory_order_relaxed);

		if (!e) {
			if (target == n)
				target = pos;
			break;
		}
		if (e == TG_RXIDX_TOMB) {
			if (target == n)
				target = pos;
			continue;
		}
		if (is_key(e, idx))
			return -EEXIST;
	}
	if (target == n)
		return -ENOSPC;
	atomic_store_explicit(&t[target], (uint64_t)idx << 32 | (uint64_t)(slot + 1),
			      memory_order_release);
	return 0;
}

/* Turn the tombstone run ending just before an empty slot into empties. */
static void sweep_back(_Atomic uint64_t *t, uint64_t pos, uint64_t mask, uint64_t n)
{
	if (atomic_load_explicit(&t[(pos + 1) & mask], memory_order_relaxed))
		return;
	for (uint64_t i = 0; i < n; i++, pos = (pos - 1) & mask) {
		if (atomic_load_explicit(&t[pos], memory_order_relaxed) != TG_RXIDX_TOMB)
			return;
		atomic_store_explicit(&t[pos], 0, memory_order_release);
	}
}

int tg_rxidx_remove(struct tg_region *r, uint32_t idx, uint32_t slot)
{
	_Atomic uint64_t *t = tab(r);
	uint64_t n = r->geom.rxidx_slots, mask = n - 1, pos;
	uint64_t want = (uint64_t)idx << 32 | (uint64_t)(slot + 1);

	if (!idx)
		return -ENOENT;
	pos = home(idx, mask);
	for (uint64_t i = 0; i < n; i++, pos = (pos + 1) & mask) {
		uint64_t e = atomic_load_explicit(&t[pos], memory_order_relaxed);

		if (!e)
			return -ENOENT;
		if (e == want) {
			atomic_store_explicit(&t[pos], TG_RXIDX_TOMB, memory_order_release);
			sweep_back(t, pos, mask, n);
			return 0;
		}
	}
	return -ENOENT;
}
