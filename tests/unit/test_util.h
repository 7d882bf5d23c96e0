/* Helpers shared by the CUnit suites. */
#ifndef TG_TEST_UTIL_H
#define TG_TEST_UTIL_H

#include <CUnit/CUnit.h>
#include <stdint.h>

/* The run's seed (TG_SEED or time); print-free, the runner prints it. */
unsigned long long tg_test_seed(void);

/* Deterministic PRNG for randomized tests (splitmix64). */
static inline uint64_t tg_test_rand(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Add a suite or abort the run: registration errors are bugs. */
#define TG_ADD_SUITE(name, init, clean, ...)                                   \
	do {                                                                   \
		CU_pSuite s_ = CU_add_suite(name, init, clean);                \
		struct { const char *n; CU_TestFunc f; } t_[] = { __VA_ARGS__ }; \
		for (size_t i_ = 0; i_ < sizeof(t_) / sizeof(t_[0]); i_++)     \
			CU_add_test(s_, t_[i_].n, t_[i_].f);                   \
	} while (0)

#endif
