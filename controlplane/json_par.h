/*
 * Parse a large JSON object with jansson on several threads (tailgate-cp's
 * map responses: a full netmap is mostly one "Peers" array of ~10^4
 * objects, and jansson, which has no streaming API, parses ~80 MB/s on
 * one core). The result is what json_loadb(buf, len, 0, ...) returns:
 * the same tree, and on any error exactly json_loadb's error, because
 * every doubtful case falls back to it (see json_par.c).
 */
#ifndef CP_JSON_PAR_H
#define CP_JSON_PAR_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

/* Below this many bytes, or with threads < 2: plain json_loadb. */
#define CP_JSON_PAR_MIN (256u << 10)

/* The top-level object's member `key` (an array) is split between
 * `threads` threads (the caller included). */
json_t *cp_json_loadb_par(const char *buf, size_t len, const char *key, unsigned threads,
			  json_error_t *je);
/* The same with another size threshold (tests and the fuzzer use 0). */
json_t *cp_json_loadb_par_ex(const char *buf, size_t len, const char *key, unsigned threads,
			     size_t min_len, json_error_t *je);

/* Parses done split (not by the json_loadb fallback) since start. */
uint64_t cp_json_par_splits(void);

/* Threads worth using here: CPUs this process may run on, at most
 * CP_PAR_MAX. */
unsigned cp_json_par_threads(void);

/* json_decref(j), freeing the elements of j's array member `key` on
 * `threads` threads when there are many and nothing else holds a
 * reference into them (otherwise a plain json_decref). */
void cp_json_decref_par(json_t *j, const char *key, unsigned threads);

/* Run fn(ctx, bounds[t], bounds[t + 1], t) for t < threads, on threads
 * (t = 0 on the caller's); returns when all are done. A thread that
 * cannot be created runs its part on the caller's. */
#define CP_PAR_MAX 4
void cp_par_for(unsigned threads, const size_t *bounds,
		void (*fn)(void *ctx, size_t from, size_t to, unsigned t), void *ctx);
/* bounds[0..threads] for n items in even parts. */
void cp_par_split(unsigned threads, size_t n, size_t *bounds);

#endif
