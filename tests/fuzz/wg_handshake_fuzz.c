/*
 * libFuzzer target: the WireGuard handshake consumer (common/noise.h,
 * common/cookie.h, tg_wg_classify in common/wg_wire.h), whitepaper §5.4.2-
 * §5.4.7. Owns nothing but its own fixture; runs on libFuzzer's thread.
 *
 * The input is a script of records run against a fixed local identity L and
 * one known peer P (both in memory, fresh for every input, injected clock):
 *
 *   op % 8  record                        what it reaches
 *   0 RAW   u8 len, len bytes             classify, mac1/mac2 check, cookie
 *                                          reply creation, consume_*
 *   1 PINIT 32 eph, 4 idx, mask, 4 idx     P's real initiation to L (mutated);
 *                                          L answers with the second index
 *   2 LINIT 32 eph, 32 eph, 4 idx, 4 idx   L initiates, P answers; the answer
 *                                          is kept for record 3
 *   3 PRESP mask                           P's answer to L (mutated)
 *   4 COOK  mask                           P's cookie reply to L's last
 *                                          initiation (mutated); consumed
 *                                          by L's maker (flag 0: through
 *                                          the RAW delivery path instead)
 *   5 LRESP mask                           L's answer to record 1, to P
 *   6 CLOCK u16 ms                         advance both clocks
 *   7 PSK   (flags & 3)                    0 psk on both, 1 psk on L only,
 *                                          2 clear L's handshake, 3 clear P's
 *
 * op >> 3 are flags: bit 0 recompute mac1 (so mutated messages reach the
 * Noise code), bit 1 "under load" (mac2 demanded), bit 2 point a RAW
 * response's receiver index at L's pending initiation, bit 3 skip the mac
 * check and call consume_* directly (they check type and length themselves).
 * A mask is u8 n then n (offset, xor) pairs.
 *
 * Must never crash, and: classify's type/length contract holds; a
 * non-handshake message never passes mac1; a successful consume leaves the
 * documented state; when the initiator accepts exactly the response the
 * responder made, their keys mirror each other (send = the other's
 * receive); a cookie consumed now makes a mac2 the peer accepts.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cookie.h"
#include "crypto.h"
#include "noise.h"
#include "wg_wire.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

struct side {
	struct tg_noise_local local;
	struct tg_noise_handshake hs;     /* toward the other side */
	struct tg_cookie_checker checker; /* ours */
	struct tg_cookie_maker maker;     /* toward the other side */
	struct tg_noise_keypair kp;
	bool has_kp;
	uint8_t out[TG_WG_INITIATION_LEN]; /* last message this side made */
	size_t out_len;
	uint8_t last_init[TG_WG_INITIATION_LEN];
	bool has_last_init;
};

struct reader {
	const uint8_t *p;
	size_t n;
};

static const uint8_t priv_l[32] = { 0x58, 0x1f, 0x92, 0x3a, 0x04, 0x6c, 0xbb, 0x21,
				    0x90, 0x11, 0x7e, 0x35, 0xc2, 0x08, 0x4d, 0x66,
				    0x13, 0xa7, 0x5b, 0x2e, 0x81, 0xf0, 0x39, 0x44,
				    0xd6, 0x0a, 0x77, 0x29, 0xe5, 0x1c, 0x63, 0x48 };
static const uint8_t priv_p[32] = { 0x70, 0x26, 0x4f, 0x81, 0xb9, 0x3c, 0x05, 0xe2,
				    0x17, 0x6a, 0xd4, 0x98, 0x2b, 0x51, 0xcf, 0x0e,
				    0x84, 0x39, 0x6d, 0xa2, 0x1f, 0xe8, 0x57, 0x03,
				    0xbc, 0x46, 0x91, 0x2d, 0x7a, 0xe4, 0x18, 0x5f };
static const struct tg_cookie_src src = { 4, { 192, 0, 2, 7 }, 0xcaca };

static struct tg_manual_clock clk;
static struct side L, P;

static void take(struct reader *r, void *out, size_t n)
{
	size_t k = r->n < n ? r->n : n;

	memcpy(out, r->p, k);
	memset((uint8_t *)out + k, 0, n - k);
	r->p += k;
	r->n -= k;
}

static uint8_t take8(struct reader *r)
{
	uint8_t v;

	take(r, &v, 1);
	return v;
}

static uint32_t take32(struct reader *r)
{
	uint8_t b[4];

	take(r, b, 4);
	return tg_le32_get(b);
}

static void apply_mask(struct reader *r, uint8_t *msg, size_t len)
{
	unsigned n = take8(r);

	for (unsigned i = 0; i < n && r->n; i++) {
		uint8_t off = take8(r), x = take8(r);

		if (len)
			msg[off % len] ^= x;
	}
}

static struct tg_noise_handshake *by_static(void *ctx, const uint8_t pub[32])
{
	struct side *s = ctx;

	return memcmp(s->hs.remote_static, pub, 32) == 0 ? &s->hs : NULL;
}

static struct tg_noise_handshake *by_index(void *ctx, uint32_t idx)
{
	struct side *s = ctx;

	return s->hs.local_index == idx ? &s->hs : NULL;
}

static void side_init(struct side *s, const uint8_t *priv, const uint8_t *other_pub)
{
	memset(s, 0, sizeof(*s));
	tg_noise_local_set(&s->local, priv);
	tg_noise_handshake_init(&s->hs, &s->local, other_pub, NULL);
	tg_cookie_checker_init(&s->checker, s->local.pub);
	tg_cookie_maker_init(&s->maker, other_pub);
}

static void setup(void)
{
	uint8_t pub_l[32], pub_p[32];

	tg_manual_clock_init(&clk, 1000 * TG_NS_PER_SEC, 1700000000ULL * TG_NS_PER_SEC);
	tg_x25519_public(pub_l, priv_l);
	tg_x25519_public(pub_p, priv_p);
	side_init(&L, priv_l, pub_p);
	side_init(&P, priv_p, pub_l);
}

static void teardown(void)
{
	struct side *s[2] = { &L, &P };

	for (int i = 0; i < 2; i++) {
		tg_noise_handshake_wipe(&s[i]->hs);
		tg_cookie_checker_wipe(&s[i]->checker);
		tg_cookie_maker_wipe(&s[i]->maker);
	}
}

static void check(bool ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "wg_handshake_fuzz: invariant violated: %s\n", what);
		abort();
	}
}

/*
 * s consumed `resp` and derived keys. If `from` made that very response
 * (same ephemeral and sealed empty payload, the authenticated part), both
 * keypairs come from one handshake and must mirror each other.
 */
static void check_pair(const struct side *s, const struct side *from,
		       const uint8_t *resp)
{
	if (!from->has_kp || from->out_len != TG_WG_RESPONSE_LEN ||
	    memcmp(from->out + 12, resp + 12, 48) != 0)
		return;
	check(memcmp(s->kp.send_key, from->kp.recv_key, 32) == 0 &&
	      memcmp(s->kp.recv_key, from->kp.send_key, 32) == 0,
	      "keys of one handshake disagree");
	check(s->kp.is_initiator && !from->kp.is_initiator, "initiator flags");
}

/* s consumed an initiation: answer it (kept in s->out) and derive. */
static void answer(struct side *s, uint32_t idx, const uint8_t *eph)
{
	struct tg_wg_response resp;

	s->hs.test_ephemeral = eph;
	check(tg_noise_create_response(&s->hs, idx ? idx : 1, &resp) == 0,
	      "create_response after a consumed initiation");
	s->hs.test_ephemeral = NULL;
	tg_cookie_add_macs(&s->maker, (uint8_t *)&resp, sizeof(resp), &clk.clock);
	memcpy(s->out, &resp, sizeof(resp));
	s->out_len = sizeof(resp);
	check(tg_noise_derive_keypair(&s->hs, &clk.clock, &s->kp) == 0,
	      "derive after create_response");
	s->has_kp = true;
	check(s->hs.state == TG_HS_NONE, "handshake reset after derive");
}

/*
 * Deliver msg to side s the way the cp does (classify, mac1, under load
 * mac2 or a cookie reply, then Noise). Flags as in the file comment.
 */
static void deliver(struct side *s, struct side *from, uint8_t *msg, size_t len,
		    unsigned flags, uint32_t resp_idx)
{
	int type = tg_wg_classify(msg, len);
	struct tg_noise_handshake *hs = NULL;
	int rc;

	if (type)
		check(type >= 1 && type <= 4 && msg[0] == type, "classify type");
	if (type == MESSAGE_HANDSHAKE_INITIATION)
		check(len == TG_WG_INITIATION_LEN, "classify initiation length");
	if (type == MESSAGE_HANDSHAKE_RESPONSE)
		check(len == TG_WG_RESPONSE_LEN, "classify response length");
	if (type == MESSAGE_HANDSHAKE_COOKIE)
		check(len == TG_WG_COOKIE_LEN, "classify cookie length");
	if (type == MESSAGE_DATA)
		check(len >= TG_WG_DATA_MIN_LEN, "classify data length");

	if ((flags & 4) && type == MESSAGE_HANDSHAKE_RESPONSE)
		tg_le32_put(msg + 8, resp_idx);
	if ((flags & 1) && (type == 1 || type == 2))
		tg_cookie_add_macs(&from->maker, msg, len, &clk.clock);

	if (!(flags & 8)) {
		if (type == MESSAGE_HANDSHAKE_COOKIE) {
			(void)tg_cookie_consume_reply(&s->maker, msg, len, &clk.clock);
			return;
		}
		if (type != 1 && type != 2) {
			check(tg_cookie_validate(&s->checker, msg, len, &src, true,
						 &clk.clock) == TG_COOKIE_BAD_MAC1,
			      "non-handshake message passed mac1");
			return;
		}
		enum tg_cookie_verdict v = tg_cookie_validate(&s->checker, msg, len, &src,
							      flags & 2, &clk.clock);
		if (v == TG_COOKIE_BAD_MAC1)
			return;
		if ((flags & 2) && v != TG_COOKIE_MAC2_OK) {
			struct tg_wg_cookie_reply r;

			tg_cookie_reply_create(&s->checker, &r, msg, len, &src, &clk.clock);
			if (tg_cookie_consume_reply(&from->maker, (uint8_t *)&r, sizeof(r),
						    &clk.clock) == 0)
				check(from->maker.has_cookie, "consumed cookie kept");
			return;
		}
	}

	rc = tg_noise_consume_initiation(&s->local, msg, len, by_static, s, &clk.clock, &hs);
	if (rc == 0) {
		check(type == 1 && hs == &s->hs && hs->state == TG_HS_CONSUMED_INITIATION,
		      "consumed initiation state");
		uint8_t eph[32];

		memset(eph, 0x5a, sizeof(eph));
		answer(s, resp_idx, eph);
		return;
	}
	check(rc < 0 && rc >= TG_NOISE_E_LENGTH, "consume_initiation result range");
	rc = tg_noise_consume_response(&s->local, msg, len, by_index, s, &hs);
	if (rc == 0) {
		check(type == 2 && hs == &s->hs && hs->state == TG_HS_CONSUMED_RESPONSE,
		      "consumed response state");
		check(tg_noise_derive_keypair(&s->hs, &clk.clock, &s->kp) == 0,
		      "derive after consume_response");
		s->has_kp = true;
		check_pair(s, from, msg);
		return;
	}
	check(rc < 0 && rc >= TG_NOISE_E_LENGTH, "consume_response result range");
}

/* side s creates an initiation to the other side (kept in s->out). */
static bool initiate(struct side *s, const uint8_t *eph, uint32_t idx)
{
	struct tg_wg_initiation init;

	s->hs.test_ephemeral = eph;
	if (tg_noise_create_initiation(&s->local, &s->hs, idx ? idx : 1, &clk.clock, &init)) {
		s->hs.test_ephemeral = NULL;
		return false;
	}
	s->hs.test_ephemeral = NULL;
	tg_cookie_add_macs(&s->maker, (uint8_t *)&init, sizeof(init), &clk.clock);
	memcpy(s->out, &init, sizeof(init));
	s->out_len = sizeof(init);
	memcpy(s->last_init, &init, sizeof(init));
	s->has_last_init = true;
	return true;
}

static void op_raw(struct reader *r, unsigned flags)
{
	uint8_t msg[256];
	size_t len = take8(r);

	take(r, msg, len);
	deliver(&L, &P, msg, len, flags, L.hs.local_index);
}

static void op_peer_init(struct reader *r, unsigned flags)
{
	uint8_t eph[32], msg[TG_WG_INITIATION_LEN];
	uint32_t idx;

	take(r, eph, 32);
	idx = take32(r);
	if (!initiate(&P, eph, idx)) {
		apply_mask(r, msg, 0);
		return;
	}
	memcpy(msg, P.out, sizeof(msg));
	apply_mask(r, msg, sizeof(msg));
	deliver(&L, &P, msg, sizeof(msg), flags, take32(r));
}

static void op_local_init(struct reader *r, unsigned flags)
{
	uint8_t eph_l[32], eph_p[32];
	struct tg_noise_handshake *hs;
	uint32_t idx_l, idx_p;

	take(r, eph_l, 32);
	take(r, eph_p, 32);
	idx_l = take32(r);
	idx_p = take32(r);
	(void)flags;
	P.out_len = 0;
	if (!initiate(&L, eph_l, idx_l))
		return;
	check(tg_cookie_validate(&P.checker, L.out, L.out_len, &src, false, &clk.clock) ==
	      TG_COOKIE_MAC1_OK, "our initiation's mac1 verifies at the peer");
	if (tg_noise_consume_initiation(&P.local, L.out, L.out_len, by_static, &P,
					&clk.clock, &hs) == 0)
		answer(&P, idx_p, eph_p);
}

/* Deliver what `from` made last (mutated) to `to`. */
static void op_forward(struct reader *r, struct side *from, struct side *to,
		       unsigned flags)
{
	uint8_t msg[TG_WG_INITIATION_LEN];
	size_t len = from->out_len;

	memcpy(msg, from->out, len);
	apply_mask(r, msg, len);
	deliver(to, from, msg, len, flags, to->hs.local_index);
}

static void op_cookie(struct reader *r, unsigned flags)
{
	struct tg_wg_cookie_reply reply;
	uint8_t eph[32];

	if (!L.has_last_init) {
		apply_mask(r, (uint8_t *)&reply, 0);
		return;
	}
	tg_cookie_reply_create(&P.checker, &reply, L.last_init, sizeof(L.last_init),
			       &src, &clk.clock);
	apply_mask(r, (uint8_t *)&reply, sizeof(reply));
	if (flags & 1) {
		deliver(&L, &P, (uint8_t *)&reply, sizeof(reply), flags, 0);
		return;
	}
	if (tg_cookie_consume_reply(&L.maker, (uint8_t *)&reply, sizeof(reply),
				    &clk.clock) != 0)
		return;
	/* A cookie consumed now: L's next initiation carries a mac2 P accepts. */
	check(L.maker.has_cookie && !L.maker.has_last_mac1, "cookie kept, one per message");
	memset(eph, 0x3c, sizeof(eph));
	if (initiate(&L, eph, 7))
		check(tg_cookie_validate(&P.checker, L.out, L.out_len, &src, true,
					 &clk.clock) == TG_COOKIE_MAC2_OK,
		      "mac2 from a fresh cookie verifies");
}

static void op_psk(unsigned flags)
{
	uint8_t psk[32];

	memset(psk, 0x77, sizeof(psk));
	switch (flags & 3) {
	case 0:
		tg_noise_handshake_set_psk(&L.hs, psk);
		tg_noise_handshake_set_psk(&P.hs, psk);
		break;
	case 1:
		tg_noise_handshake_set_psk(&L.hs, psk);
		break;
	case 2:
		tg_noise_handshake_clear(&L.hs);
		break;
	default:
		tg_noise_handshake_clear(&P.hs);
		break;
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (tg_crypto_init() != 0)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reader r = { data, size };
	int steps = 0;

	setup();
	while (r.n && steps++ < 32) {
		uint8_t op = take8(&r);
		unsigned flags = op >> 3;

		switch (op & 7) {
		case 0: op_raw(&r, flags); break;
		case 1: op_peer_init(&r, flags); break;
		case 2: op_local_init(&r, flags); break;
		case 3: op_forward(&r, &P, &L, flags); break;
		case 4: op_cookie(&r, flags); break;
		case 5: op_forward(&r, &L, &P, flags); break;
		case 6: {
			uint8_t b[2];
			uint64_t ms;

			take(&r, b, 2);
			ms = (uint64_t)(b[0] | b[1] << 8);
			clk.mono += ms * 1000000ULL;
			clk.wall += ms * 1000000ULL;
			break;
		}
		default: op_psk(flags); break;
		}
	}
	teardown();
	return 0;
}
