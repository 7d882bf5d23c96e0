/*
 * The UAPI socket /var/run/wireguard/<ifname>.sock (directory 0755, socket
 * 0700, as wireguard-go creates them) served on the cp's libevent loop. Each
 * connection's bytes go through cp_uapi_request (uapi.c); input is bounded
 * by CP_UAPI_MAX_REQUEST. Event-loop thread only.
 */
#ifndef CP_UAPI_SERVER_H
#define CP_UAPI_SERVER_H

#include <event2/event.h>

#include "uapi.h"

#define CP_UAPI_DIR "/var/run/wireguard"

struct cp_uapi_server;

/* sock_dir: NULL for CP_UAPI_DIR (tests use their own). 0 or -errno. */
int cp_uapi_server_start(struct event_base *base, const char *sock_dir,
			 const char *ifname, const struct cp_uapi_dev *dev,
			 struct cp_uapi_server **out, char *err, size_t errlen);
/* Close every connection, the listener, and remove the socket file. */
void cp_uapi_server_stop(struct cp_uapi_server *s);
const char *cp_uapi_server_path(const struct cp_uapi_server *s);

#endif
