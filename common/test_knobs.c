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

/* Seconds from the environment (1..dflt), cached; dflt when unset/bad. */
static uint64_t knob(_Atomic uint64_t *cached, const char *name, uint64_t dflt)
{
	uint64_t v = atomic_load_explicit(cached, memory_order_relaxed);

	if (!v) {
		const char *e = getenv(name);
		unsigned long s = e ? strtoul(e, NULL, 10) : 0;

		v = (s > 0 && s <= dflt ? s : dflt) * TG_NS_PER_SEC;
		atomic_store_explicit(cached, v, memory_order_relaxed);
	}
	return v;
}

uint64_t tg_test_reject_after_time(void)
{
	static _Atomic uint64_t cached;

	return knob(&cached, "TG_TEST_REJECT_AFTER_TIME", 180);
}

uint64_t tg_test_rekey_after_time(void)
{
	static _Atomic uint64_t cached;

	return knob(&cached, "TG_TEST_REKEY_AFTER_TIME", 120);
}
#else
typedef int tg_test_knobs_empty; /* ISO C: no empty translation unit */
#endif
