/*
 * Shared helpers for the tests/bench/ binaries (header only: every .c in
 * tests/bench/ is its own program). Timing is CLOCK_MONOTONIC; cycles come
 * from rdtsc calibrated against CLOCK_MONOTONIC in the same run, so they are
 * TSC (reference) cycles, not core cycles.
 *
 * Output protocol read by scripts/bench.sh (one record per line):
 *   SUMMARY<TAB>row<TAB>what<TAB>value   one line of the summary table
 *   VALUE<TAB>key<TAB>number             a number other rows may use
 *                                        (e.g. the gap to the crypto limit)
 *   anything else                        markdown, copied to docs/bench.md
 * A bench never fails on a number: it exits 0 unless it crashes; a row it
 * cannot measure is printed as "n/a (reason)".
 */
#ifndef TG_BENCH_UTIL_H
#define TG_BENCH_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define BENCH_HAVE_TSC 1
#else
#define BENCH_HAVE_TSC 0
#endif

static inline uint64_t bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static inline uint64_t bench_tsc(void)
{
#if BENCH_HAVE_TSC
	return __rdtsc();
#else
	return 0;
#endif
}

/* Seconds per measurement: BENCH_SECONDS (default 0.5, 0.01..60). */
static inline double bench_seconds(void)
{
	const char *e = getenv("BENCH_SECONDS");
	double s = e ? strtod(e, NULL) : 0.5;

	if (!(s >= 0.01))
		s = 0.01;
	if (s > 60)
		s = 60;
	return s;
}

/*
 * Slices per measurement: BENCH_SLICES (default 5, 1..BENCH_MAX_SLICES).
 * Figures are the fastest slice, so more, shorter slices help on a busy
 * machine: other load only ever slows a slice down.
 */
#define BENCH_MAX_SLICES 100
static inline int bench_slices(void)
{
	const char *e = getenv("BENCH_SLICES");
	int n = e ? atoi(e) : 5;

	return n < 1 ? 1 : n > BENCH_MAX_SLICES ? BENCH_MAX_SLICES : n;
}

/* TSC ticks per nanosecond over ~100 ms of CLOCK_MONOTONIC; 0 if none. */
static inline double bench_tsc_per_ns(void)
{
	uint64_t t0, t1, c0, c1;

	if (!BENCH_HAVE_TSC)
		return 0;
	t0 = bench_now_ns();
	c0 = bench_tsc();
	do
		t1 = bench_now_ns();
	while (t1 - t0 < 100000000ull);
	c1 = bench_tsc();
	return (double)(c1 - c0) / (double)(t1 - t0);
}

static inline int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

#endif
