/*
 * ts_noise: the Noise IK core against the standard cacophony vector
 * Noise_IK_25519_ChaChaPoly_BLAKE2s (vectors/control.md V0, little-endian
 * transport nonces as the spec has them), then the ts2021 handshake with
 * fixed keys (V1, version 145; V1c, version 1): initiation bytes, header
 * base64, response bytes, handshake hash, k1/k2. Tampering with any byte
 * of either message fails the handshake; nonce order and exhaustion.
 */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "ts_noise.h"
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

/* --- V0 ------------------------------------------------------------------ */
static const char *v0_payload[6] = {
	"4c756477696720766f6e204d69736573",
	"4d757272617920526f746862617264",
	"462e20412e20486179656b",
	"4361726c204d656e676572",
	"4a65616e2d426170746973746520536179",
	"457567656e2042f6686d20766f6e2042617765726b",
};
static const char *v0_ct[6] = {
	"ca35def5ae56cec33dc2036731ab14896bc4c75dbb07a61f879f8e3afa4c79440b03ddc7aac5123d06a1b23b71670e32e76c28239a7ca4ac8f784de7e44c1adbfc6e83fef7352a58d9d56157400c0a737b1d171ce368229c7b752ac25b8faf4eca690f6d896f543be02c996ab2b86b76",
	"95ebc60d2b1fa672c1f46a8aa265ef51bfe38e7ccb39ec5be34069f144808843d9b5a8927f0ac9655ef76833bc7e5561f42e691ac8404efd6fbd6308b6a27c",
	"2c256ed08fcd08c2980f954ee4beaccb61c9581340f5dd2fd1cf3b",
	"d6033f70eee20945c7c9dba304e397ee3b284ff5e00fd9efb095d3",
	"a9c068ca5d8babf72560652d8e851adbfac35c8a66e810d560863173e96adf4cfe",
	"2a09d8f459e5927e40fdd2eddc99bdafb04e13a26f145cb5cfe9e6ba34c94331ebc17d5156",
};

static void test_v0_cacophony(void)
{
	uint8_t pro[9], is[32], ie[32], rs[32], re[32], rs_pub[32];
	uint8_t pt[64], ct[160], out[160], buf[160], want_h[32], hi[32], hr[32];
	struct tg_ts_ik I, R;
	struct tg_ts_cipher itx, irx, rtx, rrx;
	size_t pl, cl;

	unhex(pro, "4a6f686e2047616c74");
	unhex(is, "e61ef9919cde45dd5f82166404bd08e38bceb5dfdfded0a34c8df7ed542214d1");
	unhex(ie, "893e28b9dc6ca8d611ab664754b8ceb7bac5117349a4439a6b0569da977c464a");
	unhex(rs, "4a3acbfdb163dec651dfa3194dece676d437029c62a408b4c5ea9114246e4893");
	unhex(re, "bbdb4cdbd309f1a1f2e1456967fe288cadd6f712d65dc7b7793d5e63da6b375b");
	unhex(want_h, "48f3cb8bc9319da4ba1e9933991b1c4ed4034f1f126a76d3a1fbcfd7f94248d4");
	unhex(buf, "31e0303fd6418d2f8c0e78b91f22e8caed0fbe48656dcf4767e4834f701b8f62");
	tg_x25519_public(rs_pub, rs);
	CU_ASSERT(memcmp(rs_pub, buf, 32) == 0); /* init_remote_static */

	tg_ts_ik_init(&I, true, pro, sizeof(pro), is, rs_pub);
	tg_ts_ik_init(&R, false, pro, sizeof(pro), rs, NULL);

	pl = unhex(pt, v0_payload[0]);
	cl = unhex(ct, v0_ct[0]);
	CU_ASSERT_EQUAL_FATAL(tg_ts_ik_write_msg1(&I, ie, pt, pl, out, sizeof(out)), (int)cl);
	CU_ASSERT(memcmp(out, ct, cl) == 0);
	CU_ASSERT_EQUAL_FATAL(tg_ts_ik_read_msg1(&R, out, cl, buf, sizeof(buf)), (int)pl);
	CU_ASSERT(memcmp(buf, pt, pl) == 0);

	pl = unhex(pt, v0_payload[1]);
	cl = unhex(ct, v0_ct[1]);
	CU_ASSERT_EQUAL_FATAL(tg_ts_ik_write_msg2(&R, re, pt, pl, out, sizeof(out)), (int)cl);
	CU_ASSERT(memcmp(out, ct, cl) == 0);
	CU_ASSERT_EQUAL_FATAL(tg_ts_ik_read_msg2(&I, out, cl, buf, sizeof(buf)), (int)pl);
	CU_ASSERT(memcmp(buf, pt, pl) == 0);

	CU_ASSERT_EQUAL_FATAL(tg_ts_ik_split(&I, &itx, &irx, TG_TS_NONCE_LE, hi), 0);
	CU_ASSERT_EQUAL_FATAL(tg_ts_ik_split(&R, &rtx, &rrx, TG_TS_NONCE_LE, hr), 0);
	CU_ASSERT(memcmp(hi, want_h, 32) == 0);
	CU_ASSERT(memcmp(hr, want_h, 32) == 0);

	for (int m = 2; m < 6; m++) {
		bool from_i = (m % 2) == 0;
		struct tg_ts_cipher *tx = from_i ? &itx : &rtx;
		struct tg_ts_cipher *rx = from_i ? &rrx : &irx;

		pl = unhex(pt, v0_payload[m]);
		cl = unhex(ct, v0_ct[m]);
		CU_ASSERT_EQUAL_FATAL(cl, pl + 16);
		CU_ASSERT_EQUAL_FATAL(tg_ts_cipher_seal(tx, out, pt, pl), 0);
		CU_ASSERT(memcmp(out, ct, cl) == 0);
		CU_ASSERT_EQUAL_FATAL(tg_ts_cipher_open(rx, buf, ct, cl), 0);
		CU_ASSERT(memcmp(buf, pt, pl) == 0);
	}
}

/* V0 messages 5/6 use n=1: under the ts2021 big-endian nonce they fail. */
static void test_v0_be_differs_at_n1(void)
{
	uint8_t a[12], b[12];

	tg_ts_nonce(a, 0, TG_TS_NONCE_BE);
	tg_ts_nonce(b, 0, TG_TS_NONCE_LE);
	CU_ASSERT(memcmp(a, b, 12) == 0);
	tg_ts_nonce(a, 1, TG_TS_NONCE_BE);
	tg_ts_nonce(b, 1, TG_TS_NONCE_LE);
	uint8_t wa[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };
	uint8_t wb[12] = { 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 };
	CU_ASSERT(memcmp(a, wa, 12) == 0);
	CU_ASSERT(memcmp(b, wb, 12) == 0);
	tg_ts_nonce(a, 0x0102030405060708ULL, TG_TS_NONCE_BE);
	uint8_t wc[12] = { 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8 };
	CU_ASSERT(memcmp(a, wc, 12) == 0);
}

/* --- V1 / V1c -------------------------------------------------------------- */
#define MACHINE_PRIV "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"
#define MACHINE_PUB "07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c"
#define CLIENT_E "2122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f40"
#define CTRL_PRIV "4142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f60"
#define CTRL_PUB "64b101b1d0be5a8704bd078f9895001fc03e8e9f9522f188dd128d9846d48466"
#define CTRL_E "6162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80"
#define K1 "9d8a0c9bfad81a7ac34484c53c3b9e730edd3c0249faac7826a8cf9f4b9713b1"
#define K2 "5c591b6bc88039fb598c45334d246af59501be8061e51f3950afafc7d1fb28cb"

struct v1 {
	uint16_t version;
	const char *prologue_hex, *init_hex, *b64, *resp_hex, *hash_hex;
};

static const struct v1 v1_145 = {
	145,
	"5461696c7363616c6520436f6e74726f6c2050726f746f636f6c2076313435",
	"00910100605869aff450549732cbaaed5e5df9b30a6da31cb0e5742bad5ad4a1"
	"a768f1a67b822e8514e6389169bdfd10afecae5bded9cda3f0157ac1d03cd362"
	"0b3bb73a8622af140d231efc6396f1c80598dc7289c50e831342d4c8605e6d5b"
	"ccc41fba65",
	"AJEBAGBYaa/0UFSXMsuq7V5d+bMKbaMcsOV0K61a1KGnaPGme4IuhRTmOJFpvf0Qr+yuW97ZzaPwFXrB0DzTYgs7tzqGIq8UDSMe/GOW8cgFmNxyicUOgxNC1MhgXm1bzMQfumU=",
	"020030244fe3b963e899dd295baffce248d3530f3a9a7479ba063002680ebfe7"
	"adad497cc147989eb24756280c2216d1f9d8e5",
	"321714d20086399690b1ca68b173c01de3145831416fd3a049c6db8a2eb99214",
};

static const struct v1 v1_1 = {
	1,
	"5461696c7363616c6520436f6e74726f6c2050726f746f636f6c207631",
	"00010100605869aff450549732cbaaed5e5df9b30a6da31cb0e5742bad5ad4a1a768f1a67b822e8514e6389169bdfd10afecae5bded9cda3f0157ac1d03cd3620b3bb73a86d0cc7f0758b856140e968c9284c79772cdf31df73142d4ad1f10a3015151316d",
	"AAEBAGBYaa/0UFSXMsuq7V5d+bMKbaMcsOV0K61a1KGnaPGme4IuhRTmOJFpvf0Qr+yuW97ZzaPwFXrB0DzTYgs7tzqG0Mx/B1i4VhQOloyShMeXcs3zHfcxQtStHxCjAVFRMW0=",
	"020030244fe3b963e899dd295baffce248d3530f3a9a7479ba063002680ebfe7adad492915ad148f45a58841627335b3d1206e",
	"9c2139fd3436ca978582b9fb840e91c9259af3cd0b68a57c2e35e651b39ef7a6",
};

static void keys(uint8_t mp[32], uint8_t ce[32], uint8_t cp[32],
		 uint8_t cpub[32], uint8_t se[32])
{
	unhex(mp, MACHINE_PRIV);
	unhex(ce, CLIENT_E);
	unhex(cp, CTRL_PRIV);
	unhex(cpub, CTRL_PUB);
	unhex(se, CTRL_E);
}

static void run_v1(const struct v1 *v)
{
	uint8_t mp[32], ce[32], cp[32], cpub[32], se[32], mpub[32], got_pub[32];
	uint8_t init[TG_TS_INIT_LEN], want_init[TG_TS_INIT_LEN];
	uint8_t resp[TG_TS_RESP_LEN], want_resp[TG_TS_RESP_LEN];
	uint8_t hash_c[32], hash_s[32], want_hash[32], k1[32], k2[32], pro[40];
	char pro_s[TG_TS_PROLOGUE_MAX], b64[160];
	struct tg_ts_ik hs;
	struct tg_ts_cipher ctx, crx, stx, srx;
	uint16_t ver = 0;

	keys(mp, ce, cp, cpub, se);
	unhex(mpub, MACHINE_PUB);
	size_t pl = unhex(pro, v->prologue_hex);
	CU_ASSERT_EQUAL(tg_ts_prologue(pro_s, v->version), pl);
	CU_ASSERT(memcmp(pro_s, pro, pl) == 0);

	unhex(want_init, v->init_hex);
	unhex(want_resp, v->resp_hex);
	unhex(want_hash, v->hash_hex);
	unhex(k1, K1);
	unhex(k2, K2);

	CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, v->version, mp, cpub, ce, init), 0);
	CU_ASSERT(memcmp(init, want_init, sizeof(init)) == 0);
	sodium_bin2base64(b64, sizeof(b64), init, sizeof(init),
			  sodium_base64_VARIANT_ORIGINAL);
	CU_ASSERT_EQUAL(strlen(b64), 136);
	CU_ASSERT_STRING_EQUAL(b64, v->b64);

	CU_ASSERT_EQUAL_FATAL(tg_ts_server_respond(init, cp, se, resp, &ver, got_pub,
						   &stx, &srx, hash_s), 0);
	CU_ASSERT_EQUAL(ver, v->version);
	CU_ASSERT(memcmp(got_pub, mpub, 32) == 0);
	CU_ASSERT(memcmp(resp, want_resp, sizeof(resp)) == 0);
	CU_ASSERT(memcmp(hash_s, want_hash, 32) == 0);

	CU_ASSERT_EQUAL_FATAL(tg_ts_client_finish(&hs, want_resp, &ctx, &crx, hash_c), 0);
	CU_ASSERT(memcmp(hash_c, want_hash, 32) == 0);
	CU_ASSERT(memcmp(ctx.key, k1, 32) == 0);
	CU_ASSERT(memcmp(crx.key, k2, 32) == 0);
	CU_ASSERT(memcmp(stx.key, k2, 32) == 0);
	CU_ASSERT(memcmp(srx.key, k1, 32) == 0);
	CU_ASSERT_EQUAL(ctx.order, TG_TS_NONCE_BE);
	CU_ASSERT_EQUAL(ctx.n, 0);
	/* Handshake state is wiped after split. */
	static const struct tg_ts_ik zero;
	CU_ASSERT(memcmp(&hs, &zero, sizeof(hs)) == 0);
}

static void test_v1_version145(void)
{
	run_v1(&v1_145);
}

static void test_v1c_version1(void)
{
	run_v1(&v1_1);
}

/* Tampering (+1 to byte i, as controlbase TestTampering): always fails. */
static void test_tamper_initiation(void)
{
	uint8_t mp[32], ce[32], cp[32], cpub[32], se[32], pub[32], hash[32];
	uint8_t init[TG_TS_INIT_LEN], resp[TG_TS_RESP_LEN];
	struct tg_ts_ik hs;
	struct tg_ts_cipher tx, rx;
	uint16_t ver;

	keys(mp, ce, cp, cpub, se);
	for (int i = 0; i < TG_TS_INIT_LEN; i++) {
		CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, 145, mp, cpub, ce, init), 0);
		init[i]++;
		int rc = tg_ts_server_respond(init, cp, se, resp, &ver, pub, &tx, &rx, hash);
		CU_ASSERT(rc < 0);
		if (i == 2)
			CU_ASSERT_EQUAL(rc, TG_TS_E_TYPE);
		if (i == 3 || i == 4)
			CU_ASSERT_EQUAL(rc, TG_TS_E_LENGTH);
		if (i < 2 || i >= 5)
			CU_ASSERT_EQUAL(rc, TG_TS_E_DECRYPT);
		tg_ts_ik_wipe(&hs);
	}
}

static void test_tamper_response(void)
{
	uint8_t mp[32], ce[32], cp[32], cpub[32], se[32], hash[32];
	uint8_t init[TG_TS_INIT_LEN], resp[TG_TS_RESP_LEN];
	struct tg_ts_ik hs;
	struct tg_ts_cipher tx, rx;

	keys(mp, ce, cp, cpub, se);
	unhex(resp, v1_145.resp_hex);
	for (int i = 0; i < TG_TS_RESP_LEN; i++) {
		CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, 145, mp, cpub, ce, init), 0);
		resp[i]++;
		int rc = tg_ts_client_finish(&hs, resp, &tx, &rx, hash);
		CU_ASSERT(rc < 0);
		if (i == 0)
			CU_ASSERT_EQUAL(rc, TG_TS_E_TYPE);
		if (i == 1 || i == 2)
			CU_ASSERT_EQUAL(rc, TG_TS_E_LENGTH);
		if (i >= 3)
			CU_ASSERT_EQUAL(rc, TG_TS_E_DECRYPT);
		resp[i]--;
		tg_ts_ik_wipe(&hs);
	}
	/* A response for version 145 does not complete a version-1 handshake. */
	CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, 1, mp, cpub, ce, init), 0);
	CU_ASSERT_EQUAL(tg_ts_client_finish(&hs, resp, &tx, &rx, hash), TG_TS_E_DECRYPT);
	/* Error frame (type 3) in place of a response. */
	CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, 145, mp, cpub, ce, init), 0);
	resp[0] = TG_TS_MSG_ERROR;
	CU_ASSERT_EQUAL(tg_ts_client_finish(&hs, resp, &tx, &rx, hash), TG_TS_E_TYPE);
}

/* Wrong control key: the server cannot decrypt the machine key. */
static void test_wrong_control_key(void)
{
	uint8_t mp[32], ce[32], cp[32], cpub[32], se[32], pub[32], hash[32];
	uint8_t init[TG_TS_INIT_LEN], resp[TG_TS_RESP_LEN];
	struct tg_ts_ik hs;
	struct tg_ts_cipher tx, rx;
	uint16_t ver;

	keys(mp, ce, cp, cpub, se);
	cpub[0] ^= 0x40;
	CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, 145, mp, cpub, ce, init), 0);
	CU_ASSERT_EQUAL(tg_ts_server_respond(init, cp, se, resp, &ver, pub, &tx, &rx, hash),
			TG_TS_E_DECRYPT);
	tg_ts_ik_wipe(&hs);
}

/* Random keys both ways, then records in both directions with BE nonces. */
static void test_random_pairs(void)
{
	uint8_t mp[32], mpub[32], ce[32], cp[32], cpub[32], se[32], pub[32];
	uint8_t hc[32], hs_[32], init[TG_TS_INIT_LEN], resp[TG_TS_RESP_LEN];
	uint8_t pt[64], ct[80], back[64];
	struct tg_ts_ik hs;
	struct tg_ts_cipher ctx, crx, stx, srx;
	uint16_t ver;

	for (int it = 0; it < 8; it++) {
		tg_x25519_generate(mp, mpub);
		tg_x25519_generate(cp, cpub);
		tg_random(ce, 32);
		tg_random(se, 32);
		CU_ASSERT_EQUAL_FATAL(tg_ts_client_initiate(&hs, (uint16_t)(it * 9000), mp, cpub, ce, init), 0);
		CU_ASSERT_EQUAL_FATAL(tg_ts_server_respond(init, cp, se, resp, &ver, pub, &stx, &srx, hs_), 0);
		CU_ASSERT_EQUAL(ver, it * 9000);
		CU_ASSERT(memcmp(pub, mpub, 32) == 0);
		CU_ASSERT_EQUAL_FATAL(tg_ts_client_finish(&hs, resp, &ctx, &crx, hc), 0);
		CU_ASSERT(memcmp(hc, hs_, 32) == 0);
		for (int r = 0; r < 5; r++) {
			tg_random(pt, sizeof(pt));
			CU_ASSERT_EQUAL(tg_ts_cipher_seal(&ctx, ct, pt, sizeof(pt)), 0);
			CU_ASSERT_EQUAL(tg_ts_cipher_open(&srx, back, ct, sizeof(ct)), 0);
			CU_ASSERT(memcmp(back, pt, sizeof(pt)) == 0);
			CU_ASSERT_EQUAL(tg_ts_cipher_seal(&stx, ct, pt, sizeof(pt)), 0);
			CU_ASSERT_EQUAL(tg_ts_cipher_open(&crx, back, ct, sizeof(ct)), 0);
		}
		CU_ASSERT_EQUAL(ctx.n, 5);
		CU_ASSERT_EQUAL(srx.n, 5);
	}
}

static void test_nonce_exhaustion_and_poison(void)
{
	struct tg_ts_cipher a = { .order = TG_TS_NONCE_BE }, b;
	uint8_t ct[16 + 4], pt[4] = { 1, 2, 3, 4 }, back[4];

	memset(a.key, 7, 32);
	a.n = UINT64_MAX - 1;
	b = a;
	CU_ASSERT_EQUAL(tg_ts_cipher_seal(&a, ct, pt, 4), 0);
	CU_ASSERT_EQUAL(a.n, UINT64_MAX);
	CU_ASSERT_EQUAL(tg_ts_cipher_seal(&a, ct, pt, 4), TG_TS_E_NONCE);
	/* The receiver at UINT64_MAX-1 opens that record, then is exhausted. */
	CU_ASSERT_EQUAL(tg_ts_cipher_open(&b, back, ct, sizeof(ct)), 0);
	CU_ASSERT(memcmp(back, pt, 4) == 0);
	CU_ASSERT_EQUAL(tg_ts_cipher_open(&b, back, ct, sizeof(ct)), TG_TS_E_NONCE);
	/* A failed open poisons the direction even for a later valid record. */
	struct tg_ts_cipher tx = { .order = TG_TS_NONCE_BE }, rx;
	memset(tx.key, 9, 32);
	rx = tx;
	CU_ASSERT_EQUAL(tg_ts_cipher_seal(&tx, ct, pt, 4), 0);
	ct[5] ^= 1;
	CU_ASSERT_EQUAL(tg_ts_cipher_open(&rx, back, ct, sizeof(ct)), TG_TS_E_DECRYPT);
	ct[5] ^= 1;
	CU_ASSERT_EQUAL(tg_ts_cipher_open(&rx, back, ct, sizeof(ct)), TG_TS_E_NONCE);
	CU_ASSERT_EQUAL(tg_ts_cipher_open(&rx, back, ct, 15), TG_TS_E_NONCE);
}

static int init_suite(void)
{
	return tg_crypto_init();
}

void ts_noise_test_register(void)
{
	TG_ADD_SUITE("ts_noise", init_suite, NULL,
		     { "v0_cacophony", test_v0_cacophony },
		     { "v0_be_differs_at_n1", test_v0_be_differs_at_n1 },
		     { "v1_version145", test_v1_version145 },
		     { "v1c_version1", test_v1c_version1 },
		     { "tamper_initiation", test_tamper_initiation },
		     { "tamper_response", test_tamper_response },
		     { "wrong_control_key", test_wrong_control_key },
		     { "random_pairs", test_random_pairs },
		     { "nonce_exhaustion_and_poison", test_nonce_exhaustion_and_poison });
}
