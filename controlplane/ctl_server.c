/*
 * tailgatectl socket server (see ctl_server.h): line framing over libevent
 * bufferevents; the reply text comes from the handler (ctl.c via loop.c).
 * Runs on the cp event-loop thread.
 */
#include "ctl_server.h"

#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ctl.h"
#include "unix_listen.h"

#define CONN_IDLE_SEC 30

struct ctl_conn {
	struct cp_ctl_server *srv;
	struct bufferevent *bev;
	struct ctl_conn *next, **pprev;
};

struct cp_ctl_server {
	struct evconnlistener *lis;
	struct event_base *base;
	cp_ctl_handler handle;
	void *ctx;
	char path[108];
	struct cp_unix_file own;                /* the socket file we bound */
	struct ctl_conn *conns;
};

static void conn_free(struct ctl_conn *c)
{
	*c->pprev = c->next;
	if (c->next)
		c->next->pprev = c->pprev;
	bufferevent_free(c->bev);
	free(c);
}

static void free_when_flushed(struct bufferevent *bev, void *arg)
{
	if (evbuffer_get_length(bufferevent_get_output(bev)) == 0)
		conn_free(arg);
}

static void close_after_write(struct ctl_conn *c)
{
	bufferevent_disable(c->bev, EV_READ);
	bufferevent_setcb(c->bev, NULL, free_when_flushed, NULL, c);
	free_when_flushed(c->bev, c);
}

static void on_read(struct bufferevent *bev, void *arg)
{
	struct ctl_conn *c = arg;
	struct evbuffer *in = bufferevent_get_input(bev);
	char *line;
	size_t n;

	while ((line = evbuffer_readln(in, &n, EVBUFFER_EOL_LF))) {
		char *rep = n <= CP_CTL_MAX_LINE ? c->srv->handle(c->srv->ctx, line) : NULL;
		free(line);
		if (!rep) {
			close_after_write(c);
			return;
		}
		bufferevent_write(bev, rep, strlen(rep));
		bufferevent_write(bev, "\n", 1);
		free(rep);
	}
	if (evbuffer_get_length(in) > CP_CTL_MAX_LINE)
		close_after_write(c);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
	(void)bev;
	if (what & (BEV_EVENT_EOF | BEV_EVENT_ERROR | BEV_EVENT_TIMEOUT))
		conn_free(arg);
}

static void on_accept(struct evconnlistener *lis, evutil_socket_t fd,
		      struct sockaddr *sa, int salen, void *arg)
{
	struct cp_ctl_server *s = arg;
	struct ctl_conn *c = calloc(1, sizeof(*c));

	(void)lis, (void)sa, (void)salen;
	if (!c || !(c->bev = bufferevent_socket_new(s->base, fd, BEV_OPT_CLOSE_ON_FREE))) {
		free(c);
		close(fd);
		return;
	}
	c->srv = s;
	c->next = s->conns;
	if (c->next)
		c->next->pprev = &c->next;
	c->pprev = &s->conns;
	s->conns = c;
	bufferevent_setwatermark(c->bev, EV_READ, 0, 2 * CP_CTL_MAX_LINE);
	bufferevent_setcb(c->bev, on_read, NULL, on_event, c);
	/* A client that stalls mid-request is dropped, not kept forever. */
	struct timeval idle = { .tv_sec = CONN_IDLE_SEC, .tv_usec = 0 };
	bufferevent_set_timeouts(c->bev, &idle, &idle);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
}

int cp_ctl_server_start(struct event_base *base, const char *path,
			cp_ctl_handler handle, void *ctx,
			struct cp_ctl_server **out, char *err, size_t errlen)
{
	struct cp_ctl_server *s = calloc(1, sizeof(*s));
	int fd;

	if (!s)
		return -ENOMEM;
	s->base = base;
	s->handle = handle;
	s->ctx = ctx;
	snprintf(s->path, sizeof(s->path), "%s", path);
	/* Operators only: root (and the socket's group, if an admin chgrps it). */
	fd = cp_unix_listen(path, 0755, 0660, &s->own, err, errlen);
	if (fd < 0) {
		free(s);
		return fd;
	}
	s->lis = evconnlistener_new(base, on_accept, s, LEV_OPT_CLOSE_ON_FREE, -1, fd);
	if (!s->lis) {
		snprintf(err, errlen, "libevent listener on %s failed", path);
		close(fd);
		cp_unix_unlink_own(path, &s->own);
		free(s);
		return -ENOMEM;
	}
	*out = s;
	return 0;
}

void cp_ctl_server_stop(struct cp_ctl_server *s)
{
	if (!s)
		return;
	while (s->conns)
		conn_free(s->conns);
	evconnlistener_free(s->lis);
	cp_unix_unlink_own(s->path, &s->own);
	free(s);
}
