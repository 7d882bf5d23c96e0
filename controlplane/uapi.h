/*
 * The WireGuard cross-platform userspace API (wireguard.com/xplatform,
 * "Configuration Protocol"): the text protocol the stock wg(8) speaks over
 * /var/run/wireguard/<ifname>.sock. This module is the parser, the applier
 * and the serializer; it does no I/O (uapi_server.c owns the socket).
 *
 * A set=1 request is parsed whole into a model (struct cp_uapi_set) first;
 * any invalid line means nothing is applied. The model is then applied by
 * diff through struct cp_uapi_dev (normally the WireGuard device model,
 * controlplane/wg_device.h): replace_peers keeps the sessions of peers that
 * remain, and changing one peer never touches another's session.
 *
 * Error replies follow wireguard-go: "errno=-N" with N the positive errno
 * (EINVAL for a bad value or key, EPROTO for a line without '=' or an
 * overlong line, EADDRINUSE when the listen port cannot be set), which wg(8)
 * prints as strerror(N).
 *
 * Calling context: the cp event-loop thread only.
 */
#ifndef CP_UAPI_H
#define CP_UAPI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"
#include "wg_device.h"

#define CP_UAPI_MAX_LINE 4096            /* one key=value line, bytes */
#define CP_UAPI_MAX_REQUEST (4u << 20)   /* one set=1 body, bytes */

/* One public_key=... block of a set request. */
struct cp_uapi_peer_op {
	uint8_t public_key[32];
	bool is_remove;
	bool is_update_only;
	bool has_psk;
	uint8_t psk[32];
	bool has_endpoint;
	struct tg_endpoint endpoint;
	bool has_keepalive;
	uint16_t keepalive;
	bool replace_allowed_ips;
	uint32_t n_allowed_ips;
	struct tg_cfg_prefix allowed_ips[TG_CFG_MAX_PEER_AIPS];
};

/* A parsed set=1 request. Secrets inside: free with cp_uapi_set_free. */
struct cp_uapi_set {
	bool has_private_key;
	bool private_key_is_zero; /* all-zero key: clear it */
	uint8_t private_key[32];
	bool has_listen_port;
	uint16_t listen_port;
	bool has_fwmark;
	uint32_t fwmark;
	bool replace_peers;
	size_t n_peers, cap_peers;
	struct cp_uapi_peer_op *peers;
};

/* What a set/get is applied to. Every hook but peer_psk is required. */
struct cp_uapi_dev {
	void *ctx;
	bool (*get_private_key)(void *ctx, uint8_t out[32]);
	int (*set_private_key)(void *ctx, const uint8_t *key); /* NULL clears */
	uint16_t (*listen_port)(void *ctx);
	int (*set_listen_port)(void *ctx, uint16_t port);
	int (*peer_upsert)(void *ctx, const struct cp_wg_peer_cfg *cfg);
	int (*peer_remove)(void *ctx, const uint8_t pub[32]);
	bool (*peer_exists)(void *ctx, const uint8_t pub[32]);
	size_t (*peer_count)(void *ctx);
	int (*peer_info)(void *ctx, size_t i, struct cp_wg_peer_info *out);
	/* Optional: the peer's preshared key for get=1 (false: none known). */
	bool (*peer_psk)(void *ctx, const uint8_t pub[32], uint8_t out[32]);
	/* Optional: told why a set was refused (never contains a secret). */
	void (*log_error)(void *ctx, const char *msg);
};

/*
 * Parse a set=1 body (the lines after "set=1\n", up to but excluding the
 * terminating blank line; a last line without '\n' counts). Returns 0, or
 * the negative UAPI errno (-EINVAL, -EPROTO, -ENOSPC) with a message in err
 * that echoes the bad line (but never a key's value). On error *out is
 * freed; on success the caller frees it.
 */
int cp_uapi_parse_set(const char *body, size_t len, struct cp_uapi_set *out,
		      char *err, size_t errlen);
void cp_uapi_set_free(struct cp_uapi_set *s);

/*
 * Apply a parsed request by diff. Returns 0 or the negative errno of the
 * first device operation that failed (later operations are then not tried;
 * earlier ones stay applied — only device-side failures such as a full
 * table can leave a partial result, never a bad line).
 */
int cp_uapi_apply_set(const struct cp_uapi_dev *dev,
		      const struct cp_uapi_set *s, char *err, size_t errlen);

/* The get=1 reply body (without the trailing "errno=0\n\n"). */
void cp_uapi_serialize_get(const struct cp_uapi_dev *dev,
			   struct cp_strbuf *out);

/* Endpoint text as wg(8) expects it: "192.0.2.1:51820", "[2001:db8::1]:51820". */
void cp_uapi_format_endpoint(const struct tg_endpoint *ep, char *out,
			     size_t outlen);
/* Parse "a.b.c.d:port" / "[v6]:port". 0 or -EINVAL. */
int cp_uapi_parse_endpoint(const char *s, struct tg_endpoint *out);

enum cp_uapi_status {
	CP_UAPI_MORE,   /* need more bytes before anything can be answered */
	CP_UAPI_REPLY,  /* *consumed bytes handled; reply appended to out */
	CP_UAPI_CLOSE,  /* protocol violation or EOF: close the connection */
};

/*
 * Framing: handle the first request at the start of in[0..len). `eof`: the
 * peer closed its write side, no more bytes will come (a set body without
 * its blank line then ends at EOF, as in wireguard-go). A reply may be
 * appended even with CP_UAPI_CLOSE (an overlong request is answered, then
 * closed).
 */
enum cp_uapi_status cp_uapi_request(const struct cp_uapi_dev *dev,
				    const char *in, size_t len, bool eof,
				    size_t *consumed, struct cp_strbuf *out);

#endif
