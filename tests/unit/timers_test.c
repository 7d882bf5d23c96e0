/*
 * timers: the §6 state machine on an injected clock, polled every 10 ms
 * like the cp tick would: retransmit at REKEY_TIMEOUT + jitter (bounds and
 * spread over many trials), give up after REKEY_ATTEMPT_TIME, passive
 * keepalive after KEEPALIVE_TIMEOUT unless we sent, new handshake when sent
 * data got no reply for KEEPALIVE_TIMEOUT + REKEY_TIMEOUT, persistent
 * keepalive, zeroing after 3 x REJECT_AFTER_TIME, keypair age rules.
 */
#include <string.h>

#include "crypto.h"
#include "wg_timers.h"
#include "unit/test_util.h"

#define MS 1000000ULL
#define T0 (1000 * TG_NS_PER_SEC)

/* Poll from `from` in 10 ms steps until an action in `mask` fires or `until`
 * passes; returns the time it fired (0 if never); *acts gets the bits. */
static uint64_t run_until(struct cp_timers *t, uint64_t from, uint64_t until,
			  unsigned mask, unsigned *acts)
{
	for (uint64_t now = from; now <= until; now += 10 * MS) {
		unsigned a = cp_timers_poll(t, now);

		if (a & mask) {
			if (acts)
				*acts = a;
			return now;
		}
	}
	return 0;
}

static void test_retransmit_jitter(void)
{
	uint64_t min = UINT64_MAX, max = 0;

	for (int i = 0; i < 2000; i++) {
		struct cp_timers t;
		uint64_t d;

		cp_timers_init(&t, 0);
		cp_timers_handshake_initiated(&t, T0);
		d = t.retransmit_at - T0;
		CU_ASSERT(d >= REKEY_TIMEOUT && d <= REKEY_TIMEOUT + REKEY_TIMEOUT_JITTER_MAX);
		min = d < min ? d : min;
		max = d > max ? d : max;
		CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + REKEY_TIMEOUT - 1), 0);
		CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + d), CP_TIMER_SEND_INITIATION);
		CU_ASSERT_EQUAL(t.handshake_attempts, 1);
	}
	/* the jitter is actually random across the range */
	CU_ASSERT(min < REKEY_TIMEOUT + 30 * MS);
	CU_ASSERT(max > REKEY_TIMEOUT + 300 * MS);
}

static void test_give_up(void)
{
	struct cp_timers t;
	uint64_t now = T0;
	unsigned acts = 0, sent = 1;

	cp_timers_init(&t, 0);
	cp_timers_handshake_initiated(&t, now);
	for (;;) {
		uint64_t at = run_until(&t, now, now + 10 * TG_NS_PER_SEC,
					CP_TIMER_SEND_INITIATION | CP_TIMER_GIVE_UP, &acts);
		CU_ASSERT_FATAL(at != 0);
		now = at;
		if (acts & CP_TIMER_GIVE_UP)
			break;
		CU_ASSERT(cp_timers_may_initiate(&t, now));
		cp_timers_handshake_initiated(&t, now);
		sent++;
	}
	/* first + MAX_TIMER_HANDSHAKES + 1 retries, then give up (Linux: "after
	 * MAX_TIMER_HANDSHAKES + 2 attempts") */
	CU_ASSERT_EQUAL(sent, MAX_TIMER_HANDSHAKES + 2);
	CU_ASSERT(now - T0 >= (MAX_TIMER_HANDSHAKES + 2) * REKEY_TIMEOUT);
	CU_ASSERT(now - T0 >= REKEY_ATTEMPT_TIME);
	CU_ASSERT(now - T0 <= (MAX_TIMER_HANDSHAKES + 2) *
				      (REKEY_TIMEOUT + REKEY_TIMEOUT_JITTER_MAX + 10 * MS));
	CU_ASSERT_EQUAL(t.retransmit_at, 0);
	CU_ASSERT(t.zero_keys_at == now + 3 * REJECT_AFTER_TIME);
	CU_ASSERT_EQUAL(cp_timers_next_deadline(&t), t.zero_keys_at);
	/* a completed handshake stops the retries */
	cp_timers_init(&t, 0);
	cp_timers_handshake_initiated(&t, T0);
	cp_timers_handshake_complete(&t);
	CU_ASSERT_EQUAL(run_until(&t, T0, T0 + 60 * TG_NS_PER_SEC, ~0u, NULL), 0);
}

static void test_passive_keepalive(void)
{
	struct cp_timers t;
	struct cp_timer_stamps s = { 0 };
	uint64_t at;

	cp_timers_init(&t, 0);
	s.last_rx = s.last_data_rx = T0;
	CU_ASSERT_EQUAL(cp_timers_observe(&t, &s), 2);
	at = run_until(&t, T0, T0 + 20 * TG_NS_PER_SEC, CP_TIMER_SEND_KEEPALIVE, NULL);
	CU_ASSERT_EQUAL(at, T0 + KEEPALIVE_TIMEOUT);

	/* we sent something (even a keepalive) after receiving: no keepalive */
	cp_timers_init(&t, 0);
	memset(&s, 0, sizeof(s));
	s.last_rx = s.last_data_rx = T0;
	cp_timers_observe(&t, &s);
	s.last_tx = T0 + 3 * TG_NS_PER_SEC;
	cp_timers_observe(&t, &s);
	CU_ASSERT_EQUAL(run_until(&t, T0, T0 + 20 * TG_NS_PER_SEC,
				  CP_TIMER_SEND_KEEPALIVE, NULL), 0);

	/* both seen in one tick: the later one wins */
	cp_timers_init(&t, 0);
	memset(&s, 0, sizeof(s));
	s.last_tx = T0;
	s.last_rx = s.last_data_rx = T0 + MS;
	cp_timers_observe(&t, &s);
	CU_ASSERT_EQUAL(t.send_keepalive_at, T0 + MS + KEEPALIVE_TIMEOUT);

	/* more data while armed: another keepalive one period later */
	cp_timers_init(&t, 0);
	cp_timers_data_received(&t, T0);
	cp_timers_data_received(&t, T0 + TG_NS_PER_SEC);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + KEEPALIVE_TIMEOUT), CP_TIMER_SEND_KEEPALIVE);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 2 * KEEPALIVE_TIMEOUT),
			CP_TIMER_SEND_KEEPALIVE);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 4 * KEEPALIVE_TIMEOUT), 0);
}

static void test_new_handshake_after_silence(void)
{
	struct cp_timers t;
	struct cp_timer_stamps s = { 0 };
	uint64_t at;

	cp_timers_init(&t, 0);
	s.last_tx = s.last_data_tx = T0;
	CU_ASSERT_EQUAL(cp_timers_observe(&t, &s), 1);
	at = run_until(&t, T0, T0 + 30 * TG_NS_PER_SEC, CP_TIMER_SEND_INITIATION, NULL);
	CU_ASSERT(at >= T0 + KEEPALIVE_TIMEOUT + REKEY_TIMEOUT);
	CU_ASSERT(at <= T0 + KEEPALIVE_TIMEOUT + REKEY_TIMEOUT + REKEY_TIMEOUT_JITTER_MAX + 10 * MS);

	/* any authenticated packet back (a keepalive) cancels it */
	cp_timers_init(&t, 0);
	memset(&s, 0, sizeof(s));
	s.last_tx = s.last_data_tx = T0;
	cp_timers_observe(&t, &s);
	s.last_rx = T0 + 2 * TG_NS_PER_SEC;
	CU_ASSERT_EQUAL(cp_timers_observe(&t, &s), 0);
	CU_ASSERT_EQUAL(run_until(&t, T0, T0 + 30 * TG_NS_PER_SEC, ~0u, NULL), 0);
	/* stamps that did not move are not events */
	CU_ASSERT_EQUAL(cp_timers_observe(&t, &s), 0);
}

static void test_persistent_keepalive(void)
{
	struct cp_timers t;
	uint64_t at;

	cp_timers_init(&t, 0);
	cp_timers_set_persistent_keepalive(&t, 25, T0);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0), CP_TIMER_SEND_KEEPALIVE);
	cp_timers_any_authenticated_packet_traversal(&t, T0);
	at = run_until(&t, T0, T0 + 60 * TG_NS_PER_SEC, CP_TIMER_SEND_KEEPALIVE, NULL);
	CU_ASSERT_EQUAL(at, T0 + 25 * TG_NS_PER_SEC);
	/* traffic pushes it back */
	cp_timers_any_authenticated_packet_traversal(&t, T0 + 30 * TG_NS_PER_SEC);
	CU_ASSERT_EQUAL(t.persistent_keepalive_at, T0 + 55 * TG_NS_PER_SEC);
	cp_timers_set_persistent_keepalive(&t, 0, T0);
	CU_ASSERT_EQUAL(run_until(&t, T0, T0 + 100 * TG_NS_PER_SEC, ~0u, NULL), 0);
	/* off: traversal arms nothing */
	cp_timers_any_authenticated_packet_traversal(&t, T0);
	CU_ASSERT_EQUAL(cp_timers_next_deadline(&t), UINT64_MAX);
}

static void test_zero_keys(void)
{
	struct cp_timers t;

	cp_timers_init(&t, 0);
	cp_timers_session_derived(&t, T0);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 3 * REJECT_AFTER_TIME - 1), 0);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 3 * REJECT_AFTER_TIME), CP_TIMER_ZERO_KEYS);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 4 * REJECT_AFTER_TIME), 0);
	/* a new session re-arms from its own birth */
	cp_timers_session_derived(&t, T0);
	cp_timers_session_derived(&t, T0 + 100 * TG_NS_PER_SEC);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 3 * REJECT_AFTER_TIME), 0);
	CU_ASSERT_EQUAL(cp_timers_poll(&t, T0 + 100 * TG_NS_PER_SEC + 3 * REJECT_AFTER_TIME),
			CP_TIMER_ZERO_KEYS);
}

static void test_keypair_age_rules(void)
{
	struct cp_timers t;
	uint64_t b = T0;

	/* REKEY_AFTER_TIME: initiator only */
	CU_ASSERT(!cp_timers_rekey_after_send(b, true, 10, b + REKEY_AFTER_TIME));
	CU_ASSERT(cp_timers_rekey_after_send(b, true, 10, b + REKEY_AFTER_TIME + 1));
	CU_ASSERT(!cp_timers_rekey_after_send(b, false, 10, b + REKEY_AFTER_TIME + 1));
	/* REKEY_AFTER_MESSAGES: both sides */
	CU_ASSERT(cp_timers_rekey_after_send(b, false, REKEY_AFTER_MESSAGES + 1, b));
	CU_ASSERT(!cp_timers_rekey_after_send(b, false, REKEY_AFTER_MESSAGES, b));
	/* REJECT_AFTER_TIME / MESSAGES */
	CU_ASSERT(!cp_timers_keypair_expired(b, 0, b + REJECT_AFTER_TIME - 1));
	CU_ASSERT(cp_timers_keypair_expired(b, 0, b + REJECT_AFTER_TIME));
	CU_ASSERT(cp_timers_keypair_expired(b, REJECT_AFTER_MESSAGES, b));
	CU_ASSERT(!cp_timers_keypair_expired(b, REJECT_AFTER_MESSAGES - 1, b));
	/* last-minute handshake on receive: initiator, once */
	cp_timers_init(&t, 0);
	uint64_t lm = b + REJECT_AFTER_TIME - KEEPALIVE_TIMEOUT - REKEY_TIMEOUT;
	CU_ASSERT(!cp_timers_rekey_after_receive(&t, b, true, lm));
	CU_ASSERT(!cp_timers_rekey_after_receive(&t, b, false, lm + 1));
	CU_ASSERT(cp_timers_rekey_after_receive(&t, b, true, lm + 1));
	CU_ASSERT(!cp_timers_rekey_after_receive(&t, b, true, lm + 2));
	cp_timers_handshake_complete(&t);
	CU_ASSERT(cp_timers_rekey_after_receive(&t, b, true, lm + 3));
	/* at most one initiation per REKEY_TIMEOUT */
	cp_timers_init(&t, 0);
	CU_ASSERT(cp_timers_may_initiate(&t, T0));
	cp_timers_handshake_initiated(&t, T0);
	CU_ASSERT(!cp_timers_may_initiate(&t, T0 + REKEY_TIMEOUT - 1));
	CU_ASSERT(cp_timers_may_initiate(&t, T0 + REKEY_TIMEOUT));
}

static uint64_t fixed_jitter(void *ctx)
{
	return *(uint64_t *)ctx;
}

static void test_injected_jitter(void)
{
	struct cp_timers t;
	uint64_t j = REKEY_TIMEOUT_JITTER_MAX;

	cp_timers_init(&t, 0);
	t.jitter = fixed_jitter;
	t.jitter_ctx = &j;
	cp_timers_handshake_initiated(&t, T0);
	CU_ASSERT_EQUAL(t.retransmit_at, T0 + REKEY_TIMEOUT + REKEY_TIMEOUT_JITTER_MAX);
	j = REKEY_TIMEOUT_JITTER_MAX + 1; /* reduced into range */
	cp_timers_handshake_initiated(&t, T0);
	CU_ASSERT_EQUAL(t.retransmit_at, T0 + REKEY_TIMEOUT);
}

static int suite_init(void)
{
	return tg_crypto_init();
}

void timers_test_register(void)
{
	TG_ADD_SUITE("timers", suite_init, NULL,
		     { "retransmit_jitter", test_retransmit_jitter },
		     { "give_up", test_give_up },
		     { "passive_keepalive", test_passive_keepalive },
		     { "new_handshake_after_silence", test_new_handshake_after_silence },
		     { "persistent_keepalive", test_persistent_keepalive },
		     { "zero_keys", test_zero_keys },
		     { "keypair_age_rules", test_keypair_age_rules },
		     { "injected_jitter", test_injected_jitter });
}
