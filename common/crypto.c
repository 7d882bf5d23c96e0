/*
 * Crypto wrappers (WireGuard whitepaper §5.4.1): X25519 and the two AEADs
 * from libsodium, BLAKE2s from libb2, HMAC-BLAKE2s (RFC 2104 over BLAKE2s,
 * block 64 bytes) built here, key text forms, wipe and constant-time compare.
 * Also the data-message AEAD ops table (tg_aead), chosen once at start.
 *
 * Any thread after tg_crypto_init(); no mutable state besides the selection
 * pointer, which is written only at start.
 */
#include <errno.h>
#include <string.h>

#include <blake2.h>
#include <sodium.h>

#include "crypto.h"
#include "aead_impls.h"

#define BLAKE2S_BLOCK 64

int tg_crypto_init(void)
{
	return sodium_init() < 0 ? -1 : 0;
}

static void nonce_counter(uint8_t n[12], uint64_t counter)
{
	memset(n, 0, 4);
	for (int i = 0; i < 8; i++)
		n[4 + i] = (uint8_t)(counter >> (8 * i));
}

void tg_chacha_seal_ad(uint8_t *dst, const uint8_t *src, size_t len,
		       const uint8_t *ad, size_t adlen, uint64_t counter,
		       const uint8_t key[TG_KEY_LEN])
{
	uint8_t n[12];
	unsigned long long clen;

	nonce_counter(n, counter);
	crypto_aead_chacha20poly1305_ietf_encrypt(dst, &clen, src, len, ad,
						  adlen, NULL, n, key);
}

int tg_chacha_open_ad(uint8_t *dst, const uint8_t *src, size_t len,
		      const uint8_t *ad, size_t adlen, uint64_t counter,
		      const uint8_t key[TG_KEY_LEN])
{
	uint8_t n[12];
	unsigned long long mlen;

	if (len < TG_AEAD_TAG_LEN)
		return -1;
	nonce_counter(n, counter);
	if (crypto_aead_chacha20poly1305_ietf_decrypt(dst, &mlen, NULL, src, len,
						      ad, adlen, n, key) != 0)
		return -1;
	return 0;
}

void tg_xchacha_seal_ad(uint8_t *dst, const uint8_t *src, size_t len,
			const uint8_t *ad, size_t adlen,
			const uint8_t nonce[24], const uint8_t key[TG_KEY_LEN])
{
	unsigned long long clen;

	crypto_aead_xchacha20poly1305_ietf_encrypt(dst, &clen, src, len, ad,
						   adlen, NULL, nonce, key);
}

int tg_xchacha_open_ad(uint8_t *dst, const uint8_t *src, size_t len,
		       const uint8_t *ad, size_t adlen,
		       const uint8_t nonce[24], const uint8_t key[TG_KEY_LEN])
{
	unsigned long long mlen;

	if (len < TG_AEAD_TAG_LEN)
		return -1;
	if (crypto_aead_xchacha20poly1305_ietf_decrypt(dst, &mlen, NULL, src,
						       len, ad, adlen, nonce,
						       key) != 0)
		return -1;
	return 0;
}

/* --- data-message AEAD ops table --------------------------------------- */
static void sodium_seal(uint8_t *dst, const uint8_t *src, size_t len,
			uint64_t counter, const uint8_t key[TG_KEY_LEN])
{
	tg_chacha_seal_ad(dst, src, len, NULL, 0, counter, key);
}

static int sodium_open(uint8_t *dst, const uint8_t *src, size_t len,
		       uint64_t counter, const uint8_t key[TG_KEY_LEN])
{
	return tg_chacha_open_ad(dst, src, len, NULL, 0, counter, key);
}

static const struct tg_aead_ops aead_sodium = {
	.name = "libsodium",
	.seal = sodium_seal,
	.open = sodium_open,
};

const struct tg_aead_ops *const tg_aead_impls[] = {
	&aead_sodium,
	&tg_aead_openssl,
#if TG_HAVE_IPSECMB
	&tg_aead_ipsecmb,
#endif
	NULL,
};
const struct tg_aead_ops *tg_aead = &aead_sodium;

int tg_aead_select(const char *name)
{
	for (size_t i = 0; name && tg_aead_impls[i]; i++) {
		if (strcmp(tg_aead_impls[i]->name, name) == 0) {
			tg_aead = tg_aead_impls[i];
			return 0;
		}
	}
	return -1;
}

/* --- X25519 ------------------------------------------------------------- */
static void clamp(uint8_t k[32])
{
	k[0] &= 248;
	k[31] &= 127;
	k[31] |= 64;
}

void tg_x25519_generate(uint8_t priv[32], uint8_t pub[32])
{
	randombytes_buf(priv, 32);
	clamp(priv);
	tg_x25519_public(pub, priv);
}

void tg_x25519_public(uint8_t pub[32], const uint8_t priv[32])
{
	uint8_t k[32];

	memcpy(k, priv, 32);
	clamp(k);
	crypto_scalarmult_curve25519_base(pub, k);
	sodium_memzero(k, sizeof(k));
}

int tg_x25519(uint8_t out[32], const uint8_t priv[32], const uint8_t pub[32])
{
	uint8_t k[32];
	int rc;

	memcpy(k, priv, 32);
	clamp(k);
	/* libsodium returns -1 when the result is all zero (small order). */
	rc = crypto_scalarmult_curve25519(out, k, pub);
	sodium_memzero(k, sizeof(k));
	if (rc != 0) {
		sodium_memzero(out, 32);
		return -1;
	}
	return 0;
}

/* --- BLAKE2s and HMAC-BLAKE2s ------------------------------------------- */
void tg_blake2s(uint8_t *out, size_t outlen, const void *in, size_t inlen,
		const uint8_t *key, size_t keylen)
{
	/* libb2 rejects in == NULL even for inlen 0. */
	static const uint8_t empty[1];

	blake2s(out, in ? in : empty, key, outlen, inlen, keylen);
}

void tg_hmac_blake2s(uint8_t out[32], const uint8_t *key, size_t keylen,
		     const void *in, size_t inlen)
{
	uint8_t k[BLAKE2S_BLOCK] = { 0 }, pad[BLAKE2S_BLOCK], inner[32];
	blake2s_state st;

	if (keylen > BLAKE2S_BLOCK)
		tg_blake2s(k, 32, key, keylen, NULL, 0);
	else if (keylen)
		memcpy(k, key, keylen);

	for (int i = 0; i < BLAKE2S_BLOCK; i++)
		pad[i] = k[i] ^ 0x36;
	blake2s_init(&st, 32);
	blake2s_update(&st, pad, BLAKE2S_BLOCK);
	if (inlen)
		blake2s_update(&st, in, inlen);
	blake2s_final(&st, inner, 32);

	for (int i = 0; i < BLAKE2S_BLOCK; i++)
		pad[i] = k[i] ^ 0x5c;
	blake2s_init(&st, 32);
	blake2s_update(&st, pad, BLAKE2S_BLOCK);
	blake2s_update(&st, inner, 32);
	blake2s_final(&st, out, 32);

	sodium_memzero(k, sizeof(k));
	sodium_memzero(pad, sizeof(pad));
	sodium_memzero(inner, sizeof(inner));
	sodium_memzero(&st, sizeof(st));
}

/* --- misc ---------------------------------------------------------------- */
void tg_random(void *buf, size_t len)
{
	randombytes_buf(buf, len);
}

void tg_wipe(void *buf, size_t len)
{
	sodium_memzero(buf, len);
}

bool tg_ct_eq(const void *a, const void *b, size_t len)
{
	return sodium_memcmp(a, b, len) == 0;
}

int tg_key_from_base64(uint8_t key[32], const char *b64)
{
	uint8_t tmp[33];
	size_t n = 0;
	const char *end = NULL;

	if (!b64 || strlen(b64) != 44 || b64[43] != '=')
		return -1;
	if (sodium_base642bin(tmp, sizeof(tmp), b64, 44, NULL, &n, &end,
			      sodium_base64_VARIANT_ORIGINAL) != 0 ||
	    n != 32 || !end || *end != '\0') {
		sodium_memzero(tmp, sizeof(tmp));
		return -1;
	}
	memcpy(key, tmp, 32);
	sodium_memzero(tmp, sizeof(tmp));
	return 0;
}

void tg_key_to_base64(char out[45], const uint8_t key[32])
{
	sodium_bin2base64(out, 45, key, 32, sodium_base64_VARIANT_ORIGINAL);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int tg_key_from_hex(uint8_t key[32], const char *hex)
{
	uint8_t tmp[32];

	if (!hex || strlen(hex) != 64)
		return -1;
	for (int i = 0; i < 32; i++) {
		int hi = hexval(hex[2 * i]), lo = hexval(hex[2 * i + 1]);

		if (hi < 0 || lo < 0) {
			sodium_memzero(tmp, sizeof(tmp));
			return -1;
		}
		tmp[i] = (uint8_t)(hi << 4 | lo);
	}
	memcpy(key, tmp, 32);
	sodium_memzero(tmp, sizeof(tmp));
	return 0;
}

void tg_key_to_hex(char out[65], const uint8_t key[32])
{
	static const char d[] = "0123456789abcdef";

	for (int i = 0; i < 32; i++) {
		out[2 * i] = d[key[i] >> 4];
		out[2 * i + 1] = d[key[i] & 15];
	}
	out[64] = '\0';
}
