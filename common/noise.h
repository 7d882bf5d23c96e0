/*
 * Noise_IKpsk2 handshake core of WireGuard (whitepaper §5.4.2-§5.4.4 and
 * §5.4.5 key derivation). Takes and produces message bytes; no I/O, no
 * tables, no timers. The caller (controlplane/wg_device.c) owns the index
 * table, the peer lookup by static key, mac1/mac2 (common/cookie.h) and what
 * to do with a derived keypair.
 *
 * Calling context: one thread per handshake state (the cp event loop). No
 * globals. Every function wipes its ephemeral secrets and intermediate keys
 * before returning, on success and on failure.
 */
#ifndef TG_NOISE_H
#define TG_NOISE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "clock.h"
#include "wg_wire.h"

#define TG_NOISE_CONSTRUCTION "Noise_IKpsk2_25519_ChaChaPoly_BLAKE2s"
#define TG_NOISE_IDENTIFIER "WireGuard v1 zx2c4 Jason@zx2c4.com"
#define TG_NOISE_LABEL_MAC1 "mac1----"
#define TG_NOISE_LABEL_COOKIE "cookie--"

/* A responder accepts at most this many initiations per second per peer. */
#define INITIATIONS_PER_SECOND 50

/* Results (negative); 0 is success. Map 1:1 onto CP_HS_* counters. */
enum tg_noise_err {
	TG_NOISE_E_STATE = -1,        /* wrong handshake state / no key */
	TG_NOISE_E_DECRYPT = -2,      /* static, timestamp or empty failed */
	TG_NOISE_E_UNKNOWN_PEER = -3, /* initiator's static key not ours */
	TG_NOISE_E_REPLAY = -4,       /* timestamp not newer than the last */
	TG_NOISE_E_FLOOD = -5,        /* initiations too close together */
	TG_NOISE_E_UNKNOWN_INDEX = -6,/* response for no pending initiation */
	TG_NOISE_E_DH = -7,           /* a DH gave the all-zero point */
	TG_NOISE_E_LENGTH = -8,       /* wrong message type or length */
};

/* Our identity. */
struct tg_noise_local {
	bool has_key;
	uint8_t priv[NOISE_PUBLIC_KEY_LEN];
	uint8_t pub[NOISE_PUBLIC_KEY_LEN];
};

enum tg_noise_hs_state {
	TG_HS_NONE = 0,
	TG_HS_CREATED_INITIATION,
	TG_HS_CONSUMED_INITIATION,
	TG_HS_CREATED_RESPONSE,
	TG_HS_CONSUMED_RESPONSE,
};

/* Per-peer handshake state. Writer: the cp loop. */
struct tg_noise_handshake {
	enum tg_noise_hs_state state;
	uint8_t remote_static[NOISE_PUBLIC_KEY_LEN];
	uint8_t psk[NOISE_SYMMETRIC_KEY_LEN];      /* all zero = none */
	uint8_t precomputed_ss[NOISE_PUBLIC_KEY_LEN]; /* DH(s_local, S_remote) */
	bool has_ss;                                /* false: DH was zero */
	uint8_t latest_timestamp[NOISE_TIMESTAMP_LEN]; /* greatest accepted */
	uint64_t last_initiation_consumed_ns;       /* CLOCK_MONOTONIC, 0 never */
	uint8_t hash[NOISE_HASH_LEN];
	uint8_t chaining_key[NOISE_HASH_LEN];
	uint8_t ephemeral_priv[NOISE_PUBLIC_KEY_LEN];
	uint8_t remote_ephemeral[NOISE_PUBLIC_KEY_LEN];
	uint32_t local_index;  /* host order, never 0 while pending */
	uint32_t remote_index;
	/*
	 * Test hook (golden vectors only): when non-NULL the next created
	 * message uses this ephemeral private key instead of a random one.
	 */
	const uint8_t *test_ephemeral;
};

/* The keys one completed handshake yields (§5.4.5). */
struct tg_noise_keypair {
	uint8_t send_key[NOISE_SYMMETRIC_KEY_LEN];
	uint8_t recv_key[NOISE_SYMMETRIC_KEY_LEN];
	uint32_t local_index, remote_index;
	bool is_initiator;
	uint64_t birth_ns; /* CLOCK_MONOTONIC from the injected clock */
};

/* Set our private key (NULL clears); derives the public key. */
void tg_noise_local_set(struct tg_noise_local *l, const uint8_t *priv);

/* Initialize a peer's handshake for `remote_static` (psk NULL = none). */
void tg_noise_handshake_init(struct tg_noise_handshake *hs,
			     const struct tg_noise_local *l,
			     const uint8_t remote_static[32],
			     const uint8_t *psk);
/* Recompute DH(s_local, S_remote) after our private key changed. */
void tg_noise_handshake_rekey_local(struct tg_noise_handshake *hs,
				    const struct tg_noise_local *l);
void tg_noise_handshake_set_psk(struct tg_noise_handshake *hs,
				const uint8_t *psk);
/* Drop any pending handshake (wipes ephemeral, hash, chaining key). */
void tg_noise_handshake_clear(struct tg_noise_handshake *hs);
/* Wipe everything, including the psk and the replay timestamp. */
void tg_noise_handshake_wipe(struct tg_noise_handshake *hs);

/* TAI64N of a CLOCK_REALTIME ns value, nanoseconds whitened to 2^24 ns so a
 * timestamp does not leak fine timing and caps initiations near 60/s. */
void tg_noise_tai64n(uint8_t out[NOISE_TIMESTAMP_LEN], uint64_t wall_ns);

/*
 * A random receiver index, never 0, for which in_use(ctx, idx) is false.
 * in_use may be NULL.
 */
uint32_t tg_noise_random_index(bool (*in_use)(void *ctx, uint32_t idx),
			       void *ctx);

/*
 * Initiator: fill msg (type 1) with sender index `local_index`; macs are left
 * zero for tg_cookie_add_macs(). State -> CREATED_INITIATION.
 */
__attribute__((warn_unused_result))
int tg_noise_create_initiation(const struct tg_noise_local *l,
			       struct tg_noise_handshake *hs,
			       uint32_t local_index, const struct tg_clock *clk,
			       struct tg_wg_initiation *msg);

/*
 * Responder: decrypt an initiation (macs already checked by the caller),
 * find the peer with lookup(ctx, static) and, if the timestamp is newer and
 * not a flood, store the handshake in it (state -> CONSUMED_INITIATION).
 * *out gets the peer's handshake on success (and on REPLAY/FLOOD, for
 * counting). Nothing in any handshake changes on failure.
 */
__attribute__((warn_unused_result))
int tg_noise_consume_initiation(
	const struct tg_noise_local *l, const uint8_t *msg, size_t len,
	struct tg_noise_handshake *(*lookup)(void *ctx, const uint8_t pub[32]),
	void *ctx, const struct tg_clock *clk, struct tg_noise_handshake **out);

/* Responder: after consume_initiation. State -> CREATED_RESPONSE. */
__attribute__((warn_unused_result))
int tg_noise_create_response(struct tg_noise_handshake *hs,
			     uint32_t local_index, struct tg_wg_response *msg);

/*
 * Initiator: lookup(ctx, receiver_index) returns the handshake waiting on
 * that index (or NULL). State -> CONSUMED_RESPONSE on success; nothing
 * changes on failure.
 */
__attribute__((warn_unused_result))
int tg_noise_consume_response(
	const struct tg_noise_local *l, const uint8_t *msg, size_t len,
	struct tg_noise_handshake *(*lookup)(void *ctx, uint32_t idx),
	void *ctx, struct tg_noise_handshake **out);

/*
 * Either side, after create_response / consume_response: derive the
 * transport keys and reset the handshake (state -> NONE, secrets wiped).
 */
__attribute__((warn_unused_result))
int tg_noise_derive_keypair(struct tg_noise_handshake *hs,
			    const struct tg_clock *clk,
			    struct tg_noise_keypair *kp);

#endif
