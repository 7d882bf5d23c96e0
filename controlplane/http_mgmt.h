/*
 * The management HTTP server on cfg->metrics.listen ("127.0.0.1:9100",
 * "[::1]:9100"): GET /metrics (Prometheus text 0.0.4) and GET /healthz
 * (200 "ok" / 503 naming the process that is down). libevent's evhttp on
 * the cp event-loop thread.
 */
#ifndef CP_HTTP_MGMT_H
#define CP_HTTP_MGMT_H

#include <event2/event.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

struct cp_http_mgmt;

struct cp_http_handlers {
	void *ctx;
	/* Render /metrics into out. 0, or -errno (answered 500). */
	int (*metrics)(void *ctx, struct cp_strbuf *out);
	/* 0 healthy, -1 not; msg says why ("ok", "dataplane down"). */
	int (*health)(void *ctx, char *msg, size_t len);
};

/* Split "host:port" / "[v6]:port". 0 or -EINVAL. */
int cp_http_parse_listen(const char *listen, char *host, size_t hostlen,
			 uint16_t *port);

int cp_http_mgmt_start(struct event_base *base, const char *listen,
		       const struct cp_http_handlers *h,
		       struct cp_http_mgmt **out, char *err, size_t errlen);
void cp_http_mgmt_stop(struct cp_http_mgmt *m);

#endif
