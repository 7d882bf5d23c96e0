/*
 * log: level filtering, per-call-site rate limiting on an injected clock
 * (N lines per one-second window, then one "suppressed K repeats" line),
 * tg_log_flush for bursts that stop, control-character scrubbing, and the
 * public-key fingerprint. Output is captured through the sink hook.
 */
#include <stdio.h>
#include <string.h>

#include "log.h"
#include "unit/test_util.h"

#define NS 1000000000ULL

static struct {
	int n;
	char lines[32][256];
	int levels[32];
} cap;

static struct tg_manual_clock clk;

static void sink(void *ctx, int level, const char *line)
{
	(void)ctx;
	if (cap.n < 32) {
		snprintf(cap.lines[cap.n], sizeof(cap.lines[0]), "%s", line);
		cap.levels[cap.n] = level;
	}
	cap.n++;
}

static void setup(int level, uint32_t limit)
{
	memset(&cap, 0, sizeof(cap));
	tg_manual_clock_init(&clk, 5 * NS, 0);
	tg_log_set_clock(&clk.clock);
	tg_log_set_sink(sink, NULL);
	tg_log_init("tg-test", level, TG_LOG_STDERR, limit);
}

static int teardown(void)
{
	tg_log_set_sink(NULL, NULL);
	tg_log_set_clock(NULL);
	tg_log_init("tailgate", TG_LOG_INFO, TG_LOG_STDERR, 10);
	return 0;
}

static void test_levels(void)
{
	setup(TG_LOG_WARN, 0);
	tg_log(TG_LOG_DEBUG, "debug %d", 1);
	tg_log(TG_LOG_INFO, "info %d", 2);
	tg_log(TG_LOG_WARN, "warn %d", 3);
	tg_log(TG_LOG_ERR, "err %d", 4);
	CU_ASSERT_EQUAL_FATAL(cap.n, 2);
	CU_ASSERT_STRING_EQUAL(cap.lines[0], "tg-test: warn: warn 3");
	CU_ASSERT_STRING_EQUAL(cap.lines[1], "tg-test: error: err 4");
	CU_ASSERT_EQUAL(cap.levels[1], TG_LOG_ERR);
	CU_ASSERT_FALSE(tg_log_enabled(TG_LOG_INFO));
	tg_log_set_level(TG_LOG_DEBUG);
	CU_ASSERT_TRUE(tg_log_enabled(TG_LOG_DEBUG));
	tg_log(TG_LOG_DEBUG, "now %s", "visible");
	CU_ASSERT_EQUAL_FATAL(cap.n, 3);
	CU_ASSERT_STRING_EQUAL(cap.lines[2], "tg-test: debug: now visible");
}

static void log_burst(int n, int base)
{
	for (int i = 0; i < n; i++)
		tg_log(TG_LOG_WARN, "handshake from peer %d failed", base + i);
}

static void test_ratelimit(void)
{
	setup(TG_LOG_INFO, 3);
	log_burst(10, 0);                    /* 3 printed, 7 suppressed */
	CU_ASSERT_EQUAL_FATAL(cap.n, 3);
	CU_ASSERT_STRING_EQUAL(cap.lines[2], "tg-test: warn: handshake from peer 2 failed");
	clk.mono += NS - 1;                  /* same window */
	log_burst(1, 10);
	CU_ASSERT_EQUAL(cap.n, 3);
	tg_log(TG_LOG_INFO, "other call site");
	CU_ASSERT_EQUAL_FATAL(cap.n, 4);     /* independent limit */
	clk.mono += 1;                       /* window over */
	log_burst(1, 20);
	CU_ASSERT_EQUAL_FATAL(cap.n, 6);
	CU_ASSERT_STRING_EQUAL(cap.lines[4],
			       "tg-test: warn: suppressed 8 repeats of: handshake from peer 10 failed");
	CU_ASSERT_STRING_EQUAL(cap.lines[5], "tg-test: warn: handshake from peer 20 failed");
}

static void test_flush(void)
{
	setup(TG_LOG_INFO, 2);
	log_burst(5, 0);
	CU_ASSERT_EQUAL(cap.n, 2);
	tg_log_flush();                      /* window still open: nothing */
	CU_ASSERT_EQUAL(cap.n, 2);
	clk.mono += 2 * NS;
	tg_log_flush();
	CU_ASSERT_EQUAL_FATAL(cap.n, 3);
	CU_ASSERT_STRING_EQUAL(cap.lines[2],
			       "tg-test: warn: suppressed 3 repeats of: handshake from peer 4 failed");
	tg_log_flush();                      /* reported once */
	CU_ASSERT_EQUAL(cap.n, 3);
}

static void test_unlimited(void)
{
	setup(TG_LOG_INFO, 0);
	log_burst(25, 0);
	CU_ASSERT_EQUAL(cap.n, 25);
}

static void test_scrub(void)
{
	setup(TG_LOG_INFO, 0);
	tg_log(TG_LOG_INFO, "bad value \"%s\"\n", "a\nfake: error: b\x1b");
	CU_ASSERT_EQUAL_FATAL(cap.n, 1);
	CU_ASSERT_STRING_EQUAL(cap.lines[0], "tg-test: info: bad value \"a?fake: error: b?\"");
}

static void test_fingerprint(void)
{
	uint8_t key[32];
	char fp[TG_LOG_FP_LEN];

	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)i;
	/* base64 of 00 01 02 ... is "AAECAwQFBgcI..." (RFC 4648 alphabet) */
	CU_ASSERT_STRING_EQUAL(tg_log_key_fingerprint(key, fp), "AAECAwQF");
	CU_ASSERT_EQUAL(strlen(fp), 8);
}

void log_test_register(void)
{
	TG_ADD_SUITE("log", NULL, teardown,
		     { "levels", test_levels },
		     { "ratelimit", test_ratelimit },
		     { "flush", test_flush },
		     { "unlimited", test_unlimited },
		     { "scrub", test_scrub },
		     { "fingerprint", test_fingerprint });
}
