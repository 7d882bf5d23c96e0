/*
 * cookie: mac1/mac2 and the cookie-reply round trip (whitepaper §5.4.7):
 * under load an initiation without mac2 gets a cookie reply, the retry
 * carrying mac2 is accepted; every byte of a cookie reply's nonce and
 * encrypted cookie flipped is rejected; the cookie is bound to the source
 * address+port; the maker stops using a cookie after MAX_AGE - LATENCY; the
 * checker's secret rotates after COOKIE_SECRET_MAX_AGE.
 */
#include <arpa/inet.h>
#include <string.h>

#include "cookie.h"
#include "crypto.h"
#include "noise.h"
#include "unit/test_util.h"
#include "vectors/wg_golden.h"

static struct tg_manual_clock clk;
static struct tg_noise_local li, lr;
static struct tg_noise_handshake hi, hr;
static struct tg_cookie_checker checker; /* responder's */
static struct tg_cookie_maker maker;     /* initiator's, toward responder */
static const struct tg_cookie_src src = { 4, { 198, 51, 100, 7 }, 0xb80b };

static struct tg_noise_handshake *by_static(void *ctx, const uint8_t pub[32])
{
	return memcmp(hr.remote_static, pub, 32) == 0 ? &hr : NULL;
}

static void setup(void)
{
	uint8_t k[32], pub[32];

	tg_manual_clock_init(&clk, 50 * TG_NS_PER_SEC, 1700000000ULL * TG_NS_PER_SEC);
	tg_x25519_generate(k, pub);
	tg_noise_local_set(&li, k);
	tg_x25519_generate(k, pub);
	tg_noise_local_set(&lr, k);
	tg_noise_handshake_init(&hi, &li, lr.pub, NULL);
	tg_noise_handshake_init(&hr, &lr, li.pub, NULL);
	tg_cookie_checker_init(&checker, lr.pub);
	tg_cookie_maker_init(&maker, lr.pub);
}

static void new_initiation(struct tg_wg_initiation *m)
{
	clk.wall += TG_NS_PER_SEC;
	CU_ASSERT_FATAL(tg_noise_create_initiation(&li, &hi, 77, &clk.clock, m) == 0);
	tg_cookie_add_macs(&maker, (uint8_t *)m, sizeof(*m), &clk.clock);
}

static enum tg_cookie_verdict check(const void *m, const struct tg_cookie_src *s)
{
	return tg_cookie_validate(&checker, m, TG_WG_INITIATION_LEN, s, true,
				  &clk.clock);
}

static void test_under_load_round_trip(void)
{
	struct tg_wg_initiation m;
	struct tg_wg_cookie_reply r;
	struct tg_noise_handshake *hs;
	static const uint8_t zero[16];

	setup();
	new_initiation(&m);
	CU_ASSERT(memcmp(m.macs.mac2, zero, 16) == 0); /* no cookie yet */
	CU_ASSERT_EQUAL(check(&m, &src), TG_COOKIE_MAC1_OK);
	tg_cookie_reply_create(&checker, &r, (uint8_t *)&m, sizeof(m), &src, &clk.clock);
	CU_ASSERT_EQUAL(r.type, MESSAGE_HANDSHAKE_COOKIE);
	CU_ASSERT_EQUAL(tg_le32_get(r.receiver_index), 77);
	CU_ASSERT(tg_cookie_consume_reply(&maker, (uint8_t *)&r, sizeof(r), &clk.clock) == 0);
	/* the same reply again is refused (one per message sent) */
	CU_ASSERT(tg_cookie_consume_reply(&maker, (uint8_t *)&r, sizeof(r), &clk.clock) == -1);

	clk.mono += TG_NS_PER_SEC;
	new_initiation(&m);
	CU_ASSERT(memcmp(m.macs.mac2, zero, 16) != 0);
	CU_ASSERT_EQUAL(check(&m, &src), TG_COOKIE_MAC2_OK);
	CU_ASSERT(tg_noise_consume_initiation(&lr, (uint8_t *)&m, sizeof(m), by_static,
					      NULL, &clk.clock, &hs) == 0);
	/* not under load: mac2 not looked at */
	CU_ASSERT_EQUAL(tg_cookie_validate(&checker, (uint8_t *)&m, sizeof(m), &src,
					   false, &clk.clock), TG_COOKIE_MAC1_OK);
	/* every mac2 byte flipped: no longer MAC2_OK */
	for (size_t i = offsetof(struct tg_wg_initiation, macs.mac2); i < sizeof(m); i++) {
		uint8_t x[sizeof(m)];
		memcpy(x, &m, sizeof(m));
		x[i] ^= 0x10;
		CU_ASSERT_EQUAL(check(x, &src), TG_COOKIE_MAC1_OK);
	}
	/* bound to address and port */
	{
		struct tg_cookie_src other = src;
		other.port ^= 0x0100;
		CU_ASSERT_EQUAL(check(&m, &other), TG_COOKIE_MAC1_OK);
		other = src;
		other.addr[3] ^= 1;
		CU_ASSERT_EQUAL(check(&m, &other), TG_COOKIE_MAC1_OK);
	}
}

static void test_flip_cookie_reply(void)
{
	struct tg_wg_initiation m;
	struct tg_wg_cookie_reply r;
	uint8_t x[sizeof(r)];

	setup();
	new_initiation(&m);
	tg_cookie_reply_create(&checker, &r, (uint8_t *)&m, sizeof(m), &src, &clk.clock);
	for (size_t i = 0; i < sizeof(r); i++) {
		if (i >= 4 && i < 8)
			continue; /* receiver index: routed by the caller, not MACed */
		memcpy(x, &r, sizeof(r));
		x[i] ^= 0x04;
		CU_ASSERT(tg_cookie_consume_reply(&maker, x, sizeof(x), &clk.clock) == -1);
	}
	CU_ASSERT(!maker.has_cookie);
	CU_ASSERT(tg_cookie_consume_reply(&maker, (uint8_t *)&r, 63, &clk.clock) == -1);
	/* a reply to an older message (different mac1 as AD) is refused */
	new_initiation(&m);
	CU_ASSERT(tg_cookie_consume_reply(&maker, (uint8_t *)&r, sizeof(r), &clk.clock) == -1);
	/* a reply to the current one works */
	tg_cookie_reply_create(&checker, &r, (uint8_t *)&m, sizeof(m), &src, &clk.clock);
	CU_ASSERT(tg_cookie_consume_reply(&maker, (uint8_t *)&r, sizeof(r), &clk.clock) == 0);
}

static void test_mac1_all_bytes(void)
{
	struct tg_wg_initiation m;
	uint8_t x[sizeof(m)];

	setup();
	new_initiation(&m);
	for (size_t i = 0; i < offsetof(struct tg_wg_initiation, macs.mac2); i++) {
		memcpy(x, &m, sizeof(m));
		x[i] ^= 0x01;
		CU_ASSERT_EQUAL(check(x, &src), TG_COOKIE_BAD_MAC1);
	}
	/* wrong length or type, or no key */
	CU_ASSERT_EQUAL(tg_cookie_validate(&checker, (uint8_t *)&m, 92, &src, false,
					   &clk.clock), TG_COOKIE_BAD_MAC1);
	tg_cookie_checker_init(&checker, NULL);
	CU_ASSERT_EQUAL(check(&m, &src), TG_COOKIE_BAD_MAC1);
}

static void get_cookie(void)
{
	struct tg_wg_initiation m;
	struct tg_wg_cookie_reply r;

	new_initiation(&m);
	tg_cookie_reply_create(&checker, &r, (uint8_t *)&m, sizeof(m), &src, &clk.clock);
	CU_ASSERT_FATAL(tg_cookie_consume_reply(&maker, (uint8_t *)&r, sizeof(r),
						&clk.clock) == 0);
}

static void test_cookie_ages(void)
{
	struct tg_wg_initiation m;
	static const uint8_t zero[16];
	uint64_t t0;

	setup();
	get_cookie();
	t0 = clk.mono;
	/* maker: still used just before MAX_AGE - LATENCY, not at it */
	clk.mono = t0 + COOKIE_SECRET_MAX_AGE - COOKIE_SECRET_LATENCY - 1;
	new_initiation(&m);
	CU_ASSERT(memcmp(m.macs.mac2, zero, 16) != 0);
	clk.mono = t0 + COOKIE_SECRET_MAX_AGE - COOKIE_SECRET_LATENCY;
	new_initiation(&m);
	CU_ASSERT(memcmp(m.macs.mac2, zero, 16) == 0);

	/* checker: a cookie is valid until its secret rotates */
	setup();
	get_cookie();
	t0 = checker.secret_birth_ns;
	clk.mono = t0 + COOKIE_SECRET_MAX_AGE - COOKIE_SECRET_LATENCY - 1;
	new_initiation(&m);
	CU_ASSERT_EQUAL(check(&m, &src), TG_COOKIE_MAC2_OK);
	clk.mono = t0 + COOKIE_SECRET_MAX_AGE + 1;
	CU_ASSERT_EQUAL(check(&m, &src), TG_COOKIE_MAC1_OK); /* rotated */
	CU_ASSERT(checker.secret_birth_ns == clk.mono);
}

/* The cookie reply and mac2 from tests/vectors/wg_golden.py (PyNaCl
 * XChaCha20-Poly1305 + hashlib BLAKE2s), reproduced by our checker/maker. */
static void test_golden_cookie(void)
{
	struct tg_noise_local lr_g;
	struct tg_cookie_checker c;
	struct tg_cookie_maker m;
	struct tg_wg_cookie_reply r;
	uint8_t msg[TG_WG_INITIATION_LEN];
	struct tg_cookie_src s = { 4, { 198, 51, 100, 7 }, 0 };

	s.port = htons(51820);
	tg_manual_clock_init(&clk, 77 * TG_NS_PER_SEC, WG_GOLDEN_WALL_NS);
	tg_noise_local_set(&lr_g, wg_golden_resp_static);
	/* checker with the script's secret accepts the script's mac2 */
	tg_cookie_checker_init(&c, lr_g.pub);
	memcpy(c.secret, wg_golden_cookie_secret, 32);
	c.secret_birth_ns = clk.mono;
	CU_ASSERT_EQUAL(tg_cookie_validate(&c, wg_golden_initiation_mac2,
					   TG_WG_INITIATION_LEN, &s, true, &clk.clock),
			TG_COOKIE_MAC2_OK);
	CU_ASSERT_EQUAL(tg_cookie_validate(&c, wg_golden_initiation,
					   TG_WG_INITIATION_LEN, &s, true, &clk.clock),
			TG_COOKIE_MAC1_OK);
	/* maker: consume the script's reply, then produce the same mac2 */
	tg_cookie_maker_init(&m, lr_g.pub);
	memcpy(msg, wg_golden_initiation, sizeof(msg));
	tg_cookie_add_macs(&m, msg, sizeof(msg), &clk.clock);
	CU_ASSERT(memcmp(msg, wg_golden_initiation, sizeof(msg)) == 0);
	CU_ASSERT_FATAL(tg_cookie_consume_reply(&m, wg_golden_cookie_reply, 64,
						&clk.clock) == 0);
	CU_ASSERT(memcmp(m.cookie, wg_golden_cookie, 16) == 0);
	tg_cookie_add_macs(&m, msg, sizeof(msg), &clk.clock);
	CU_ASSERT(memcmp(msg, wg_golden_initiation_mac2, sizeof(msg)) == 0);
	/* our reply (random nonce) carries the same cookie */
	tg_cookie_reply_create(&c, &r, wg_golden_initiation, TG_WG_INITIATION_LEN,
			       &s, &clk.clock);
	CU_ASSERT(memcmp(r.receiver_index, wg_golden_cookie_reply + 4, 4) == 0);
	memset(m.cookie, 0, 16);
	CU_ASSERT(tg_cookie_consume_reply(&m, (uint8_t *)&r, 64, &clk.clock) == 0);
	CU_ASSERT(memcmp(m.cookie, wg_golden_cookie, 16) == 0);
	tg_cookie_checker_wipe(&c);
}

static int suite_init(void)
{
	return tg_crypto_init();
}

void cookie_test_register(void)
{
	TG_ADD_SUITE("cookie", suite_init, NULL,
		     { "under_load_round_trip", test_under_load_round_trip },
		     { "flip_cookie_reply", test_flip_cookie_reply },
		     { "mac1_all_bytes", test_mac1_all_bytes },
		     { "cookie_ages", test_cookie_ages },
		     { "golden_cookie", test_golden_cookie });
}
