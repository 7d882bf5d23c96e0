/*
 * WireGuard replay window (whitepaper §5.4.6; RFC 6479 ring of 64-bit
 * words), over struct tg_replay in the shared keypair (region.h).
 * 8192 bits, one word sacrificed so a whole word is cleared when the
 * window slides: a counter is accepted when it is below
 * REJECT_AFTER_MESSAGES, not seen before, and at most DP_REPLAY_WINDOW
 * behind the highest accepted counter.
 *
 * Calling context: worker lcores, AFTER the packet authenticated; the
 * window is changed only on acceptance. Serialized per keypair by the
 * replay struct's spin flag (held for the update only).
 */
#ifndef DP_REPLAY_H
#define DP_REPLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "region.h"

#define DP_REPLAY_WINDOW (REPLAY_WINDOW_BITS - 64) /* 8128 */

/* True when `counter` is fresh (and is now marked seen); false on replay,
 * too old, or >= REJECT_AFTER_MESSAGES. */
__attribute__((warn_unused_result))
bool dp_replay_accept(struct tg_replay *r, uint64_t counter);

/* Reset to "nothing seen" (tests; the cp zeroes fresh keypairs). */
void dp_replay_reset(struct tg_replay *r);

#endif
