/*
 * Per-source token bucket for handshake messages (whitepaper §5.3; the
 * Linux module's ratelimiter.c is the reference for the arithmetic: tokens
 * measured in nanoseconds, refilled by elapsed time, capped at BURST
 * messages). Chained hash over a fixed pool, periodic sweep of idle entries.
 * Runs on the cp event loop.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "ratelimit.h"

#define NIL UINT32_MAX

struct tg_rl_entry {
	uint8_t key[9];    /* family byte + /32 or /64 */
	uint32_t next;     /* chain or free list */
	uint64_t last_ns;
	uint64_t tokens;   /* ns of credit, <= TG_RL_TOKEN_MAX_NS */
};

int tg_ratelimit_init(struct tg_ratelimit *rl, uint32_t max_entries,
		      const struct tg_clock *clk)
{
	memset(rl, 0, sizeof(*rl));
	if (max_entries == 0)
		return -EINVAL;
	rl->n_buckets = 1;
	while (rl->n_buckets < max_entries && rl->n_buckets < (1u << 30))
		rl->n_buckets <<= 1;
	rl->entries = calloc(max_entries, sizeof(*rl->entries));
	rl->buckets = malloc(sizeof(*rl->buckets) * rl->n_buckets);
	if (!rl->entries || !rl->buckets) {
		tg_ratelimit_free(rl);
		return -ENOMEM;
	}
	for (uint32_t i = 0; i < rl->n_buckets; i++)
		rl->buckets[i] = NIL;
	for (uint32_t i = 0; i < max_entries; i++)
		rl->entries[i].next = i + 1 < max_entries ? i + 1 : NIL;
	rl->free_head = 0;
	rl->max_entries = max_entries;
	rl->clk = clk;
	rl->last_gc_ns = clk->mono_ns(clk->ctx);
	tg_random(rl->hash_key, sizeof(rl->hash_key));
	return 0;
}

void tg_ratelimit_free(struct tg_ratelimit *rl)
{
	free(rl->entries);
	free(rl->buckets);
	memset(rl, 0, sizeof(*rl));
}

static uint32_t bucket_of(const struct tg_ratelimit *rl, const uint8_t key[9])
{
	uint8_t h[4];

	tg_blake2s(h, sizeof(h), key, 9, rl->hash_key, sizeof(rl->hash_key));
	return ((uint32_t)h[0] | (uint32_t)h[1] << 8 | (uint32_t)h[2] << 16 |
		(uint32_t)h[3] << 24) & (rl->n_buckets - 1);
}

/* Drop entries idle for longer than TG_RL_IDLE_NS. */
static void sweep(struct tg_ratelimit *rl, uint64_t now)
{
	for (uint32_t b = 0; b < rl->n_buckets; b++) {
		uint32_t *link = &rl->buckets[b];

		while (*link != NIL) {
			struct tg_rl_entry *e = &rl->entries[*link];
			uint32_t idx = *link;

			if (now > e->last_ns && now - e->last_ns > TG_RL_IDLE_NS) {
				*link = e->next;
				e->next = rl->free_head;
				rl->free_head = idx;
				rl->n_entries--;
			} else {
				link = &e->next;
			}
		}
	}
	rl->last_gc_ns = now;
}

bool tg_ratelimit_allow(struct tg_ratelimit *rl, int family,
			const uint8_t *addr)
{
	uint64_t now = rl->clk->mono_ns(rl->clk->ctx);
	uint8_t key[9] = { (uint8_t)family };
	struct tg_rl_entry *e;
	uint32_t b, i;

	if (family != 4 && family != 6)
		return false;
	memcpy(key + 1, addr, family == 4 ? 4 : 8);
	if (now > rl->last_gc_ns && now - rl->last_gc_ns >= TG_RL_IDLE_NS)
		sweep(rl, now);

	b = bucket_of(rl, key);
	for (i = rl->buckets[b]; i != NIL; i = rl->entries[i].next) {
		e = &rl->entries[i];
		if (memcmp(e->key, key, sizeof(key)) != 0)
			continue;
		if (now > e->last_ns)
			e->tokens += now - e->last_ns;
		if (e->tokens > TG_RL_TOKEN_MAX_NS)
			e->tokens = TG_RL_TOKEN_MAX_NS;
		e->last_ns = now;
		if (e->tokens < TG_RL_COST_NS)
			return false;
		e->tokens -= TG_RL_COST_NS;
		return true;
	}
	if (rl->free_head == NIL)
		return false; /* table full: fail closed */
	i = rl->free_head;
	e = &rl->entries[i];
	rl->free_head = e->next;
	memcpy(e->key, key, sizeof(key));
	e->last_ns = now;
	e->tokens = TG_RL_TOKEN_MAX_NS - TG_RL_COST_NS;
	e->next = rl->buckets[b];
	rl->buckets[b] = i;
	rl->n_entries++;
	return true;
}

uint32_t tg_ratelimit_count(const struct tg_ratelimit *rl)
{
	return rl->n_entries;
}
