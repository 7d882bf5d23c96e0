/*
 * ts_frame: controlbase records against vectors/control.md V1a
 * (client->server, k1, big-endian nonces) and V1b (server early payload as
 * three records, k2, plus the little-endian negative record); the 4096-byte
 * limit; TestBigData's record counts; the early-payload parser; the map
 * frame decoder and the bounded zstd decoder against V4 (keep-alive with
 * and without checksum, raw JSON, the illustrative first MapResponse) and
 * the repo's cap tests (frame too large, decoded too large).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zstd.h>

#include "crypto.h"
#include "ts_frame.h"
#include "ts_noise.h"
#include "ts_zstd.h"
#include "unit/test_util.h"

static size_t unhex(uint8_t *out, const char *hex)
{
	size_t n = 0;

	for (const char *p = hex; p[0] && p[1]; p += 2) {
		unsigned v;
		sscanf(p, "%2x", &v);
		out[n++] = (uint8_t)v;
	}
	return n;
}

#define K1 "9d8a0c9bfad81a7ac34484c53c3b9e730edd3c0249faac7826a8cf9f4b9713b1"
#define K2 "5c591b6bc88039fb598c45334d246af59501be8061e51f3950afafc7d1fb28cb"

static void cipher(struct tg_ts_cipher *c, const char *khex)
{
	memset(c, 0, sizeof(*c));
	unhex(c->key, khex);
	c->order = TG_TS_NONCE_BE;
}

/* --- V1a -------------------------------------------------------------------- */
static const struct { const char *pt, *rec; } v1a[] = {
	{ "505249202a20485454502f322e300d0a0d0a534d0d0a0d0a",
	  "0400283f131eabdda88e1f08a0231aacebb3b3f3a0a497e0f43ef57b6ab292671c69f57799e1479733b23c" },
	{ "68656c6c6f", "040015303e51d30d9bf270255ab7459bccd972fa86c024ae" },
	{ "", "040010ac83d1d5c6025eaa3b9d9d5ed6427912" },
};

static void test_v1a_client_records(void)
{
	struct tg_ts_cipher tx, rx;
	uint8_t pt[64], rec[128], want[128], back[64];

	cipher(&tx, K1);
	cipher(&rx, K1);
	for (size_t i = 0; i < 3; i++) {
		size_t pl = unhex(pt, v1a[i].pt), wl = unhex(want, v1a[i].rec);
		int n = tg_ts_record_seal(&tx, pt, pl, rec, sizeof(rec));

		CU_ASSERT_EQUAL_FATAL(n, (int)wl);
		CU_ASSERT(memcmp(rec, want, wl) == 0);
		CU_ASSERT_EQUAL(tg_ts_record_open(&rx, want, wl, back, sizeof(back)), (int)pl);
		CU_ASSERT(memcmp(back, pt, pl) == 0);
	}
	CU_ASSERT_EQUAL(tx.n, 3);
}

/* --- V1b -------------------------------------------------------------------- */
static const char v1b_json[] =
	"{\"nodeKeyChallenge\":\"chalpub:883186b800b41d5cf0429695da9b3cc4f328ebcd184a6e482fa578c103f06c77\"}";
static const char *v1b_rec[3] = {
	"04001566cb70ea6682d04abea474286294f7f3defb296f64",
	"040014b550c24314544cb727b3b24b0c863376f75c2c08",
	"04006f6c9b95b0f12a727e757d8e7dab9f987ec38d851a62b3706dea00b3b3bad48f4a083e141c7b67e0b30d9e7b28e99eeaaf99c22e5ce61a0338f998ef64b41b4e244b4febf7fb7adde6d7de1cf46dd49a4308f18fe653b7d44f31cc31e25ceacc047953ef896bb81a34ef83b60c3b51ea",
};

static void test_v1b_server_seal(void)
{
	struct tg_ts_cipher tx;
	uint8_t hdr[TG_TS_EARLY_HDR], rec[256], want[256];
	size_t jl = strlen(v1b_json);

	CU_ASSERT_EQUAL(jl, 0x5f);
	cipher(&tx, K2);
	tg_ts_early_hdr(hdr, (uint32_t)jl);
	const uint8_t *parts[3] = { hdr, hdr + 5, (const uint8_t *)v1b_json };
	size_t lens[3] = { 5, 4, jl };
	for (int i = 0; i < 3; i++) {
		size_t wl = unhex(want, v1b_rec[i]);
		CU_ASSERT_EQUAL_FATAL(tg_ts_record_seal(&tx, parts[i], lens[i], rec, sizeof(rec)), (int)wl);
		CU_ASSERT(memcmp(rec, want, wl) == 0);
	}
}

/*
 * Client side: the three records concatenated, then the start of an HTTP/2
 * SETTINGS frame in a 4th record, fed to the reassembler in slices of
 * every size 1..7, decrypted, and the plaintext fed to the early parser.
 */
static void test_v1b_client_parse(void)
{
	uint8_t stream[512], settings[9] = { 0, 0, 0, 4, 0, 0, 0, 0, 0 };
	size_t sl = 0;
	struct tg_ts_cipher tx;

	for (int i = 0; i < 3; i++)
		sl += unhex(stream + sl, v1b_rec[i]);
	cipher(&tx, K2);
	tx.n = 3;
	int n = tg_ts_record_seal(&tx, settings, 9, stream + sl, sizeof(stream) - sl);
	CU_ASSERT_FATAL(n > 0);
	sl += (size_t)n;

	for (size_t slice = 1; slice <= 7; slice++) {
		struct tg_ts_reasm r;
		struct tg_ts_early e;
		struct tg_ts_cipher rx;
		uint8_t pt[TG_TS_RECORD_MAX_PT], h2[64];
		size_t off = 0, h2len = 0;
		int frames = 0;

		cipher(&rx, K2);
		tg_ts_reasm_init(&r);
		tg_ts_early_init(&e);
		while (off < sl) {
			size_t c, take = sl - off < slice ? sl - off : slice;
			int got = tg_ts_reasm_feed(&r, stream + off, take, &c);

			CU_ASSERT_FATAL(got >= 0);
			off += c;
			if (!got)
				continue;
			int pl = tg_ts_record_open(&rx, r.buf, (size_t)got, pt, sizeof(pt));
			CU_ASSERT_FATAL(pl >= 0);
			tg_ts_reasm_next(&r);
			frames++;
			size_t used = 0;
			int st = tg_ts_early_feed(&e, pt, (size_t)pl, &used);
			CU_ASSERT_FATAL(st >= 0);
			memcpy(h2 + h2len, pt + used, (size_t)pl - used);
			h2len += (size_t)pl - used;
		}
		CU_ASSERT_EQUAL(frames, 4);
		CU_ASSERT_EQUAL(e.state, TG_TS_EARLY_DONE);
		CU_ASSERT_EQUAL(e.json_len, 0x5f);
		CU_ASSERT(memcmp(e.json, v1b_json, 0x5f) == 0);
		CU_ASSERT_EQUAL(h2len, 9);
		CU_ASSERT(memcmp(h2, settings, 9) == 0);
		CU_ASSERT_EQUAL(rx.n, 4);
	}
}

/* V1b negative: the second record sealed with a little-endian nonce. */
static void test_v1b_le_record_rejected(void)
{
	struct tg_ts_cipher rx;
	uint8_t rec[64], pt[64];
	size_t l;

	cipher(&rx, K2);
	l = unhex(rec, v1b_rec[0]);
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, rec, l, pt, sizeof(pt)), 5);
	l = unhex(rec, "0400145e30937c657443f54233f23edf23e305fa86414d");
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, rec, l, pt, sizeof(pt)), TG_TS_E_DECRYPT);
	/* Poisoned: even the correct record is refused now. */
	l = unhex(rec, v1b_rec[1]);
	CU_ASSERT(tg_ts_record_open(&rx, rec, l, pt, sizeof(pt)) < 0);
	/* A fresh receiver at n=1 takes the big-endian one. */
	cipher(&rx, K2);
	rx.n = 1;
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, rec, l, pt, sizeof(pt)), 4);
	CU_ASSERT(memcmp(pt, "\x00\x00\x00\x5f", 4) == 0);
}

static void test_early_absent_and_limits(void)
{
	struct tg_ts_early e;
	const uint8_t h2[12] = { 0, 0, 0x12, 4, 0, 0, 0, 0, 0, 0xaa, 0xbb, 0xcc };
	uint8_t big[9];
	size_t c;

	tg_ts_early_init(&e);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, h2, 4, &c), TG_TS_EARLY_NEED_MORE);
	CU_ASSERT_EQUAL(c, 4);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, h2 + 4, 8, &c), TG_TS_EARLY_ABSENT);
	CU_ASSERT_EQUAL(c, 5);
	CU_ASSERT(memcmp(e.hdr, h2, 9) == 0);
	/* Magic with a wrong 5th byte is not an early payload either. */
	tg_ts_early_init(&e);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, (const uint8_t *)"\xff\xff\xffTX\0\0\0\1", 9, &c),
			TG_TS_EARLY_ABSENT);
	/* Over our cap: refused before any JSON byte is read. */
	tg_ts_early_init(&e);
	tg_ts_early_hdr(big, TG_TS_EARLY_JSON_MAX + 1);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, big, 9, &c), TG_TS_F_EARLY_LEN);
	tg_ts_early_init(&e);
	tg_ts_early_hdr(big, 0xffffffffu);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, big, 9, &c), TG_TS_F_EARLY_LEN);
	/* Zero-length JSON completes at the header. */
	tg_ts_early_init(&e);
	tg_ts_early_hdr(big, 0);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, big, 9, &c), TG_TS_EARLY_DONE);
	CU_ASSERT_EQUAL(tg_ts_early_feed(&e, h2, 3, &c), TG_TS_EARLY_DONE);
	CU_ASSERT_EQUAL(c, 0);
}

static void test_frame_limits(void)
{
	struct tg_ts_reasm r;
	struct tg_ts_cipher c;
	uint8_t hdr[3], type, pt[TG_TS_RECORD_MAX_PT + 1], out[TG_TS_FRAME_MAX + 16];
	size_t used;

	CU_ASSERT_EQUAL(TG_TS_RECORD_MAX_PT, 4077);
	hdr[0] = 4; hdr[1] = 0x0f; hdr[2] = 0xfd;   /* 3 + 4093 = 4096 */
	CU_ASSERT_EQUAL(tg_ts_frame_hdr(hdr, &type), 4096);
	hdr[2] = 0xfe;                               /* 4097 */
	CU_ASSERT_EQUAL(tg_ts_frame_hdr(hdr, &type), TG_TS_F_TOO_BIG);
	tg_ts_reasm_init(&r);
	CU_ASSERT_EQUAL(tg_ts_reasm_feed(&r, hdr, 3, &used), TG_TS_F_TOO_BIG);
	CU_ASSERT_EQUAL(tg_ts_reasm_feed(&r, hdr, 3, &used), TG_TS_F_DEAD);
	hdr[1] = 0xff; hdr[2] = 0xff;
	tg_ts_reasm_init(&r);
	CU_ASSERT_EQUAL(tg_ts_reasm_feed(&r, hdr, 3, &used), TG_TS_F_TOO_BIG);

	cipher(&c, K1);
	memset(pt, 'x', sizeof(pt));
	CU_ASSERT_EQUAL(tg_ts_record_seal(&c, pt, 4078, out, sizeof(out)), TG_TS_F_TOO_BIG);
	CU_ASSERT_EQUAL(tg_ts_record_seal(&c, pt, 4077, out, 4095), TG_TS_F_SPACE);
	CU_ASSERT_EQUAL(tg_ts_record_seal(&c, pt, 4077, out, sizeof(out)), 4096);
	CU_ASSERT_EQUAL(c.n, 1);
	/* Type byte must be 4 (an error frame mid-stream is refused). */
	struct tg_ts_cipher rx;
	cipher(&rx, K1);
	out[0] = 3;
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, out, 4096, pt, sizeof(pt)), TG_TS_F_TYPE);
	out[0] = 4;
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, out, 4096, pt, sizeof(pt)), 4077);
	/* Length field disagreeing with the frame given. */
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, out, 4095, pt, sizeof(pt)), TG_TS_E_LENGTH);
	/* Shorter than a tag. */
	uint8_t tiny[3 + 15] = { 4, 0, 15 };
	CU_ASSERT_EQUAL(tg_ts_record_open(&rx, tiny, sizeof(tiny), pt, sizeof(pt)), TG_TS_F_SHORT);
}

/* controlbase TestBigData: 15 KiB -> 4 records, 30 KiB -> 8 records. */
static void test_bigdata_chunking(void)
{
	static uint8_t in[30720], wire[40000], back[30720];
	const size_t sizes[2] = { 15360, 30720 };
	const uint64_t recs[2] = { 4, 8 };

	for (int k = 0; k < 2; k++) {
		struct tg_ts_cipher tx, rx;
		struct tg_ts_reasm r;
		size_t used, off = 0, bl = 0;

		for (size_t i = 0; i < sizes[k]; i++)
			in[i] = (uint8_t)((k ? "fghij" : "abcde")[i % 5]);
		cipher(&tx, K1);
		cipher(&rx, K1);
		int n = tg_ts_records_seal(&tx, in, sizes[k], wire, sizeof(wire), &used);
		CU_ASSERT_EQUAL_FATAL(used, sizes[k]);
		CU_ASSERT_EQUAL(tx.n, recs[k]);
		CU_ASSERT_EQUAL(n, (int)(sizes[k] + recs[k] * 19));
		tg_ts_reasm_init(&r);
		while (off < (size_t)n) {
			size_t c;
			int got = tg_ts_reasm_feed(&r, wire + off, (size_t)n - off, &c);
			CU_ASSERT_FATAL(got > 0);
			off += c;
			int pl = tg_ts_record_open(&rx, r.buf, (size_t)got, back + bl,
						   sizeof(back) - bl);
			CU_ASSERT_FATAL(pl > 0);
			bl += (size_t)pl;
			tg_ts_reasm_next(&r);
		}
		CU_ASSERT_EQUAL(bl, sizes[k]);
		CU_ASSERT(memcmp(back, in, bl) == 0);
		CU_ASSERT_EQUAL(rx.n, recs[k]);
	}
	/* A short output buffer: seals what fits, reports consumed. */
	struct tg_ts_cipher tx;
	size_t used;
	cipher(&tx, K1);
	CU_ASSERT_EQUAL(tg_ts_records_seal(&tx, in, 100, wire, 3 + 16 + 40, &used), 59);
	CU_ASSERT_EQUAL(used, 40);
	CU_ASSERT_EQUAL(tg_ts_records_seal(&tx, in, 100, wire, 19, &used), 0);
	CU_ASSERT_EQUAL(used, 0);
}

/* --- V4 map framing + zstd --------------------------------------------- */
static const char ka_nocheck[] =
	"1b00000028b52ffd20129100007b224b656570416c697665223a747275657d";
static const char ka_check[] =
	"1f00000028b52ffd24129100007b224b656570416c697665223a747275657d0e260c10";
static const char ka_raw[] = "120000007b224b656570416c697665223a747275657d";

static const char map_json[] =
	"{\"Node\":{\"ID\":1,\"StableID\":\"nEXIT1CNTRL\",\"Name\":\"exit1.example.ts.net.\",\"User\":1,\"Key\":\"nodekey:ad438bfae31f6c093d61d4339255ea798092c9fadd07b97827f4b0ae9dee7c1c\",\"Machine\":\"mkey:07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c\",\"DiscoKey\":\"discokey:3a553d74792d727efa9b9a4cde3da1ad93f1a2d0c09cb639b1a3c0fda14cbe24\",\"Addresses\":[\"100.64.0.1/32\",\"fd7a:115c:a1e0::1/128\"],\"AllowedIPs\":[\"100.64.0.1/32\",\"fd7a:115c:a1e0::1/128\",\"0.0.0.0/0\",\"::/0\"],\"HomeDERP\":1,\"MachineAuthorized\":true},\"DERPMap\":{\"Regions\":{\"1\":{\"RegionID\":1,\"RegionCode\":\"nyc\",\"RegionName\":\"New York City\",\"Nodes\":[{\"Name\":\"1f\",\"RegionID\":1,\"HostName\":\"derp1f.tailscale.com\",\"IPv4\":\"199.38.181.104\",\"IPv6\":\"2607:f740:f::bc\"}]}}},\"Peers\":[{\"ID\":2,\"StableID\":\"nPEER2CNTRL\",\"Name\":\"laptop.example.ts.net.\",\"User\":1,\"Key\":\"nodekey:50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765\",\"DiscoKey\":\"discokey:50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765\",\"Addresses\":[\"100.64.0.2/32\",\"fd7a:115c:a1e0::2/128\"],\"Endpoints\":[\"198.51.100.9:41641\"],\"HomeDERP\":1,\"Online\":true,\"Cap\":145}],\"PacketFilter\":[{\"SrcIPs\":[\"100.64.0.2\",\"fd7a:115c:a1e0::2\"],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":0,\"Last\":65535}}]}],\"DNSConfig\":{\"Resolvers\":[{\"Addr\":\"1.1.1.1\"}],\"Domains\":[\"example.ts.net\"],\"Proxied\":true},\"Domain\":\"example.com\",\"UserProfiles\":[{\"ID\":1,\"LoginName\":\"alice@example.com\",\"DisplayName\":\"Alice\"}],\"ControlTime\":\"2026-08-22T15:48:56Z\"}";

static const char map_frame[] =
	"0d03000028b52ffd609f041d1800b6b59d27008f58070cf92a786d6d209929e5"
	"b90246d4697db5abe26c74a419b846da8f824ba0aaaaaa090190008f009200f5"
	"79b746c879609cec13b57bd3b3574a688aac331d8ccf4e16722ae4e8a5292aa7"
	"6f8b9ab035e1edf659a8fbceae6e8a1882113427c8dd5bf1b470ba6842b5a584"
	"d371e27dcf75a6b30f7e4e573c454ebc955e9aa26fb64e7fe983abb186b73759"
	"5b0d96355d592a15a39b9751187dfaae54c9db11260c12c763883840acd33f22"
	"5d4d355b787bf48fc831f47db3e49890c75ba62bae8cfe760675e589aca2214d"
	"208fae648337cadd00a56f77038d7b9322b72f725535de288fe01b7894ba7e95"
	"5af91eadd0c56f87cec06b5c139fc6b9f7087aac31acaf7b1b6f8fb0271b5fbd"
	"d859a7be693acf64a7b3eec2fab0336f7df53a7d6dac739a153704a10b2714a1"
	"eb48591d7a698a6c31ea668b518fb75bc8befb44139c9cc57772b71d19d5d972"
	"2d0884f281f06c0b235cdfec286bb5379a1262fbb82be18cb0c2e9620bad1361"
	"47463bc1876d4b192707af93969c596a0527108804e91f91ab5b7acb643294cc"
	"ed4429a62e429842ee81a77fa27bcd8b5e1339cd9ceff4d1428abcbd926dd355"
	"b55845d5acc1cf72f5cdb06c801f26821e6bbf64940380e2ca0f00172db9bd58"
	"77bc63e8312b53123d3986de5213a44999433c924691cac700a140e4041ee820"
	"c550e52bb3b2a32d55352eb5b260d483a02d55558b92c8086fafa270bea4abb1"
	"067a0a235fd21be516552bf9cd3bfd756fc3a2ca980485adec58903cde28194a"
	"26231d291ffa0cab086f8e3ec32eaae098b7079c5e8a1c736529c31e6f94437b"
	"2d5c9d555441d614b64a6f948c8c8fde521d6f5d716595a5f0e2f3229d8d73af"
	"79b2896666510134204002222086881e2b39975c5d9e995d966c397e0343791b"
	"7a0206ae42c8154886bb7b9720b368ecc7dae4015ffe2ee0679c3eb1f581d2e1"
	"597058e839c3b5639473b912cc209815390540830280c7da544608dabd64936f"
	"7f38733934784e8b395805bb9034266f35d8bc0c3d11bf021ed060196866570e"
	"d356f48d954016e83612b53a4a43b4eb0c";

/* Decode every complete message in wire with the given slice size. */
static int map_decode_all(const uint8_t *wire, size_t wl, size_t slice,
			  size_t cap, uint8_t *msgs[4], size_t lens[4])
{
	struct tg_ts_map_dec d;
	size_t off = 0;
	int count = 0, rc = 0;

	tg_ts_map_dec_init(&d, cap);
	while (off < wl) {
		size_t c, take = wl - off < slice ? wl - off : slice;

		rc = tg_ts_map_dec_feed(&d, wire + off, take, &c);
		off += c;
		if (rc < 0)
			break;
		if (rc == 1) {
			if (count < 4) {
				msgs[count] = malloc(d.want);
				memcpy(msgs[count], d.buf, d.want);
				lens[count] = d.want;
			}
			count++;
			tg_ts_map_dec_next(&d);
		}
	}
	tg_ts_map_dec_free(&d);
	return rc < 0 ? rc : count;
}

static void expect_json(const uint8_t *frame, size_t fl, const char *json)
{
	uint8_t *out;
	size_t ol;

	CU_ASSERT_EQUAL_FATAL(cp_ts_zstd_decode(frame, fl, CP_TS_ZSTD_DEFAULT_CAP, &out, &ol), 0);
	CU_ASSERT_EQUAL(ol, strlen(json));
	CU_ASSERT(memcmp(out, json, ol) == 0);
	CU_ASSERT_EQUAL(out[ol], 0);
	free(out);
}

static void test_v4_keepalive(void)
{
	static uint8_t wire[4096];
	uint8_t *msgs[4];
	size_t lens[4], wl;

	/* All three keep-alive encodings back to back, every slice size. */
	for (size_t slice = 1; slice <= 9; slice += 4) {
		wl = unhex(wire, ka_nocheck);
		wl += unhex(wire + wl, ka_check);
		wl += unhex(wire + wl, ka_raw);
		CU_ASSERT_EQUAL_FATAL(map_decode_all(wire, wl, slice, 1 << 22, msgs, lens), 3);
		CU_ASSERT_EQUAL(lens[0], 27);
		CU_ASSERT_EQUAL(lens[1], 31);
		CU_ASSERT_EQUAL(lens[2], 18);
		expect_json(msgs[0], lens[0], "{\"KeepAlive\":true}");
		expect_json(msgs[1], lens[1], "{\"KeepAlive\":true}");
		CU_ASSERT(memcmp(msgs[2], "{\"KeepAlive\":true}", 18) == 0);
		/* Checksum mismatch is a decode error. */
		msgs[1][lens[1] - 1] ^= 1;
		uint8_t *o;
		size_t ol;
		CU_ASSERT_EQUAL(cp_ts_zstd_decode(msgs[1], lens[1], 1 << 20, &o, &ol), -EBADMSG);
		/* Trailing garbage after the frame; truncated frame. */
		CU_ASSERT_EQUAL(cp_ts_zstd_decode(msgs[0], lens[0] - 1, 1 << 20, &o, &ol), -EBADMSG);
		uint8_t longer[40];
		memcpy(longer, msgs[0], lens[0]);
		longer[lens[0]] = 0;
		CU_ASSERT_EQUAL(cp_ts_zstd_decode(longer, lens[0] + 1, 1 << 20, &o, &ol), -EBADMSG);
		/* Raw JSON is not a zstd frame. */
		CU_ASSERT_EQUAL(cp_ts_zstd_decode(msgs[2], lens[2], 1 << 20, &o, &ol), -EBADMSG);
		/* Cap below the content size. */
		CU_ASSERT_EQUAL(cp_ts_zstd_decode(msgs[0], lens[0], 17, &o, &ol), -EMSGSIZE);
		for (int i = 0; i < 3; i++)
			free(msgs[i]);
	}
	/* The length prefix is little-endian. */
	uint8_t le[4];
	tg_ts_map_len_put(le, 0x1b);
	CU_ASSERT(memcmp(le, "\x1b\0\0\0", 4) == 0);
	tg_ts_map_len_put(le, 0x400001);
	CU_ASSERT(memcmp(le, "\x01\x00\x40\x00", 4) == 0);
}

static void test_v4_first_mapresponse(void)
{
	static uint8_t wire[2048];
	uint8_t *msgs[4], *o;
	size_t lens[4], ol, wl = unhex(wire, map_frame);

	CU_ASSERT_EQUAL(wl, 4 + 781);
	CU_ASSERT_EQUAL(strlen(map_json), 1439);
	CU_ASSERT_EQUAL_FATAL(map_decode_all(wire, wl, 100, 1 << 22, msgs, lens), 1);
	CU_ASSERT_EQUAL(lens[0], 781);
	expect_json(msgs[0], lens[0], map_json);
	CU_ASSERT_EQUAL(cp_ts_zstd_decode(msgs[0], lens[0], 1438, &o, &ol), -EMSGSIZE);
	CU_ASSERT_EQUAL(cp_ts_zstd_decode(msgs[0], lens[0], 1439, &o, &ol), 0);
	free(o);
	free(msgs[0]);
	/* Payload cap one below the announced length: refused. */
	CU_ASSERT_EQUAL(map_decode_all(wire, wl, 100, 780, msgs, lens), TG_TS_F_MAP_LEN);
}

/* tsp TestMapFrameSizeTooLarge: header alone, 4 MiB + 1 with a 4 MiB cap. */
static void test_map_frame_too_large(void)
{
	struct tg_ts_map_dec d;
	const uint8_t hdr[4] = { 0x01, 0x00, 0x40, 0x00 };
	const uint8_t zero[4] = { 0 };
	size_t c;

	tg_ts_map_dec_init(&d, 4u << 20);
	CU_ASSERT_EQUAL(tg_ts_map_dec_feed(&d, hdr, 4, &c), TG_TS_F_MAP_LEN);
	CU_ASSERT_EQUAL(c, 4);
	CU_ASSERT_PTR_NULL(d.buf);     /* nothing allocated */
	CU_ASSERT_EQUAL(tg_ts_map_dec_feed(&d, hdr, 4, &c), TG_TS_F_DEAD);
	tg_ts_map_dec_free(&d);
	tg_ts_map_dec_init(&d, 4u << 20);
	CU_ASSERT_EQUAL(tg_ts_map_dec_feed(&d, zero, 4, &c), TG_TS_F_MAP_LEN);
	tg_ts_map_dec_free(&d);
	/* Exactly the cap is accepted; allocation follows arrived bytes only. */
	const uint8_t at_cap[5] = { 0x00, 0x00, 0x40, 0x00, 'x' };
	tg_ts_map_dec_init(&d, 4u << 20);
	CU_ASSERT_EQUAL(tg_ts_map_dec_feed(&d, at_cap, 5, &c), 0);
	CU_ASSERT_EQUAL(c, 5);
	CU_ASSERT(d.buf_size <= 4096);
	tg_ts_map_dec_free(&d);
}

/* tsp TestMapDecodedSizeTooLarge / TestMapBudgetResetsBetweenFrames. */
static void test_zstd_decoded_caps(void)
{
	const size_t big = 5u << 20, mid = 3u << 20;
	char *json = malloc(big + 32);
	size_t bound = ZSTD_compressBound(big + 32);
	uint8_t *z = malloc(bound), *o;
	size_t zl, ol;

	memcpy(json, "{\"Domain\":\"", 11);
	memset(json + 11, 'a', big);
	memcpy(json + 11 + big, "\"}", 2);
	zl = ZSTD_compress(z, bound, json, big + 13, 1);
	CU_ASSERT_FATAL(!ZSTD_isError(zl));
	CU_ASSERT(zl < (4u << 20));
	CU_ASSERT_EQUAL(cp_ts_zstd_decode(z, zl, 4u << 20, &o, &ol), -EMSGSIZE);

	/* Streaming-compressed frame without a content size: cap still holds. */
	ZSTD_CCtx *cc = ZSTD_createCCtx();
	ZSTD_inBuffer ib = { json, big + 13, 0 };
	ZSTD_outBuffer ob = { z, bound, 0 };
	ZSTD_CCtx_setParameter(cc, ZSTD_c_contentSizeFlag, 0);
	CU_ASSERT_EQUAL(ZSTD_compressStream2(cc, &ob, &ib, ZSTD_e_end), 0);
	ZSTD_freeCCtx(cc);
	CU_ASSERT_EQUAL(ZSTD_getFrameContentSize(z, ob.pos), ZSTD_CONTENTSIZE_UNKNOWN);
	CU_ASSERT_EQUAL(cp_ts_zstd_decode(z, ob.pos, 4u << 20, &o, &ol), -EMSGSIZE);
	CU_ASSERT_EQUAL(cp_ts_zstd_decode(z, ob.pos, big + 13, &o, &ol), 0);
	CU_ASSERT_EQUAL(ol, big + 13);
	CU_ASSERT(memcmp(o, json, ol) == 0);
	free(o);

	/* Two 3 MiB messages each fit a 4 MiB per-message budget. */
	for (int i = 0; i < 2; i++) {
		size_t jl = (size_t)sprintf(json, "{\"Domain\":\"");
		memset(json + jl, 'a', mid);
		jl += mid;
		jl += (size_t)sprintf(json + jl, "%s\"}", i ? "-two" : "-one");
		zl = ZSTD_compress(z, bound, json, jl, 1);
		CU_ASSERT_EQUAL_FATAL(cp_ts_zstd_decode(z, zl, 4u << 20, &o, &ol), 0);
		CU_ASSERT_EQUAL(ol, jl);
		CU_ASSERT(memcmp(o + jl - 6, i ? "-two\"}" : "-one\"}", 6) == 0);
		free(o);
	}
	free(z);
	free(json);
}

static int init_suite(void)
{
	return tg_crypto_init();
}

void ts_frame_test_register(void)
{
	TG_ADD_SUITE("ts_frame", init_suite, NULL,
		     { "v1a_client_records", test_v1a_client_records },
		     { "v1b_server_seal", test_v1b_server_seal },
		     { "v1b_client_parse", test_v1b_client_parse },
		     { "v1b_le_record_rejected", test_v1b_le_record_rejected },
		     { "early_absent_and_limits", test_early_absent_and_limits },
		     { "frame_limits", test_frame_limits },
		     { "bigdata_chunking", test_bigdata_chunking },
		     { "v4_keepalive", test_v4_keepalive },
		     { "v4_first_mapresponse", test_v4_first_mapresponse },
		     { "map_frame_too_large", test_map_frame_too_large },
		     { "zstd_decoded_caps", test_zstd_decoded_caps });
}
