/*
 * noise: two in-memory peers run Noise_IKpsk2 both ways and derive matching
 * keys that round-trip the data AEAD; every byte of every encrypted or MAC
 * field flipped is rejected; a replayed initiation and an initiation flood
 * are rejected; psk mismatch fails; nothing changes on a failed consume.
 * The golden transcript from tests/vectors/wg_golden.py (PyNaCl + hashlib,
 * an implementation we did not write) is reproduced byte for byte.
 */
#include <string.h>

#include "cookie.h"
#include "crypto.h"
#include "noise.h"
#include "unit/test_util.h"
#include "vectors/wg_golden.h"

struct side {
	struct tg_noise_local local;
	struct tg_noise_handshake hs;   /* toward the other side */
	struct tg_cookie_checker checker;
	struct tg_cookie_maker maker;   /* toward the other side */
	struct tg_noise_keypair kp;
};

static struct tg_manual_clock clk;
static struct side A, B;

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

static void setup(const uint8_t *psk_a, const uint8_t *psk_b)
{
	uint8_t pa[32], pb[32], pub[32];

	tg_manual_clock_init(&clk, 1000 * TG_NS_PER_SEC, 1700000000ULL * TG_NS_PER_SEC);
	tg_x25519_generate(pa, pub);
	tg_x25519_generate(pb, pub);
	tg_noise_local_set(&A.local, pa);
	tg_noise_local_set(&B.local, pb);
	tg_noise_handshake_init(&A.hs, &A.local, B.local.pub, psk_a);
	tg_noise_handshake_init(&B.hs, &B.local, A.local.pub, psk_b);
	tg_cookie_checker_init(&A.checker, A.local.pub);
	tg_cookie_checker_init(&B.checker, B.local.pub);
	tg_cookie_maker_init(&A.maker, B.local.pub);
	tg_cookie_maker_init(&B.maker, A.local.pub);
	tg_wipe(pa, 32);
	tg_wipe(pb, 32);
}

static const struct tg_cookie_src src = { 4, { 192, 0, 2, 1 }, 0x3412 };

/* i initiates to r; returns 0 when both derived keys. */
static int handshake(struct side *i, struct side *r)
{
	struct tg_wg_initiation init;
	struct tg_wg_response resp;
	struct tg_noise_handshake *hs;

	if (tg_noise_create_initiation(&i->local, &i->hs, 0x11111111, &clk.clock, &init))
		return -1;
	tg_cookie_add_macs(&i->maker, (uint8_t *)&init, sizeof(init), &clk.clock);
	if (tg_cookie_validate(&r->checker, (uint8_t *)&init, sizeof(init), &src,
			       false, &clk.clock) != TG_COOKIE_MAC1_OK)
		return -2;
	if (tg_noise_consume_initiation(&r->local, (uint8_t *)&init, sizeof(init),
					by_static, r, &clk.clock, &hs) || hs != &r->hs)
		return -3;
	if (tg_noise_create_response(&r->hs, 0x22222222, &resp))
		return -4;
	tg_cookie_add_macs(&r->maker, (uint8_t *)&resp, sizeof(resp), &clk.clock);
	if (tg_cookie_validate(&i->checker, (uint8_t *)&resp, sizeof(resp), &src,
			       false, &clk.clock) != TG_COOKIE_MAC1_OK)
		return -5;
	if (tg_noise_consume_response(&i->local, (uint8_t *)&resp, sizeof(resp),
				      by_index, i, &hs) || hs != &i->hs)
		return -6;
	if (tg_noise_derive_keypair(&r->hs, &clk.clock, &r->kp) ||
	    tg_noise_derive_keypair(&i->hs, &clk.clock, &i->kp))
		return -7;
	return 0;
}

static void check_keys(struct side *i, struct side *r)
{
	uint8_t pt[100], ct[116], back[100];

	CU_ASSERT(memcmp(i->kp.send_key, r->kp.recv_key, 32) == 0);
	CU_ASSERT(memcmp(i->kp.recv_key, r->kp.send_key, 32) == 0);
	CU_ASSERT(memcmp(i->kp.send_key, i->kp.recv_key, 32) != 0);
	CU_ASSERT(i->kp.is_initiator && !r->kp.is_initiator);
	CU_ASSERT_EQUAL(i->kp.local_index, 0x11111111);
	CU_ASSERT_EQUAL(i->kp.remote_index, 0x22222222);
	CU_ASSERT_EQUAL(r->kp.local_index, 0x22222222);
	CU_ASSERT_EQUAL(r->kp.remote_index, 0x11111111);
	CU_ASSERT_EQUAL(i->kp.birth_ns, clk.mono);
	tg_random(pt, sizeof(pt));
	tg_aead->seal(ct, pt, sizeof(pt), 5, i->kp.send_key);
	CU_ASSERT(tg_aead->open(back, ct, sizeof(ct), 5, r->kp.recv_key) == 0);
	CU_ASSERT(memcmp(back, pt, sizeof(pt)) == 0);
	tg_aead->seal(ct, pt, sizeof(pt), 6, r->kp.send_key);
	CU_ASSERT(tg_aead->open(back, ct, sizeof(ct), 6, i->kp.recv_key) == 0);
	/* handshake state wiped after derivation */
	CU_ASSERT(i->hs.state == TG_HS_NONE && r->hs.state == TG_HS_NONE);
	for (int k = 0; k < 32; k++)
		CU_ASSERT(i->hs.ephemeral_priv[k] == 0 && i->hs.chaining_key[k] == 0);
}

static void test_both_ways(void)
{
	uint8_t psk[32];

	setup(NULL, NULL);
	CU_ASSERT_EQUAL_FATAL(handshake(&A, &B), 0);
	check_keys(&A, &B);
	clk.wall += TG_NS_PER_SEC;
	clk.mono += TG_NS_PER_SEC;
	CU_ASSERT_EQUAL_FATAL(handshake(&B, &A), 0);
	check_keys(&B, &A);

	tg_random(psk, 32);
	setup(psk, psk);
	CU_ASSERT_EQUAL_FATAL(handshake(&A, &B), 0);
	check_keys(&A, &B);
}

static void test_psk_mismatch(void)
{
	uint8_t psk[32];

	tg_random(psk, 32);
	setup(psk, NULL);
	CU_ASSERT_EQUAL(handshake(&A, &B), -6);
	CU_ASSERT_EQUAL(A.hs.state, TG_HS_CREATED_INITIATION); /* untouched */
}

static int accept_initiation(const uint8_t *msg, size_t len)
{
	struct tg_noise_handshake *hs;

	if (tg_cookie_validate(&B.checker, msg, len, &src, false, &clk.clock) !=
	    TG_COOKIE_MAC1_OK)
		return -100;
	return tg_noise_consume_initiation(&B.local, msg, len, by_static, &B,
					   &clk.clock, &hs);
}

static void test_flip_initiation(void)
{
	struct tg_wg_initiation init;
	uint8_t m[sizeof(init)];
	struct tg_noise_handshake *hs;

	setup(NULL, NULL);
	CU_ASSERT_FATAL(tg_noise_create_initiation(&A.local, &A.hs, 7, &clk.clock, &init) == 0);
	tg_cookie_add_macs(&A.maker, (uint8_t *)&init, sizeof(init), &clk.clock);
	/* every byte up to and including mac1: the full receive path rejects */
	for (size_t i = 0; i < offsetof(struct tg_wg_initiation, macs.mac2); i++) {
		for (int bit = 0; bit < 8; bit += 7) {
			memcpy(m, &init, sizeof(m));
			m[i] ^= (uint8_t)(1u << bit);
			CU_ASSERT(accept_initiation(m, sizeof(m)) != 0);
		}
	}
	/* encrypted/ephemeral fields alone (macs skipped): noise rejects */
	for (size_t i = offsetof(struct tg_wg_initiation, unencrypted_ephemeral);
	     i < offsetof(struct tg_wg_initiation, macs); i++) {
		memcpy(m, &init, sizeof(m));
		m[i] ^= 0x01;
		CU_ASSERT(tg_noise_consume_initiation(&B.local, m, sizeof(m), by_static,
						      &B, &clk.clock, &hs) != 0);
	}
	CU_ASSERT_EQUAL(B.hs.state, TG_HS_NONE); /* nothing changed */
	CU_ASSERT(accept_initiation((uint8_t *)&init, sizeof(init)) == 0);
	CU_ASSERT_EQUAL(B.hs.state, TG_HS_CONSUMED_INITIATION);
	/* length / type checks */
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&init, 147, by_static,
					      &B, &clk.clock, &hs) == TG_NOISE_E_LENGTH);
}

static void test_flip_response(void)
{
	struct tg_wg_initiation init;
	struct tg_wg_response resp;
	struct tg_noise_handshake *hs;
	uint8_t m[sizeof(resp)];

	setup(NULL, NULL);
	CU_ASSERT_FATAL(tg_noise_create_initiation(&A.local, &A.hs, 7, &clk.clock, &init) == 0);
	CU_ASSERT_FATAL(tg_noise_consume_initiation(&B.local, (uint8_t *)&init, sizeof(init),
						    by_static, &B, &clk.clock, &hs) == 0);
	CU_ASSERT_FATAL(tg_noise_create_response(&B.hs, 9, &resp) == 0);
	tg_cookie_add_macs(&B.maker, (uint8_t *)&resp, sizeof(resp), &clk.clock);
	for (size_t i = 0; i < offsetof(struct tg_wg_response, macs.mac2); i++) {
		memcpy(m, &resp, sizeof(m));
		m[i] ^= 0x80;
		CU_ASSERT(tg_cookie_validate(&A.checker, m, sizeof(m), &src, false,
					     &clk.clock) == TG_COOKIE_BAD_MAC1);
		/* sender index and mac1 are covered by mac1 only */
		if (i >= offsetof(struct tg_wg_response, receiver_index) &&
		    i < offsetof(struct tg_wg_response, macs))
			CU_ASSERT(tg_noise_consume_response(&A.local, m, sizeof(m),
							    by_index, &A, &hs) != 0);
	}
	CU_ASSERT_EQUAL(A.hs.state, TG_HS_CREATED_INITIATION);
	CU_ASSERT(tg_noise_consume_response(&A.local, (uint8_t *)&resp, sizeof(resp),
					    by_index, &A, &hs) == 0);
	/* a second copy of the response finds no pending initiation */
	CU_ASSERT(tg_noise_consume_response(&A.local, (uint8_t *)&resp, sizeof(resp),
					    by_index, &A, &hs) == TG_NOISE_E_UNKNOWN_INDEX);
}

static void test_replay_and_flood(void)
{
	struct tg_wg_initiation i1, i2;
	struct tg_noise_handshake *hs;

	setup(NULL, NULL);
	CU_ASSERT_FATAL(tg_noise_create_initiation(&A.local, &A.hs, 7, &clk.clock, &i1) == 0);
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&i1, sizeof(i1),
					      by_static, &B, &clk.clock, &hs) == 0);
	clk.mono += TG_NS_PER_SEC;
	/* the same initiation again: replay */
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&i1, sizeof(i1),
					      by_static, &B, &clk.clock, &hs) ==
		  TG_NOISE_E_REPLAY);
	CU_ASSERT(hs == &B.hs);
	/* a new one in the same 2^24 ns timestamp bucket: also replay */
	clk.wall += 1000;
	CU_ASSERT_FATAL(tg_noise_create_initiation(&A.local, &A.hs, 7, &clk.clock, &i2) == 0);
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&i2, sizeof(i2),
					      by_static, &B, &clk.clock, &hs) ==
		  TG_NOISE_E_REPLAY);
	/* newer timestamp but 10 ms after the last accepted one: flood */
	clk.wall += TG_NS_PER_SEC;
	CU_ASSERT_FATAL(tg_noise_create_initiation(&A.local, &A.hs, 7, &clk.clock, &i2) == 0);
	clk.mono -= TG_NS_PER_SEC - 10000000;
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&i2, sizeof(i2),
					      by_static, &B, &clk.clock, &hs) ==
		  TG_NOISE_E_FLOOD);
	clk.mono += 20000000;
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&i2, sizeof(i2),
					      by_static, &B, &clk.clock, &hs) == 0);
	/* after acceptance, the older one is a replay even much later */
	clk.mono += 100 * TG_NS_PER_SEC;
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&i1, sizeof(i1),
					      by_static, &B, &clk.clock, &hs) ==
		  TG_NOISE_E_REPLAY);
}

static void test_unknown_peer(void)
{
	struct tg_wg_initiation init;
	struct tg_noise_handshake *hs;
	struct side C;
	uint8_t pc[32], pub[32];

	setup(NULL, NULL);
	tg_x25519_generate(pc, pub);
	tg_noise_local_set(&C.local, pc);
	tg_noise_handshake_init(&C.hs, &C.local, B.local.pub, NULL);
	CU_ASSERT_FATAL(tg_noise_create_initiation(&C.local, &C.hs, 7, &clk.clock, &init) == 0);
	CU_ASSERT(tg_noise_consume_initiation(&B.local, (uint8_t *)&init, sizeof(init),
					      by_static, &B, &clk.clock, &hs) ==
		  TG_NOISE_E_UNKNOWN_PEER);
	CU_ASSERT_PTR_NULL(hs);
	/* no private key: nothing created */
	tg_noise_local_set(&C.local, NULL);
	CU_ASSERT(tg_noise_create_initiation(&C.local, &C.hs, 7, &clk.clock, &init) ==
		  TG_NOISE_E_STATE);
	/* index 0 is never used */
	CU_ASSERT(tg_noise_create_initiation(&A.local, &A.hs, 0, &clk.clock, &init) ==
		  TG_NOISE_E_STATE);
}

static void test_tai64n(void)
{
	uint8_t t[12], t2[12];

	tg_noise_tai64n(t, 0);
	CU_ASSERT(t[0] == 0x40 && t[7] == 0x0a && t[8] == 0 && t[11] == 0);
	tg_noise_tai64n(t, 1ULL * TG_NS_PER_SEC + 999999999ULL);
	CU_ASSERT(t[7] == 0x0b);
	/* nanoseconds big-endian, whitened to 2^24 */
	CU_ASSERT(t[11] == 0 && t[10] == 0 && t[9] == 0 && t[8] == 0x3b);
	tg_noise_tai64n(t2, 2ULL * TG_NS_PER_SEC);
	CU_ASSERT(memcmp(t, t2, 12) < 0);
}

static bool in_use_small(void *ctx, uint32_t idx)
{
	int *calls = ctx;

	(*calls)++;
	return *calls < 5; /* first four candidates "taken" */
}

static void test_random_index(void)
{
	int calls = 0;

	for (int i = 0; i < 1000; i++)
		CU_ASSERT(tg_noise_random_index(NULL, NULL) != 0);
	(void)tg_noise_random_index(in_use_small, &calls);
	CU_ASSERT(calls >= 5);
}

/* The transcript from tests/vectors/wg_golden.py, byte for byte. */
static void test_golden(void)
{
	struct tg_noise_local li, lr;
	struct tg_noise_handshake hi, hr, *hs;
	struct tg_cookie_maker mi, mr;
	struct tg_wg_initiation init;
	struct tg_wg_response resp;
	struct tg_noise_keypair ki, kr;
	struct side ctx_r, ctx_i;

	tg_manual_clock_init(&clk, 5 * TG_NS_PER_SEC, WG_GOLDEN_WALL_NS);
	tg_noise_local_set(&li, wg_golden_init_static);
	tg_noise_local_set(&lr, wg_golden_resp_static);
	tg_noise_handshake_init(&hi, &li, lr.pub, wg_golden_psk);
	tg_noise_handshake_init(&hr, &lr, li.pub, wg_golden_psk);
	tg_cookie_maker_init(&mi, lr.pub);
	tg_cookie_maker_init(&mr, li.pub);
	hi.test_ephemeral = wg_golden_init_ephemeral;
	hr.test_ephemeral = wg_golden_resp_ephemeral;

	CU_ASSERT_FATAL(tg_noise_create_initiation(&li, &hi, WG_GOLDEN_INIT_INDEX,
						   &clk.clock, &init) == 0);
	tg_cookie_add_macs(&mi, (uint8_t *)&init, sizeof(init), &clk.clock);
	CU_ASSERT(memcmp(&init, wg_golden_initiation, sizeof(init)) == 0);

	ctx_r.hs = hr;
	CU_ASSERT_FATAL(tg_noise_consume_initiation(&lr, wg_golden_initiation,
						    sizeof(wg_golden_initiation),
						    by_static, &ctx_r, &clk.clock, &hs) == 0);
	CU_ASSERT_FATAL(tg_noise_create_response(&ctx_r.hs, WG_GOLDEN_RESP_INDEX, &resp) == 0);
	tg_cookie_add_macs(&mr, (uint8_t *)&resp, sizeof(resp), &clk.clock);
	CU_ASSERT(memcmp(&resp, wg_golden_response, sizeof(resp)) == 0);

	ctx_i.hs = hi;
	CU_ASSERT_FATAL(tg_noise_consume_response(&li, wg_golden_response,
						  sizeof(wg_golden_response),
						  by_index, &ctx_i, &hs) == 0);
	CU_ASSERT_FATAL(tg_noise_derive_keypair(&ctx_i.hs, &clk.clock, &ki) == 0);
	CU_ASSERT_FATAL(tg_noise_derive_keypair(&ctx_r.hs, &clk.clock, &kr) == 0);
	CU_ASSERT(memcmp(ki.send_key, wg_golden_init_send, 32) == 0);
	CU_ASSERT(memcmp(ki.recv_key, wg_golden_init_recv, 32) == 0);
	CU_ASSERT(memcmp(kr.send_key, wg_golden_init_recv, 32) == 0);
	CU_ASSERT(memcmp(kr.recv_key, wg_golden_init_send, 32) == 0);
	/* the first data message (keepalive, counter 0) Python sealed */
	{
		uint8_t tag[16];
		CU_ASSERT(tg_aead->open(tag, wg_golden_keepalive + 16, 16, 0,
					kr.recv_key) == 0);
	}
}

static int suite_init(void)
{
	return tg_crypto_init();
}

void noise_test_register(void)
{
	TG_ADD_SUITE("noise", suite_init, NULL,
		     { "both_ways", test_both_ways },
		     { "psk_mismatch", test_psk_mismatch },
		     { "flip_initiation", test_flip_initiation },
		     { "flip_response", test_flip_response },
		     { "replay_and_flood", test_replay_and_flood },
		     { "unknown_peer", test_unknown_peer },
		     { "tai64n", test_tai64n },
		     { "random_index", test_random_index },
		     { "golden_transcript", test_golden });
}
