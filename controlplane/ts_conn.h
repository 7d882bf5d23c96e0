/*
 * ts2021 client connection core, I/O-free (protocol/control.md §1.2-§1.5,
 * §2): the HTTP/1.1 "POST /ts2021" upgrade, the Noise IK handshake, the
 * encrypted record stream, the optional early payload, and an nghttp2
 * client session (HTTP/2 with prior knowledge) on top.
 *
 * The owner moves bytes: everything read from the TCP (or TLS) stream goes
 * to cp_ts_conn_recv(); whatever cp_ts_conn_output() returns is written to
 * it. No sockets, timers or event loop here, so the whole thing runs in
 * tests against the Python test control server or in memory.
 *
 * Calling context: one thread (the cp event loop) per connection. Any
 * error is final (controlbase cannot resynchronise): the connection is then
 * dead and cp_ts_conn_error() says why.
 */
#ifndef CP_TS_CONN_H
#define CP_TS_CONN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cp_ts_conn;

struct cp_ts_conn_params {
	uint16_t version;             /* capability version, e.g. 145 */
	const uint8_t *machine_priv;  /* 32 bytes, Noise static */
	const uint8_t *control_pub;   /* 32 bytes, from GET /key */
	const uint8_t *e_priv;        /* 32 random bytes (tg_random) */
	const char *host;             /* Host header and :authority */
};

struct cp_ts_conn_cbs {
	/* The EarlyNoise JSON (not NUL-terminated); may be NULL. */
	void (*on_early)(void *arg, const uint8_t *json, size_t len);
	/* Response status of a stream. */
	void (*on_status)(void *arg, int32_t stream, int status);
	/* Response body bytes, in order. */
	void (*on_data)(void *arg, int32_t stream, const uint8_t *data,
			size_t len);
	/* Stream finished; error_code 0 = clean end. */
	void (*on_close)(void *arg, int32_t stream, uint32_t error_code);
};

/* 0 or -ENOMEM / -EINVAL. The upgrade request is queued as output. */
int cp_ts_conn_new(struct cp_ts_conn **out, const struct cp_ts_conn_params *p,
		   const struct cp_ts_conn_cbs *cbs, void *arg);
void cp_ts_conn_free(struct cp_ts_conn *c);

/* Bytes from the server. 0, or a negative errno when the conn died. */
int cp_ts_conn_recv(struct cp_ts_conn *c, const uint8_t *in, size_t len);

/* Pending bytes for the server; call consumed() with what was written. */
size_t cp_ts_conn_output(struct cp_ts_conn *c, const uint8_t **out);
void cp_ts_conn_consumed(struct cp_ts_conn *c, size_t n);

/*
 * Submit a request (body copied; may be empty). Headers: :method, :path,
 * :scheme https, :authority host, content-type application/json when a
 * body is given. Allowed before the handshake finishes (queued). Returns
 * the stream id (> 0) or a negative error.
 */
int32_t cp_ts_conn_request(struct cp_ts_conn *c, const char *method,
			   const char *path, const uint8_t *body, size_t len);

/* Noise established (101 seen and the response verified). */
bool cp_ts_conn_is_up(const struct cp_ts_conn *c);
/* True once dead; then cp_ts_conn_error() has the reason. */
bool cp_ts_conn_is_dead(const struct cp_ts_conn *c);
const char *cp_ts_conn_error(const struct cp_ts_conn *c);
/* Handshake hash (valid once up), e.g. to bind messages to the conn. */
const uint8_t *cp_ts_conn_handshake_hash(const struct cp_ts_conn *c);

#endif
