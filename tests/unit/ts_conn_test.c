/*
 * ts_conn: the I/O-free ts2021 client connection, with the test playing the
 * server byte by byte: the upgrade request it writes (headers, the
 * base64 initiation that tg_ts_server_respond accepts), the reply checks
 * (status 101, exact Upgrade value, header size cap, bytes after the header
 * kept), a type-3 error frame, a tampered response, then records: the early
 * payload (V1b-style, 3 records) and the HTTP/2 client preface that must
 * come out of the client's first records. The full HTTP/2 exchange is
 * covered by tests/control/run_interop.sh against the Python server.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "ts_conn.h"
#include "ts_frame.h"
#include "ts_noise.h"
#include "unit/test_util.h"

struct srv {
	uint8_t priv[32], pub[32], e[32];
	struct tg_ts_cipher tx, rx;
	uint8_t resp[TG_TS_RESP_LEN];
	uint8_t client_pub[32];
	uint16_t version;
};

struct seen {
	char early[256];
	size_t early_len;
	int early_calls;
};

static void on_early(void *arg, const uint8_t *json, size_t len)
{
	struct seen *s = arg;

	s->early_calls++;
	if (len < sizeof(s->early)) {
		memcpy(s->early, json, len);
		s->early_len = len;
	}
}

static const struct cp_ts_conn_cbs cbs = { on_early, NULL, NULL, NULL };

static struct cp_ts_conn *mk(struct srv *sv, struct seen *seen, uint8_t mpriv[32])
{
	struct cp_ts_conn *c;
	uint8_t e[32];

	tg_random(mpriv, 32);
	tg_random(e, 32);
	tg_x25519_generate(sv->priv, sv->pub);
	tg_random(sv->e, 32);
	struct cp_ts_conn_params p = { 145, mpriv, sv->pub, e, "control.test:80" };
	CU_ASSERT_EQUAL_FATAL(cp_ts_conn_new(&c, &p, &cbs, seen), 0);
	return c;
}

/* Parse the client's upgrade request and answer the handshake. */
static void serve_upgrade(struct cp_ts_conn *c, struct srv *sv)
{
	const uint8_t *out;
	size_t n = cp_ts_conn_output(c, &out);
	char req[1024], *h;
	uint8_t init[TG_TS_INIT_LEN + 8];
	size_t bl;
	uint8_t hash[32];

	CU_ASSERT_FATAL(n > 0 && n < sizeof(req));
	memcpy(req, out, n);
	req[n] = '\0';
	CU_ASSERT(strncmp(req, "POST /ts2021 HTTP/1.1\r\n", 23) == 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(req, "\r\nHost: control.test:80\r\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(req, "\r\nUpgrade: tailscale-control-protocol\r\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(req, "\r\nConnection: upgrade\r\n"));
	CU_ASSERT(strcmp(req + n - 4, "\r\n\r\n") == 0);
	h = strstr(req, "\r\nX-Tailscale-Handshake: ");
	CU_ASSERT_PTR_NOT_NULL_FATAL(h);
	h += 25;
	CU_ASSERT_EQUAL(strcspn(h, "\r"), 136);
	CU_ASSERT_EQUAL_FATAL(sodium_base642bin(init, sizeof(init), h, 136, NULL, &bl,
						NULL, sodium_base64_VARIANT_ORIGINAL), 0);
	CU_ASSERT_EQUAL_FATAL(bl, TG_TS_INIT_LEN);
	CU_ASSERT_EQUAL_FATAL(tg_ts_server_respond(init, sv->priv, sv->e, sv->resp,
						   &sv->version, sv->client_pub,
						   &sv->tx, &sv->rx, hash), 0);
	CU_ASSERT_EQUAL(sv->version, 145);
	cp_ts_conn_consumed(c, n);
	CU_ASSERT_EQUAL(cp_ts_conn_output(c, &out), 0);
}

static const char ok101[] = "HTTP/1.1 101 Switching Protocols\r\n"
	"Upgrade: tailscale-control-protocol\r\nConnection: upgrade\r\n\r\n";

/* Decrypt everything the client queued (server view); returns plaintext length. */
static size_t drain(struct cp_ts_conn *c, struct srv *sv, uint8_t *plain, size_t cap)
{
	const uint8_t *out;
	size_t n = cp_ts_conn_output(c, &out), off = 0, pl = 0;
	struct tg_ts_reasm r;

	tg_ts_reasm_init(&r);
	while (off < n) {
		size_t used;
		int f = tg_ts_reasm_feed(&r, out + off, n - off, &used);
		CU_ASSERT_FATAL(f > 0);
		off += used;
		int k = tg_ts_record_open(&sv->rx, r.buf, (size_t)f, plain + pl, cap - pl);
		CU_ASSERT_FATAL(k >= 0);
		pl += (size_t)k;
		tg_ts_reasm_next(&r);
	}
	cp_ts_conn_consumed(c, n);
	return pl;
}

/* Full success path, all server bytes in one buffer or byte by byte. */
static void run_success(bool bytewise)
{
	struct srv sv;
	struct seen seen = { 0 };
	uint8_t mpriv[32], mpub[32], wire[2048], hdr[9];
	size_t wl = 0;
	const char json[] = "{\"nodeKeyChallenge\":\"chalpub:00\"}";
	struct cp_ts_conn *c = mk(&sv, &seen, mpriv);

	serve_upgrade(c, &sv);
	tg_x25519_public(mpub, mpriv);
	CU_ASSERT(memcmp(sv.client_pub, mpub, 32) == 0);

	memcpy(wire, ok101, strlen(ok101));
	wl = strlen(ok101);
	memcpy(wire + wl, sv.resp, sizeof(sv.resp));
	wl += sizeof(sv.resp);
	tg_ts_early_hdr(hdr, (uint32_t)strlen(json));
	wl += (size_t)tg_ts_record_seal(&sv.tx, hdr, 5, wire + wl, sizeof(wire) - wl);
	wl += (size_t)tg_ts_record_seal(&sv.tx, hdr + 5, 4, wire + wl, sizeof(wire) - wl);
	wl += (size_t)tg_ts_record_seal(&sv.tx, NULL, 0, wire + wl, sizeof(wire) - wl);
	wl += (size_t)tg_ts_record_seal(&sv.tx, (const uint8_t *)json, strlen(json),
					wire + wl, sizeof(wire) - wl);
	if (bytewise) {
		for (size_t i = 0; i < wl; i++)
			CU_ASSERT_EQUAL_FATAL(cp_ts_conn_recv(c, wire + i, 1), 0);
	} else {
		CU_ASSERT_EQUAL_FATAL(cp_ts_conn_recv(c, wire, wl), 0);
	}
	CU_ASSERT(cp_ts_conn_is_up(c));
	CU_ASSERT_EQUAL(seen.early_calls, 1);
	CU_ASSERT_EQUAL(seen.early_len, strlen(json));
	CU_ASSERT(memcmp(seen.early, json, strlen(json)) == 0);

	/* The client's first records carry the HTTP/2 preface + SETTINGS. */
	const uint8_t *out;
	uint8_t plain[8192];
	size_t pl = drain(c, &sv, plain, sizeof(plain));
	CU_ASSERT_FATAL(pl >= 24 + 9);
	CU_ASSERT(memcmp(plain, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 24) == 0);
	CU_ASSERT_EQUAL(plain[24 + 3], 0x04); /* SETTINGS frame type */

	/* A request submitted now goes out at once, sealed. */
	CU_ASSERT(cp_ts_conn_request(c, "POST", "/machine/register",
				     (const uint8_t *)"{}", 2) > 0);
	CU_ASSERT(cp_ts_conn_output(c, &out) > 0);
	cp_ts_conn_free(c);
}

static void test_success_one_buffer(void)
{
	run_success(false);
}

static void test_success_bytewise(void)
{
	run_success(true);
}

/* Server reply -> expected error substring. */
static void expect_fail(const char *reply, size_t len, bool add_resp,
			const char *want)
{
	struct srv sv;
	struct seen seen = { 0 };
	uint8_t mpriv[32], wire[20000];
	struct cp_ts_conn *c = mk(&sv, &seen, mpriv);
	size_t wl = len;

	serve_upgrade(c, &sv);
	memcpy(wire, reply, len);
	if (add_resp) {
		memcpy(wire + wl, sv.resp, sizeof(sv.resp));
		wl += sizeof(sv.resp);
	}
	CU_ASSERT(cp_ts_conn_recv(c, wire, wl) < 0);
	CU_ASSERT(cp_ts_conn_is_dead(c));
	if (!strstr(cp_ts_conn_error(c), want))
		fprintf(stderr, "\n  got error \"%s\", want \"%s\"\n",
			cp_ts_conn_error(c), want);
	CU_ASSERT_PTR_NOT_NULL(strstr(cp_ts_conn_error(c), want));
	/* Dead is final. */
	CU_ASSERT(cp_ts_conn_recv(c, (const uint8_t *)"x", 1) < 0);
	CU_ASSERT(cp_ts_conn_request(c, "POST", "/x", NULL, 0) < 0);
	cp_ts_conn_free(c);
}

static void test_reply_checks(void)
{
	static const char r400[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
	static const char r200[] = "HTTP/1.1 200 OK\r\n\r\n";
	static const char r1010[] = "HTTP/1.1 1010 Odd\r\n\r\n";
	static const char noup[] = "HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\n\r\n";
	static const char wrongup[] = "HTTP/1.1 101 Switching Protocols\r\n"
		"Upgrade: Tailscale-Control-Protocol\r\n\r\n";
	static const char junk[] = "SSH-2.0-OpenSSH\r\n\r\n";
	static const char nul[] = "HTTP/1.1 101 X\r\nUpgrade: t\0x\r\n\r\n";

	expect_fail(r400, strlen(r400), false, "upgrade refused: \"HTTP/1.1 400 Bad Request\"");
	expect_fail(r200, strlen(r200), false, "upgrade refused");
	expect_fail(r1010, strlen(r1010), false, "upgrade refused");
	expect_fail(noup, strlen(noup), true, "101 without Upgrade header");
	/* The reply's Upgrade value is compared exactly (case-sensitive). */
	expect_fail(wrongup, strlen(wrongup), true, "unexpected Upgrade \"Tailscale-Control-Protocol\"");
	expect_fail(junk, strlen(junk), false, "bad HTTP status line \"SSH-2.0-OpenSSH\"");
	expect_fail(nul, sizeof(nul) - 1, false, "NUL byte");

	/* Header block over 16 KiB without an end. */
	static char big[17000];
	memcpy(big, "HTTP/1.1 101 X\r\n", 16);
	memset(big + 16, 'a', sizeof(big) - 16);
	expect_fail(big, sizeof(big), false, "over 16384 bytes");

	/* Upgrade header names are case-insensitive; extra spaces trimmed. */
	struct srv sv;
	struct seen seen = { 0 };
	uint8_t mpriv[32], wire[512];
	struct cp_ts_conn *c = mk(&sv, &seen, mpriv);
	static const char okcase[] = "HTTP/1.1 101 Switching Protocols\r\n"
		"UPGRADE:   tailscale-control-protocol  \r\n\r\n";
	serve_upgrade(c, &sv);
	memcpy(wire, okcase, strlen(okcase));
	memcpy(wire + strlen(okcase), sv.resp, sizeof(sv.resp));
	CU_ASSERT_EQUAL(cp_ts_conn_recv(c, wire, strlen(okcase) + sizeof(sv.resp)), 0);
	CU_ASSERT(cp_ts_conn_is_up(c));
	cp_ts_conn_free(c);
}

static void test_error_frame_and_tamper(void)
{
	char wire[512];
	size_t n = strlen(ok101);
	static const char msg[] = "wrong handshake initiation size";

	memcpy(wire, ok101, n);
	wire[n++] = 3;
	wire[n++] = 0;
	wire[n++] = (char)strlen(msg);
	memcpy(wire + n, msg, strlen(msg));
	n += strlen(msg);
	expect_fail(wire, n, false, "server error: \"wrong handshake initiation size\"");

	/* Unknown message type instead of the response. */
	n = strlen(ok101);
	wire[n] = 7;
	wire[n + 1] = 0;
	wire[n + 2] = 48;
	expect_fail(wire, n + 3, false, "unexpected response message type 7");

	/* Each response byte +1 (after the header): authentication fails. */
	for (int i = 3; i < TG_TS_RESP_LEN; i += 7) {
		struct srv sv;
		struct seen seen = { 0 };
		uint8_t mpriv[32], buf[512];
		struct cp_ts_conn *c = mk(&sv, &seen, mpriv);

		serve_upgrade(c, &sv);
		memcpy(buf, ok101, strlen(ok101));
		memcpy(buf + strlen(ok101), sv.resp, sizeof(sv.resp));
		buf[strlen(ok101) + (size_t)i]++;
		CU_ASSERT(cp_ts_conn_recv(c, buf, strlen(ok101) + sizeof(sv.resp)) < 0);
		CU_ASSERT_PTR_NOT_NULL(strstr(cp_ts_conn_error(c), "handshake response"));
		cp_ts_conn_free(c);
	}
}

/* After the handshake: a tampered record or an oversize frame kills it. */
static void test_stream_errors(void)
{
	for (int k = 0; k < 3; k++) {
		struct srv sv;
		struct seen seen = { 0 };
		uint8_t mpriv[32], wire[512];
		size_t wl = strlen(ok101);
		struct cp_ts_conn *c = mk(&sv, &seen, mpriv);

		serve_upgrade(c, &sv);
		memcpy(wire, ok101, wl);
		memcpy(wire + wl, sv.resp, sizeof(sv.resp));
		wl += sizeof(sv.resp);
		CU_ASSERT_EQUAL_FATAL(cp_ts_conn_recv(c, wire, wl), 0);
		wl = 0;
		if (k == 0) {
			wl = (size_t)tg_ts_record_seal(&sv.tx, (const uint8_t *)"abcdefghi", 9, wire, sizeof(wire));
			wire[5] ^= 1;
		} else if (k == 1) {
			memcpy(wire, "\x04\x0f\xfe", 3);
			wl = 3;
		} else {
			/* Early header announcing more than our cap. */
			uint8_t hdr[9];
			tg_ts_early_hdr(hdr, 1u << 20);
			wl = (size_t)tg_ts_record_seal(&sv.tx, hdr, 9, wire, sizeof(wire));
		}
		CU_ASSERT(cp_ts_conn_recv(c, wire, wl) < 0);
		const char *want[] = { "authentication", "4096", "early payload" };
		CU_ASSERT_PTR_NOT_NULL(strstr(cp_ts_conn_error(c), want[k]));
		cp_ts_conn_free(c);
	}
}

/* No early payload: the 9 bytes go to HTTP/2 (a SETTINGS frame). */
static void test_no_early_payload(void)
{
	struct srv sv;
	struct seen seen = { 0 };
	uint8_t mpriv[32], wire[512];
	size_t wl = strlen(ok101);
	const uint8_t settings[9] = { 0, 0, 0, 4, 0, 0, 0, 0, 0 };
	struct cp_ts_conn *c = mk(&sv, &seen, mpriv);

	serve_upgrade(c, &sv);
	memcpy(wire, ok101, wl);
	memcpy(wire + wl, sv.resp, sizeof(sv.resp));
	wl += sizeof(sv.resp);
	wl += (size_t)tg_ts_record_seal(&sv.tx, settings, 9, wire + wl, sizeof(wire) - wl);
	CU_ASSERT_EQUAL(cp_ts_conn_recv(c, wire, wl), 0);
	CU_ASSERT(cp_ts_conn_is_up(c));
	CU_ASSERT_EQUAL(seen.early_calls, 0);
	/* Garbage after a valid SETTINGS is an HTTP/2 error. */
	const uint8_t junk[9] = { 0, 0, 0, 0xee, 0, 0, 0, 0, 1 };
	wl = (size_t)tg_ts_record_seal(&sv.tx, junk, 9, wire, sizeof(wire));
	/* Unknown frame types are ignored by HTTP/2; the conn stays up. */
	CU_ASSERT_EQUAL(cp_ts_conn_recv(c, wire, wl), 0);
	const uint8_t bad[9] = { 0, 0, 1, 4, 0, 0, 0, 0, 0 }; /* SETTINGS len 1 */
	wl = (size_t)tg_ts_record_seal(&sv.tx, bad, 9, wire, sizeof(wire));
	wire[wl] = 0;
	wl += (size_t)tg_ts_record_seal(&sv.tx, (const uint8_t *)"\0", 1, wire + wl, sizeof(wire) - wl);
	uint8_t plain[1024];
	drain(c, &sv, plain, sizeof(plain));
	/* nghttp2 answers a malformed SETTINGS with GOAWAY (FRAME_SIZE_ERROR),
	 * after which the session wants nothing more: the conn is dead. */
	CU_ASSERT(cp_ts_conn_recv(c, wire, wl) < 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(cp_ts_conn_error(c), "GOAWAY"));
	size_t pl = drain(c, &sv, plain, sizeof(plain));
	bool goaway = false;
	for (size_t off = 0; off + 9 <= pl;
	     off += 9 + ((size_t)plain[off] << 16 | (size_t)plain[off + 1] << 8 | plain[off + 2]))
		goaway |= plain[off + 3] == 0x07;
	CU_ASSERT(goaway);
	cp_ts_conn_free(c);
}

static void test_bad_params(void)
{
	struct cp_ts_conn *c;
	uint8_t k[32] = { 0 };
	struct cp_ts_conn_params p = { 145, k, k, k, "a\r\nX: y" };

	CU_ASSERT_EQUAL(cp_ts_conn_new(&c, &p, &cbs, NULL), -EINVAL);
	p.host = NULL;
	CU_ASSERT_EQUAL(cp_ts_conn_new(&c, &p, &cbs, NULL), -EINVAL);
	/* All-zero control key: X25519 gives the zero point. */
	p.host = "h";
	CU_ASSERT_EQUAL(cp_ts_conn_new(&c, &p, &cbs, NULL), -EINVAL);
}

static int init_suite(void)
{
	return tg_crypto_init();
}

void ts_conn_test_register(void)
{
	TG_ADD_SUITE("ts_conn", init_suite, NULL,
		     { "success_one_buffer", test_success_one_buffer },
		     { "success_bytewise", test_success_bytewise },
		     { "reply_checks", test_reply_checks },
		     { "error_frame_and_tamper", test_error_frame_and_tamper },
		     { "stream_errors", test_stream_errors },
		     { "no_early_payload", test_no_early_payload },
		     { "bad_params", test_bad_params });
}
