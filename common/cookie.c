/*
 * mac1/mac2 and cookie replies (WireGuard whitepaper §5.4.4, §5.4.7). The
 * checker is the receive side (one per device), the maker the send side
 * (one per peer). Runs on the cp event loop; clock injected.
 */
#include <string.h>

#include "cookie.h"
#include "crypto.h"
#include "noise.h"

/* HASH(label || pub) */
static void label_key(uint8_t out[32], const char *label, const uint8_t pub[32])
{
	uint8_t buf[8 + 32];

	memcpy(buf, label, 8);
	memcpy(buf + 8, pub, 32);
	tg_blake2s(out, 32, buf, sizeof(buf), NULL, 0);
}

/* MAC(key, in) = keyed BLAKE2s with 16-byte output */
static void mac16(uint8_t out[16], const uint8_t *key, size_t keylen,
		  const uint8_t *in, size_t inlen)
{
	tg_blake2s(out, 16, in, inlen, key, keylen);
}

static bool is_handshake(const uint8_t *msg, size_t len)
{
	if (len != TG_WG_INITIATION_LEN && len != TG_WG_RESPONSE_LEN)
		return false;
	if (msg[1] | msg[2] | msg[3])
		return false;
	return (len == TG_WG_INITIATION_LEN &&
		msg[0] == MESSAGE_HANDSHAKE_INITIATION) ||
	       (len == TG_WG_RESPONSE_LEN && msg[0] == MESSAGE_HANDSHAKE_RESPONSE);
}

void tg_cookie_checker_init(struct tg_cookie_checker *c, const uint8_t *our_pub)
{
	tg_wipe(c, sizeof(*c));
	if (!our_pub)
		return;
	label_key(c->mac1_key, TG_NOISE_LABEL_MAC1, our_pub);
	label_key(c->cookie_key, TG_NOISE_LABEL_COOKIE, our_pub);
	c->has_key = true;
}

void tg_cookie_checker_wipe(struct tg_cookie_checker *c)
{
	tg_wipe(c, sizeof(*c));
}

/* The cookie for src under the current secret, rotating an old secret. */
static void make_cookie(struct tg_cookie_checker *c, uint8_t out[COOKIE_LEN],
			const struct tg_cookie_src *src,
			const struct tg_clock *clk)
{
	uint64_t now = clk->mono_ns(clk->ctx);
	uint8_t buf[16 + 2];
	size_t alen = src->family == 6 ? 16 : 4;

	if (!c->secret_birth_ns || now - c->secret_birth_ns > COOKIE_SECRET_MAX_AGE) {
		tg_random(c->secret, sizeof(c->secret));
		c->secret_birth_ns = now ? now : 1;
	}
	memcpy(buf, src->addr, alen);
	memcpy(buf + alen, &src->port, 2); /* already network order */
	mac16(out, c->secret, sizeof(c->secret), buf, alen + 2);
}

enum tg_cookie_verdict tg_cookie_validate(struct tg_cookie_checker *c,
					  const uint8_t *msg, size_t len,
					  const struct tg_cookie_src *src,
					  bool check_mac2,
					  const struct tg_clock *clk)
{
	uint8_t mac[WG_MAC_LEN], cookie[COOKIE_LEN];
	enum tg_cookie_verdict v = TG_COOKIE_BAD_MAC1;
	size_t off1 = len - 2 * WG_MAC_LEN, off2 = len - WG_MAC_LEN;

	if (!c->has_key || !is_handshake(msg, len))
		return TG_COOKIE_BAD_MAC1;
	mac16(mac, c->mac1_key, 32, msg, off1);
	if (!tg_ct_eq(mac, msg + off1, WG_MAC_LEN))
		goto out;
	v = TG_COOKIE_MAC1_OK;
	if (!check_mac2)
		goto out;
	make_cookie(c, cookie, src, clk);
	mac16(mac, cookie, COOKIE_LEN, msg, off2);
	if (tg_ct_eq(mac, msg + off2, WG_MAC_LEN))
		v = TG_COOKIE_MAC2_OK;
out:
	tg_wipe(mac, sizeof(mac));
	tg_wipe(cookie, sizeof(cookie));
	return v;
}

void tg_cookie_reply_create(struct tg_cookie_checker *c,
			    struct tg_wg_cookie_reply *out,
			    const uint8_t *msg, size_t len,
			    const struct tg_cookie_src *src,
			    const struct tg_clock *clk)
{
	uint8_t cookie[COOKIE_LEN];

	memset(out, 0, sizeof(*out));
	out->type = MESSAGE_HANDSHAKE_COOKIE;
	memcpy(out->receiver_index, msg + 4, 4); /* sender index of msg */
	tg_random(out->nonce, sizeof(out->nonce));
	make_cookie(c, cookie, src, clk);
	tg_xchacha_seal_ad(out->encrypted_cookie, cookie, COOKIE_LEN,
			   msg + len - 2 * WG_MAC_LEN, WG_MAC_LEN, out->nonce,
			   c->cookie_key);
	tg_wipe(cookie, sizeof(cookie));
}

void tg_cookie_maker_init(struct tg_cookie_maker *m, const uint8_t peer_pub[32])
{
	tg_wipe(m, sizeof(*m));
	label_key(m->mac1_key, TG_NOISE_LABEL_MAC1, peer_pub);
	label_key(m->cookie_key, TG_NOISE_LABEL_COOKIE, peer_pub);
}

void tg_cookie_maker_wipe(struct tg_cookie_maker *m)
{
	tg_wipe(m, sizeof(*m));
}

void tg_cookie_add_macs(struct tg_cookie_maker *m, uint8_t *msg, size_t len,
			const struct tg_clock *clk)
{
	size_t off1 = len - 2 * WG_MAC_LEN, off2 = len - WG_MAC_LEN;
	uint64_t now = clk->mono_ns(clk->ctx);

	mac16(msg + off1, m->mac1_key, 32, msg, off1);
	memcpy(m->last_mac1, msg + off1, WG_MAC_LEN);
	m->has_last_mac1 = true;
	if (m->has_cookie &&
	    now - m->cookie_birth_ns < COOKIE_SECRET_MAX_AGE - COOKIE_SECRET_LATENCY)
		mac16(msg + off2, m->cookie, COOKIE_LEN, msg, off2);
	else
		memset(msg + off2, 0, WG_MAC_LEN);
}

int tg_cookie_consume_reply(struct tg_cookie_maker *m, const uint8_t *msg,
			    size_t len, const struct tg_clock *clk)
{
	const struct tg_wg_cookie_reply *r = (const struct tg_wg_cookie_reply *)msg;
	uint8_t cookie[COOKIE_LEN];

	if (len != TG_WG_COOKIE_LEN || msg[0] != MESSAGE_HANDSHAKE_COOKIE ||
	    (msg[1] | msg[2] | msg[3]) || !m->has_last_mac1)
		return -1;
	if (tg_xchacha_open_ad(cookie, r->encrypted_cookie,
			       sizeof(r->encrypted_cookie), m->last_mac1,
			       WG_MAC_LEN, r->nonce, m->cookie_key)) {
		tg_wipe(cookie, sizeof(cookie));
		return -1;
	}
	memcpy(m->cookie, cookie, COOKIE_LEN);
	m->cookie_birth_ns = clk->mono_ns(clk->ctx);
	m->has_cookie = true;
	/* One reply per message sent: a second copy must not refresh it. */
	m->has_last_mac1 = false;
	tg_wipe(cookie, sizeof(cookie));
	return 0;
}
