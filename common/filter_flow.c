/*
 * UDP/SCTP flow state of the packet filter (filter.h "flow state"): the
 * reference's filterState, an LRU of reversed 5-tuples recorded by RunOut
 * (lruMax 512) and consulted by RunIn. Fixed capacity chosen at setup; a
 * chained hash over an entry array plus a doubly linked LRU list, no
 * allocation after init. Optional idle expiry (the reference has none).
 *
 * One table per dp worker; single-threaded (the owning worker only).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"

struct tg_filter_flow_ent {
	struct tg_filter_flow_key key;
	uint64_t seen_ns;
	uint32_t prev, next;  /* LRU; NIL terminates */
	uint32_t hnext;       /* hash chain or free list */
	uint32_t bucket;
};

#define NIL UINT32_MAX

static uint32_t hash_key(const struct tg_filter_flow_key *k)
{
	uint64_t h = k->src.lo * 0x9e3779b97f4a7c15ULL;

	h ^= k->dst.lo + 0x632be59bd9b4e019ULL + (h << 6) + (h >> 2);
	h ^= k->src.hi * 0xbf58476d1ce4e5b9ULL;
	h ^= k->dst.hi * 0x94d049bb133111ebULL;
	h ^= (uint64_t)k->sport << 32 | (uint64_t)k->dport << 16 |
	     (uint64_t)k->proto << 8 | k->family;
	h ^= h >> 31;
	h *= 0x9e3779b97f4a7c15ULL;
	return (uint32_t)(h >> 32);
}

static int key_eq(const struct tg_filter_flow_key *a,
		  const struct tg_filter_flow_key *b)
{
	return a->src.lo == b->src.lo && a->src.hi == b->src.hi &&
	       a->dst.lo == b->dst.lo && a->dst.hi == b->dst.hi &&
	       a->sport == b->sport && a->dport == b->dport &&
	       a->proto == b->proto && a->family == b->family;
}

int tg_filter_flows_init(struct tg_filter_flows *fl, uint32_t capacity,
			 uint64_t idle_ns)
{
	uint32_t nb = 1;

	memset(fl, 0, sizeof(*fl));
	if (capacity == 0 || capacity > (1u << 24))
		return -EINVAL;
	while (nb < capacity * 2)
		nb <<= 1;
	fl->ent = calloc(capacity, sizeof(*fl->ent));
	fl->bucket = malloc((size_t)nb * sizeof(*fl->bucket));
	if (!fl->ent || !fl->bucket) {
		tg_filter_flows_free(fl);
		return -ENOMEM;
	}
	memset(fl->bucket, 0xff, (size_t)nb * sizeof(*fl->bucket));
	fl->cap = capacity;
	fl->mask = nb - 1;
	fl->head = fl->tail = NIL;
	for (uint32_t i = 0; i < capacity; i++)
		fl->ent[i].hnext = i + 1 < capacity ? i + 1 : NIL;
	fl->free = 0;
	fl->idle_ns = idle_ns;
	return 0;
}

void tg_filter_flows_free(struct tg_filter_flows *fl)
{
	free(fl->ent);
	free(fl->bucket);
	memset(fl, 0, sizeof(*fl));
}

static void lru_unlink(struct tg_filter_flows *fl, uint32_t i)
{
	struct tg_filter_flow_ent *e = &fl->ent[i];

	if (e->prev != NIL)
		fl->ent[e->prev].next = e->next;
	else
		fl->head = e->next;
	if (e->next != NIL)
		fl->ent[e->next].prev = e->prev;
	else
		fl->tail = e->prev;
}

static void lru_push_front(struct tg_filter_flows *fl, uint32_t i)
{
	struct tg_filter_flow_ent *e = &fl->ent[i];

	e->prev = NIL;
	e->next = fl->head;
	if (fl->head != NIL)
		fl->ent[fl->head].prev = i;
	fl->head = i;
	if (fl->tail == NIL)
		fl->tail = i;
}

static void hash_unlink(struct tg_filter_flows *fl, uint32_t i)
{
	uint32_t *pp = &fl->bucket[fl->ent[i].bucket];

	while (*pp != NIL && *pp != i)
		pp = &fl->ent[*pp].hnext;
	if (*pp == i)
		*pp = fl->ent[i].hnext;
}

static void release(struct tg_filter_flows *fl, uint32_t i)
{
	hash_unlink(fl, i);
	lru_unlink(fl, i);
	fl->ent[i].hnext = fl->free;
	fl->free = i;
	fl->n--;
}

static uint32_t find(struct tg_filter_flows *fl,
		     const struct tg_filter_flow_key *k, uint32_t *bucket)
{
	uint32_t b = hash_key(k) & fl->mask;

	*bucket = b;
	for (uint32_t i = fl->bucket[b]; i != NIL; i = fl->ent[i].hnext)
		if (key_eq(&fl->ent[i].key, k))
			return i;
	return NIL;
}

static int stale(const struct tg_filter_flows *fl, uint32_t i)
{
	return fl->idle_ns && fl->now_ns - fl->ent[i].seen_ns >= fl->idle_ns;
}

bool tg_filter_flows_lookup(struct tg_filter_flows *fl,
			    const struct tg_filter_flow_key *k)
{
	uint32_t b, i;

	if (!fl->cap)
		return false;
	i = find(fl, k, &b);
	if (i == NIL)
		return false;
	if (stale(fl, i)) {
		release(fl, i);
		fl->expired++;
		return false;
	}
	/* Get refreshes recency (not the idle stamp: only traffic going out
	 * keeps a flow alive, as only RunOut adds). */
	lru_unlink(fl, i);
	lru_push_front(fl, i);
	fl->hits++;
	return true;
}

void tg_filter_flows_add(struct tg_filter_flows *fl,
			 const struct tg_filter_flow_key *k)
{
	uint32_t b, i;

	if (!fl->cap)
		return;
	i = find(fl, k, &b);
	if (i != NIL) {
		fl->ent[i].seen_ns = fl->now_ns;
		lru_unlink(fl, i);
		lru_push_front(fl, i);
		return;
	}
	if (fl->free == NIL) {
		release(fl, fl->tail);
		fl->evictions++;
	}
	i = fl->free;
	fl->free = fl->ent[i].hnext;
	fl->ent[i].key = *k;
	fl->ent[i].seen_ns = fl->now_ns;
	fl->ent[i].bucket = b;
	fl->ent[i].hnext = fl->bucket[b];
	fl->bucket[b] = i;
	lru_push_front(fl, i);
	fl->n++;
	fl->adds++;
}
