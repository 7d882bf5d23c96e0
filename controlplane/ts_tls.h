/*
 * TLS client for the control connection (https:// server URLs): OpenSSL on
 * memory BIOs, so the owner keeps moving bytes on its libevent bufferevent.
 * The server certificate is verified against the system trust store (or
 * SSL_CERT_FILE / SSL_CERT_DIR) and the URL's host name (or IP address);
 * SNI is sent for names. A verification failure is fatal: the /key answer
 * fetched over this channel is what authenticates the control server's
 * Noise key. Event-loop thread only.
 */
#ifndef CP_TS_TLS_H
#define CP_TS_TLS_H

#include <stddef.h>
#include <stdint.h>

struct cp_ts_tls;

/* 0 or -ENOMEM / -EINVAL with a message. */
int cp_ts_tls_new(struct cp_ts_tls **out, const char *host, char *err, size_t errlen);
void cp_ts_tls_free(struct cp_ts_tls *t);

/* Ciphertext from the socket. */
int cp_ts_tls_feed(struct cp_ts_tls *t, const uint8_t *in, size_t len);
/* Plaintext out: > 0 bytes, 0 = need more input, < 0 = fatal (err set;
 * -ECONNRESET for the peer's close_notify). */
int cp_ts_tls_read(struct cp_ts_tls *t, uint8_t *buf, size_t cap, char *err, size_t errlen);
/* Plaintext in: bytes accepted (0 while the handshake is not done), < 0 fatal. */
int cp_ts_tls_write(struct cp_ts_tls *t, const uint8_t *buf, size_t len, char *err,
		    size_t errlen);
/* Ciphertext for the socket: bytes copied into buf (0 = none pending). */
size_t cp_ts_tls_take(struct cp_ts_tls *t, uint8_t *buf, size_t cap);
/* Kick the handshake (ClientHello) before any plaintext is written. */
int cp_ts_tls_start(struct cp_ts_tls *t, char *err, size_t errlen);

#endif
