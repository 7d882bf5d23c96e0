/*
 * WireGuard timer state machine (whitepaper §6.1-§6.5; event names follow
 * the Linux module's timers.c): retransmit with jitter, passive keepalive,
 * new handshake when sent data got no answer, persistent keepalive, key
 * zeroing after 3 x REJECT_AFTER_TIME, and the keypair age rules. Pure
 * logic on CLOCK_MONOTONIC ns passed in; the cp event loop runs it.
 */
#include "crypto.h"
#include "wg_timers.h"

static uint64_t jitter(const struct cp_timers *t)
{
	uint32_t r;

	if (t->jitter)
		return t->jitter(t->jitter_ctx) % (REKEY_TIMEOUT_JITTER_MAX + 1);
	tg_random(&r, sizeof(r));
	return r % (REKEY_TIMEOUT_JITTER_MAX + 1);
}

void cp_timers_init(struct cp_timers *t, uint16_t persistent_keepalive)
{
	*t = (struct cp_timers){ .persistent_keepalive = persistent_keepalive };
}

void cp_timers_set_persistent_keepalive(struct cp_timers *t, uint16_t secs,
					uint64_t now)
{
	t->persistent_keepalive = secs;
	/* wg(8): setting it sends one at once so NATs open immediately */
	t->persistent_keepalive_at = secs ? (now ? now : 1) : 0;
}

void cp_timers_data_sent(struct cp_timers *t, uint64_t now)
{
	if (!t->new_handshake_at)
		t->new_handshake_at = now + KEEPALIVE_TIMEOUT + REKEY_TIMEOUT +
				      jitter(t);
}

void cp_timers_data_received(struct cp_timers *t, uint64_t now)
{
	if (!t->send_keepalive_at)
		t->send_keepalive_at = now + KEEPALIVE_TIMEOUT;
	else
		t->need_another_keepalive = true;
}

void cp_timers_any_authenticated_packet_sent(struct cp_timers *t)
{
	t->send_keepalive_at = 0;
}

void cp_timers_any_authenticated_packet_received(struct cp_timers *t)
{
	t->new_handshake_at = 0;
}

void cp_timers_any_authenticated_packet_traversal(struct cp_timers *t,
						  uint64_t now)
{
	if (t->persistent_keepalive)
		t->persistent_keepalive_at =
			now + (uint64_t)t->persistent_keepalive * TG_NS_PER_SEC;
}

void cp_timers_handshake_initiated(struct cp_timers *t, uint64_t now)
{
	t->retransmit_at = now + REKEY_TIMEOUT + jitter(t);
	t->last_initiation_sent_ns = now ? now : 1;
}

void cp_timers_handshake_complete(struct cp_timers *t)
{
	t->retransmit_at = 0;
	t->handshake_attempts = 0;
	t->sent_lastminute_handshake = false;
}

void cp_timers_session_derived(struct cp_timers *t, uint64_t now)
{
	t->zero_keys_at = now + 3 * REJECT_AFTER_TIME;
}

static void observe_rx(struct cp_timers *t, const struct cp_timer_stamps *s,
		       unsigned *ev)
{
	if (s->last_rx > t->seen_rx) {
		cp_timers_any_authenticated_packet_traversal(t, s->last_rx);
		cp_timers_any_authenticated_packet_received(t);
		t->seen_rx = s->last_rx;
	}
	if (s->last_data_rx > t->seen_data_rx) {
		cp_timers_data_received(t, s->last_data_rx);
		t->seen_data_rx = s->last_data_rx;
		*ev |= 2;
	}
}

static void observe_tx(struct cp_timers *t, const struct cp_timer_stamps *s,
		       unsigned *ev)
{
	if (s->last_tx > t->seen_tx) {
		cp_timers_any_authenticated_packet_traversal(t, s->last_tx);
		cp_timers_any_authenticated_packet_sent(t);
		t->seen_tx = s->last_tx;
	}
	if (s->last_data_tx > t->seen_data_tx) {
		cp_timers_data_sent(t, s->last_data_tx);
		t->seen_data_tx = s->last_data_tx;
		*ev |= 1;
	}
}

unsigned cp_timers_observe(struct cp_timers *t, const struct cp_timer_stamps *s)
{
	unsigned ev = 0;
	uint64_t rx = s->last_rx > s->last_data_rx ? s->last_rx : s->last_data_rx;
	uint64_t tx = s->last_tx > s->last_data_tx ? s->last_tx : s->last_data_tx;

	/* The later direction wins: a send after a receive cancels the
	 * keepalive the receive armed, and vice versa. */
	if (rx <= tx) {
		observe_rx(t, s, &ev);
		observe_tx(t, s, &ev);
	} else {
		observe_tx(t, s, &ev);
		observe_rx(t, s, &ev);
	}
	return ev;
}

static bool due(uint64_t at, uint64_t now)
{
	return at && now >= at;
}

unsigned cp_timers_poll(struct cp_timers *t, uint64_t now)
{
	unsigned act = 0;

	if (due(t->retransmit_at, now)) {
		t->retransmit_at = 0;
		if (t->handshake_attempts > MAX_TIMER_HANDSHAKES) {
			act |= CP_TIMER_GIVE_UP;
			t->send_keepalive_at = 0;
			t->handshake_attempts = 0;
			if (!t->zero_keys_at)
				t->zero_keys_at = now + 3 * REJECT_AFTER_TIME;
		} else {
			t->handshake_attempts++;
			act |= CP_TIMER_SEND_INITIATION;
		}
	}
	if (due(t->send_keepalive_at, now)) {
		t->send_keepalive_at = 0;
		act |= CP_TIMER_SEND_KEEPALIVE;
		if (t->need_another_keepalive) {
			t->need_another_keepalive = false;
			t->send_keepalive_at = now + KEEPALIVE_TIMEOUT;
		}
	}
	if (due(t->new_handshake_at, now)) {
		t->new_handshake_at = 0;
		t->handshake_attempts = 0; /* a fresh attempt, not a retry */
		act |= CP_TIMER_SEND_INITIATION;
	}
	if (due(t->zero_keys_at, now)) {
		t->zero_keys_at = 0;
		act |= CP_TIMER_ZERO_KEYS;
	}
	if (due(t->persistent_keepalive_at, now)) {
		t->persistent_keepalive_at = 0;
		if (t->persistent_keepalive)
			act |= CP_TIMER_SEND_KEEPALIVE;
	}
	return act;
}

bool cp_timers_may_initiate(const struct cp_timers *t, uint64_t now)
{
	return !t->last_initiation_sent_ns ||
	       now >= t->last_initiation_sent_ns + REKEY_TIMEOUT;
}

uint64_t cp_timers_next_deadline(const struct cp_timers *t)
{
	const uint64_t d[] = { t->retransmit_at, t->send_keepalive_at,
			       t->new_handshake_at, t->zero_keys_at,
			       t->persistent_keepalive_at };
	uint64_t m = UINT64_MAX;

	for (unsigned i = 0; i < sizeof(d) / sizeof(d[0]); i++)
		if (d[i] && d[i] < m)
			m = d[i];
	return m;
}

bool cp_timers_rekey_after_send(uint64_t birth_ns, bool is_initiator,
				uint64_t send_counter, uint64_t now)
{
	return send_counter > REKEY_AFTER_MESSAGES ||
	       (is_initiator && now - birth_ns > REKEY_AFTER_TIME);
}

bool cp_timers_rekey_after_receive(struct cp_timers *t, uint64_t birth_ns,
				   bool is_initiator, uint64_t now)
{
	if (!is_initiator || t->sent_lastminute_handshake)
		return false;
	if (now - birth_ns <= REJECT_AFTER_TIME - KEEPALIVE_TIMEOUT - REKEY_TIMEOUT)
		return false;
	t->sent_lastminute_handshake = true;
	return true;
}

bool cp_timers_keypair_expired(uint64_t birth_ns, uint64_t send_counter,
			       uint64_t now)
{
	return now - birth_ns >= REJECT_AFTER_TIME ||
	       send_counter >= REJECT_AFTER_MESSAGES;
}
