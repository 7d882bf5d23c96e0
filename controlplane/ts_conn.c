/*
 * ts2021 client connection core (protocol/control.md §1.2 upgrade request
 * and reply checks, §1.3/§1.4 Noise + records via common/ts_noise.h and
 * common/ts_frame.h, §1.5 early payload, §2 HTTP/2 with prior knowledge
 * over the Noise stream via nghttp2's memory interface).
 * Owns: the connection phase machine, the plaintext/ciphertext buffers, the
 * nghttp2 client session and the request bodies it still reads from.
 * Runs on the cp event loop (or a test's thread); no I/O of its own.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <nghttp2/nghttp2.h>
#include <sodium.h>

#include "crypto.h"
#include "ts_conn.h"
#include "ts_frame.h"
#include "ts_noise.h"

#define HTTP_HDR_MAX 16384
#define OUT_MAX (8u << 20)
#define ERR_TEXT_MAX 200
#define UPGRADE_PROTO "tailscale-control-protocol"

enum phase { PH_HTTP, PH_RESP, PH_STREAM, PH_DEAD };

struct body {
	struct body *next;
	int32_t stream;
	size_t len, off;
	uint8_t data[];
};

struct cp_ts_conn {
	enum phase phase;
	struct tg_ts_ik hs;
	struct tg_ts_cipher tx, rx;
	uint8_t hash[32];
	char hdr[HTTP_HDR_MAX + 1];
	size_t hdr_len;
	uint8_t resp[TG_TS_RESP_LEN];
	size_t resp_len;
	char srv_err[ERR_TEXT_MAX + 1];
	size_t srv_err_len, srv_err_want;
	struct tg_ts_reasm reasm;
	struct tg_ts_early early;
	bool early_reported;
	uint8_t pt[TG_TS_RECORD_MAX_PT];
	uint8_t *out;
	size_t out_off, out_len, out_cap;
	nghttp2_session *h2;
	struct body *bodies;
	char *host;
	struct cp_ts_conn_cbs cbs;
	void *arg;
	char err[256];
};

static int die(struct cp_ts_conn *c, int rc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int die(struct cp_ts_conn *c, int rc, const char *fmt, ...)
{
	va_list ap;

	if (c->phase == PH_DEAD)
		return rc;
	va_start(ap, fmt);
	vsnprintf(c->err, sizeof(c->err), fmt, ap);
	va_end(ap);
	c->phase = PH_DEAD;
	tg_ts_ik_wipe(&c->hs);
	tg_ts_cipher_wipe(&c->tx);
	tg_ts_cipher_wipe(&c->rx);
	return rc;
}

/* Copy printable ASCII of untrusted text for an error message. */
static void printable(char *dst, size_t cap, const char *src, size_t len)
{
	size_t i;

	for (i = 0; i < len && i + 1 < cap; i++)
		dst[i] = (src[i] >= 0x20 && src[i] < 0x7f) ? src[i] : '?';
	dst[i] = '\0';
}

static int out_reserve(struct cp_ts_conn *c, size_t more)
{
	size_t need, cap;
	uint8_t *nb;

	if (c->out_off && c->out_off == c->out_len)
		c->out_off = c->out_len = 0;
	need = c->out_len + more;
	if (need <= c->out_cap)
		return 0;
	if (need > OUT_MAX)
		return die(c, -ENOBUFS, "output queue above %u bytes", OUT_MAX);
	cap = c->out_cap ? c->out_cap : 8192;
	while (cap < need)
		cap *= 2;
	nb = realloc(c->out, cap);
	if (!nb)
		return die(c, -ENOMEM, "out of memory");
	c->out = nb;
	c->out_cap = cap;
	return 0;
}

/* nghttp2 output -> Noise records in the output queue. */
static int flush(struct cp_ts_conn *c)
{
	for (;;) {
		const uint8_t *d;
		ssize_t n = nghttp2_session_mem_send(c->h2, &d);
		size_t used;
		int rc;

		if (n < 0)
			return die(c, -EPROTO, "http2 send: %s",
				   nghttp2_strerror((int)n));
		if (n == 0)
			break;
		size_t recs = (size_t)n / TG_TS_RECORD_MAX_PT + 1;
		if ((rc = out_reserve(c, (size_t)n + recs * 19)) < 0)
			return rc;
		rc = tg_ts_records_seal(&c->tx, d, (size_t)n, c->out + c->out_len,
					c->out_cap - c->out_len, &used);
		if (rc < 0 || used != (size_t)n)
			return die(c, -EPROTO, "sealing records: %s",
				   tg_ts_frame_strerror(rc));
		c->out_len += (size_t)rc;
	}
	if (!nghttp2_session_want_read(c->h2) && !nghttp2_session_want_write(c->h2))
		return die(c, -ECONNRESET, "http2 session ended (GOAWAY)");
	return 0;
}

/* --- nghttp2 callbacks ----------------------------------------------------- */
static int on_header(nghttp2_session *s, const nghttp2_frame *f,
		     const uint8_t *name, size_t namelen, const uint8_t *value,
		     size_t valuelen, uint8_t flags, void *ud)
{
	struct cp_ts_conn *c = ud;
	char num[4];

	if (f->hd.type != NGHTTP2_HEADERS ||
	    f->headers.cat != NGHTTP2_HCAT_RESPONSE || namelen != 7 ||
	    memcmp(name, ":status", 7) != 0)
		return 0;
	if (valuelen != 3)
		return NGHTTP2_ERR_CALLBACK_FAILURE;
	memcpy(num, value, 3);
	num[3] = '\0';
	if (c->cbs.on_status)
		c->cbs.on_status(c->arg, f->hd.stream_id, atoi(num));
	return 0;
}

static int on_chunk(nghttp2_session *s, uint8_t flags, int32_t stream,
		    const uint8_t *data, size_t len, void *ud)
{
	struct cp_ts_conn *c = ud;

	if (c->cbs.on_data)
		c->cbs.on_data(c->arg, stream, data, len);
	return 0;
}

static void body_drop(struct cp_ts_conn *c, int32_t stream)
{
	for (struct body **p = &c->bodies; *p; p = &(*p)->next) {
		if ((*p)->stream == stream) {
			struct body *b = *p;
			*p = b->next;
			free(b);
			return;
		}
	}
}

static int on_close(nghttp2_session *s, int32_t stream, uint32_t code, void *ud)
{
	struct cp_ts_conn *c = ud;

	body_drop(c, stream);
	if (c->cbs.on_close)
		c->cbs.on_close(c->arg, stream, code);
	return 0;
}

static ssize_t body_read(nghttp2_session *s, int32_t stream, uint8_t *buf,
			 size_t len, uint32_t *flags, nghttp2_data_source *src,
			 void *ud)
{
	struct body *b = src->ptr;
	size_t n = b->len - b->off;

	if (n > len)
		n = len;
	memcpy(buf, b->data + b->off, n);
	b->off += n;
	if (b->off == b->len)
		*flags |= NGHTTP2_DATA_FLAG_EOF;
	return (ssize_t)n;
}

/* --- setup ---------------------------------------------------------------- */
static int queue_upgrade(struct cp_ts_conn *c, const struct cp_ts_conn_params *p)
{
	uint8_t init[TG_TS_INIT_LEN];
	char b64[sodium_base64_ENCODED_LEN(TG_TS_INIT_LEN, sodium_base64_VARIANT_ORIGINAL)];
	int n, rc;

	rc = tg_ts_client_initiate(&c->hs, p->version, p->machine_priv,
				   p->control_pub, p->e_priv, init);
	if (rc < 0)
		return die(c, -EINVAL, "handshake init: %s", tg_ts_noise_strerror(rc));
	sodium_bin2base64(b64, sizeof(b64), init, sizeof(init),
			  sodium_base64_VARIANT_ORIGINAL);
	if ((rc = out_reserve(c, 512 + strlen(c->host))) < 0)
		return rc;
	n = snprintf((char *)c->out, c->out_cap,
		     "POST /ts2021 HTTP/1.1\r\nHost: %s\r\n"
		     "Upgrade: " UPGRADE_PROTO "\r\nConnection: upgrade\r\n"
		     "X-Tailscale-Handshake: %s\r\nContent-Length: 0\r\n\r\n",
		     c->host, b64);
	c->out_len = (size_t)n;
	return 0;
}

int cp_ts_conn_new(struct cp_ts_conn **out, const struct cp_ts_conn_params *p,
		   const struct cp_ts_conn_cbs *cbs, void *arg)
{
	nghttp2_session_callbacks *cb = NULL;
	nghttp2_settings_entry iv[] = {
		{ NGHTTP2_SETTINGS_ENABLE_PUSH, 0 },
		{ NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1u << 20 },
	};
	struct cp_ts_conn *c;
	int rc = -ENOMEM;

	*out = NULL;
	if (!p->host || strpbrk(p->host, "\r\n") || strlen(p->host) > 255)
		return -EINVAL;
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	c->cbs = *cbs;
	c->arg = arg;
	c->host = strdup(p->host);
	tg_ts_reasm_init(&c->reasm);
	tg_ts_early_init(&c->early);
	if (!c->host || nghttp2_session_callbacks_new(&cb) != 0)
		goto err_free;
	nghttp2_session_callbacks_set_on_header_callback(cb, on_header);
	nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, on_chunk);
	nghttp2_session_callbacks_set_on_stream_close_callback(cb, on_close);
	rc = nghttp2_session_client_new(&c->h2, cb, c);
	nghttp2_session_callbacks_del(cb);
	if (rc != 0) {
		rc = -ENOMEM;
		goto err_free;
	}
	if (nghttp2_submit_settings(c->h2, NGHTTP2_FLAG_NONE, iv, 2) != 0 ||
	    nghttp2_session_set_local_window_size(c->h2, NGHTTP2_FLAG_NONE, 0,
						  4u << 20) != 0) {
		rc = -ENOMEM;
		goto err_free;
	}
	if ((rc = queue_upgrade(c, p)) < 0)
		goto err_free;
	*out = c;
	return 0;
err_free:
	cp_ts_conn_free(c);
	return rc;
}

void cp_ts_conn_free(struct cp_ts_conn *c)
{
	if (!c)
		return;
	if (c->h2)
		nghttp2_session_del(c->h2);
	while (c->bodies) {
		struct body *b = c->bodies;
		c->bodies = b->next;
		free(b);
	}
	free(c->out);
	free(c->host);
	tg_wipe(c, sizeof(*c));
	free(c);
}

/* --- receive path ----------------------------------------------------------- */
static int h2_recv(struct cp_ts_conn *c, const uint8_t *d, size_t n)
{
	ssize_t rc = nghttp2_session_mem_recv(c->h2, d, n);

	if (rc < 0)
		return die(c, -EPROTO, "http2: %s", nghttp2_strerror((int)rc));
	return 0;
}

static int deliver(struct cp_ts_conn *c, const uint8_t *pt, size_t n)
{
	size_t used = 0;
	int st = c->early.state;

	if (st == TG_TS_EARLY_NEED_MORE) {
		st = tg_ts_early_feed(&c->early, pt, n, &used);
		if (st < 0)
			return die(c, -EPROTO, "early payload: %s",
				   tg_ts_frame_strerror(st));
		if (st == TG_TS_EARLY_DONE && !c->early_reported) {
			c->early_reported = true;
			if (c->cbs.on_early)
				c->cbs.on_early(c->arg, c->early.json,
						c->early.json_len);
		} else if (st == TG_TS_EARLY_ABSENT && !c->early_reported) {
			c->early_reported = true;
			if (h2_recv(c, c->early.hdr, TG_TS_EARLY_HDR) < 0)
				return -EPROTO;
		}
	}
	if (used < n && c->early.state != TG_TS_EARLY_NEED_MORE)
		return h2_recv(c, pt + used, n - used);
	return 0;
}

static int recv_stream(struct cp_ts_conn *c, const uint8_t *in, size_t len)
{
	while (len && c->phase == PH_STREAM) {
		size_t used;
		int fl = tg_ts_reasm_feed(&c->reasm, in, len, &used);

		in += used;
		len -= used;
		if (fl < 0)
			return die(c, -EPROTO, "record stream: %s",
				   tg_ts_frame_strerror(fl));
		if (fl == 0)
			continue;
		int n = tg_ts_record_open(&c->rx, c->reasm.buf, (size_t)fl,
					  c->pt, sizeof(c->pt));
		tg_ts_reasm_next(&c->reasm);
		if (n < 0)
			return die(c, -EBADMSG, "record: %s",
				   tg_ts_frame_strerror(n));
		if (n > 0 && deliver(c, c->pt, (size_t)n) < 0)
			return -EPROTO;
	}
	return c->phase == PH_DEAD ? -EPROTO : 0;
}

/* 51-byte response, or a type-3 error frame with the server's text. */
static int recv_resp(struct cp_ts_conn *c, const uint8_t *in, size_t len,
		     size_t *used)
{
	*used = 0;
	while (*used < len && c->resp_len < 3)
		c->resp[c->resp_len++] = in[(*used)++];
	if (c->resp_len < 3)
		return 0;
	if (c->resp[0] == TG_TS_MSG_ERROR) {
		c->srv_err_want = (size_t)c->resp[1] << 8 | c->resp[2];
		while (*used < len && c->srv_err_len < c->srv_err_want &&
		       c->srv_err_len < ERR_TEXT_MAX)
			c->srv_err[c->srv_err_len++] = (char)in[(*used)++];
		if (c->srv_err_len < c->srv_err_want && c->srv_err_len < ERR_TEXT_MAX)
			return 0;
		char text[ERR_TEXT_MAX + 1];
		printable(text, sizeof(text), c->srv_err, c->srv_err_len);
		return die(c, -ECONNREFUSED, "server error: \"%s\"", text);
	}
	if (c->resp[0] != TG_TS_MSG_RESPONSE)
		return die(c, -EPROTO, "unexpected response message type %u",
			   c->resp[0]);
	while (*used < len && c->resp_len < TG_TS_RESP_LEN)
		c->resp[c->resp_len++] = in[(*used)++];
	if (c->resp_len < TG_TS_RESP_LEN)
		return 0;
	int rc = tg_ts_client_finish(&c->hs, c->resp, &c->tx, &c->rx, c->hash);
	if (rc < 0)
		return die(c, -EACCES, "handshake response: %s",
			   tg_ts_noise_strerror(rc));
	c->phase = PH_STREAM;
	return flush(c);
}

/* Status line must be HTTP/1.x 101; Upgrade must be exactly ours. */
static int check_http(struct cp_ts_conn *c, size_t head_len)
{
	char line[120];
	char *p = c->hdr, *end = c->hdr + head_len, *eol;
	bool has_upgrade = false;

	eol = strstr(p, "\r\n");
	printable(line, sizeof(line), p, (size_t)(eol - p));
	if (strncmp(p, "HTTP/1.", 7) != 0 || eol - p < 12 || p[8] != ' ')
		return die(c, -EPROTO, "bad HTTP status line \"%s\"", line);
	if (strncmp(p + 9, "101", 3) != 0 || (eol - p > 12 && p[12] != ' '))
		return die(c, -ECONNREFUSED, "upgrade refused: \"%s\"", line);
	for (p = eol + 2; p < end; p = eol + 2) {
		char *colon, *v, *ve;

		eol = strstr(p, "\r\n");
		if (!eol || eol == p)
			break;
		colon = memchr(p, ':', (size_t)(eol - p));
		if (!colon || colon - p != 7 || strncasecmp(p, "upgrade", 7) != 0)
			continue;
		for (v = colon + 1; v < eol && (*v == ' ' || *v == '\t'); v++)
			;
		for (ve = eol; ve > v && (ve[-1] == ' ' || ve[-1] == '\t'); ve--)
			;
		if ((size_t)(ve - v) != strlen(UPGRADE_PROTO) ||
		    memcmp(v, UPGRADE_PROTO, (size_t)(ve - v)) != 0) {
			printable(line, sizeof(line), v, (size_t)(ve - v));
			return die(c, -EPROTO, "unexpected Upgrade \"%s\"", line);
		}
		has_upgrade = true;
	}
	if (!has_upgrade)
		return die(c, -EPROTO, "101 without Upgrade header");
	return 0;
}

static int recv_http(struct cp_ts_conn *c, const uint8_t *in, size_t len,
		     size_t *used)
{
	size_t start = c->hdr_len > 3 ? c->hdr_len - 3 : 0, take;
	char *term;

	take = HTTP_HDR_MAX - c->hdr_len;
	if (take > len)
		take = len;
	memcpy(c->hdr + c->hdr_len, in, take);
	c->hdr_len += take;
	c->hdr[c->hdr_len] = '\0';
	/* Bytes after the terminator are Noise (binary): search with memmem. */
	term = memmem(c->hdr + start, c->hdr_len - start, "\r\n\r\n", 4);
	if (memchr(c->hdr + start, '\0',
		   (term ? (size_t)(term - c->hdr) : c->hdr_len) - start))
		return die(c, -EPROTO, "NUL byte in HTTP response header");
	if (!term) {
		*used = take;
		if (c->hdr_len == HTTP_HDR_MAX)
			return die(c, -EPROTO, "HTTP response header over %d bytes",
				   HTTP_HDR_MAX);
		return 0;
	}
	size_t head_len = (size_t)(term - c->hdr) + 4;
	/* Bytes after the header block belong to the Noise stream. */
	*used = take - (c->hdr_len - head_len);
	c->hdr[head_len] = '\0';
	if (check_http(c, head_len) < 0)
		return -EPROTO;
	c->phase = PH_RESP;
	return 0;
}

int cp_ts_conn_recv(struct cp_ts_conn *c, const uint8_t *in, size_t len)
{
	size_t used = 0;
	int rc = 0;

	while (len && rc == 0) {
		switch (c->phase) {
		case PH_HTTP:
			rc = recv_http(c, in, len, &used);
			break;
		case PH_RESP:
			rc = recv_resp(c, in, len, &used);
			break;
		case PH_STREAM:
			rc = recv_stream(c, in, len);
			used = len;
			if (rc == 0)
				rc = flush(c);
			break;
		default:
			return -EPIPE;
		}
		in += used;
		len -= used;
	}
	return c->phase == PH_DEAD ? (rc ? rc : -EPIPE) : rc;
}

/* --- output and requests ------------------------------------------------------ */
size_t cp_ts_conn_output(struct cp_ts_conn *c, const uint8_t **out)
{
	*out = c->out + c->out_off;
	return c->out_len - c->out_off;
}

void cp_ts_conn_consumed(struct cp_ts_conn *c, size_t n)
{
	c->out_off += n;
	if (c->out_off >= c->out_len)
		c->out_off = c->out_len = 0;
}

int32_t cp_ts_conn_request(struct cp_ts_conn *c, const char *method,
			   const char *path, const uint8_t *body, size_t len)
{
	nghttp2_data_provider prd;
	struct body *b = NULL;
	int32_t id;
#define NV(n, v) { (uint8_t *)(n), (uint8_t *)(v), strlen(n), strlen(v), \
		   NGHTTP2_NV_FLAG_NONE }
	nghttp2_nv nva[] = {
		NV(":method", method), NV(":path", path), NV(":scheme", "https"),
		NV(":authority", c->host), NV("content-type", "application/json"),
	};
#undef NV

	if (c->phase == PH_DEAD)
		return -EPIPE;
	if (len) {
		b = malloc(sizeof(*b) + len);
		if (!b)
			return -ENOMEM;
		b->len = len;
		b->off = 0;
		memcpy(b->data, body, len);
		prd.source.ptr = b;
		prd.read_callback = body_read;
	}
	id = nghttp2_submit_request(c->h2, NULL, nva, len ? 5 : 4,
				    len ? &prd : NULL, NULL);
	if (id < 0) {
		free(b);
		return -EINVAL;
	}
	if (b) {
		b->stream = id;
		b->next = c->bodies;
		c->bodies = b;
	}
	if (c->phase == PH_STREAM && flush(c) < 0)
		return -EPIPE;
	return id;
}

bool cp_ts_conn_is_up(const struct cp_ts_conn *c)
{
	return c->phase == PH_STREAM;
}

bool cp_ts_conn_is_dead(const struct cp_ts_conn *c)
{
	return c->phase == PH_DEAD;
}

const char *cp_ts_conn_error(const struct cp_ts_conn *c)
{
	return c->phase == PH_DEAD ? c->err : "";
}

const uint8_t *cp_ts_conn_handshake_hash(const struct cp_ts_conn *c)
{
	return c->hash;
}
