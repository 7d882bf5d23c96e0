/* Replay window: boundary table and a randomized comparison with the
 * naive oracle (tests/oracle/replay_oracle.c). */
#include <stdio.h>
#include <string.h>

#include "oracle/oracle.h"
#include "replay.h"
#include "unit/test_util.h"

static struct tg_replay rp;

struct step {
	uint64_t c;
	bool ok;
};

static void run_table(const char *name, const struct step *t, size_t n)
{
	memset(&rp, 0, sizeof(rp));
	for (size_t i = 0; i < n; i++) {
		bool got = dp_replay_accept(&rp, t[i].c);

		if (got != t[i].ok)
			printf("\n%s step %zu: counter %llu: got %d want %d\n", name, i,
			       (unsigned long long)t[i].c, got, t[i].ok);
		CU_ASSERT_EQUAL(got, t[i].ok);
	}
}

#define W DP_REPLAY_WINDOW

static void test_table(void)
{
	static const struct step first_zero[] = {
		{ 0, true }, { 0, false }, { 1, true }, { 1, false }, { 2, true },
	};
	static const struct step boundaries[] = {
		{ W + 10, true },
		{ 10, true },        /* exactly W behind: inside */
		{ 9, false },        /* just left of the window */
		{ 10, false },       /* duplicate at the edge */
		{ W + 9, true }, { W + 9, false },
		{ W + 11, true },    /* top moves by one: 10 now left... */
		{ 11, true },        /* ...11 is exactly W behind */
		{ 10, false },
	};
	static const struct step jumps[] = {
		{ 5, true },
		{ 1000000, true },   /* huge jump clears everything */
		{ 5, false },        /* far left */
		{ 1000000 - W, true },
		{ 1000000 - W - 1, false },
		{ 999999, true }, { 999999, false },
		{ (1ULL << 40), true },
		{ 1000000, false },
		{ (1ULL << 40) - 1, true },
		{ (1ULL << 40) + 64, true }, { (1ULL << 40) + 63, true },
		{ (1ULL << 40) + 63, false },
	};
	static const struct step limits[] = {
		{ REJECT_AFTER_MESSAGES, false },
		{ REJECT_AFTER_MESSAGES - 1, true },
		{ REJECT_AFTER_MESSAGES - 1, false },
		{ UINT64_MAX, false },
		{ REJECT_AFTER_MESSAGES - 2, true },
	};
	/* every counter of a full window after a word boundary, in reverse */
	static struct step reverse[W + 3];
	reverse[0] = (struct step){ 64 * 200, true };
	for (uint64_t i = 1; i <= W; i++)
		reverse[i] = (struct step){ 64 * 200 - i, true };
	reverse[W + 1] = (struct step){ 64 * 200 - W - 1, false };
	reverse[W + 2] = (struct step){ 64 * 200 - 5, false };

	run_table("first_zero", first_zero, sizeof(first_zero) / sizeof(first_zero[0]));
	run_table("boundaries", boundaries, sizeof(boundaries) / sizeof(boundaries[0]));
	run_table("jumps", jumps, sizeof(jumps) / sizeof(jumps[0]));
	run_table("limits", limits, sizeof(limits) / sizeof(limits[0]));
	run_table("reverse", reverse, W + 3);
}

static void test_random_vs_oracle(void)
{
	uint64_t s = tg_test_seed() ^ 0x7265706c6179ULL;

	for (int round = 0; round < 6; round++) {
		struct replay_oracle o;
		uint64_t hi = 0;
		int bad = 0;

		memset(&rp, 0, sizeof(rp));
		replay_oracle_init(&o, W, REJECT_AFTER_MESSAGES);
		for (int i = 0; i < 6000 && !bad; i++) {
			uint64_t r = tg_test_rand(&s), c;

			switch (r % 8) {
			case 0: c = hi + 1 + (r >> 8) % 3; break;             /* in order */
			case 1: c = hi > W + 100 ? hi - W + (r >> 8) % 4 - 2 : 0; break; /* edge */
			case 2: c = hi - ((r >> 8) % (hi + 1)); break;        /* anywhere behind */
			case 3: c = hi + (r >> 8) % (3 * W); break;           /* jump */
			case 4: c = hi > 64 ? hi - (r >> 8) % 64 : hi; break; /* duplicates */
			case 5: c = (r >> 8) % 200 == 0 ? hi + (1ULL << 20) : hi + 2; break;
			default: c = hi > 100 ? hi - (r >> 8) % 100 : hi + 1; break;
			}
			bool want = replay_oracle_accept(&o, c);
			bool got = dp_replay_accept(&rp, c);

			if (got != want) {
				printf("\nreplay round %d step %d counter %llu (highest %llu): got %d want %d\n",
				       round, i, (unsigned long long)c, (unsigned long long)hi, got, want);
				bad = 1;
			}
			if (want && c > hi)
				hi = c;
		}
		CU_ASSERT_EQUAL(bad, 0);
		replay_oracle_free(&o);
	}
}

void replay_test_register(void)
{
	TG_ADD_SUITE("replay", NULL, NULL, { "edge_table", test_table },
		     { "random_vs_oracle", test_random_vs_oracle });
}
