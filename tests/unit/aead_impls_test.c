/*
 * aead_impls: every data-message AEAD implementation (common/aead_openssl.c,
 * common/aead_ipsecmb.c, and what crypto.c registers in tg_aead_impls)
 * against the RFC 8439 §2.8.2 test vector and against each other: seal with
 * one, open with every other, in place and not, any flipped byte fails.
 * Oracle: libsodium's own crypto_aead_chacha20poly1305_ietf_* (called
 * directly, not through our wrappers).
 */
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "aead_impls.h"
#include "crypto.h"
#include "unit/test_util.h"

/* Pulled in only when something links it (tg_aead_impls + -lIPSec_MB). */
#if TG_HAVE_IPSECMB
#pragma weak tg_aead_ipsecmb
#pragma weak tg_aead_ipsecmb_rfc
#pragma weak tg_aead_ipsecmb_seal_burst
#pragma weak tg_aead_ipsecmb_open_burst
#endif

#define MAX_IMPLS 8
#define MAX_LEN 1600

static const struct tg_aead_ops *impls[MAX_IMPLS];
static int n_impls;

static void add_impl(const struct tg_aead_ops *o)
{
	if (!o)
		return;
	for (int i = 0; i < n_impls; i++)
		if (impls[i] == o)
			return;
	if (n_impls < MAX_IMPLS)
		impls[n_impls++] = o;
}

static void collect(void)
{
	n_impls = 0;
	for (int i = 0; tg_aead_impls[i]; i++)
		add_impl(tg_aead_impls[i]);
	add_impl(&tg_aead_openssl);
#if TG_HAVE_IPSECMB
	add_impl(&tg_aead_ipsecmb);
#endif
}

/* RFC 8439 §2.8.2 */
static const uint8_t v_nonce[12] = { 0x07, 0, 0, 0, 0x40, 0x41, 0x42, 0x43,
				     0x44, 0x45, 0x46, 0x47 };
static const uint8_t v_ad[12] = { 0x50, 0x51, 0x52, 0x53, 0xc0, 0xc1,
				  0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7 };
static const char v_pt[] = "Ladies and Gentlemen of the class of '99: If I "
	"could offer you only one tip for the future, sunscreen would be it.";
static const uint8_t v_ct[114 + 16] = {
	0xd3, 0x1a, 0x8d, 0x34, 0x64, 0x8e, 0x60, 0xdb, 0x7b, 0x86, 0xaf, 0xbc,
	0x53, 0xef, 0x7e, 0xc2, 0xa4, 0xad, 0xed, 0x51, 0x29, 0x6e, 0x08, 0xfe,
	0xa9, 0xe2, 0xb5, 0xa7, 0x36, 0xee, 0x62, 0xd6, 0x3d, 0xbe, 0xa4, 0x5e,
	0x8c, 0xa9, 0x67, 0x12, 0x82, 0xfa, 0xfb, 0x69, 0xda, 0x92, 0x72, 0x8b,
	0x1a, 0x71, 0xde, 0x0a, 0x9e, 0x06, 0x0b, 0x29, 0x05, 0xd6, 0xa5, 0xb6,
	0x7e, 0xcd, 0x3b, 0x36, 0x92, 0xdd, 0xbd, 0x7f, 0x2d, 0x77, 0x8b, 0x8c,
	0x98, 0x03, 0xae, 0xe3, 0x28, 0x09, 0x1b, 0x58, 0xfa, 0xb3, 0x24, 0xe4,
	0xfa, 0xd6, 0x75, 0x94, 0x55, 0x85, 0x80, 0x8b, 0x48, 0x31, 0xd7, 0xbc,
	0x3f, 0xf4, 0xde, 0xf0, 0x8e, 0x4b, 0x7a, 0x9d, 0xe5, 0x76, 0xd2, 0x65,
	0x86, 0xce, 0xc6, 0x4b, 0x61, 0x16,
	/* tag */
	0x1a, 0xe1, 0x0b, 0x59, 0x4f, 0x09, 0xe2, 0x6a, 0x7e, 0x90, 0x2e, 0xcb,
	0xd0, 0x60, 0x06, 0x91,
};

static void v_key(uint8_t key[32])
{
	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)(0x80 + i);
}

static void check_rfc(const struct tg_aead_rfc_ops *r)
{
	uint8_t key[32], out[sizeof(v_ct)], bad[sizeof(v_ct)], ad[12];
	size_t plen = sizeof(v_pt) - 1;

	v_key(key);
	memset(out, 0, sizeof(out));
	r->seal(out, (const uint8_t *)v_pt, plen, v_ad, sizeof(v_ad), v_nonce,
		key);
	CU_ASSERT(memcmp(out, v_ct, sizeof(v_ct)) == 0);
	CU_ASSERT_EQUAL(r->open(out, v_ct, sizeof(v_ct), v_ad, sizeof(v_ad),
				v_nonce, key), 0);
	CU_ASSERT(memcmp(out, v_pt, plen) == 0);
	for (size_t i = 0; i < sizeof(v_ct); i++) {
		static const uint8_t zero[sizeof(v_ct)];

		memcpy(out, v_pt, plen);
		memcpy(bad, v_ct, sizeof(bad));
		bad[i] ^= 0x01;
		CU_ASSERT_EQUAL(r->open(out, bad, sizeof(bad), v_ad,
					sizeof(v_ad), v_nonce, key), -1);
		/* no unauthenticated plaintext left behind */
		CU_ASSERT(memcmp(out, zero, plen) == 0);
	}
	for (size_t i = 0; i < sizeof(v_ad); i++) {
		memcpy(ad, v_ad, sizeof(ad));
		ad[i] ^= 0x80;
		CU_ASSERT_EQUAL(r->open(out, v_ct, sizeof(v_ct), ad, sizeof(ad),
					v_nonce, key), -1);
	}
}

static void test_rfc8439_vector(void)
{
	uint8_t out[sizeof(v_ct)];
	unsigned long long clen;
	uint8_t key[32];

	/* the vector itself, through libsodium directly */
	v_key(key);
	CU_ASSERT_FATAL(sodium_init() >= 0);
	crypto_aead_chacha20poly1305_ietf_encrypt(out, &clen,
		(const uint8_t *)v_pt, sizeof(v_pt) - 1, v_ad, sizeof(v_ad),
		NULL, v_nonce, key);
	CU_ASSERT_EQUAL(clen, sizeof(v_ct));
	CU_ASSERT(memcmp(out, v_ct, sizeof(v_ct)) == 0);

	check_rfc(&tg_aead_openssl_rfc);
#if TG_HAVE_IPSECMB
	if (&tg_aead_ipsecmb_rfc != NULL)
		check_rfc(&tg_aead_ipsecmb_rfc);
#endif
}

/* libsodium directly, WireGuard nonce: the expected output. */
static void oracle_seal(uint8_t *dst, const uint8_t *src, size_t len,
			uint64_t ctr, const uint8_t *key)
{
	uint8_t nonce[12] = { 0 };
	unsigned long long maclen;

	for (int i = 0; i < 8; i++)
		nonce[4 + i] = (uint8_t)(ctr >> (8 * i));
	crypto_aead_chacha20poly1305_ietf_encrypt_detached(dst, dst + len,
		&maclen, src, len, NULL, 0, NULL, nonce, key);
}

static const size_t edge_len[] = { 0, 1, 15, 16, 17, 63, 64, 65, 127, 128,
				   255, 256, 511, 512, 513, 1419, 1420,
				   MAX_LEN - 16 };

static void cross_one(size_t len, uint64_t ctr, uint64_t *s)
{
	static uint8_t pt[MAX_LEN], want[MAX_LEN], ct[MAX_LEN], out[MAX_LEN];
	uint8_t key[32];

	for (size_t i = 0; i < sizeof(key); i++)
		key[i] = (uint8_t)tg_test_rand(s);
	for (size_t i = 0; i < len; i++)
		pt[i] = (uint8_t)tg_test_rand(s);
	oracle_seal(want, pt, len, ctr, key);
	for (int a = 0; a < n_impls; a++) {
		/* seal with a, out of place and in place */
		impls[a]->seal(ct, pt, len, ctr, key);
		CU_ASSERT(memcmp(ct, want, len + 16) == 0);
		memcpy(out, pt, len);
		impls[a]->seal(out, out, len, ctr, key);
		CU_ASSERT(memcmp(out, want, len + 16) == 0);
		for (int b = 0; b < n_impls; b++) {
			memset(out, 0xee, sizeof(out));
			CU_ASSERT_EQUAL(impls[b]->open(out, ct, len + 16, ctr,
						       key), 0);
			CU_ASSERT(memcmp(out, pt, len) == 0);
			memcpy(out, ct, len + 16);
			CU_ASSERT_EQUAL(impls[b]->open(out, out, len + 16, ctr,
						       key), 0);
			CU_ASSERT(memcmp(out, pt, len) == 0);
			/* tamper: a random byte, the wrong counter, the key */
			memcpy(out, ct, len + 16);
			out[tg_test_rand(s) % (len + 16)] ^=
				(uint8_t)(1u << (tg_test_rand(s) % 8));
			CU_ASSERT_EQUAL(impls[b]->open(out, out, len + 16, ctr,
						       key), -1);
			CU_ASSERT_EQUAL(impls[b]->open(out, ct, len + 16,
						       ctr + 1, key), -1);
			key[0] ^= 1;
			CU_ASSERT_EQUAL(impls[b]->open(out, ct, len + 16, ctr,
						       key), -1);
			key[0] ^= 1;
		}
	}
}

static void test_cross_check(void)
{
	uint64_t s = tg_test_seed();

	CU_ASSERT_FATAL(sodium_init() >= 0);
	collect();
	CU_ASSERT_FATAL(n_impls >= 1);
	for (size_t i = 0; i < sizeof(edge_len) / sizeof(edge_len[0]); i++)
		cross_one(edge_len[i], tg_test_rand(&s), &s);
	for (int i = 0; i < 40; i++)
		cross_one(tg_test_rand(&s) % (MAX_LEN - 16), tg_test_rand(&s),
			  &s);
	/* counter edge values */
	cross_one(64, 0, &s);
	cross_one(64, UINT64_MAX, &s);
}

#if TG_HAVE_IPSECMB
/* Burst form: mixed lengths, keys and counters in one burst, vs. the oracle;
 * one tampered item fails alone. */
static void test_ipsecmb_burst(void)
{
	enum { N = 40 };
	static uint8_t pt[N][MAX_LEN], ct[N][MAX_LEN], out[N][MAX_LEN];
	static uint8_t want[MAX_LEN], key[4][32];
	struct tg_aead_burst_item it[N];
	uint64_t s = tg_test_seed() ^ 0xb0b;

	if (&tg_aead_ipsecmb_seal_burst == NULL)
		return; /* not linked into this runner */
	CU_ASSERT_FATAL(sodium_init() >= 0);
	for (int k = 0; k < 4; k++)
		for (int i = 0; i < 32; i++)
			key[k][i] = (uint8_t)tg_test_rand(&s);
	for (int i = 0; i < N; i++) {
		size_t len = i < 3 ? (size_t)i : tg_test_rand(&s) % 1500;

		for (size_t j = 0; j < len; j++)
			pt[i][j] = (uint8_t)tg_test_rand(&s);
		it[i] = (struct tg_aead_burst_item){
			.dst = ct[i], .src = pt[i], .len = len,
			.counter = tg_test_rand(&s), .key = key[i % 4],
		};
	}
	CU_ASSERT_EQUAL(tg_aead_ipsecmb_seal_burst(it, N), N);
	for (int i = 0; i < N; i++) {
		oracle_seal(want, pt[i], it[i].len, it[i].counter, key[i % 4]);
		CU_ASSERT(it[i].result == 0);
		CU_ASSERT(memcmp(want, ct[i], it[i].len + 16) == 0);
		it[i].src = ct[i];
		it[i].dst = out[i];
		it[i].len += 16;
	}
	ct[7][it[7].len - 1] ^= 1;
	CU_ASSERT_EQUAL(tg_aead_ipsecmb_open_burst(it, N), N - 1);
	for (int i = 0; i < N; i++) {
		CU_ASSERT_EQUAL(it[i].result, i == 7 ? -1 : 0);
		if (i != 7)
			CU_ASSERT(memcmp(out[i], pt[i], it[i].len - 16) == 0);
	}
}
#endif

/* Per-thread state: made on first use in a thread, freed at its exit
 * (ASan's leak check sees a missing destructor), independent per thread. */
static void *thread_body(void *arg)
{
	uint8_t key[32], pt[100], ct[116], out[100];
	uintptr_t bad = 0;

	for (size_t i = 0; i < sizeof(key); i++)
		key[i] = (uint8_t)(i * 7 + (uintptr_t)arg);
	memset(pt, (int)(uintptr_t)arg, sizeof(pt));
	for (int b = 0; b < n_impls; b++) {
		impls[b]->seal(ct, pt, sizeof(pt), 5, key);
		for (int c = 0; c < n_impls; c++)
			bad += impls[c]->open(out, ct, sizeof(ct), 5, key) != 0 ||
			       memcmp(out, pt, sizeof(pt)) != 0;
	}
	return (void *)bad;
}

static void test_threads(void)
{
	pthread_t t[3];
	void *r;

	collect();
	for (uintptr_t i = 0; i < 3; i++)
		CU_ASSERT_FATAL(pthread_create(&t[i], NULL, thread_body,
					       (void *)i) == 0);
	for (int i = 0; i < 3; i++) {
		CU_ASSERT_FATAL(pthread_join(t[i], &r) == 0);
		CU_ASSERT_PTR_NULL(r);
	}
}

static void test_short_input(void)
{
	uint8_t key[32] = { 0 }, buf[32] = { 0 };

	collect();
	for (int b = 0; b < n_impls; b++)
		for (size_t len = 0; len < 16; len++)
			CU_ASSERT_EQUAL(impls[b]->open(buf, buf, len, 0, key),
					-1);
}

void aead_impls_test_register(void)
{
	TG_ADD_SUITE("aead_impls", NULL, NULL,
		     { "rfc8439_2_8_2", test_rfc8439_vector },
		     { "cross_check", test_cross_check },
		     { "short_input", test_short_input },
		     { "threads", test_threads }
#if TG_HAVE_IPSECMB
		     , { "ipsecmb_burst", test_ipsecmb_burst }
#endif
		     );
}
