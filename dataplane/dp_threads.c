/*
 * Owns: the worker threads of tailgate-dp (dp_threads.h): creation with CPU
 * pinning, the stop flag and the per-thread backend hooks. Start/stop run
 * on the main thread; worker_main runs on the workers.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>

#include "dp_threads.h"

static void *worker_main(void *arg)
{
	struct dp_thread_arg *a = arg;
	struct dp_threads *t = a->t;

	while (!atomic_load_explicit(&t->stop, memory_order_acquire))
		t->poll(a->w);
	if (t->on_stop)
		t->on_stop(a->w);
	if (t->b->thread_fini)
		t->b->thread_fini(t->b, a->w);
	return NULL;
}

static void *worker_boot(void *arg)
{
	struct dp_thread_arg *a = arg;
	struct dp_threads *t = a->t;

	char name[16];

	snprintf(name, sizeof(name), "tg-wk%u", a->w->id);
	pthread_setname_np(pthread_self(), name);
	if (t->b->thread_init) {
		a->rc = t->b->thread_init(t->b, a->w);
		if (a->rc) {
			/* The process cannot run with a worker missing. */
			atomic_store(&t->failed, a->rc);
			atomic_store(&t->stop, true);
			return NULL;
		}
	}
	return worker_main(arg);
}

int dp_threads_start(struct dp_threads *t, struct dp_backend *b,
		     struct dp_worker *ws, const uint32_t *cores, uint32_t n,
		     dp_poll_fn poll, dp_worker_hook_fn on_stop, char *err,
		     size_t errlen)
{
	int rc = 0;

	memset(t, 0, sizeof(*t));
	t->b = b;
	t->poll = poll;
	t->on_stop = on_stop;
	if (n > TG_CFG_MAX_CORES)
		return -EINVAL;
	for (uint32_t i = 0; i < n; i++) {
		pthread_attr_t attr;
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(cores[i], &set);
		t->arg[i] = (struct dp_thread_arg){ .t = t, .w = &ws[i],
						    .core = cores[i] };
		pthread_attr_init(&attr);
		rc = pthread_attr_setaffinity_np(&attr, sizeof(set), &set);
		if (rc == 0)
			rc = pthread_create(&t->th[i], &attr, worker_boot, &t->arg[i]);
		pthread_attr_destroy(&attr);
		if (rc) {
			snprintf(err, errlen, "worker %u on core %u: %s", i,
				 cores[i], strerror(rc));
			dp_threads_stop(t);
			return -rc;
		}
		t->n = i + 1;
	}
	return 0;
}

void dp_threads_stop(struct dp_threads *t)
{
	atomic_store_explicit(&t->stop, true, memory_order_release);
	for (uint32_t i = 0; i < t->n; i++)
		pthread_join(t->th[i], NULL);
	t->n = 0;
}
