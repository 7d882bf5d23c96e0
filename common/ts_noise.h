/*
 * Noise_IK_25519_ChaChaPoly_BLAKE2s as used by the Tailscale control
 * protocol "ts2021" (protocol/control.md §1.3, §1.4; reference
 * control/controlbase/handshake.go, conn.go).
 *
 * Two layers:
 *  - a generic IK core (tg_ts_ik_*): any prologue, any handshake payload,
 *    initiator and responder. Validated against the standard cacophony
 *    vector (tests/vectors V0).
 *  - the ts2021 framing of the two handshake messages (tg_ts_client_*,
 *    tg_ts_server_*): prologue "Tailscale Control Protocol v<N>", the
 *    101-byte initiation with its cleartext version/type/length header, the
 *    51-byte response, empty payloads.
 * Transport ciphers (struct tg_ts_cipher) use ChaCha20-Poly1305 with empty
 * AD and the ts2021 nonce: 4 zero bytes || BIG-endian u64 counter. The
 * little-endian (Noise-spec) variant exists only to run the standard vector.
 *
 * Pure code: bytes in, bytes out, no I/O, no allocation. Ephemeral private
 * keys are passed in by the caller (tg_random in production, fixed bytes in
 * tests). One handshake state per connection, owned by one thread (the cp
 * event loop). Every function that fails wipes the handshake state;
 * tg_ts_ik_split wipes it on success.
 */
#ifndef TG_TS_NOISE_H
#define TG_TS_NOISE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TG_TS_NOISE_PROTOCOL "Noise_IK_25519_ChaChaPoly_BLAKE2s"
#define TG_TS_PROLOGUE_PREFIX "Tailscale Control Protocol v"
/* Prefix (28) + up to 5 decimal digits of a u16 + NUL. */
#define TG_TS_PROLOGUE_MAX 34

/* ts2021 handshake message types and sizes (control.md §1.4). */
#define TG_TS_MSG_INITIATION 1
#define TG_TS_MSG_RESPONSE 2
#define TG_TS_MSG_ERROR 3
#define TG_TS_MSG_RECORD 4
#define TG_TS_INIT_LEN 101     /* 2 ver + 1 type + 2 len + 96 */
#define TG_TS_INIT_PAYLOAD 96  /* 32 e + 48 enc(s) + 16 tag */
#define TG_TS_RESP_LEN 51      /* 1 type + 2 len + 48 */
#define TG_TS_RESP_PAYLOAD 48  /* 32 e + 16 tag */

enum tg_ts_noise_err {
	TG_TS_E_STATE = -1,    /* call out of order */
	TG_TS_E_DECRYPT = -2,  /* AEAD tag failed */
	TG_TS_E_DH = -3,       /* a DH gave the all-zero point */
	TG_TS_E_LENGTH = -4,   /* wrong message size / header length field */
	TG_TS_E_TYPE = -5,     /* wrong message type byte */
	TG_TS_E_VERSION = -6,  /* version mismatch (client expects its own) */
	TG_TS_E_NONCE = -7,    /* transport counter exhausted (2^64-1) */
	TG_TS_E_SPACE = -8,    /* output buffer too small */
};

/* Printable name of an error code (never NULL). */
const char *tg_ts_noise_strerror(int err);

enum tg_ts_nonce_order { TG_TS_NONCE_BE = 0, TG_TS_NONCE_LE = 1 };

/* One direction of the transport: key + next counter. */
struct tg_ts_cipher {
	uint8_t key[32];
	uint64_t n;
	enum tg_ts_nonce_order order; /* BE for ts2021 */
	bool is_dead;                 /* a failed open poisons it */
};

/* Generic IK handshake state. */
struct tg_ts_ik {
	uint8_t h[32], ck[32];
	uint8_t s_priv[32], s_pub[32]; /* local static */
	uint8_t e_priv[32], e_pub[32]; /* local ephemeral */
	uint8_t rs[32], re[32];        /* remote static / ephemeral */
	bool is_initiator;
	int step;                      /* 0 fresh, 1 after msg1, 2 done */
};

/*
 * Initialise: h = ck = H(protocol name), MixHash(prologue), then the
 * pre-message "<- s" (MixHash of the responder's static public key). The
 * initiator passes the responder's public key in rs; the responder passes
 * NULL (its own static public is used).
 */
void tg_ts_ik_init(struct tg_ts_ik *hs, bool is_initiator,
		   const uint8_t *prologue, size_t prologue_len,
		   const uint8_t s_priv[32], const uint8_t *rs);

/* -> e, es, s, ss + payload. out gets 32+48+plen+16 bytes; returns it. */
int tg_ts_ik_write_msg1(struct tg_ts_ik *hs, const uint8_t e_priv[32],
			const uint8_t *payload, size_t plen, uint8_t *out,
			size_t cap);
/* Responder: read msg1; learns rs. payload out gets len-96 bytes. */
__attribute__((warn_unused_result))
int tg_ts_ik_read_msg1(struct tg_ts_ik *hs, const uint8_t *msg, size_t len,
		       uint8_t *payload, size_t cap);
/* Responder: <- e, ee, se + payload. out gets 32+plen+16; returns it. */
int tg_ts_ik_write_msg2(struct tg_ts_ik *hs, const uint8_t e_priv[32],
			const uint8_t *payload, size_t plen, uint8_t *out,
			size_t cap);
/* Initiator: read msg2. payload gets len-48 bytes; returns that length. */
__attribute__((warn_unused_result))
int tg_ts_ik_read_msg2(struct tg_ts_ik *hs, const uint8_t *msg, size_t len,
		       uint8_t *payload, size_t cap);
/*
 * After message 2: derive the transport ciphers for this side (initiator
 * sends with k1; responder sends with k2), copy the handshake hash out (may
 * be NULL) and wipe the handshake state.
 */
int tg_ts_ik_split(struct tg_ts_ik *hs, struct tg_ts_cipher *tx,
		   struct tg_ts_cipher *rx, enum tg_ts_nonce_order order,
		   uint8_t hash_out[32]);
/* Wipe a handshake state (on abandon). */
void tg_ts_ik_wipe(struct tg_ts_ik *hs);

/* --- transport ----------------------------------------------------------- */
/* out gets len+16 bytes (out == in allowed). 0 or TG_TS_E_NONCE. */
__attribute__((warn_unused_result))
int tg_ts_cipher_seal(struct tg_ts_cipher *c, uint8_t *out, const uint8_t *in,
		      size_t len);
/* in has len bytes incl. tag; out gets len-16. 0 or negative. */
__attribute__((warn_unused_result))
int tg_ts_cipher_open(struct tg_ts_cipher *c, uint8_t *out, const uint8_t *in,
		      size_t len);
void tg_ts_cipher_wipe(struct tg_ts_cipher *c);
/* The 12-byte nonce for counter n (exported for tests). */
void tg_ts_nonce(uint8_t nonce[12], uint64_t n, enum tg_ts_nonce_order order);

/* --- ts2021 ------------------------------------------------------------- */
/* "Tailscale Control Protocol v<version>" without NUL; returns its length. */
size_t tg_ts_prologue(char out[TG_TS_PROLOGUE_MAX], uint16_t version);

/*
 * Client: build the 101-byte initiation (the bytes that go base64-encoded
 * into X-Tailscale-Handshake). hs keeps the state for the response.
 */
int tg_ts_client_initiate(struct tg_ts_ik *hs, uint16_t version,
			  const uint8_t machine_priv[32],
			  const uint8_t control_pub[32],
			  const uint8_t e_priv[32],
			  uint8_t out[TG_TS_INIT_LEN]);
/*
 * Client: consume the 51-byte response (type 2, length 48) and derive the
 * transport ciphers (BE nonces). An error frame (type 3) must be
 * recognised by the caller before this (tg_ts_frame_hdr in ts_frame.h).
 */
__attribute__((warn_unused_result))
int tg_ts_client_finish(struct tg_ts_ik *hs, const uint8_t resp[TG_TS_RESP_LEN],
			struct tg_ts_cipher *tx, struct tg_ts_cipher *rx,
			uint8_t hash_out[32]);

/*
 * Server (used by tests and any future responder): parse and check the
 * initiation (type 1, length 96), rebuild the prologue from its version,
 * learn the client's machine public key, write the 51-byte response and
 * derive the ciphers. *version_out gets the client's protocol version.
 */
__attribute__((warn_unused_result))
int tg_ts_server_respond(const uint8_t init[TG_TS_INIT_LEN],
			 const uint8_t control_priv[32],
			 const uint8_t e_priv[32],
			 uint8_t resp[TG_TS_RESP_LEN],
			 uint16_t *version_out, uint8_t client_pub[32],
			 struct tg_ts_cipher *tx, struct tg_ts_cipher *rx,
			 uint8_t hash_out[32]);

#endif
