/*
 * tailgatectl's unix socket on the cp loop: one JSON request per line, one
 * JSON reply line each (ctl.h). Lines longer than CP_CTL_MAX_LINE close the
 * connection. Event-loop thread only.
 */
#ifndef CP_CTL_SERVER_H
#define CP_CTL_SERVER_H

#include <event2/event.h>
#include <stddef.h>

struct cp_ctl_server;

/* Returns a malloc'd reply (no newline) for one request line. */
typedef char *(*cp_ctl_handler)(void *ctx, const char *line);

int cp_ctl_server_start(struct event_base *base, const char *path,
			cp_ctl_handler handle, void *ctx,
			struct cp_ctl_server **out, char *err, size_t errlen);
void cp_ctl_server_stop(struct cp_ctl_server *s); /* also removes the socket */

#endif
