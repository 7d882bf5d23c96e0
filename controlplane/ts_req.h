/*
 * Request bodies of the Tailscale control client (protocol/control.md §3.1,
 * §4.1): RegisterRequest, the streaming MapRequest and the non-streaming
 * "lite" MapRequest that pushes Hostinfo (exit routes), endpoints and the
 * disco key. Pure (jansson in, malloc'd JSON text out); event-loop thread.
 */
#ifndef CP_TS_REQ_H
#define CP_TS_REQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CP_TS_CAPVER 145
#define CP_TS_ZERO_TIME "0001-01-01T00:00:00Z"
#define CP_TS_LOGOUT_TIME "1970-01-01T00:02:03Z" /* time.Unix(123, 0) */

struct cp_ts_hostinfo {
	const char *hostname;
	const char *backend_log_id;
	const char *const *tags;
	size_t n_tags;
};

struct cp_ts_register {
	const uint8_t *node_pub;      /* 32 */
	const uint8_t *old_node_pub;  /* 32 or NULL (zero key sent) */
	const char *auth_key;         /* NULL or "": no Auth object */
	const char *expiry;           /* NULL: the zero time */
	const char *followup;         /* NULL: "" */
	bool ephemeral;
	const struct cp_ts_hostinfo *hi;
};

/* malloc'd compact JSON, or NULL (out of memory). */
char *cp_ts_req_register(const struct cp_ts_register *r);
/* Stream:true, Compress:"zstd", KeepAlive:true. */
char *cp_ts_req_map_stream(const uint8_t node_pub[32], const uint8_t disco_pub[32],
			   const struct cp_ts_hostinfo *hi);
/* Stream:false, OmitPeers:true: Hostinfo, Endpoints ("ip:port"), DiscoKey. */
char *cp_ts_req_map_lite(const uint8_t node_pub[32], const uint8_t disco_pub[32],
			 const struct cp_ts_hostinfo *hi, const char *const *endpoints,
			 size_t n_endpoints);

#endif
