/*
 * Protocol-time knobs for TEST BUILDS ONLY (-DTG_TEST_BUILD, the build the
 * netns suite runs). A production build compiles this file to nothing: the
 * constants in wg_wire.h are then plain numbers. Any thread: the value is
 * read from the environment once and cached.
 */
#ifdef TG_TEST_BUILD
#include <stdatomic.h>
#include <stdlib.h>

#include "wg_wire.h"

uint64_t tg_test_reject_after_time(void)
{
	static _Atomic uint64_t cached;
	uint64_t v = atomic_load_explicit(&cached, memory_order_relaxed);

	if (!v) {
		const char *e = getenv("TG_TEST_REJECT_AFTER_TIME");
		unsigned long s = e ? strtoul(e, NULL, 10) : 0;

		v = (s > 0 && s <= 180 ? s : 180) * TG_NS_PER_SEC;
		atomic_store_explicit(&cached, v, memory_order_relaxed);
	}
	return v;
}
#else
typedef int tg_test_knobs_empty; /* ISO C: no empty translation unit */
#endif
