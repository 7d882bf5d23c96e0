/*
 * Worker threads: one pthread per configured core, pinned with
 * pthread_setaffinity_np, each running `poll` on its own dp_worker until
 * told to stop. Backend-independent (the backend's thread_init/fini run on
 * the worker thread). Start/stop on the main thread only.
 */
#ifndef DP_THREADS_H
#define DP_THREADS_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dp_backend.h"

typedef void (*dp_poll_fn)(struct dp_worker *w);
typedef void (*dp_worker_hook_fn)(struct dp_worker *w);

struct dp_threads {
	_Atomic bool stop;
	_Atomic int failed;     /* a worker's thread_init failed (-errno) */
	uint32_t n;             /* threads started */
	pthread_t th[TG_CFG_MAX_CORES];
	struct dp_thread_arg {
		struct dp_threads *t;
		struct dp_worker *w;
		uint32_t core;
		int rc;          /* thread_init result */
	} arg[TG_CFG_MAX_CORES];
	struct dp_backend *b;
	dp_poll_fn poll;
	dp_worker_hook_fn on_stop; /* after the last poll, on the worker */
};

/*
 * Start n workers; ws[i] runs on cores[i]. 0 or -errno (err says which core
 * and why); on failure the threads already started are stopped.
 */
int dp_threads_start(struct dp_threads *t, struct dp_backend *b,
		     struct dp_worker *ws, const uint32_t *cores, uint32_t n,
		     dp_poll_fn poll, dp_worker_hook_fn on_stop, char *err,
		     size_t errlen);

/* Ask every worker to stop and join them. Idempotent. */
void dp_threads_stop(struct dp_threads *t);

#endif
