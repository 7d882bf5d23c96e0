/*
 * UAPI socket server (wireguard.com/xplatform "Configuration Protocol",
 * Unix transport): accepts on /var/run/wireguard/<ifname>.sock, feeds each
 * connection's input to cp_uapi_request and writes the replies. A
 * connection that violates the protocol is closed after its reply is sent.
 * Runs on the cp event-loop thread (libevent bufferevents).
 */
#include "uapi_server.h"

#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cp_log.h"
#include "unix_listen.h"

#define CONN_IDLE_SEC 30

struct cp_uapi_server {
	struct event_base *base;
	struct evconnlistener *lis;
	struct cp_uapi_dev dev;
	char path[108];
	struct cp_unix_file own;                /* the socket file we bound */
	struct conn *conns;
};

struct conn {
	struct cp_uapi_server *srv;
	struct bufferevent *bev;
	struct conn *next, **pprev;
	bool is_closing;
};

static void conn_free(struct conn *c)
{
	*c->pprev = c->next;
	if (c->next)
		c->next->pprev = c->pprev;
	bufferevent_free(c->bev);
	free(c);
}

static void close_when_flushed(struct bufferevent *bev, void *arg)
{
	struct conn *c = arg;

	if (evbuffer_get_length(bufferevent_get_output(bev)) == 0)
		conn_free(c);
}

static void start_close(struct conn *c)
{
	c->is_closing = true;
	bufferevent_disable(c->bev, EV_READ);
	bufferevent_setcb(c->bev, NULL, close_when_flushed, NULL, c);
	close_when_flushed(c->bev, c);
}

/* Handle every complete request in the input buffer. */
static void process(struct conn *c, bool eof)
{
	struct evbuffer *in = bufferevent_get_input(c->bev);
	struct cp_strbuf out;

	cp_strbuf_init(&out);
	for (;;) {
		size_t len = evbuffer_get_length(in), used = 0;
		if (len == 0 && !eof)
			break;
		const char *data = len ? (const char *)evbuffer_pullup(in, -1) : "";
		enum cp_uapi_status st = cp_uapi_request(&c->srv->dev, data, len, eof,
							 &used, &out);
		evbuffer_drain(in, used);
		if (out.len)
			bufferevent_write(c->bev, out.p, out.len);
		if (out.is_oom)
			st = CP_UAPI_CLOSE;
		cp_strbuf_reset(&out);
		if (st == CP_UAPI_CLOSE) {
			cp_strbuf_free(&out);
			start_close(c);
			return;
		}
		if (st == CP_UAPI_MORE)
			break;
	}
	cp_strbuf_free(&out);
	if (eof)
		start_close(c);
}

static void on_read(struct bufferevent *bev, void *arg)
{
	(void)bev;
	process(arg, false);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
	struct conn *c = arg;

	(void)bev;
	if (what & BEV_EVENT_EOF)
		process(c, true);
	else if (what & (BEV_EVENT_ERROR | BEV_EVENT_TIMEOUT))
		conn_free(c);
}

static void on_accept(struct evconnlistener *lis, evutil_socket_t fd,
		      struct sockaddr *sa, int salen, void *arg)
{
	struct cp_uapi_server *s = arg;
	struct conn *c = calloc(1, sizeof(*c));

	(void)lis, (void)sa, (void)salen;
	if (!c) {
		close(fd);
		return;
	}
	c->srv = s;
	c->bev = bufferevent_socket_new(s->base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (!c->bev) {
		close(fd);
		free(c);
		return;
	}
	c->next = s->conns;
	if (c->next)
		c->next->pprev = &c->next;
	c->pprev = &s->conns;
	s->conns = c;
	/* Bound what one connection may buffer before it is answered. */
	bufferevent_setwatermark(c->bev, EV_READ, 0, CP_UAPI_MAX_REQUEST + CP_UAPI_MAX_LINE);
	bufferevent_setcb(c->bev, on_read, NULL, on_event, c);
	/* A client that stalls mid-request is dropped, not kept forever. */
	struct timeval idle = { .tv_sec = CONN_IDLE_SEC, .tv_usec = 0 };
	bufferevent_set_timeouts(c->bev, &idle, &idle);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
}

int cp_uapi_server_start(struct event_base *base, const char *sock_dir,
			 const char *ifname, const struct cp_uapi_dev *dev,
			 struct cp_uapi_server **out, char *err, size_t errlen)
{
	struct cp_uapi_server *s;
	int fd;

	if (!*ifname || strlen(ifname) > 15 || strchr(ifname, '/')) {
		snprintf(err, errlen, "invalid interface name '%s' (1-15 characters, no '/')",
			 ifname);
		return -EINVAL;
	}
	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->base = base;
	s->dev = *dev;
	snprintf(s->path, sizeof(s->path), "%s/%s.sock", sock_dir ? sock_dir : CP_UAPI_DIR,
		 ifname);
	fd = cp_unix_listen(s->path, 0755, 0700, &s->own, err, errlen);
	if (fd < 0) {
		free(s);
		return fd;
	}
	s->lis = evconnlistener_new(base, on_accept, s, LEV_OPT_CLOSE_ON_FREE, -1, fd);
	if (!s->lis) {
		snprintf(err, errlen, "libevent listener on %s failed", s->path);
		close(fd);
		cp_unix_unlink_own(s->path, &s->own);
		free(s);
		return -ENOMEM;
	}
	*out = s;
	return 0;
}

const char *cp_uapi_server_path(const struct cp_uapi_server *s)
{
	return s->path;
}

void cp_uapi_server_stop(struct cp_uapi_server *s)
{
	if (!s)
		return;
	while (s->conns)
		conn_free(s->conns);
	evconnlistener_free(s->lis);
	cp_unix_unlink_own(s->path, &s->own);
	free(s);
}
