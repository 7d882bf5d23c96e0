/*
 * Noise_IKpsk2 (WireGuard whitepaper §5.4.2 initiation, §5.4.3 response,
 * §5.4.5 transport keys; the KDF and primitives of §5.4.1). Pure: bytes in,
 * bytes out, the clock injected. Runs on the cp event loop.
 *
 * Every consume works on local copies of hash/chaining key and writes the
 * peer's handshake only after all checks pass, so a forged message can never
 * disturb a pending handshake. All temporaries are wiped on every path.
 */
#include <string.h>

#include "crypto.h"
#include "noise.h"

/* HASH(CONSTRUCTION) and HASH(HASH(CONSTRUCTION) || IDENTIFIER). */
static void initial_ck_hash(uint8_t ck[32], uint8_t h[32])
{
	uint8_t buf[32 + sizeof(TG_NOISE_IDENTIFIER) - 1];

	tg_blake2s(ck, 32, TG_NOISE_CONSTRUCTION,
		   sizeof(TG_NOISE_CONSTRUCTION) - 1, NULL, 0);
	memcpy(buf, ck, 32);
	memcpy(buf + 32, TG_NOISE_IDENTIFIER, sizeof(TG_NOISE_IDENTIFIER) - 1);
	tg_blake2s(h, 32, buf, sizeof(buf), NULL, 0);
}

/* h = HASH(h || data) */
static void mix_hash(uint8_t h[32], const uint8_t *data, size_t len)
{
	uint8_t buf[32 + 64];

	memcpy(buf, h, 32);
	memcpy(buf + 32, data, len); /* len <= 64 for every caller */
	tg_blake2s(h, 32, buf, 32 + len, NULL, 0);
}

/* KDF_n(ck, in): up to three 32-byte outputs; outputs may alias ck. */
static void kdf(uint8_t *t1, uint8_t *t2, uint8_t *t3, const uint8_t ck[32],
		const uint8_t *in, size_t inlen)
{
	uint8_t prk[32], buf[33], out[32];

	tg_hmac_blake2s(prk, ck, 32, in, inlen);
	buf[0] = 1;
	tg_hmac_blake2s(out, prk, 32, buf, 1);
	memcpy(t1, out, 32);
	if (t2) {
		memcpy(buf, out, 32);
		buf[32] = 2;
		tg_hmac_blake2s(out, prk, 32, buf, 33);
		memcpy(t2, out, 32);
	}
	if (t3) {
		memcpy(buf, out, 32);
		buf[32] = 3;
		tg_hmac_blake2s(out, prk, 32, buf, 33);
		memcpy(t3, out, 32);
	}
	tg_wipe(prk, sizeof(prk));
	tg_wipe(buf, sizeof(buf));
	tg_wipe(out, sizeof(out));
}

/* (ck, key) = KDF2(ck, DH(priv, pub)); -1 on a zero DH. */
static int mix_dh(uint8_t ck[32], uint8_t key[32], const uint8_t priv[32],
		  const uint8_t pub[32])
{
	uint8_t ss[32];
	int rc = tg_x25519(ss, priv, pub);

	if (rc == 0)
		kdf(ck, key, NULL, ck, ss, 32);
	tg_wipe(ss, sizeof(ss));
	return rc;
}

static bool is_zero(const uint8_t *p, size_t n)
{
	uint8_t acc = 0;

	for (size_t i = 0; i < n; i++)
		acc |= p[i];
	return acc == 0;
}

void tg_noise_local_set(struct tg_noise_local *l, const uint8_t *priv)
{
	tg_wipe(l, sizeof(*l));
	if (!priv)
		return;
	memcpy(l->priv, priv, 32);
	tg_x25519_public(l->pub, l->priv);
	l->has_key = true;
}

void tg_noise_handshake_rekey_local(struct tg_noise_handshake *hs,
				    const struct tg_noise_local *l)
{
	tg_noise_handshake_clear(hs);
	hs->has_ss = l->has_key &&
		     tg_x25519(hs->precomputed_ss, l->priv, hs->remote_static) == 0;
	if (!hs->has_ss)
		tg_wipe(hs->precomputed_ss, 32);
}

void tg_noise_handshake_set_psk(struct tg_noise_handshake *hs,
				const uint8_t *psk)
{
	if (psk)
		memcpy(hs->psk, psk, 32);
	else
		tg_wipe(hs->psk, 32);
}

void tg_noise_handshake_init(struct tg_noise_handshake *hs,
			     const struct tg_noise_local *l,
			     const uint8_t remote_static[32],
			     const uint8_t *psk)
{
	tg_wipe(hs, sizeof(*hs));
	memcpy(hs->remote_static, remote_static, 32);
	tg_noise_handshake_set_psk(hs, psk);
	tg_noise_handshake_rekey_local(hs, l);
}

void tg_noise_handshake_clear(struct tg_noise_handshake *hs)
{
	hs->state = TG_HS_NONE;
	tg_wipe(hs->hash, 32);
	tg_wipe(hs->chaining_key, 32);
	tg_wipe(hs->ephemeral_priv, 32);
	tg_wipe(hs->remote_ephemeral, 32);
	hs->local_index = 0;
	hs->remote_index = 0;
}

void tg_noise_handshake_wipe(struct tg_noise_handshake *hs)
{
	tg_wipe(hs, sizeof(*hs));
}

void tg_noise_tai64n(uint8_t out[NOISE_TIMESTAMP_LEN], uint64_t wall_ns)
{
	/* TAI64 label: 2^62 + seconds, +10 as the reference implementations
	 * (Linux, wireguard-go) do; only our own monotonicity matters. */
	uint64_t sec = 0x400000000000000aULL + wall_ns / TG_NS_PER_SEC;
	uint32_t nsec = (uint32_t)(wall_ns % TG_NS_PER_SEC) & ~0xffffffu;

	for (int i = 0; i < 8; i++)
		out[i] = (uint8_t)(sec >> (56 - 8 * i));
	for (int i = 0; i < 4; i++)
		out[8 + i] = (uint8_t)(nsec >> (24 - 8 * i));
}

uint32_t tg_noise_random_index(bool (*in_use)(void *ctx, uint32_t idx),
			       void *ctx)
{
	uint32_t idx;

	do
		tg_random(&idx, sizeof(idx));
	while (idx == 0 || (in_use && in_use(ctx, idx)));
	return idx;
}

static void new_ephemeral(struct tg_noise_handshake *hs, uint8_t pub[32])
{
	if (hs->test_ephemeral) {
		memcpy(hs->ephemeral_priv, hs->test_ephemeral, 32);
		tg_x25519_public(pub, hs->ephemeral_priv);
		hs->test_ephemeral = NULL;
	} else {
		tg_x25519_generate(hs->ephemeral_priv, pub);
	}
}

int tg_noise_create_initiation(const struct tg_noise_local *l,
			       struct tg_noise_handshake *hs,
			       uint32_t local_index, const struct tg_clock *clk,
			       struct tg_wg_initiation *msg)
{
	uint8_t key[32], ts[NOISE_TIMESTAMP_LEN];
	int rc = TG_NOISE_E_DH;

	if (!l->has_key || !hs->has_ss || local_index == 0)
		return TG_NOISE_E_STATE;
	tg_noise_handshake_clear(hs);
	memset(msg, 0, sizeof(*msg));
	msg->type = MESSAGE_HANDSHAKE_INITIATION;
	tg_le32_put(msg->sender_index, local_index);

	initial_ck_hash(hs->chaining_key, hs->hash);
	mix_hash(hs->hash, hs->remote_static, 32);
	/* e */
	new_ephemeral(hs, msg->unencrypted_ephemeral);
	kdf(hs->chaining_key, NULL, NULL, hs->chaining_key,
	    msg->unencrypted_ephemeral, 32);
	mix_hash(hs->hash, msg->unencrypted_ephemeral, 32);
	/* es */
	if (mix_dh(hs->chaining_key, key, hs->ephemeral_priv, hs->remote_static))
		goto fail;
	/* s */
	tg_chacha_seal_ad(msg->encrypted_static, l->pub, 32, hs->hash, 32, 0, key);
	mix_hash(hs->hash, msg->encrypted_static, sizeof(msg->encrypted_static));
	/* ss (precomputed) */
	kdf(hs->chaining_key, key, NULL, hs->chaining_key, hs->precomputed_ss, 32);
	/* {t} */
	tg_noise_tai64n(ts, clk->wall_ns(clk->ctx));
	tg_chacha_seal_ad(msg->encrypted_timestamp, ts, sizeof(ts), hs->hash,
			  32, 0, key);
	mix_hash(hs->hash, msg->encrypted_timestamp,
		 sizeof(msg->encrypted_timestamp));

	hs->local_index = local_index;
	hs->state = TG_HS_CREATED_INITIATION;
	rc = 0;
fail:
	if (rc) {
		tg_noise_handshake_clear(hs);
		memset(msg, 0, sizeof(*msg));
	}
	tg_wipe(key, sizeof(key));
	return rc;
}

/* Scratch for a consume; wiped as a whole. */
struct consume_tmp {
	uint8_t ck[32], h[32], key[32], e[32], s[32], ts[NOISE_TIMESTAMP_LEN];
	uint8_t ss[32];
};

int tg_noise_consume_initiation(
	const struct tg_noise_local *l, const uint8_t *msg, size_t len,
	struct tg_noise_handshake *(*lookup)(void *ctx, const uint8_t pub[32]),
	void *ctx, const struct tg_clock *clk, struct tg_noise_handshake **out)
{
	const struct tg_wg_initiation *m = (const struct tg_wg_initiation *)msg;
	struct tg_noise_handshake *hs = NULL;
	struct consume_tmp t;
	uint64_t now;
	int rc = TG_NOISE_E_DECRYPT;

	*out = NULL;
	if (len != TG_WG_INITIATION_LEN || msg[0] != MESSAGE_HANDSHAKE_INITIATION ||
	    (msg[1] | msg[2] | msg[3]))
		return TG_NOISE_E_LENGTH;
	if (!l->has_key)
		return TG_NOISE_E_STATE;

	initial_ck_hash(t.ck, t.h);
	mix_hash(t.h, l->pub, 32);
	/* e */
	memcpy(t.e, m->unencrypted_ephemeral, 32);
	kdf(t.ck, NULL, NULL, t.ck, t.e, 32);
	mix_hash(t.h, t.e, 32);
	/* es */
	if (mix_dh(t.ck, t.key, l->priv, t.e)) {
		rc = TG_NOISE_E_DH;
		goto out;
	}
	/* s */
	if (tg_chacha_open_ad(t.s, m->encrypted_static,
			      sizeof(m->encrypted_static), t.h, 32, 0, t.key))
		goto out;
	mix_hash(t.h, m->encrypted_static, sizeof(m->encrypted_static));
	hs = lookup(ctx, t.s);
	if (!hs || !hs->has_ss) {
		rc = TG_NOISE_E_UNKNOWN_PEER;
		hs = NULL;
		goto out;
	}
	/* ss */
	kdf(t.ck, t.key, NULL, t.ck, hs->precomputed_ss, 32);
	/* {t} */
	if (tg_chacha_open_ad(t.ts, m->encrypted_timestamp,
			      sizeof(m->encrypted_timestamp), t.h, 32, 0, t.key)) {
		hs = NULL;
		goto out;
	}
	mix_hash(t.h, m->encrypted_timestamp, sizeof(m->encrypted_timestamp));

	*out = hs;
	/* Replay: strictly newer than any accepted (big-endian compares). */
	if (memcmp(t.ts, hs->latest_timestamp, NOISE_TIMESTAMP_LEN) <= 0) {
		rc = TG_NOISE_E_REPLAY;
		goto out;
	}
	now = clk->mono_ns(clk->ctx);
	if (hs->last_initiation_consumed_ns &&
	    now < hs->last_initiation_consumed_ns +
			  TG_NS_PER_SEC / INITIATIONS_PER_SECOND) {
		rc = TG_NOISE_E_FLOOD;
		goto out;
	}

	tg_noise_handshake_clear(hs);
	memcpy(hs->latest_timestamp, t.ts, NOISE_TIMESTAMP_LEN);
	hs->last_initiation_consumed_ns = now ? now : 1;
	memcpy(hs->remote_ephemeral, t.e, 32);
	memcpy(hs->hash, t.h, 32);
	memcpy(hs->chaining_key, t.ck, 32);
	hs->remote_index = tg_le32_get(m->sender_index);
	hs->state = TG_HS_CONSUMED_INITIATION;
	rc = 0;
out:
	tg_wipe(&t, sizeof(t));
	return rc;
}

/* (ck, tau, key) = KDF3(ck, psk); h = HASH(h || tau) */
static void mix_psk(uint8_t ck[32], uint8_t h[32], uint8_t key[32],
		    const uint8_t psk[32])
{
	uint8_t tau[32];

	kdf(ck, tau, key, ck, psk, 32);
	mix_hash(h, tau, 32);
	tg_wipe(tau, sizeof(tau));
}

int tg_noise_create_response(struct tg_noise_handshake *hs,
			     uint32_t local_index, struct tg_wg_response *msg)
{
	uint8_t key[32];
	int rc = TG_NOISE_E_DH;

	if (hs->state != TG_HS_CONSUMED_INITIATION || local_index == 0)
		return TG_NOISE_E_STATE;
	memset(msg, 0, sizeof(*msg));
	msg->type = MESSAGE_HANDSHAKE_RESPONSE;
	tg_le32_put(msg->sender_index, local_index);
	tg_le32_put(msg->receiver_index, hs->remote_index);
	/* e */
	new_ephemeral(hs, msg->unencrypted_ephemeral);
	kdf(hs->chaining_key, NULL, NULL, hs->chaining_key,
	    msg->unencrypted_ephemeral, 32);
	mix_hash(hs->hash, msg->unencrypted_ephemeral, 32);
	/* ee, se */
	if (mix_dh(hs->chaining_key, key, hs->ephemeral_priv,
		   hs->remote_ephemeral) ||
	    mix_dh(hs->chaining_key, key, hs->ephemeral_priv, hs->remote_static))
		goto out;
	/* psk */
	mix_psk(hs->chaining_key, hs->hash, key, hs->psk);
	/* {} */
	tg_chacha_seal_ad(msg->encrypted_nothing, NULL, 0, hs->hash, 32, 0, key);
	mix_hash(hs->hash, msg->encrypted_nothing, sizeof(msg->encrypted_nothing));

	hs->local_index = local_index;
	hs->state = TG_HS_CREATED_RESPONSE;
	rc = 0;
out:
	if (rc) {
		tg_noise_handshake_clear(hs);
		memset(msg, 0, sizeof(*msg));
	}
	tg_wipe(key, sizeof(key));
	return rc;
}

int tg_noise_consume_response(
	const struct tg_noise_local *l, const uint8_t *msg, size_t len,
	struct tg_noise_handshake *(*lookup)(void *ctx, uint32_t idx),
	void *ctx, struct tg_noise_handshake **out)
{
	const struct tg_wg_response *m = (const struct tg_wg_response *)msg;
	struct tg_noise_handshake *hs;
	struct consume_tmp t;
	int rc = TG_NOISE_E_DH;

	*out = NULL;
	if (len != TG_WG_RESPONSE_LEN || msg[0] != MESSAGE_HANDSHAKE_RESPONSE ||
	    (msg[1] | msg[2] | msg[3]))
		return TG_NOISE_E_LENGTH;
	if (!l->has_key)
		return TG_NOISE_E_STATE;
	hs = lookup(ctx, tg_le32_get(m->receiver_index));
	if (!hs || hs->state != TG_HS_CREATED_INITIATION ||
	    hs->local_index != tg_le32_get(m->receiver_index))
		return TG_NOISE_E_UNKNOWN_INDEX;

	memcpy(t.ck, hs->chaining_key, 32);
	memcpy(t.h, hs->hash, 32);
	/* e */
	memcpy(t.e, m->unencrypted_ephemeral, 32);
	kdf(t.ck, NULL, NULL, t.ck, t.e, 32);
	mix_hash(t.h, t.e, 32);
	/* ee, se */
	if (mix_dh(t.ck, t.key, hs->ephemeral_priv, t.e) ||
	    mix_dh(t.ck, t.key, l->priv, t.e))
		goto out;
	/* psk */
	mix_psk(t.ck, t.h, t.key, hs->psk);
	/* {} */
	rc = TG_NOISE_E_DECRYPT;
	if (tg_chacha_open_ad(t.s, m->encrypted_nothing,
			      sizeof(m->encrypted_nothing), t.h, 32, 0, t.key))
		goto out;
	mix_hash(t.h, m->encrypted_nothing, sizeof(m->encrypted_nothing));

	memcpy(hs->chaining_key, t.ck, 32);
	memcpy(hs->hash, t.h, 32);
	memcpy(hs->remote_ephemeral, t.e, 32);
	tg_wipe(hs->ephemeral_priv, 32);
	hs->remote_index = tg_le32_get(m->sender_index);
	hs->state = TG_HS_CONSUMED_RESPONSE;
	*out = hs;
	rc = 0;
out:
	tg_wipe(&t, sizeof(t));
	return rc;
}

int tg_noise_derive_keypair(struct tg_noise_handshake *hs,
			    const struct tg_clock *clk,
			    struct tg_noise_keypair *kp)
{
	uint8_t t1[32], t2[32];
	bool initiator;

	if (hs->state == TG_HS_CONSUMED_RESPONSE)
		initiator = true;
	else if (hs->state == TG_HS_CREATED_RESPONSE)
		initiator = false;
	else
		return TG_NOISE_E_STATE;

	kdf(t1, t2, NULL, hs->chaining_key, NULL, 0);
	memcpy(kp->send_key, initiator ? t1 : t2, 32);
	memcpy(kp->recv_key, initiator ? t2 : t1, 32);
	kp->local_index = hs->local_index;
	kp->remote_index = hs->remote_index;
	kp->is_initiator = initiator;
	kp->birth_ns = clk->mono_ns(clk->ctx);
	tg_wipe(t1, sizeof(t1));
	tg_wipe(t2, sizeof(t2));
	tg_noise_handshake_clear(hs);
	return is_zero(kp->send_key, 32) ? TG_NOISE_E_STATE : 0;
}
