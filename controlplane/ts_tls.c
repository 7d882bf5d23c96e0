/*
 * OpenSSL client on memory BIOs (see ts_tls.h): rbio gets what the socket
 * delivered, wbio collects what must be sent. TLS 1.2+, peer verification
 * with host name / IP checks, SNI for names. Event-loop thread only.
 */
#include "ts_tls.h"

#include <arpa/inet.h>
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cp_ts_tls {
	SSL_CTX *ctx;
	SSL *ssl;
	BIO *rbio, *wbio;
};

static void ssl_err(struct cp_ts_tls *t, const char *what, char *err, size_t errlen)
{
	long v = t->ssl ? SSL_get_verify_result(t->ssl) : X509_V_OK;
	unsigned long e = ERR_get_error();
	char buf[256] = "";

	if (e)
		ERR_error_string_n(e, buf, sizeof(buf));
	ERR_clear_error();
	if (v != X509_V_OK)
		snprintf(err, errlen, "TLS %s: certificate verification failed: %s", what,
			 X509_verify_cert_error_string(v));
	else
		snprintf(err, errlen, "TLS %s failed: %s", what, buf[0] ? buf : "protocol error");
}

int cp_ts_tls_new(struct cp_ts_tls **out, const char *host, char *err, size_t errlen)
{
	struct cp_ts_tls *t = calloc(1, sizeof(*t));
	unsigned char ip[16];
	bool is_ip = inet_pton(AF_INET, host, ip) == 1 || inet_pton(AF_INET6, host, ip) == 1;

	if (!t)
		return -ENOMEM;
	t->ctx = SSL_CTX_new(TLS_client_method());
	if (!t->ctx)
		goto fail;
	SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION);
	SSL_CTX_set_verify(t->ctx, SSL_VERIFY_PEER, NULL);
	if (SSL_CTX_set_default_verify_paths(t->ctx) != 1)
		goto fail;
	t->ssl = SSL_new(t->ctx);
	t->rbio = BIO_new(BIO_s_mem());
	t->wbio = BIO_new(BIO_s_mem());
	if (!t->ssl || !t->rbio || !t->wbio)
		goto fail;
	BIO_set_mem_eof_return(t->rbio, -1);
	SSL_set_bio(t->ssl, t->rbio, t->wbio); /* the SSL owns the BIOs now */
	if (is_ip) {
		if (X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(t->ssl), host) != 1)
			goto fail;
	} else {
		if (SSL_set_tlsext_host_name(t->ssl, host) != 1 || SSL_set1_host(t->ssl, host) != 1)
			goto fail;
	}
	SSL_set_connect_state(t->ssl);
	*out = t;
	return 0;
fail:
	snprintf(err, errlen, "TLS setup for %s failed", host);
	if (t->ssl) {
		SSL_free(t->ssl);
	} else {
		BIO_free(t->rbio);
		BIO_free(t->wbio);
	}
	SSL_CTX_free(t->ctx);
	free(t);
	ERR_clear_error();
	return -EINVAL;
}

void cp_ts_tls_free(struct cp_ts_tls *t)
{
	if (!t)
		return;
	SSL_free(t->ssl);
	SSL_CTX_free(t->ctx);
	free(t);
}

int cp_ts_tls_feed(struct cp_ts_tls *t, const uint8_t *in, size_t len)
{
	return BIO_write(t->rbio, in, (int)len) == (int)len ? 0 : -ENOMEM;
}

static int result(struct cp_ts_tls *t, int rc, const char *what, char *err, size_t errlen)
{
	int e = SSL_get_error(t->ssl, rc);

	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 0;
	if (e == SSL_ERROR_ZERO_RETURN) {
		snprintf(err, errlen, "TLS: server closed the session");
		return -ECONNRESET;
	}
	ssl_err(t, what, err, errlen);
	return -EPROTO;
}

int cp_ts_tls_start(struct cp_ts_tls *t, char *err, size_t errlen)
{
	int rc = SSL_do_handshake(t->ssl);

	return rc == 1 ? 0 : result(t, rc, "handshake", err, errlen);
}

int cp_ts_tls_read(struct cp_ts_tls *t, uint8_t *buf, size_t cap, char *err, size_t errlen)
{
	int rc = SSL_read(t->ssl, buf, (int)cap);

	return rc > 0 ? rc : result(t, rc, "read", err, errlen);
}

int cp_ts_tls_write(struct cp_ts_tls *t, const uint8_t *buf, size_t len, char *err,
		    size_t errlen)
{
	if (!SSL_is_init_finished(t->ssl)) {
		int rc = cp_ts_tls_start(t, err, errlen);
		if (rc < 0 || !SSL_is_init_finished(t->ssl))
			return rc;
	}
	int rc = SSL_write(t->ssl, buf, (int)len);
	return rc > 0 ? rc : result(t, rc, "write", err, errlen);
}

size_t cp_ts_tls_take(struct cp_ts_tls *t, uint8_t *buf, size_t cap)
{
	int n = BIO_read(t->wbio, buf, (int)cap);

	return n > 0 ? (size_t)n : 0;
}
