/*
 * libFuzzer target: everything a ts2021 control server (or anything in the
 * path) can send to our client, through controlplane/ts_conn.c and the map
 * decoders. Runs on libFuzzer's thread.
 *
 * The first input byte picks the surface:
 *   0: raw bytes before the handshake (HTTP reply parser, response/error
 *      frame parser);
 *   1: plaintext after a valid handshake, sealed as server records in
 *      chunks whose sizes come from the input (early payload parser,
 *      nghttp2 client session);
 *   2: a map-response body (u32 LE framing + bounded zstd decode).
 * Must never crash, leak or read out of bounds; a dead connection stays
 * dead; map messages never exceed the cap.
 *
 * Build by hand until scripts/fuzz.sh exists (sources compiled in so that
 * libFuzzer sees their coverage):
 *   clang -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE \
 *     -Icommon -Icontrolplane tests/fuzz/ts_conn_fuzz.c controlplane/ts_conn.c \
 *     controlplane/ts_zstd.c common/ts_frame.c common/ts_noise.c \
 *     common/ts_keys.c common/crypto.c $(pkg-config --cflags --libs \
 *     libnghttp2 libzstd libsodium libb2) -o ts_conn_fuzz
 *   ./ts_conn_fuzz -max_len=4096 NEWDIR tests/fuzz/corpus/ts_conn_fuzz
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "ts_conn.h"
#include "ts_frame.h"
#include "ts_noise.h"
#include "ts_zstd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char ok101[] = "HTTP/1.1 101 Switching Protocols\r\n"
	"Upgrade: tailscale-control-protocol\r\n\r\n";

static void on_data(void *arg, int32_t s, const uint8_t *d, size_t n)
{
	volatile uint8_t x = n ? d[n - 1] : 0;
	(void)x;
}

static const struct cp_ts_conn_cbs cbs = { NULL, NULL, on_data, NULL };

static struct cp_ts_conn *handshake(struct tg_ts_cipher *stx)
{
	static uint8_t mpriv[32] = { 1 }, spriv[32] = { 2 }, spub[32];
	uint8_t ce[32] = { 3 }, se[32] = { 4 }, init[TG_TS_INIT_LEN + 4];
	uint8_t resp[TG_TS_RESP_LEN], cpub[32], hash[32];
	struct tg_ts_cipher srx;
	struct cp_ts_conn *c;
	const uint8_t *out;
	uint16_t ver;
	size_t n, bl;

	tg_x25519_public(spub, spriv);
	struct cp_ts_conn_params p = { 145, mpriv, spub, ce, "control.test" };
	if (cp_ts_conn_new(&c, &p, &cbs, NULL) != 0)
		abort();
	n = cp_ts_conn_output(c, &out);
	const char *h = memmem(out, n, "Handshake: ", 11);
	if (!h || sodium_base642bin(init, sizeof(init), h + 11, 136, NULL, &bl, NULL,
				    sodium_base64_VARIANT_ORIGINAL) != 0 ||
	    tg_ts_server_respond(init, spriv, se, resp, &ver, cpub, stx, &srx, hash) != 0)
		abort();
	cp_ts_conn_consumed(c, n);
	if (cp_ts_conn_recv(c, (const uint8_t *)ok101, strlen(ok101)) != 0 ||
	    cp_ts_conn_recv(c, resp, sizeof(resp)) != 0 || !cp_ts_conn_is_up(c))
		abort();
	return c;
}

static void fuzz_pre(const uint8_t *d, size_t n)
{
	static uint8_t k[32] = { 9 };
	struct cp_ts_conn *c;
	uint8_t e[32] = { 5 };
	struct cp_ts_conn_params p = { 145, k, k, e, "h" };

	tg_x25519_public(k, k); /* any non-zero point */
	if (cp_ts_conn_new(&c, &p, &cbs, NULL) != 0)
		abort();
	const uint8_t *out;
	cp_ts_conn_consumed(c, cp_ts_conn_output(c, &out));
	if (cp_ts_conn_recv(c, d, n) < 0 && !cp_ts_conn_is_dead(c))
		abort();
	if (cp_ts_conn_is_dead(c) && cp_ts_conn_recv(c, d, n ? 1 : 0) == 0 && n)
		abort();
	cp_ts_conn_free(c);
}

static void fuzz_stream(const uint8_t *d, size_t n)
{
	struct tg_ts_cipher stx;
	struct cp_ts_conn *c = handshake(&stx);
	static uint8_t rec[TG_TS_FRAME_MAX];

	while (n && !cp_ts_conn_is_dead(c)) {
		size_t chunk = d[0] % 64 + 1;
		d++;
		n--;
		if (chunk > n)
			chunk = n;
		int r = tg_ts_record_seal(&stx, d, chunk, rec, sizeof(rec));
		if (r < 0)
			abort();
		cp_ts_conn_recv(c, rec, (size_t)r);
		const uint8_t *out;
		cp_ts_conn_consumed(c, cp_ts_conn_output(c, &out));
		d += chunk;
		n -= chunk;
	}
	cp_ts_conn_free(c);
}

static void fuzz_map(const uint8_t *d, size_t n)
{
	struct tg_ts_map_dec m;
	const size_t cap = 1u << 16;

	tg_ts_map_dec_init(&m, cap);
	while (n) {
		size_t used;
		int rc = tg_ts_map_dec_feed(&m, d, n, &used);

		d += used;
		n -= used;
		if (rc < 0)
			break;
		if (rc == 1) {
			uint8_t *out;
			size_t ol;
			if (m.want > cap)
				abort();
			if (cp_ts_zstd_decode(m.buf, m.want, cap, &out, &ol) == 0) {
				if (ol > cap || out[ol] != 0)
					abort();
				free(out);
			}
			tg_ts_map_dec_next(&m);
		}
	}
	tg_ts_map_dec_free(&m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int inited;

	if (!inited) {
		if (tg_crypto_init() != 0)
			abort();
		inited = 1;
	}
	if (size < 1)
		return 0;
	switch (data[0] % 3) {
	case 0: fuzz_pre(data + 1, size - 1); break;
	case 1: fuzz_stream(data + 1, size - 1); break;
	default: fuzz_map(data + 1, size - 1); break;
	}
	return 0;
}
