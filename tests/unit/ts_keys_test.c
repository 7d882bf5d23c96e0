/*
 * ts_keys: Tailscale key text forms against the reference repo's own test
 * data (vectors/control.md V3: types/key/{node,machine,disco}_test.go, the
 * tsp node file), the X25519 pair check, zero keys, and strict rejection.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "crypto.h"
#include "ts_keys.h"
#include "unit/test_util.h"

static void unhex(uint8_t *out, const char *hex)
{
	size_t n = strlen(hex) / 2;

	for (size_t i = 0; i < n; i++) {
		unsigned v;
		sscanf(hex + 2 * i, "%2x", &v);
		out[i] = (uint8_t)v;
	}
}

#define PRIV_HEX "40ab1b58e9076c7a4d9d07291f5edf9d1aa017eb949624ba683317f48a640369"
#define PUB_HEX "50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765"

static void roundtrip(enum tg_ts_key_kind kind, const char *text,
		      const char *raw_hex)
{
	uint8_t raw[TG_TS_KEY_MAX_RAW], want[TG_TS_KEY_MAX_RAW];
	char out[TG_TS_KEY_MAX_TEXT];

	unhex(want, raw_hex);
	CU_ASSERT_EQUAL_FATAL(tg_ts_key_parse(kind, text, strlen(text), raw), 0);
	CU_ASSERT(memcmp(raw, want, tg_ts_key_raw_len(kind)) == 0);
	CU_ASSERT_EQUAL(tg_ts_key_format(kind, raw, out, sizeof(out)),
			(int)strlen(text));
	CU_ASSERT_STRING_EQUAL(out, text);
}

/* V3: TestNodeSerialization / TestMachineSerialization / TestDiscoSerialization. */
static void test_repo_serialization(void)
{
	roundtrip(TG_TS_KEY_PRIV, "privkey:" PRIV_HEX, PRIV_HEX);
	roundtrip(TG_TS_KEY_NODE, "nodekey:" PUB_HEX, PUB_HEX);
	roundtrip(TG_TS_KEY_MACHINE, "mkey:" PUB_HEX, PUB_HEX);
	roundtrip(TG_TS_KEY_DISCO, "discokey:" PUB_HEX, PUB_HEX);
	/* tsp nodefile_test.go */
	roundtrip(TG_TS_KEY_PRIV,
		  "privkey:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
		  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
	roundtrip(TG_TS_KEY_PRIV,
		  "privkey:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210",
		  "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");
	roundtrip(TG_TS_KEY_MACHINE,
		  "mkey:1111111111111111111111111111111111111111111111111111111111111111",
		  "1111111111111111111111111111111111111111111111111111111111111111");
	/* V1 control key as /key returns it; V1b challenge key. */
	roundtrip(TG_TS_KEY_MACHINE,
		  "mkey:64b101b1d0be5a8704bd078f9895001fc03e8e9f9522f188dd128d9846d48466",
		  "64b101b1d0be5a8704bd078f9895001fc03e8e9f9522f188dd128d9846d48466");
	roundtrip(TG_TS_KEY_CHALPUB,
		  "chalpub:883186b800b41d5cf0429695da9b3cc4f328ebcd184a6e482fa578c103f06c77",
		  "883186b800b41d5cf0429695da9b3cc4f328ebcd184a6e482fa578c103f06c77");
	roundtrip(TG_TS_KEY_NLPUB,
		  "nlpub:6c8d14b047593d7117dc445957d8bdd6772c303d064297fdc8e329927d370bda",
		  "6c8d14b047593d7117dc445957d8bdd6772c303d064297fdc8e329927d370bda");
}

/* V3 [DERIVED]: the repo's pair is a real X25519 keypair. */
static void test_pair_is_x25519(void)
{
	uint8_t priv[32], pub[32], want[32];
	const char *t = "privkey:" PRIV_HEX;

	CU_ASSERT_EQUAL_FATAL(tg_ts_key_parse(TG_TS_KEY_PRIV, t, strlen(t), priv), 0);
	tg_x25519_public(pub, priv);
	unhex(want, PUB_HEX);
	CU_ASSERT(tg_ts_key_eq(TG_TS_KEY_NODE, pub, want));
	want[31] ^= 1;
	CU_ASSERT(!tg_ts_key_eq(TG_TS_KEY_NODE, pub, want));
}

static void test_zero_keys(void)
{
	uint8_t zero[32] = { 0 };
	char out[TG_TS_KEY_MAX_TEXT];
	static const char z64[] =
		"0000000000000000000000000000000000000000000000000000000000000000";
	char want[TG_TS_KEY_MAX_TEXT];
	const enum tg_ts_key_kind k[] = { TG_TS_KEY_NODE, TG_TS_KEY_NLPUB,
					  TG_TS_KEY_DISCO, TG_TS_KEY_MACHINE };

	for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++) {
		snprintf(want, sizeof(want), "%s%s", tg_ts_key_prefix(k[i]), z64);
		CU_ASSERT(tg_ts_key_format(k[i], zero, out, sizeof(out)) > 0);
		CU_ASSERT_STRING_EQUAL(out, want);
		CU_ASSERT(tg_ts_key_is_zero(k[i], zero));
	}
	zero[17] = 1;
	CU_ASSERT(!tg_ts_key_is_zero(TG_TS_KEY_NODE, zero));
}

static void test_upper_and_alt_prefix(void)
{
	uint8_t a[32], b[32];
	const char *lo = "nodekey:" PUB_HEX;
	const char *up = "nodekey:50D20B455ECF12BC453F83C2CFDB2A24925D06CF2598DCAA54E91AF82CE9F765";
	const char *tl = "tlpub:" PUB_HEX;

	CU_ASSERT_EQUAL(tg_ts_key_parse(TG_TS_KEY_NODE, lo, strlen(lo), a), 0);
	CU_ASSERT_EQUAL(tg_ts_key_parse(TG_TS_KEY_NODE, up, strlen(up), b), 0);
	CU_ASSERT(memcmp(a, b, 32) == 0);
	CU_ASSERT_EQUAL(tg_ts_key_parse(TG_TS_KEY_NLPUB, tl, strlen(tl), b), 0);
	CU_ASSERT(memcmp(a, b, 32) == 0);
	/* tlpub: is only an alias for nlpub:. */
	CU_ASSERT_EQUAL(tg_ts_key_parse(TG_TS_KEY_NODE, tl, strlen(tl), b), -EINVAL);
}

static void test_reject(void)
{
	static const struct { enum tg_ts_key_kind k; const char *t; } bad[] = {
		{ TG_TS_KEY_NODE, "" },
		{ TG_TS_KEY_NODE, "nodekey:" },
		{ TG_TS_KEY_NODE, "mkey:" PUB_HEX },
		{ TG_TS_KEY_MACHINE, "nodekey:" PUB_HEX },
		{ TG_TS_KEY_NODE, "NODEKEY:" PUB_HEX },
		{ TG_TS_KEY_NODE, " nodekey:" PUB_HEX },
		{ TG_TS_KEY_NODE, "nodekey:" PUB_HEX " " },
		{ TG_TS_KEY_NODE, "nodekey:" PUB_HEX "0" },
		{ TG_TS_KEY_NODE, "nodekey:" PUB_HEX "00" },
		{ TG_TS_KEY_NODE, "nodekey:50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f76" },
		{ TG_TS_KEY_NODE, "nodekey:50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f76g" },
		{ TG_TS_KEY_NODE, "nodekey:50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f7:5" },
		{ TG_TS_KEY_NODE, "nodekey:0x0b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765" },
		{ TG_TS_KEY_PRIV, "privkey:40ab1b58e9076c7a4d9d07291f5edf9d1aa017eb949624ba683317f48a64036/" },
		{ TG_TS_KEY_NLPRIV, "nlpriv:" PUB_HEX },
	};
	uint8_t raw[TG_TS_KEY_MAX_RAW];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(raw, 0xaa, sizeof(raw));
		CU_ASSERT_EQUAL(tg_ts_key_parse(bad[i].k, bad[i].t,
						strlen(bad[i].t), raw), -EINVAL);
	}
	/* Length is what the caller passes: an embedded NUL does not end it. */
	char buf[80];
	int n = snprintf(buf, sizeof(buf), "nodekey:%s", PUB_HEX);
	buf[20] = '\0';
	CU_ASSERT_EQUAL(tg_ts_key_parse(TG_TS_KEY_NODE, buf, (size_t)n, raw), -EINVAL);
	CU_ASSERT_EQUAL(tg_ts_key_parse(TG_TS_KEY__COUNT, "x", 1, raw), -EINVAL);
	/* Too small an output buffer. */
	char small[72];
	CU_ASSERT_EQUAL(tg_ts_key_format(TG_TS_KEY_NODE, raw, small, sizeof(small)), -ENOSPC);
	CU_ASSERT_EQUAL(tg_ts_key_format(TG_TS_KEY_NODE, raw, small, 8 + 64), -ENOSPC);
}

/* Every byte value, every kind length: format then parse is the identity. */
static void test_random_roundtrip(void)
{
	uint64_t s = tg_test_seed() ^ 0x75736b6579;
	uint8_t raw[TG_TS_KEY_MAX_RAW], back[TG_TS_KEY_MAX_RAW];
	char out[TG_TS_KEY_MAX_TEXT];

	for (int it = 0; it < 2000; it++) {
		enum tg_ts_key_kind k = (enum tg_ts_key_kind)(it % TG_TS_KEY__COUNT);
		size_t n = tg_ts_key_raw_len(k);

		for (size_t i = 0; i < n; i++)
			raw[i] = it < 256 ? (uint8_t)(it + i) : (uint8_t)tg_test_rand(&s);
		int len = tg_ts_key_format(k, raw, out, sizeof(out));
		CU_ASSERT_EQUAL_FATAL(len, (int)(strlen(tg_ts_key_prefix(k)) + 2 * n));
		CU_ASSERT_EQUAL_FATAL(tg_ts_key_parse(k, out, (size_t)len, back), 0);
		CU_ASSERT_FATAL(memcmp(raw, back, n) == 0);
		/* Every non-hex character in a random digit position is rejected. */
		size_t pos = strlen(tg_ts_key_prefix(k)) + tg_test_rand(&s) % (2 * n);
		char c = (char)(tg_test_rand(&s) & 0xff);
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
		      (c >= 'A' && c <= 'F'))) {
			out[pos] = c;
			CU_ASSERT_EQUAL(tg_ts_key_parse(k, out, (size_t)len, back), -EINVAL);
		}
	}
}

static int init_suite(void)
{
	return tg_crypto_init();
}

void ts_keys_test_register(void)
{
	TG_ADD_SUITE("ts_keys", init_suite, NULL,
		     { "repo_serialization", test_repo_serialization },
		     { "pair_is_x25519", test_pair_is_x25519 },
		     { "zero_keys", test_zero_keys },
		     { "upper_and_alt_prefix", test_upper_and_alt_prefix },
		     { "reject", test_reject },
		     { "random_roundtrip", test_random_roundtrip });
}
