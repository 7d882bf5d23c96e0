/*
 * Per-source rate limiter for handshake initiations (whitepaper §5.3 "DoS
 * mitigation"; same token bucket as the Linux module's ratelimiter): each
 * source — an IPv4 /32 or an IPv6 /64 — earns one token every
 * 1/TG_RL_PER_SECOND s, holds at most TG_RL_BURST, and spends one per
 * message. Entries idle for TG_RL_IDLE_NS are forgotten (an idle bucket is
 * full anyway). The table is bounded; when full, new sources are refused.
 *
 * Calling context: the cp event loop only (not thread-safe). Clock injected.
 */
#ifndef TG_RATELIMIT_H
#define TG_RATELIMIT_H

#include <stdbool.h>
#include <stdint.h>

#include "clock.h"

#define TG_RL_PER_SECOND 50 /* INITIATIONS_PER_SECOND */
#define TG_RL_BURST 5
#define TG_RL_COST_NS (1000000000ULL / TG_RL_PER_SECOND)
#define TG_RL_TOKEN_MAX_NS (TG_RL_COST_NS * TG_RL_BURST)
#define TG_RL_IDLE_NS 1000000000ULL /* forget after 1 s idle; also GC period */

struct tg_rl_entry;

struct tg_ratelimit {
	const struct tg_clock *clk;
	struct tg_rl_entry *entries; /* pool of max_entries */
	uint32_t *buckets;           /* chain heads (entry index or UINT32_MAX) */
	uint32_t n_buckets;          /* power of two */
	uint32_t max_entries, n_entries;
	uint32_t free_head;
	uint64_t last_gc_ns;
	uint8_t hash_key[16];        /* random: sources cannot aim at a chain */
};

/* 0 or -ENOMEM / -EINVAL (max_entries 0). */
int tg_ratelimit_init(struct tg_ratelimit *rl, uint32_t max_entries,
		      const struct tg_clock *clk);
void tg_ratelimit_free(struct tg_ratelimit *rl);

/* May one more message from this source pass? family 4 or 6, addr in
 * network order (IPv6: only the first 8 bytes count). */
__attribute__((warn_unused_result))
bool tg_ratelimit_allow(struct tg_ratelimit *rl, int family,
			const uint8_t *addr);

/* Live entries (tests, metrics). */
uint32_t tg_ratelimit_count(const struct tg_ratelimit *rl);

#endif
