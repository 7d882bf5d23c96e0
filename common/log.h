/*
 * Logging for tailgate-cp, tailgate-dp's main thread and tailgatectl:
 * levels, a "prog: level: " prefix, stderr or syslog, and per-call-site
 * rate limiting (more than N lines per second from one call site are
 * suppressed, then "suppressed K repeats of: <last message>" is printed).
 *
 * Never call it from a dataplane fast path (STYLE.md): it formats, takes a
 * mutex and writes. Thread-safe otherwise.
 *
 * Secrets: private keys, preshared keys, auth keys and session keys are
 * NEVER logged, not even in debug. To name a peer, log the fingerprint of
 * its PUBLIC key (tg_log_key_fingerprint). Control characters in messages
 * are replaced with '?', so an echoed value cannot forge a log line.
 */
#ifndef TG_LOG_H
#define TG_LOG_H

#include <stdbool.h>
#include <stdint.h>

#include "clock.h"
#include "config.h"

/* Levels are syslog priorities (config.h logging.level holds one). */
enum tg_log_level {
	TG_LOG_ERR = 3,
	TG_LOG_WARN = 4,
	TG_LOG_INFO = 6,
	TG_LOG_DEBUG = 7,
};

/*
 * Set up logging (main thread, before other threads log). prog is the
 * prefix ("tailgate-cp"); ratelimit_per_sec 0 disables rate limiting.
 * Before tg_log_init, messages go to stderr at level info with prefix
 * "tailgate" and a limit of 10 per second.
 */
void tg_log_init(const char *prog, int level, enum tg_log_target target,
		 uint32_t ratelimit_per_sec);
void tg_log_set_level(int level);

/* tg_log_init with the config's logging section. */
static inline void tg_log_init_config(const char *prog,
				      const struct tg_config *cfg)
{
	tg_log_init(prog, cfg->logging.level, cfg->logging.target,
		    cfg->logging.ratelimit_per_sec);
}
bool tg_log_enabled(int level);

#define tg_log(level, ...) tg_log_at_((level), __FILE__, __LINE__, __VA_ARGS__)
void tg_log_at_(int level, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/*
 * Print the pending "suppressed K repeats" lines of call sites whose
 * one-second window has ended. Call it from a periodic timer (the cp's
 * event loop, the dp main thread) and before exit, so a burst that stops
 * is still reported.
 */
void tg_log_flush(void);

/* Tests: clock for the rate limiter (NULL: the system clock). */
void tg_log_set_clock(const struct tg_clock *clock);

/*
 * Tests: send each finished line (prefix included, no newline) to fn
 * instead of stderr/syslog; NULL restores normal output. Also resets the
 * rate limiter's state.
 */
typedef void tg_log_sink_fn(void *ctx, int level, const char *line);
void tg_log_set_sink(tg_log_sink_fn *fn, void *ctx);

/*
 * A short, non-secret name for a PUBLIC key: the first 8 characters of its
 * base64 (what `wg show` prints starts with them). Writes into out and
 * returns it. Never pass a private or preshared key.
 */
#define TG_LOG_FP_LEN 9
const char *tg_log_key_fingerprint(const uint8_t public_key[32],
				   char out[TG_LOG_FP_LEN]);

#endif
