/*
 * Injectable clock. Everything time-based takes a struct tg_clock so tests
 * drive protocol time without sleeping. Times are CLOCK_MONOTONIC ns (the
 * same clock in both processes on one host) plus a wall clock for TAI64N.
 */
#ifndef TG_CLOCK_H
#define TG_CLOCK_H

#include <stdint.h>
#include <time.h>

struct tg_clock {
	uint64_t (*mono_ns)(void *ctx);  /* CLOCK_MONOTONIC */
	uint64_t (*wall_ns)(void *ctx);  /* CLOCK_REALTIME (TAI64N) */
	void *ctx;
};

static inline uint64_t tg_mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static inline uint64_t tg_wall_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static inline uint64_t tg_clock_sys_mono_(void *c) { (void)c; return tg_mono_ns(); }
static inline uint64_t tg_clock_sys_wall_(void *c) { (void)c; return tg_wall_ns(); }

/* The real clock. */
#define TG_CLOCK_SYSTEM ((struct tg_clock){ tg_clock_sys_mono_, tg_clock_sys_wall_, 0 })

/* A manual clock for tests: set fields, pass &c.clock. */
struct tg_manual_clock {
	struct tg_clock clock;
	uint64_t mono, wall;
};
static inline uint64_t tg_manual_mono_(void *c) { return ((struct tg_manual_clock *)c)->mono; }
static inline uint64_t tg_manual_wall_(void *c) { return ((struct tg_manual_clock *)c)->wall; }
static inline void tg_manual_clock_init(struct tg_manual_clock *m, uint64_t mono, uint64_t wall)
{
	m->clock.mono_ns = tg_manual_mono_;
	m->clock.wall_ns = tg_manual_wall_;
	m->clock.ctx = m;
	m->mono = mono;
	m->wall = wall;
}

#endif
