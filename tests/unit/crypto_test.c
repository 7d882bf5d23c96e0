/*
 * crypto: the wrappers against published known answers — RFC 8439 §2.8.2 and
 * RFC 7539 Appendix A.5 (ChaCha20-Poly1305 AEAD; A.5's nonce is 4 zero bytes
 * || le64, exactly WireGuard's counter nonce), RFC 7693 / reference BLAKE2s
 * KATs, RFC 7748 §6.1 X25519, HMAC-BLAKE2s computed by Python's hmac +
 * hashlib.blake2s (an independent implementation), key text forms.
 */
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "unit/test_util.h"

static size_t unhex(uint8_t *out, const char *hex)
{
	size_t n = strlen(hex) / 2;

	for (size_t i = 0; i < n; i++) {
		unsigned v;
		sscanf(hex + 2 * i, "%2x", &v);
		out[i] = (uint8_t)v;
	}
	return n;
}

static const char a5_pt[] =
	"Internet-Drafts are draft documents valid for a maximum of six months "
	"and may be updated, replaced, or obsoleted by other documents at any "
	"time. It is inappropriate to use Internet-Drafts as reference material "
	"or to cite them other than as /\xe2\x80\x9cwork in progress./\xe2\x80\x9d";
static const char a5_ct[] =
	"64a0861575861af460f062c79be643bd5e805cfd345cf389f108670ac76c8cb2"
	"4c6cfc18755d43eea09ee94e382d26b0bdb7b73c321b0100d4f03b7f355894cf"
	"332f830e710b97ce98c8a84abd0b948114ad176e008d33bd60f982b1ff37c855"
	"9797a06ef4f0ef61c186324e2b3506383606907b6a7c02b0f9f6157b53c867e4"
	"b9166c767b804d46a59b5216cde7a4e99040c5a40433225ee282a1b0a06c523e"
	"af4534d7f83fa1155b0047718cbc546a0d072b04b3564eea1b422273f548271a"
	"0bb2316053fa76991955ebd63159434ecebb4e466dae5a1073a6727627097a10"
	"49e617d91d361094fa68f0ff77987130305beaba2eda04df997b714d6c6f2c29"
	"a6ad5cb4022b02709b"
	"eead9d67890cbb22392336fea1851f38";

static void test_chacha_rfc7539_a5(void)
{
	uint8_t key[32], ad[12], ct[300], buf[300];
	size_t ptlen = strlen(a5_pt), ctlen;

	unhex(key, "1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0");
	unhex(ad, "f33388860000000000004e91");
	ctlen = unhex(ct, a5_ct);
	CU_ASSERT_EQUAL_FATAL(ptlen, 265);
	CU_ASSERT_EQUAL_FATAL(ctlen, 265 + 16);
	/* nonce 00000000 0102030405060708 = counter 0x0807060504030201 */
	tg_chacha_seal_ad(buf, (const uint8_t *)a5_pt, ptlen, ad, 12,
			  0x0807060504030201ULL, key);
	CU_ASSERT(memcmp(buf, ct, ctlen) == 0);
	CU_ASSERT(tg_chacha_open_ad(buf, ct, ctlen, ad, 12,
				    0x0807060504030201ULL, key) == 0);
	CU_ASSERT(memcmp(buf, a5_pt, ptlen) == 0);
	ct[100] ^= 1;
	CU_ASSERT(tg_chacha_open_ad(buf, ct, ctlen, ad, 12,
				    0x0807060504030201ULL, key) == -1);
	CU_ASSERT(tg_chacha_open_ad(buf, ct, 15, ad, 12, 0, key) == -1);
}

static void test_chacha_rfc8439_282(void)
{
	static const char pt[] = "Ladies and Gentlemen of the class of '99: If I "
		"could offer you only one tip for the future, sunscreen would be it.";
	uint8_t key[32], n[12], ad[12], exp[200], out[200];
	unsigned long long outlen;
	size_t explen;

	unhex(key, "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
	unhex(n, "070000004041424344454647");
	unhex(ad, "50515253c0c1c2c3c4c5c6c7");
	explen = unhex(exp,
		"d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
		"3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
		"92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
		"3ff4def08e4b7a9de576d26586cec64b6116"
		"1ae10b594f09e26a7e902ecbd0600691");
	/* The nonce here is not a WireGuard counter nonce: check the primitive
	 * our wrapper calls, with the same argument order. */
	crypto_aead_chacha20poly1305_ietf_encrypt(out, &outlen, (const uint8_t *)pt,
						  strlen(pt), ad, 12, NULL, n, key);
	CU_ASSERT_EQUAL(outlen, explen);
	CU_ASSERT(memcmp(out, exp, explen) == 0);
}

static void test_aead_table(void)
{
	uint8_t key[32], pt[64], ct[80], back[80];

	CU_ASSERT_PTR_NOT_NULL_FATAL(tg_aead);
	CU_ASSERT_STRING_EQUAL(tg_aead->name, "libsodium");
	CU_ASSERT(tg_aead_select("nope") == -1);
	CU_ASSERT(tg_aead_select(NULL) == -1);
	CU_ASSERT(tg_aead_select("libsodium") == 0);
	tg_random(key, 32);
	tg_random(pt, sizeof(pt));
	tg_aead->seal(ct, pt, sizeof(pt), 7, key);
	/* matches the AD-less Noise primitive with the same nonce */
	tg_chacha_seal_ad(back, pt, sizeof(pt), NULL, 0, 7, key);
	CU_ASSERT(memcmp(ct, back, sizeof(ct)) == 0);
	CU_ASSERT(tg_aead->open(back, ct, sizeof(ct), 7, key) == 0);
	CU_ASSERT(memcmp(back, pt, sizeof(pt)) == 0);
	CU_ASSERT(tg_aead->open(back, ct, sizeof(ct), 8, key) == -1);
	/* in place */
	memcpy(back, pt, sizeof(pt));
	tg_aead->seal(back, back, sizeof(pt), 9, key);
	CU_ASSERT(tg_aead->open(back, back, sizeof(ct), 9, key) == 0);
	CU_ASSERT(memcmp(back, pt, sizeof(pt)) == 0);
}

static void test_xchacha(void)
{
	uint8_t key[32], nonce[24], pt[16], ct[32], back[16], ad[16];

	tg_random(key, 32);
	tg_random(nonce, 24);
	tg_random(pt, 16);
	tg_random(ad, 16);
	tg_xchacha_seal_ad(ct, pt, 16, ad, 16, nonce, key);
	CU_ASSERT(tg_xchacha_open_ad(back, ct, 32, ad, 16, nonce, key) == 0);
	CU_ASSERT(memcmp(back, pt, 16) == 0);
	ad[3] ^= 0x80;
	CU_ASSERT(tg_xchacha_open_ad(back, ct, 32, ad, 16, nonce, key) == -1);
}

static void test_blake2s_kat(void)
{
	uint8_t out[32], exp[32], key[64];

	for (int i = 0; i < 64; i++)
		key[i] = (uint8_t)i;
	tg_blake2s(out, 32, "abc", 3, NULL, 0);
	unhex(exp, "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
	CU_ASSERT(memcmp(out, exp, 32) == 0);
	tg_blake2s(out, 32, NULL, 0, NULL, 0);
	unhex(exp, "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9");
	CU_ASSERT(memcmp(out, exp, 32) == 0);
	tg_blake2s(out, 32, NULL, 0, key, 32); /* blake2s-kat.txt, first keyed */
	unhex(exp, "48a8997da407876b3d79c0d92325ad3b89cbb754d86ab71aee047ad345fd2c49");
	CU_ASSERT(memcmp(out, exp, 32) == 0);
	tg_blake2s(out, 16, "abc", 3, key, 16); /* the WireGuard MAC shape */
	unhex(exp, "75296c2d2c0f51210b383f386bc8b1ff");
	CU_ASSERT(memcmp(out, exp, 16) == 0);
}

static void test_hmac_blake2s(void)
{
	static const char fox[] = "The quick brown fox jumps over the lazy dog";
	uint8_t out[32], exp[32], key[100];

	tg_hmac_blake2s(out, (const uint8_t *)"key", 3, fox, strlen(fox));
	unhex(exp, "f93215bb90d4af4c3061cd932fb169fb8bb8a91d0b4022baea1271e1323cd9a0");
	CU_ASSERT(memcmp(out, exp, 32) == 0);
	for (int i = 0; i < 100; i++)
		key[i] = (uint8_t)i;
	tg_hmac_blake2s(out, key, 100, "abc", 3); /* key longer than a block */
	unhex(exp, "c1b751501db12b753069a918627b623179be55c8cc7ca5c4e14bdf32274ac656");
	CU_ASSERT(memcmp(out, exp, 32) == 0);
}

static void test_x25519_rfc7748(void)
{
	uint8_t a[32], b[32], apub[32], bpub[32], exp[32], s1[32], s2[32];
	uint8_t zero[32] = { 0 };

	unhex(a, "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
	unhex(b, "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
	tg_x25519_public(apub, a);
	tg_x25519_public(bpub, b);
	unhex(exp, "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
	CU_ASSERT(memcmp(apub, exp, 32) == 0);
	unhex(exp, "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
	CU_ASSERT(memcmp(bpub, exp, 32) == 0);
	CU_ASSERT(tg_x25519(s1, a, bpub) == 0);
	CU_ASSERT(tg_x25519(s2, b, apub) == 0);
	unhex(exp, "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
	CU_ASSERT(memcmp(s1, exp, 32) == 0);
	CU_ASSERT(memcmp(s2, exp, 32) == 0);
	/* small-order point: all-zero output is refused */
	CU_ASSERT(tg_x25519(s1, a, zero) == -1);
	CU_ASSERT(memcmp(s1, zero, 32) == 0);
}

static void test_generate_clamped(void)
{
	uint8_t priv[32], pub[32], pub2[32];

	tg_x25519_generate(priv, pub);
	CU_ASSERT((priv[0] & 7) == 0);
	CU_ASSERT((priv[31] & 0xc0) == 0x40);
	tg_x25519_public(pub2, priv);
	CU_ASSERT(memcmp(pub, pub2, 32) == 0);
}

static void test_key_text(void)
{
	uint8_t k[32], k2[32];
	char b64[45], hex[65];

	tg_random(k, 32);
	tg_key_to_base64(b64, k);
	CU_ASSERT_EQUAL(strlen(b64), 44);
	CU_ASSERT(tg_key_from_base64(k2, b64) == 0);
	CU_ASSERT(memcmp(k, k2, 32) == 0);
	tg_key_to_hex(hex, k);
	CU_ASSERT(tg_key_from_hex(k2, hex) == 0 && memcmp(k, k2, 32) == 0);
	/* wg(8) known value: the all-zero key */
	CU_ASSERT(tg_key_from_base64(k2, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") == 0);
	CU_ASSERT(sodium_is_zero(k2, 32));
	CU_ASSERT(tg_key_from_base64(k2, "AAAA") == -1);
	CU_ASSERT(tg_key_from_base64(k2, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!=") == -1);
	CU_ASSERT(tg_key_from_base64(k2, NULL) == -1);
	hex[10] = 'g';
	CU_ASSERT(tg_key_from_hex(k2, hex) == -1);
	CU_ASSERT(tg_key_from_hex(k2, "00") == -1);
	CU_ASSERT(tg_ct_eq(k, k, 32));
	memcpy(k2, k, 32);
	k2[31] ^= 1;
	CU_ASSERT(!tg_ct_eq(k, k2, 32));
}

static int suite_init(void)
{
	return tg_crypto_init();
}

void crypto_test_register(void)
{
	TG_ADD_SUITE("crypto", suite_init, NULL,
		     { "chacha_rfc7539_a5", test_chacha_rfc7539_a5 },
		     { "chacha_rfc8439_2_8_2", test_chacha_rfc8439_282 },
		     { "aead_table", test_aead_table },
		     { "xchacha", test_xchacha },
		     { "blake2s_kat", test_blake2s_kat },
		     { "hmac_blake2s", test_hmac_blake2s },
		     { "x25519_rfc7748", test_x25519_rfc7748 },
		     { "generate_clamped", test_generate_clamped },
		     { "key_text", test_key_text });
}
