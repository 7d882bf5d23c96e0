/*
 * ts2021 Noise IK core and handshake framing (protocol/control.md §1.3,
 * §1.4; Noise spec rev 34 §5 for the symmetric state, pattern IK).
 * Owns: the symmetric-state operations (MixHash, MixKey via HKDF with
 * HMAC-BLAKE2s, EncryptAndHash with single-use keys), the IK message
 * processing for both roles, Split, the transport AEAD with the ts2021
 * big-endian counter nonce, and the 101/51-byte ts2021 handshake messages.
 * Pure code run by whichever thread owns the connection (cp event loop).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <blake2.h>
#include <sodium.h>

#include "crypto.h"
#include "ts_noise.h"

const char *tg_ts_noise_strerror(int err)
{
	switch (err) {
	case 0: return "ok";
	case TG_TS_E_STATE: return "handshake call out of order";
	case TG_TS_E_DECRYPT: return "authentication failed (AEAD tag)";
	case TG_TS_E_DH: return "X25519 produced the zero point";
	case TG_TS_E_LENGTH: return "wrong message length";
	case TG_TS_E_TYPE: return "wrong message type";
	case TG_TS_E_VERSION: return "protocol version mismatch";
	case TG_TS_E_NONCE: return "transport nonce exhausted";
	case TG_TS_E_SPACE: return "output buffer too small";
	default: return "unknown ts2021 noise error";
	}
}

/* --- symmetric state ------------------------------------------------------ */
static void mix_hash(uint8_t h[32], const uint8_t *data, size_t len)
{
	blake2s_state st;

	blake2s_init(&st, 32);
	blake2s_update(&st, h, 32);
	if (len)
		blake2s_update(&st, data, len);
	blake2s_final(&st, h, 32);
	tg_wipe(&st, sizeof(st));
}

/* HKDF(ck, ikm) -> out1 (new ck), out2 (may be NULL). */
static void hkdf2(uint8_t out1[32], uint8_t *out2, const uint8_t ck[32],
		  const uint8_t *ikm, size_t ikm_len)
{
	uint8_t temp[32], buf[33];

	tg_hmac_blake2s(temp, ck, 32, ikm, ikm_len);
	buf[0] = 1;
	tg_hmac_blake2s(buf, temp, 32, buf, 1);
	if (out2) {
		buf[32] = 2;
		tg_hmac_blake2s(out2, temp, 32, buf, 33);
	}
	memcpy(out1, buf, 32);
	tg_wipe(temp, sizeof(temp));
	tg_wipe(buf, sizeof(buf));
}

/* MixKey(DH(priv, pub)): ck, k <- HKDF(ck, dh). */
static int mix_dh(struct tg_ts_ik *hs, uint8_t k[32], const uint8_t priv[32],
		  const uint8_t pub[32])
{
	uint8_t dh[32];

	if (tg_x25519(dh, priv, pub) != 0)
		return TG_TS_E_DH;
	hkdf2(hs->ck, k, hs->ck, dh, 32);
	tg_wipe(dh, sizeof(dh));
	return 0;
}

/* EncryptAndHash with a single-use key (nonce 0, AD = h). */
static void enc_hash(struct tg_ts_ik *hs, const uint8_t k[32], uint8_t *out,
		     const uint8_t *pt, size_t len)
{
	tg_chacha_seal_ad(out, pt, len, hs->h, 32, 0, k);
	mix_hash(hs->h, out, len + TG_AEAD_TAG_LEN);
}

static int dec_hash(struct tg_ts_ik *hs, const uint8_t k[32], uint8_t *out,
		    const uint8_t *ct, size_t len)
{
	uint8_t h2[32];

	memcpy(h2, hs->h, 32);
	mix_hash(h2, ct, len);
	if (tg_chacha_open_ad(out, ct, len, hs->h, 32, 0, k) != 0)
		return TG_TS_E_DECRYPT;
	memcpy(hs->h, h2, 32);
	return 0;
}

/* --- IK ----------------------------------------------------------------- */
void tg_ts_ik_wipe(struct tg_ts_ik *hs)
{
	tg_wipe(hs, sizeof(*hs));
}

void tg_ts_ik_init(struct tg_ts_ik *hs, bool is_initiator,
		   const uint8_t *prologue, size_t prologue_len,
		   const uint8_t s_priv[32], const uint8_t *rs)
{
	static const char name[] = TG_TS_NOISE_PROTOCOL;

	memset(hs, 0, sizeof(*hs));
	hs->is_initiator = is_initiator;
	/* The 33-byte name exceeds HASHLEN, so h = HASH(name). */
	tg_blake2s(hs->h, 32, name, sizeof(name) - 1, NULL, 0);
	memcpy(hs->ck, hs->h, 32);
	mix_hash(hs->h, prologue, prologue_len);
	memcpy(hs->s_priv, s_priv, 32);
	tg_x25519_public(hs->s_pub, s_priv);
	if (is_initiator && rs)
		memcpy(hs->rs, rs, 32);
	mix_hash(hs->h, is_initiator ? hs->rs : hs->s_pub, 32);
}

static int fail(struct tg_ts_ik *hs, int rc)
{
	tg_ts_ik_wipe(hs);
	return rc;
}

int tg_ts_ik_write_msg1(struct tg_ts_ik *hs, const uint8_t e_priv[32],
			const uint8_t *payload, size_t plen, uint8_t *out,
			size_t cap)
{
	uint8_t k[32];
	int rc;

	if (!hs->is_initiator || hs->step != 0)
		return fail(hs, TG_TS_E_STATE);
	if (cap < 96 + plen)
		return fail(hs, TG_TS_E_SPACE);
	memcpy(hs->e_priv, e_priv, 32);
	tg_x25519_public(hs->e_pub, e_priv);
	memcpy(out, hs->e_pub, 32);
	mix_hash(hs->h, hs->e_pub, 32);
	if ((rc = mix_dh(hs, k, hs->e_priv, hs->rs)) != 0)
		goto out;
	enc_hash(hs, k, out + 32, hs->s_pub, 32);
	if ((rc = mix_dh(hs, k, hs->s_priv, hs->rs)) != 0)
		goto out;
	enc_hash(hs, k, out + 80, payload, plen);
	hs->step = 1;
	rc = (int)(96 + plen);
out:
	tg_wipe(k, sizeof(k));
	return rc < 0 ? fail(hs, rc) : rc;
}

int tg_ts_ik_read_msg1(struct tg_ts_ik *hs, const uint8_t *msg, size_t len,
		       uint8_t *payload, size_t cap)
{
	uint8_t k[32];
	int rc;

	if (hs->is_initiator || hs->step != 0)
		return fail(hs, TG_TS_E_STATE);
	if (len < 96)
		return fail(hs, TG_TS_E_LENGTH);
	if (cap < len - 96)
		return fail(hs, TG_TS_E_SPACE);
	memcpy(hs->re, msg, 32);
	mix_hash(hs->h, hs->re, 32);
	if ((rc = mix_dh(hs, k, hs->s_priv, hs->re)) != 0)
		goto out;
	if ((rc = dec_hash(hs, k, hs->rs, msg + 32, 48)) != 0)
		goto out;
	if ((rc = mix_dh(hs, k, hs->s_priv, hs->rs)) != 0)
		goto out;
	if ((rc = dec_hash(hs, k, payload, msg + 80, len - 80)) != 0)
		goto out;
	hs->step = 1;
	rc = (int)(len - 96);
out:
	tg_wipe(k, sizeof(k));
	return rc < 0 ? fail(hs, rc) : rc;
}

int tg_ts_ik_write_msg2(struct tg_ts_ik *hs, const uint8_t e_priv[32],
			const uint8_t *payload, size_t plen, uint8_t *out,
			size_t cap)
{
	uint8_t k[32];
	int rc;

	if (hs->is_initiator || hs->step != 1)
		return fail(hs, TG_TS_E_STATE);
	if (cap < 48 + plen)
		return fail(hs, TG_TS_E_SPACE);
	memcpy(hs->e_priv, e_priv, 32);
	tg_x25519_public(hs->e_pub, e_priv);
	memcpy(out, hs->e_pub, 32);
	mix_hash(hs->h, hs->e_pub, 32);
	if ((rc = mix_dh(hs, k, hs->e_priv, hs->re)) != 0)   /* ee */
		goto out;
	if ((rc = mix_dh(hs, k, hs->e_priv, hs->rs)) != 0)   /* se */
		goto out;
	enc_hash(hs, k, out + 32, payload, plen);
	hs->step = 2;
	rc = (int)(48 + plen);
out:
	tg_wipe(k, sizeof(k));
	return rc < 0 ? fail(hs, rc) : rc;
}

int tg_ts_ik_read_msg2(struct tg_ts_ik *hs, const uint8_t *msg, size_t len,
		       uint8_t *payload, size_t cap)
{
	uint8_t k[32];
	int rc;

	if (!hs->is_initiator || hs->step != 1)
		return fail(hs, TG_TS_E_STATE);
	if (len < 48)
		return fail(hs, TG_TS_E_LENGTH);
	if (cap < len - 48)
		return fail(hs, TG_TS_E_SPACE);
	memcpy(hs->re, msg, 32);
	mix_hash(hs->h, hs->re, 32);
	if ((rc = mix_dh(hs, k, hs->e_priv, hs->re)) != 0)   /* ee */
		goto out;
	if ((rc = mix_dh(hs, k, hs->s_priv, hs->re)) != 0)   /* se */
		goto out;
	if ((rc = dec_hash(hs, k, payload, msg + 32, len - 32)) != 0)
		goto out;
	hs->step = 2;
	rc = (int)(len - 48);
out:
	tg_wipe(k, sizeof(k));
	return rc < 0 ? fail(hs, rc) : rc;
}

int tg_ts_ik_split(struct tg_ts_ik *hs, struct tg_ts_cipher *tx,
		   struct tg_ts_cipher *rx, enum tg_ts_nonce_order order,
		   uint8_t hash_out[32])
{
	uint8_t k1[32], k2[32];

	if (hs->step != 2)
		return fail(hs, TG_TS_E_STATE);
	hkdf2(k1, k2, hs->ck, NULL, 0);
	memset(tx, 0, sizeof(*tx));
	memset(rx, 0, sizeof(*rx));
	memcpy(tx->key, hs->is_initiator ? k1 : k2, 32);
	memcpy(rx->key, hs->is_initiator ? k2 : k1, 32);
	tx->order = rx->order = order;
	if (hash_out)
		memcpy(hash_out, hs->h, 32);
	tg_wipe(k1, sizeof(k1));
	tg_wipe(k2, sizeof(k2));
	tg_ts_ik_wipe(hs);
	return 0;
}

/* --- transport --------------------------------------------------------------- */
void tg_ts_nonce(uint8_t nonce[12], uint64_t n, enum tg_ts_nonce_order order)
{
	memset(nonce, 0, 4);
	for (int i = 0; i < 8; i++) {
		uint8_t b = (uint8_t)(n >> (8 * i));
		if (order == TG_TS_NONCE_BE)
			nonce[11 - i] = b;
		else
			nonce[4 + i] = b;
	}
}

int tg_ts_cipher_seal(struct tg_ts_cipher *c, uint8_t *out, const uint8_t *in,
		      size_t len)
{
	uint8_t nonce[12];
	unsigned long long clen;

	/* Counter value 2^64-1 is never used (controlbase nonce.Valid). */
	if (c->is_dead || c->n == UINT64_MAX)
		return TG_TS_E_NONCE;
	tg_ts_nonce(nonce, c->n, c->order);
	crypto_aead_chacha20poly1305_ietf_encrypt(out, &clen, in, len, NULL, 0,
						  NULL, nonce, c->key);
	c->n++;
	return 0;
}

int tg_ts_cipher_open(struct tg_ts_cipher *c, uint8_t *out, const uint8_t *in,
		      size_t len)
{
	uint8_t nonce[12];
	unsigned long long plen;

	if (c->is_dead || c->n == UINT64_MAX)
		return TG_TS_E_NONCE;
	if (len < TG_AEAD_TAG_LEN)
		return TG_TS_E_LENGTH;
	tg_ts_nonce(nonce, c->n, c->order);
	if (crypto_aead_chacha20poly1305_ietf_decrypt(out, &plen, NULL, in, len,
						      NULL, 0, nonce,
						      c->key) != 0) {
		/* Any failure poisons the direction (controlbase conn.go). */
		c->is_dead = true;
		return TG_TS_E_DECRYPT;
	}
	c->n++;
	return 0;
}

void tg_ts_cipher_wipe(struct tg_ts_cipher *c)
{
	tg_wipe(c, sizeof(*c));
}

/* --- ts2021 handshake messages ------------------------------------------ */
size_t tg_ts_prologue(char out[TG_TS_PROLOGUE_MAX], uint16_t version)
{
	int n = snprintf(out, TG_TS_PROLOGUE_MAX,
			 "%s%u", TG_TS_PROLOGUE_PREFIX, (unsigned)version);
	return (size_t)n;
}

int tg_ts_client_initiate(struct tg_ts_ik *hs, uint16_t version,
			  const uint8_t machine_priv[32],
			  const uint8_t control_pub[32],
			  const uint8_t e_priv[32],
			  uint8_t out[TG_TS_INIT_LEN])
{
	char pro[TG_TS_PROLOGUE_MAX];
	size_t plen = tg_ts_prologue(pro, version);
	int rc;

	tg_ts_ik_init(hs, true, (const uint8_t *)pro, plen, machine_priv,
		      control_pub);
	out[0] = (uint8_t)(version >> 8);
	out[1] = (uint8_t)version;
	out[2] = TG_TS_MSG_INITIATION;
	out[3] = 0;
	out[4] = TG_TS_INIT_PAYLOAD;
	rc = tg_ts_ik_write_msg1(hs, e_priv, NULL, 0, out + 5,
				 TG_TS_INIT_PAYLOAD);
	return rc < 0 ? rc : 0;
}

int tg_ts_client_finish(struct tg_ts_ik *hs, const uint8_t resp[TG_TS_RESP_LEN],
			struct tg_ts_cipher *tx, struct tg_ts_cipher *rx,
			uint8_t hash_out[32])
{
	uint8_t none[1];
	int rc;

	if (resp[0] != TG_TS_MSG_RESPONSE)
		return fail(hs, TG_TS_E_TYPE);
	if (((unsigned)resp[1] << 8 | resp[2]) != TG_TS_RESP_PAYLOAD)
		return fail(hs, TG_TS_E_LENGTH);
	rc = tg_ts_ik_read_msg2(hs, resp + 3, TG_TS_RESP_PAYLOAD, none, 0);
	if (rc < 0)
		return rc;
	return tg_ts_ik_split(hs, tx, rx, TG_TS_NONCE_BE, hash_out);
}

int tg_ts_server_respond(const uint8_t init[TG_TS_INIT_LEN],
			 const uint8_t control_priv[32],
			 const uint8_t e_priv[32],
			 uint8_t resp[TG_TS_RESP_LEN],
			 uint16_t *version_out, uint8_t client_pub[32],
			 struct tg_ts_cipher *tx, struct tg_ts_cipher *rx,
			 uint8_t hash_out[32])
{
	struct tg_ts_ik hs;
	char pro[TG_TS_PROLOGUE_MAX];
	uint16_t version = (uint16_t)(init[0] << 8 | init[1]);
	uint8_t none[1];
	size_t plen;
	int rc;

	if (init[2] != TG_TS_MSG_INITIATION)
		return TG_TS_E_TYPE;
	if (((unsigned)init[3] << 8 | init[4]) != TG_TS_INIT_PAYLOAD)
		return TG_TS_E_LENGTH;
	plen = tg_ts_prologue(pro, version);
	tg_ts_ik_init(&hs, false, (const uint8_t *)pro, plen, control_priv, NULL);
	rc = tg_ts_ik_read_msg1(&hs, init + 5, TG_TS_INIT_PAYLOAD, none, 0);
	if (rc < 0)
		return rc;
	memcpy(client_pub, hs.rs, 32);
	resp[0] = TG_TS_MSG_RESPONSE;
	resp[1] = 0;
	resp[2] = TG_TS_RESP_PAYLOAD;
	rc = tg_ts_ik_write_msg2(&hs, e_priv, NULL, 0, resp + 3,
				 TG_TS_RESP_PAYLOAD);
	if (rc < 0)
		return rc;
	*version_out = version;
	return tg_ts_ik_split(&hs, tx, rx, TG_TS_NONCE_BE, hash_out);
}
