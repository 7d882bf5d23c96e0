/*
 * Management HTTP server (see http_mgmt.h): /metrics and /healthz over
 * libevent's evhttp. Only GET and HEAD; everything else 404/405. Runs on the
 * cp event-loop thread; rendering is synchronous and bounded by the region
 * sizes.
 */
#include "http_mgmt.h"

#include <errno.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cp_http_mgmt {
	struct evhttp *http;
	struct cp_http_handlers h;
};

int cp_http_parse_listen(const char *listen, char *host, size_t hostlen,
			 uint16_t *port)
{
	const char *p;
	size_t hl;
	char *end;

	if (listen[0] == '[') {
		const char *rb = strchr(listen, ']');
		if (!rb || rb[1] != ':')
			return -EINVAL;
		hl = (size_t)(rb - listen - 1);
		if (hl == 0 || hl >= hostlen)
			return -EINVAL;
		memcpy(host, listen + 1, hl);
		p = rb + 2;
	} else {
		const char *c = strrchr(listen, ':');
		if (!c || strchr(listen, ':') != c)
			return -EINVAL;
		hl = (size_t)(c - listen);
		if (hl == 0 || hl >= hostlen)
			return -EINVAL;
		memcpy(host, listen, hl);
		p = c + 1;
	}
	host[hl] = '\0';
	if (*p < '0' || *p > '9')
		return -EINVAL;
	unsigned long v = strtoul(p, &end, 10);
	if (*end || v == 0 || v > 65535)
		return -EINVAL;
	*port = (uint16_t)v;
	return 0;
}

static bool method_ok(struct evhttp_request *req)
{
	enum evhttp_cmd_type t = evhttp_request_get_command(req);

	if (t == EVHTTP_REQ_GET || t == EVHTTP_REQ_HEAD)
		return true;
	evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "GET, HEAD");
	evhttp_send_error(req, 405, "Method Not Allowed");
	return false;
}

static void send_text(struct evhttp_request *req, int code, const char *reason,
		      const char *ctype, const char *body, size_t len)
{
	struct evbuffer *b = evbuffer_new();

	if (!b) {
		evhttp_send_error(req, 500, "Internal Server Error");
		return;
	}
	evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Type", ctype);
	evhttp_add_header(evhttp_request_get_output_headers(req), "Cache-Control", "no-store");
	evbuffer_add(b, body, len);
	evhttp_send_reply(req, code, reason, b);
	evbuffer_free(b);
}

static void on_metrics(struct evhttp_request *req, void *arg)
{
	struct cp_http_mgmt *m = arg;
	struct cp_strbuf out;

	if (!method_ok(req))
		return;
	cp_strbuf_init(&out);
	if (m->h.metrics(m->h.ctx, &out) < 0 || out.is_oom)
		evhttp_send_error(req, 500, "Internal Server Error");
	else
		send_text(req, 200, "OK", "text/plain; version=0.0.4; charset=utf-8",
			  out.p ? out.p : "", out.len);
	cp_strbuf_free(&out);
}

static void on_health(struct evhttp_request *req, void *arg)
{
	struct cp_http_mgmt *m = arg;
	char msg[128], body[140];

	if (!method_ok(req))
		return;
	int rc = m->h.health(m->h.ctx, msg, sizeof(msg));
	int n = snprintf(body, sizeof(body), "%s\n", msg);
	send_text(req, rc == 0 ? 200 : 503, rc == 0 ? "OK" : "Service Unavailable",
		  "text/plain; charset=utf-8", body, (size_t)n);
}

static void on_other(struct evhttp_request *req, void *arg)
{
	(void)arg;
	evhttp_send_error(req, 404, "Not Found (try /metrics or /healthz)");
}

int cp_http_mgmt_start(struct event_base *base, const char *listen,
		       const struct cp_http_handlers *h,
		       struct cp_http_mgmt **out, char *err, size_t errlen)
{
	struct cp_http_mgmt *m;
	char host[128];
	uint16_t port;

	if (cp_http_parse_listen(listen, host, sizeof(host), &port) < 0) {
		snprintf(err, errlen, "metrics.listen: expected HOST:PORT or [V6]:PORT (got '%s')",
			 listen);
		return -EINVAL;
	}
	m = calloc(1, sizeof(*m));
	if (!m || !(m->http = evhttp_new(base))) {
		free(m);
		return -ENOMEM;
	}
	m->h = *h;
	evhttp_set_allowed_methods(m->http, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD);
	evhttp_set_max_headers_size(m->http, 8192);
	evhttp_set_max_body_size(m->http, 0);
	evhttp_set_timeout(m->http, 10);
	evhttp_set_cb(m->http, "/metrics", on_metrics, m);
	evhttp_set_cb(m->http, "/healthz", on_health, m);
	evhttp_set_gencb(m->http, on_other, m);
	if (!evhttp_bind_socket_with_handle(m->http, host, port)) {
		snprintf(err, errlen, "cannot listen on %s for /metrics: %s", listen,
			 strerror(errno ? errno : EADDRINUSE));
		evhttp_free(m->http);
		free(m);
		return -EADDRINUSE;
	}
	*out = m;
	return 0;
}

void cp_http_mgmt_stop(struct cp_http_mgmt *m)
{
	if (!m)
		return;
	evhttp_free(m->http);
	free(m);
}
