/*
 * Logging (log.h): level filter, "prog: level: " prefix, stderr or syslog,
 * and per-call-site rate limiting over one-second windows measured on an
 * injectable clock. Any thread of the cp, the dp's main thread, tailgatectl;
 * never a dataplane worker's fast path. One mutex serializes the state and
 * the output so lines never interleave.
 */
#include <pthread.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include "log.h"

#define NS_PER_SEC 1000000000ULL
#define N_SITES 128
#define PROBES 8
#define MSG_MAX 1024
#define LAST_MAX 512

/* Rate-limit state of one call site (file, line, format). */
struct site {
	const char *file, *fmt;
	int line;
	int level;            /* of the last suppressed message */
	uint64_t window_start;
	uint32_t count;       /* printed in this window */
	uint32_t suppressed;  /* dropped since the last summary */
	char last[LAST_MAX];  /* last suppressed message (cut) */
};

static struct {
	pthread_mutex_t lock;
	char prog[32];
	int level;
	enum tg_log_target target;
	uint32_t limit;
	struct tg_clock clock;
	tg_log_sink_fn *sink;
	void *sink_ctx;
	struct site sites[N_SITES];
	struct site overflow; /* shared by sites that find no slot */
} lg = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.prog = "tailgate",
	.level = TG_LOG_INFO,
	.target = TG_LOG_STDERR,
	.limit = 10,
	.clock = { tg_clock_sys_mono_, tg_clock_sys_wall_, 0 },
};

static const char *level_name(int level)
{
	switch (level) {
	case TG_LOG_ERR: return "error";
	case TG_LOG_WARN: return "warn";
	case TG_LOG_INFO: return "info";
	default: return level < TG_LOG_ERR ? "error" : "debug";
	}
}

void tg_log_init(const char *prog, int level, enum tg_log_target target,
		 uint32_t ratelimit_per_sec)
{
	pthread_mutex_lock(&lg.lock);
	snprintf(lg.prog, sizeof(lg.prog), "%s", prog);
	__atomic_store_n(&lg.level, level, __ATOMIC_RELAXED);
	lg.target = target;
	lg.limit = ratelimit_per_sec;
	if (target == TG_LOG_SYSLOG)
		openlog(lg.prog, LOG_PID | LOG_NDELAY, LOG_DAEMON);
	pthread_mutex_unlock(&lg.lock);
}

void tg_log_set_level(int level)
{
	__atomic_store_n(&lg.level, level, __ATOMIC_RELAXED);
}

bool tg_log_enabled(int level)
{
	return level <= __atomic_load_n(&lg.level, __ATOMIC_RELAXED);
}

void tg_log_set_clock(const struct tg_clock *clock)
{
	pthread_mutex_lock(&lg.lock);
	lg.clock = clock ? *clock : TG_CLOCK_SYSTEM;
	pthread_mutex_unlock(&lg.lock);
}

void tg_log_set_sink(tg_log_sink_fn *fn, void *ctx)
{
	pthread_mutex_lock(&lg.lock);
	lg.sink = fn;
	lg.sink_ctx = ctx;
	memset(lg.sites, 0, sizeof(lg.sites));
	memset(&lg.overflow, 0, sizeof(lg.overflow));
	pthread_mutex_unlock(&lg.lock);
}

/* Write one message (lock held). */
static void emit(int level, const char *msg)
{
	char line[MSG_MAX + 128];

	snprintf(line, sizeof(line), "%s: %s: %s", lg.prog, level_name(level), msg);
	if (lg.sink)
		lg.sink(lg.sink_ctx, level, line);
	else if (lg.target == TG_LOG_SYSLOG)
		syslog(level, "%s", msg);
	else
		fprintf(stderr, "%s\n", line);
}

static void emit_summary(struct site *s)
{
	char msg[LAST_MAX + 64];

	snprintf(msg, sizeof(msg), "suppressed %u repeats of: %s", s->suppressed,
		 s->last);
	emit(s->level, msg);
	s->suppressed = 0;
}

static struct site *find_site(const char *file, int line, const char *fmt)
{
	size_t h = (((uintptr_t)fmt >> 3) ^ ((uintptr_t)file >> 3) ^ (size_t)line * 131u);

	for (size_t i = 0; i < PROBES; i++) {
		struct site *s = &lg.sites[(h + i) % N_SITES];

		if (!s->fmt) {
			s->file = file, s->line = line, s->fmt = fmt;
			return s;
		}
		if (s->fmt == fmt && s->line == line && s->file == file)
			return s;
	}
	return &lg.overflow;
}

/* Whether the message may be printed now (lock held); counts it if not. */
static bool admit(const char *file, int line, const char *fmt, int level,
		  const char *msg)
{
	uint64_t now = lg.clock.mono_ns(lg.clock.ctx);
	struct site *s;

	if (!lg.limit)
		return true;
	s = find_site(file, line, fmt);
	if (now - s->window_start >= NS_PER_SEC || !s->window_start) {
		if (s->suppressed)
			emit_summary(s);
		s->window_start = now ? now : 1;
		s->count = 0;
	}
	if (s->count < lg.limit) {
		s->count++;
		return true;
	}
	s->suppressed++;
	s->level = level;
	snprintf(s->last, sizeof(s->last), "%s", msg);
	return false;
}

/* Drop trailing newlines; replace other control characters with '?'. */
static void sanitize(char *msg)
{
	size_t n = strlen(msg);

	while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = 0;
	for (char *c = msg; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
}

void tg_log_at_(int level, const char *file, int line, const char *fmt, ...)
{
	char msg[MSG_MAX];
	va_list ap;

	if (!tg_log_enabled(level))
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	sanitize(msg);
	pthread_mutex_lock(&lg.lock);
	if (admit(file, line, fmt, level, msg))
		emit(level, msg);
	pthread_mutex_unlock(&lg.lock);
}

static void flush_site(struct site *s, uint64_t now)
{
	if (s->suppressed && now - s->window_start >= NS_PER_SEC)
		emit_summary(s);
}

void tg_log_flush(void)
{
	uint64_t now;

	pthread_mutex_lock(&lg.lock);
	now = lg.clock.mono_ns(lg.clock.ctx);
	for (size_t i = 0; i < N_SITES; i++)
		flush_site(&lg.sites[i], now);
	flush_site(&lg.overflow, now);
	pthread_mutex_unlock(&lg.lock);
}

const char *tg_log_key_fingerprint(const uint8_t public_key[32],
				   char out[TG_LOG_FP_LEN])
{
	char b64[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_ORIGINAL)];

	sodium_bin2base64(b64, sizeof(b64), public_key, 32,
			  sodium_base64_VARIANT_ORIGINAL);
	memcpy(out, b64, TG_LOG_FP_LEN - 1);
	out[TG_LOG_FP_LEN - 1] = 0;
	return out;
}
