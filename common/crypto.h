/*
 * Crypto behind one small interface (WireGuard whitepaper §5.4.1 "Protocol
 * primitives"): X25519, ChaCha20-Poly1305 and XChaCha20-Poly1305 from
 * libsodium; BLAKE2s (hash, keyed MAC) from libb2, and HMAC-BLAKE2s built on
 * it (RFC 2104; libb2 has no HMAC). The AEAD used for data messages is an
 * ops table chosen once at start (tg_aead_select), so a faster
 * implementation can be picked by measurement without touching callers.
 *
 * Thread-safe: no shared mutable state after tg_crypto_init().
 */
#ifndef TG_CRYPTO_H
#define TG_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TG_KEY_LEN 32
#define TG_AEAD_TAG_LEN 16

/* Call once per process before anything else here. 0 or -1. */
int tg_crypto_init(void);

/* --- AEAD for WireGuard data: nonce = 4 zero bytes || le64(counter) ----- */
struct tg_aead_ops {
	const char *name;
	/* dst gets len + 16 bytes; dst == src allowed. */
	void (*seal)(uint8_t *dst, const uint8_t *src, size_t len,
		     uint64_t counter, const uint8_t key[TG_KEY_LEN]);
	/* len includes the tag; 0 on success, -1 on bad tag. dst == src ok. */
	int (*open)(uint8_t *dst, const uint8_t *src, size_t len,
		    uint64_t counter, const uint8_t key[TG_KEY_LEN]);
};

/* The selected implementation (libsodium by default). */
extern const struct tg_aead_ops *tg_aead;
/* Select by name ("libsodium", ...); -1 if unknown or unavailable. */
int tg_aead_select(const char *name);
/* Implementations compiled in, NULL-terminated. */
extern const struct tg_aead_ops *const tg_aead_impls[];

/* --- primitives used by the handshake (control plane) ------------------ */
/* AEAD with associated data (Noise "encrypt"), counter nonce as above. */
void tg_chacha_seal_ad(uint8_t *dst, const uint8_t *src, size_t len,
		       const uint8_t *ad, size_t adlen, uint64_t counter,
		       const uint8_t key[TG_KEY_LEN]);
__attribute__((warn_unused_result))
int tg_chacha_open_ad(uint8_t *dst, const uint8_t *src, size_t len,
		      const uint8_t *ad, size_t adlen, uint64_t counter,
		      const uint8_t key[TG_KEY_LEN]);
void tg_xchacha_seal_ad(uint8_t *dst, const uint8_t *src, size_t len,
			const uint8_t *ad, size_t adlen,
			const uint8_t nonce[24], const uint8_t key[TG_KEY_LEN]);
__attribute__((warn_unused_result))
int tg_xchacha_open_ad(uint8_t *dst, const uint8_t *src, size_t len,
		       const uint8_t *ad, size_t adlen,
		       const uint8_t nonce[24], const uint8_t key[TG_KEY_LEN]);

/* X25519: generate/derive public; DH returns -1 on an all-zero result. */
void tg_x25519_generate(uint8_t priv[32], uint8_t pub[32]);
void tg_x25519_public(uint8_t pub[32], const uint8_t priv[32]);
__attribute__((warn_unused_result))
int tg_x25519(uint8_t out[32], const uint8_t priv[32], const uint8_t pub[32]);

/* BLAKE2s: hash (outlen <= 32), keyed MAC, HMAC-BLAKE2s (32 bytes out). */
void tg_blake2s(uint8_t *out, size_t outlen, const void *in, size_t inlen,
		const uint8_t *key, size_t keylen);
void tg_hmac_blake2s(uint8_t out[32], const uint8_t *key, size_t keylen,
		     const void *in, size_t inlen);

/* Random bytes (libsodium); wipe that the compiler keeps; constant-time eq. */
void tg_random(void *buf, size_t len);
void tg_wipe(void *buf, size_t len);
__attribute__((warn_unused_result))
bool tg_ct_eq(const void *a, const void *b, size_t len);

/* Key text forms (base64 as wg(8) prints them). 0 or -1. */
int tg_key_from_base64(uint8_t key[32], const char *b64);
void tg_key_to_base64(char out[45], const uint8_t key[32]);
int tg_key_from_hex(uint8_t key[32], const char *hex);
void tg_key_to_hex(char out[65], const uint8_t key[32]);

#endif
