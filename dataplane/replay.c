/*
 * Replay window check-and-set (whitepaper §5.4.6, RFC 6479 §3). The window
 * stores top = highest accepted counter + 1 so that counter 0 is
 * representable with top == 0 meaning "none yet". Words between the old
 * and the new top are cleared when the window slides (at most the ring).
 * Runs on worker lcores after AEAD authentication; see replay.h for the
 * locking rule.
 */
#include "replay.h"

#include <string.h>

#define WORD_MASK (TG_REPLAY_WORDS - 1)

_Static_assert((TG_REPLAY_WORDS & WORD_MASK) == 0, "replay words power of two");

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#endif
}

static inline void lock(struct tg_replay *r)
{
	while (atomic_exchange_explicit(&r->lock, 1, memory_order_acquire))
		while (atomic_load_explicit(&r->lock, memory_order_relaxed))
			cpu_relax();
}

static inline void unlock(struct tg_replay *r)
{
	atomic_store_explicit(&r->lock, 0, memory_order_release);
}

static bool check_and_set(struct tg_replay *r, uint64_t c)
{
	uint64_t idx = c >> 6;

	if (c + DP_REPLAY_WINDOW < r->top)
		return false; /* left of the window */
	if (c > r->top) {
		uint64_t cur = r->top >> 6;
		uint64_t n = idx - cur;

		if (n > TG_REPLAY_WORDS)
			n = TG_REPLAY_WORDS;
		for (uint64_t i = 1; i <= n; i++)
			r->bitmap[(cur + i) & WORD_MASK] = 0;
		r->top = c;
	}
	uint64_t bit = 1ULL << (c & 63);
	uint64_t *w = &r->bitmap[idx & WORD_MASK];

	if (*w & bit)
		return false;
	*w |= bit;
	return true;
}

bool dp_replay_accept(struct tg_replay *r, uint64_t counter)
{
	bool ok;

	if (counter >= REJECT_AFTER_MESSAGES)
		return false;
	lock(r);
	ok = check_and_set(r, counter + 1);
	unlock(r);
	return ok;
}

void dp_replay_reset(struct tg_replay *r)
{
	lock(r);
	r->top = 0;
	memset(r->bitmap, 0, sizeof(r->bitmap));
	unlock(r);
}
