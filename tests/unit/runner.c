/*
 * CUnit runner for every unit suite. Each tests/unit/<name>_test.c defines
 * void <name>_test_register(void), which adds its suite(s); the Makefile
 * generates suites.h from the file names, so adding a test file needs no edit
 * here. Prints CUnit's own summary; exits non-zero on any failure.
 *
 * Randomized tests take their seed from tg_test_seed(): TG_SEED in the
 * environment, else the time. The seed is printed at start.
 */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unit/test_util.h"

#define TG_SUITE(fn) void fn(void);
#include "suites.h"
#undef TG_SUITE

static unsigned long long seed;

unsigned long long tg_test_seed(void)
{
	return seed;
}

int main(int argc, char **argv)
{
	const char *env = getenv("TG_SEED");

	seed = env ? strtoull(env, NULL, 0) : (unsigned long long)time(NULL);
	printf("unit tests: seed %llu (rerun with TG_SEED=%llu)\n", seed, seed);

	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
#define TG_SUITE(fn) fn();
#include "suites.h"
#undef TG_SUITE

	CU_basic_set_mode(argc > 1 && !strcmp(argv[1], "-v") ? CU_BRM_VERBOSE : CU_BRM_NORMAL);
	CU_basic_run_tests();
	unsigned fails = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
	unsigned errs = CU_get_error();
	CU_cleanup_registry();
	if (fails || errs) {
		printf("unit tests FAILED (seed %llu)\n", seed);
		return 1;
	}
	return 0;
}
