/*
 * Choosing the data-message AEAD (crypto.h tg_aead) at tailgate-dp start,
 * by measurement (config dataplane.aead; docs/configuration.md), and the
 * per-thread preparation of the chosen implementation.
 *
 * Calling context: dp_aead_choose on the dp main thread before any worker
 * starts (setup path, ~20 ms); dp_aead_thread_prepare on each worker
 * thread before its first packet.
 */
#ifndef DP_AEAD_SELECT_H
#define DP_AEAD_SELECT_H

#include <stddef.h>

/*
 * want: "auto" (time every implementation in tg_aead_impls[] that passes a
 * check against libsodium, at 1420 and 64 bytes, seal and open, for about
 * budget_ms in total, and select the fastest), or an implementation name.
 * Writes a one-line report (choice and numbers, or the error echoing the
 * bad value) to msg. 0, -ENOENT (name unknown or not built in), -EIO (the
 * named implementation fails the check against libsodium).
 */
int dp_aead_choose(const char *want, unsigned budget_ms, char *msg, size_t msglen);

/* On a worker thread: create the selected implementation's per-thread
 * state now, so that no packet pays for it. 0 or -ENOMEM. */
int dp_aead_thread_prepare(void);

#endif
