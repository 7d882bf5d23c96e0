/*
 * Single-producer single-consumer rings of the shared region (punt: one dp
 * worker -> cp; inject: cp -> one dp worker). DESIGN.md "Packet paths";
 * region.h struct tg_ring.
 *
 * head is written only by the producer, tail only by the consumer; each side
 * publishes with a release store and reads the other side's index with an
 * acquire load, so a slot's bytes are visible before its index moves. The
 * ctr_prod block (enqueued, overflow) is producer-owned, ctr_cons
 * (dequeued) consumer-owned; they are stored with relaxed atomics so a third
 * party (metrics) may read them at any time.
 *
 * Threads: enqueue on the producer only, dequeue on the consumer only. The
 * other process may be buggy or restarted, so the consumer never trusts a
 * slot's length or an index distance it did not check.
 */
#include <errno.h>
#include <string.h>

#include "region.h"
#include "region_priv.h"

static inline struct tg_ring_slot *slot_at(struct tg_ring *ring, uint64_t i)
{
	return (struct tg_ring_slot *)((uint8_t *)ring + ring->slot_off) +
	       (i & (ring->slots - 1));
}

static inline void bump(uint64_t *ctr)
{
	__atomic_store_n(ctr, __atomic_load_n(ctr, __ATOMIC_RELAXED) + 1, __ATOMIC_RELAXED);
}

int tg_ring_enqueue(struct tg_ring *ring, const struct tg_ring_meta *meta,
		    const void *data)
{
	uint64_t h = atomic_load_explicit(&ring->head, memory_order_relaxed);
	uint64_t t = atomic_load_explicit(&ring->tail, memory_order_acquire);
	struct tg_ring_slot *s;

	if (meta->len > TG_RING_SLOT_DATA)
		return -EMSGSIZE;
	if (h - t >= ring->slots) {
		bump(&ring->ctr_prod[TG_RING_overflow]);
		return -ENOBUFS;
	}
	s = slot_at(ring, h);
	s->meta = *meta;
	if (meta->len)
		memcpy(s->data, data, meta->len);
	atomic_store_explicit(&ring->head, h + 1, memory_order_release);
	bump(&ring->ctr_prod[TG_RING_enqueued]);
	return 0;
}

int tg_ring_dequeue(struct tg_ring *ring, struct tg_ring_meta *meta,
		    void *buf, size_t cap)
{
	uint64_t t = atomic_load_explicit(&ring->tail, memory_order_relaxed);
	uint64_t h = atomic_load_explicit(&ring->head, memory_order_acquire);
	const struct tg_ring_slot *s;
	int rc = 0;

	if (h == t)
		return -EAGAIN;
	if (h - t > ring->slots)
		return -EIO; /* producer index corrupt: fail closed */
	s = slot_at(ring, t);
	*meta = s->meta;
	if (meta->len > TG_RING_SLOT_DATA || meta->len > cap)
		rc = -EMSGSIZE; /* slot consumed, bytes not copied */
	else if (meta->len)
		memcpy(buf, s->data, meta->len);
	atomic_store_explicit(&ring->tail, t + 1, memory_order_release);
	bump(&ring->ctr_cons[TG_RING_dequeued]);
	return rc;
}

uint32_t tg_ring_depth(const struct tg_ring *ring)
{
	uint64_t t = atomic_load_explicit(&ring->tail, memory_order_acquire);
	uint64_t h = atomic_load_explicit(&ring->head, memory_order_acquire);

	return h - t > ring->slots ? ring->slots : (uint32_t)(h - t);
}
