/*
 * ratelimit: seeded random arrival sequences from many sources (IPv4 /32s,
 * IPv6 addresses sharing and not sharing /64s) compared verdict by verdict
 * with the naive GCRA oracle; exact burst/refill edges; the bounded table
 * refuses new sources when full and recovers after idle entries expire.
 */
#include <stdio.h>
#include <string.h>

#include "crypto.h"
#include "ratelimit.h"
#include "wg_wire.h"
#include "oracle/ratelimit_oracle.h"
#include "unit/test_util.h"

static struct tg_manual_clock clk;

static void make_src(uint64_t *s, int *family, uint8_t addr[16], uint32_t nsrc)
{
	uint32_t pick = (uint32_t)(tg_test_rand(s) % nsrc);

	memset(addr, 0, 16);
	if (pick % 3 == 2) {
		*family = 6;
		addr[0] = 0x20; addr[1] = 0x01; addr[2] = 0x0d; addr[3] = 0xb8;
		addr[7] = (uint8_t)(pick / 6); /* /64: pairs share one */
		addr[15] = (uint8_t)tg_test_rand(s); /* host bits vary freely */
	} else {
		*family = 4;
		addr[0] = 198; addr[1] = 51; addr[2] = 100;
		addr[3] = (uint8_t)pick;
	}
}

static void test_vs_oracle(void)
{
	uint64_t s = tg_test_seed() ^ 0x726c;
	static struct rl_oracle o;
	uint64_t passed = 0, refused = 0;

	for (int round = 0; round < 20; round++) {
		struct tg_ratelimit rl;
		uint32_t nsrc = 1 + (uint32_t)(tg_test_rand(&s) % (round < 10 ? 6 : 60));
		int mism = 0;

		tg_manual_clock_init(&clk, 1000 * TG_NS_PER_SEC, 0);
		CU_ASSERT_FATAL(tg_ratelimit_init(&rl, 128, &clk.clock) == 0);
		rl_oracle_init(&o);
		for (int n = 0; n < 5000; n++) {
			uint8_t addr[16];
			int fam, want;
			uint64_t r = tg_test_rand(&s) % 100;

			/* mostly bursts, sometimes gaps up to 2 s (expiry) */
			if (r < 40)
				clk.mono += 0;
			else if (r < 95)
				clk.mono += tg_test_rand(&s) % (TG_RL_COST_NS / 2);
			else
				clk.mono += tg_test_rand(&s) % (2 * TG_NS_PER_SEC);
			make_src(&s, &fam, addr, nsrc);
			want = rl_oracle_allow(&o, fam, addr, clk.mono);
			CU_ASSERT_FATAL(want >= 0);
			*(want ? &passed : &refused) += 1;
			if ((int)tg_ratelimit_allow(&rl, fam, addr) != want && !mism++)
				fprintf(stderr, "ratelimit mismatch round %d step %d "
					"(seed %llu)\n", round, n, tg_test_seed());
		}
		CU_ASSERT_EQUAL(mism, 0);
		tg_ratelimit_free(&rl);
	}
	/* the sequences exercise both verdicts */
	if (!(passed > 1000 && refused > 1000))
		fprintf(stderr, "ratelimit: passed %llu refused %llu\n",
			(unsigned long long)passed, (unsigned long long)refused);
	CU_ASSERT(passed > 1000 && refused > 1000);
}

static void test_edges(void)
{
	struct tg_ratelimit rl;
	uint8_t a[4] = { 192, 0, 2, 9 }, b[4] = { 192, 0, 2, 10 };

	tg_manual_clock_init(&clk, 5 * TG_NS_PER_SEC, 0);
	CU_ASSERT_FATAL(tg_ratelimit_init(&rl, 8, &clk.clock) == 0);
	for (int i = 0; i < TG_RL_BURST; i++)
		CU_ASSERT(tg_ratelimit_allow(&rl, 4, a));
	CU_ASSERT(!tg_ratelimit_allow(&rl, 4, a));  /* burst spent */
	CU_ASSERT(tg_ratelimit_allow(&rl, 4, b));   /* other source unaffected */
	clk.mono += TG_RL_COST_NS - 1;
	CU_ASSERT(!tg_ratelimit_allow(&rl, 4, a));
	clk.mono += 1;
	CU_ASSERT(tg_ratelimit_allow(&rl, 4, a));   /* one token refilled */
	CU_ASSERT(!tg_ratelimit_allow(&rl, 4, a));
	/* steady 50/s passes forever */
	for (int i = 0; i < 200; i++) {
		clk.mono += TG_RL_COST_NS;
		CU_ASSERT(tg_ratelimit_allow(&rl, 4, a));
	}
	CU_ASSERT(!tg_ratelimit_allow(&rl, 5, a)); /* bad family */
	tg_ratelimit_free(&rl);
}

static void test_table_bound(void)
{
	struct tg_ratelimit rl;
	uint8_t a[4] = { 203, 0, 113, 0 };

	tg_manual_clock_init(&clk, 5 * TG_NS_PER_SEC, 0);
	CU_ASSERT_FATAL(tg_ratelimit_init(&rl, 4, &clk.clock) == 0);
	for (uint8_t i = 1; i <= 4; i++) {
		a[3] = i;
		CU_ASSERT(tg_ratelimit_allow(&rl, 4, a));
	}
	CU_ASSERT_EQUAL(tg_ratelimit_count(&rl), 4);
	a[3] = 5;
	CU_ASSERT(!tg_ratelimit_allow(&rl, 4, a)); /* full: refused */
	clk.mono += TG_RL_IDLE_NS + 1;
	CU_ASSERT(tg_ratelimit_allow(&rl, 4, a));  /* idle ones swept */
	CU_ASSERT_EQUAL(tg_ratelimit_count(&rl), 1);
	tg_ratelimit_free(&rl);
	CU_ASSERT(tg_ratelimit_init(&rl, 0, &clk.clock) < 0);
}

static int suite_init(void)
{
	return tg_crypto_init();
}

void ratelimit_test_register(void)
{
	TG_ADD_SUITE("ratelimit", suite_init, NULL,
		     { "vs_oracle", test_vs_oracle },
		     { "edges", test_edges },
		     { "table_bound", test_table_bound });
}
