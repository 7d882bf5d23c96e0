/*
 * Per-peer WireGuard timers (whitepaper §6.1-§6.5), as pure logic on an
 * injected clock: events in, due actions out. No I/O, no region access, so
 * the whole state machine is testable with a manual clock.
 *
 * The dataplane sends and receives data; it publishes per-peer stamps
 * (last_rx/last_tx/last_data_rx/last_data_tx, CLOCK_MONOTONIC ns, combined
 * over workers by max). cp_timers_observe() turns stamp movements into the
 * events below; the cp's own handshake sends call the events directly.
 *
 * Calling context: the cp event loop (wg_device.c's tick). Not thread-safe.
 */
#ifndef CP_WG_TIMERS_H
#define CP_WG_TIMERS_H

#include <stdbool.h>
#include <stdint.h>

#include "wg_wire.h"

/* Retries before giving up: REKEY_ATTEMPT_TIME / REKEY_TIMEOUT. */
#define MAX_TIMER_HANDSHAKES (REKEY_ATTEMPT_TIME / REKEY_TIMEOUT)

enum cp_timer_action {
	CP_TIMER_SEND_INITIATION = 1u << 0, /* start or retry a handshake */
	CP_TIMER_SEND_KEEPALIVE = 1u << 1,  /* ask the dp for a keepalive */
	CP_TIMER_ZERO_KEYS = 1u << 2,       /* retire all keypairs, wipe hs */
	CP_TIMER_GIVE_UP = 1u << 3,         /* REKEY_ATTEMPT_TIME exhausted */
};

struct cp_timers {
	uint16_t persistent_keepalive;  /* seconds, 0 = off */
	/* deadlines, CLOCK_MONOTONIC ns; 0 = not armed */
	uint64_t retransmit_at;
	uint64_t send_keepalive_at;
	uint64_t new_handshake_at;
	uint64_t zero_keys_at;
	uint64_t persistent_keepalive_at;
	bool need_another_keepalive;
	bool sent_lastminute_handshake;
	uint32_t handshake_attempts;
	uint64_t last_initiation_sent_ns;  /* 0 = never */
	/* dp stamps already turned into events */
	uint64_t seen_rx, seen_tx, seen_data_rx, seen_data_tx;
	/* jitter source; NULL = tg_random. Returns [0, REKEY_TIMEOUT_JITTER_MAX]. */
	uint64_t (*jitter)(void *ctx);
	void *jitter_ctx;
};

struct cp_timer_stamps {
	uint64_t last_rx, last_tx, last_data_rx, last_data_tx;
	uint64_t last_no_keypair; /* dp wanted to send but had no keypair */
};

void cp_timers_init(struct cp_timers *t, uint16_t persistent_keepalive);
void cp_timers_set_persistent_keepalive(struct cp_timers *t, uint16_t secs,
					uint64_t now);

/* Events (Linux timers.c names, whitepaper §6). */
void cp_timers_data_sent(struct cp_timers *t, uint64_t now);
void cp_timers_data_received(struct cp_timers *t, uint64_t now);
void cp_timers_any_authenticated_packet_sent(struct cp_timers *t);
void cp_timers_any_authenticated_packet_received(struct cp_timers *t);
void cp_timers_any_authenticated_packet_traversal(struct cp_timers *t,
						  uint64_t now);
/* We sent an initiation (first or retry). */
void cp_timers_handshake_initiated(struct cp_timers *t, uint64_t now);
void cp_timers_handshake_complete(struct cp_timers *t);
void cp_timers_session_derived(struct cp_timers *t, uint64_t now);

/* Turn movements of the dp's stamps into events, in time order. Returns
 * bits: 1 = data was sent, 2 = data was received since the last call. */
unsigned cp_timers_observe(struct cp_timers *t, const struct cp_timer_stamps *s);

/*
 * Expire due timers at `now`; returns enum cp_timer_action bits. A
 * SEND_INITIATION from a retransmit counts an attempt; the caller then
 * sends (if cp_timers_may_initiate) and calls cp_timers_handshake_initiated.
 */
unsigned cp_timers_poll(struct cp_timers *t, uint64_t now);

/* At most one initiation per REKEY_TIMEOUT (whitepaper §6.4). */
bool cp_timers_may_initiate(const struct cp_timers *t, uint64_t now);

/* Earliest armed deadline, or UINT64_MAX. */
uint64_t cp_timers_next_deadline(const struct cp_timers *t);

/*
 * Keypair age rules (§6.2). After sending with the current keypair: rekey
 * when its send counter passed REKEY_AFTER_MESSAGES or, for the initiator,
 * it is older than REKEY_AFTER_TIME. After receiving on it, an initiator
 * whose keypair is within KEEPALIVE_TIMEOUT + REKEY_TIMEOUT of
 * REJECT_AFTER_TIME rekeys once ("last-minute" handshake).
 */
bool cp_timers_rekey_after_send(uint64_t birth_ns, bool is_initiator,
				uint64_t send_counter, uint64_t now);
bool cp_timers_rekey_after_receive(struct cp_timers *t, uint64_t birth_ns,
				   bool is_initiator, uint64_t now);
/* A keypair the dp must no longer use (REJECT_AFTER_TIME/MESSAGES). */
bool cp_timers_keypair_expired(uint64_t birth_ns, uint64_t send_counter,
			       uint64_t now);

#endif
