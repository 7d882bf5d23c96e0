/*
 * WireGuard UAPI (wireguard.com/xplatform "Configuration Protocol"): the
 * get=1 serializer and the request framing (get/set, the blank line that
 * ends a set, bounds, EOF). Parsing and applying live in uapi_parse.c and
 * uapi_apply.c. Semantics and error codes follow wireguard-go's
 * device/uapi.go (read for facts only). No I/O. Runs on the cp event-loop
 * thread.
 */
#include "uapi.h"

#include <arpa/inet.h>
#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void key_to_hex(char out[65], const uint8_t key[32])
{
	static const char hx[] = "0123456789abcdef";

	for (int i = 0; i < 32; i++) {
		out[2 * i] = hx[key[i] >> 4];
		out[2 * i + 1] = hx[key[i] & 15];
	}
	out[64] = '\0';
}

/* Decimal, digits only (no sign, no space, not empty), <= max. */

/* ---- get=1 ------------------------------------------------------------ */

static void put_prefix(struct cp_strbuf *out, const struct tg_cfg_prefix *p)
{
	char a[INET6_ADDRSTRLEN];

	if (inet_ntop(p->family == 6 ? AF_INET6 : AF_INET, p->addr, a, sizeof(a)))
		cp_strbuf_printf(out, "allowed_ip=%s/%u\n", a, p->cidr);
}

static void put_peer(const struct cp_uapi_dev *dev, struct cp_strbuf *out,
		     const struct cp_wg_peer_info *pi)
{
	char hex[65], ep[INET6_ADDRSTRLEN + 16];
	uint8_t psk[32] = { 0 };

	key_to_hex(hex, pi->public_key);
	cp_strbuf_printf(out, "public_key=%s\n", hex);
	if (!(pi->has_psk && dev->peer_psk &&
	      dev->peer_psk(dev->ctx, pi->public_key, psk)))
		memset(psk, 0, sizeof(psk));
	key_to_hex(hex, psk);
	cp_strbuf_printf(out, "preshared_key=%s\n", hex);
	sodium_memzero(hex, sizeof(hex));
	sodium_memzero(psk, sizeof(psk));
	cp_strbuf_puts(out, "protocol_version=1\n");
	if (pi->endpoint.family == 4 || pi->endpoint.family == 6) {
		cp_uapi_format_endpoint(&pi->endpoint, ep, sizeof(ep));
		cp_strbuf_printf(out, "endpoint=%s\n", ep);
	}
	cp_strbuf_printf(out,
			 "last_handshake_time_sec=%llu\n"
			 "last_handshake_time_nsec=%llu\n"
			 "tx_bytes=%llu\nrx_bytes=%llu\n"
			 "persistent_keepalive_interval=%u\n",
			 (unsigned long long)(pi->last_handshake_wall_ns / 1000000000ULL),
			 (unsigned long long)(pi->last_handshake_wall_ns % 1000000000ULL),
			 (unsigned long long)pi->tx_bytes,
			 (unsigned long long)pi->rx_bytes,
			 pi->persistent_keepalive);
	for (uint32_t i = 0; i < pi->n_allowed_ips && i < TG_CFG_MAX_PEER_AIPS; i++)
		put_prefix(out, &pi->allowed_ips[i]);
}

void cp_uapi_serialize_get(const struct cp_uapi_dev *dev, struct cp_strbuf *out)
{
	struct cp_wg_peer_info pi;
	uint8_t key[32];
	char hex[65];

	if (dev->get_private_key(dev->ctx, key)) {
		key_to_hex(hex, key);
		cp_strbuf_printf(out, "private_key=%s\n", hex);
		sodium_memzero(hex, sizeof(hex));
	}
	sodium_memzero(key, sizeof(key));
	uint16_t port = dev->listen_port(dev->ctx);
	if (port)
		cp_strbuf_printf(out, "listen_port=%u\n", port);
	size_t n = dev->peer_count(dev->ctx);
	for (size_t i = 0; i < n; i++)
		if (dev->peer_info(dev->ctx, i, &pi) == 0)
			put_peer(dev, out, &pi);
}

/* ---- framing ---------------------------------------------------------- */

static void reply_errno(struct cp_strbuf *out, int rc)
{
	cp_strbuf_printf(out, "errno=%d\n\n", rc);
}

/* Offset of the blank line ending a set body that starts at `body`, or -1. */
static ssize_t find_end(const char *in, size_t body, size_t len)
{
	if (body < len && in[body] == '\n')
		return (ssize_t)body;
	for (size_t i = body; i + 1 < len; i++) {
		const char *nl = memchr(in + i, '\n', len - i - 1);
		if (!nl)
			return -1;
		i = (size_t)(nl - in);
		if (in[i + 1] == '\n')
			return (ssize_t)(i + 1);
	}
	return -1;
}

static enum cp_uapi_status do_set(const struct cp_uapi_dev *dev,
				  const char *in, size_t len, size_t body,
				  bool eof, size_t *consumed,
				  struct cp_strbuf *out)
{
	ssize_t end = find_end(in, body, len);
	size_t body_len, used;
	struct cp_uapi_set s;
	char err[CP_UAPI_MAX_LINE + 128];
	int rc;

	if (end < 0) {
		if (len - body > CP_UAPI_MAX_REQUEST) {
			reply_errno(out, -EPROTO);
			*consumed = len;
			return CP_UAPI_CLOSE;
		}
		if (!eof)
			return CP_UAPI_MORE;
		body_len = len - body; /* EOF ends the request */
		used = len;
	} else {
		body_len = (size_t)end - body;
		used = (size_t)end + 1;
	}
	if (body_len > CP_UAPI_MAX_REQUEST) {
		reply_errno(out, -EPROTO);
		*consumed = used;
		return CP_UAPI_CLOSE;
	}
	rc = cp_uapi_parse_set(in + body, body_len, &s, err, sizeof(err));
	if (rc == 0) {
		rc = cp_uapi_apply_set(dev, &s, err, sizeof(err));
		cp_uapi_set_free(&s);
	}
	if (rc && dev->log_error)
		dev->log_error(dev->ctx, err);
	reply_errno(out, rc);
	*consumed = used;
	return CP_UAPI_REPLY;
}

enum cp_uapi_status cp_uapi_request(const struct cp_uapi_dev *dev,
				    const char *in, size_t len, bool eof,
				    size_t *consumed, struct cp_strbuf *out)
{
	const char *nl = memchr(in, '\n', len);

	*consumed = 0;
	if (!nl)
		return (eof || len > CP_UAPI_MAX_LINE) ? CP_UAPI_CLOSE : CP_UAPI_MORE;
	size_t op_len = (size_t)(nl - in) + 1;

	if (op_len == 6 && !memcmp(in, "get=1\n", 6)) {
		if (len < 7)
			return eof ? CP_UAPI_CLOSE : CP_UAPI_MORE;
		*consumed = 7;
		if (in[6] != '\n') {
			reply_errno(out, -EINVAL);
			return CP_UAPI_REPLY;
		}
		cp_uapi_serialize_get(dev, out);
		reply_errno(out, 0);
		return CP_UAPI_REPLY;
	}
	if (op_len == 6 && !memcmp(in, "set=1\n", 6))
		return do_set(dev, in, len, 6, eof, consumed, out);
	return CP_UAPI_CLOSE;
}

