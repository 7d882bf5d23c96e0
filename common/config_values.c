/*
 * Parsers for the configuration's value syntaxes: IPv4 addresses, CIDR
 * prefixes, host:port endpoints and base64 WireGuard keys. Setup path of
 * either process (config.c calls them while loading); no state, thread-safe.
 */
#include <arpa/inet.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config_values.h"

#define KEY_B64_LEN 44 /* sodium_base64_ENCODED_LEN(32, ORIGINAL) - 1 */

int tg_cfg_ipv4_is_unicast(uint32_t addr)
{
	uint32_t h = ntohl(addr);

	if ((h >> 24) == 0 || (h >> 24) == 127)
		return 0;
	if ((h >> 28) == 0xe || h == 0xffffffffu)
		return 0;
	return 1;
}

int tg_cfg_parse_ipv4(const char *s, uint32_t *addr, const char **why)
{
	struct in_addr a;

	if (inet_pton(AF_INET, s, &a) != 1) {
		*why = "not an IPv4 address";
		return -1;
	}
	*addr = a.s_addr;
	return 0;
}

/* "n" with 0 <= n <= max, digits only. */
static int parse_small_uint(const char *s, unsigned long max,
			    unsigned long *out)
{
	char *end;

	if (*s < '0' || *s > '9' || strlen(s) > 5)
		return -1;
	*out = strtoul(s, &end, 10);
	return (*end || *out > max) ? -1 : 0;
}

static int host_bits_clear(const uint8_t *addr, unsigned len, unsigned cidr)
{
	for (unsigned bit = cidr; bit < len * 8; bit++)
		if (addr[bit / 8] & (0x80u >> (bit % 8)))
			return 0;
	return 1;
}

int tg_cfg_parse_prefix(const char *s, struct tg_cfg_prefix *p,
			const char **why)
{
	char buf[INET6_ADDRSTRLEN + 8];
	const char *slash = strchr(s, '/');
	unsigned long cidr;
	size_t alen;

	memset(p, 0, sizeof(*p));
	if (!slash || (alen = (size_t)(slash - s)) >= INET6_ADDRSTRLEN) {
		*why = "not a prefix (expected ADDRESS/LENGTH)";
		return -1;
	}
	memcpy(buf, s, alen);
	buf[alen] = 0;
	if (inet_pton(AF_INET, buf, p->addr) == 1)
		p->family = 4;
	else if (inet_pton(AF_INET6, buf, p->addr) == 1)
		p->family = 6;
	else {
		*why = "not a prefix (expected ADDRESS/LENGTH)";
		return -1;
	}
	if (parse_small_uint(slash + 1, p->family == 4 ? 32 : 128, &cidr)) {
		*why = p->family == 4 ? "prefix length must be 0..32"
				      : "prefix length must be 0..128";
		return -1;
	}
	p->cidr = (uint8_t)cidr;
	if (!host_bits_clear(p->addr, p->family == 4 ? 4 : 16, p->cidr)) {
		*why = "host bits set after the prefix length";
		return -1;
	}
	return 0;
}

/* Split "[v6]:port" / "v4:port" into host and port strings. */
static int split_hostport(const char *s, char *host, size_t hostlen,
			  const char **port)
{
	const char *colon;
	size_t len;

	if (s[0] == '[') {
		const char *rb = strchr(s, ']');

		if (!rb || rb[1] != ':')
			return -1;
		len = (size_t)(rb - s - 1);
		s++;
		colon = rb + 1;
	} else {
		colon = strrchr(s, ':');
		if (!colon || memchr(s, ':', (size_t)(colon - s)))
			return -1;
		len = (size_t)(colon - s);
	}
	if (len == 0 || len >= hostlen)
		return -1;
	memcpy(host, s, len);
	host[len] = 0;
	*port = colon + 1;
	return 0;
}

static int is_any(const struct tg_endpoint *ep)
{
	static const uint8_t zero[16];

	return !memcmp(ep->addr, zero, ep->family == 4 ? 4 : 16);
}

static int check_host(const struct tg_endpoint *ep, int allow_any)
{
	uint32_t a4;

	if (is_any(ep))
		return allow_any ? 0 : -1;
	if (ep->family == 6)
		return ep->addr[0] == 0xff ? -1 : 0;
	memcpy(&a4, ep->addr, 4);
	return tg_cfg_ipv4_is_unicast(a4) || (ntohl(a4) >> 24) == 127 ? 0 : -1;
}

int tg_cfg_parse_hostport(const char *s, struct tg_endpoint *ep,
			  int allow_any, const char **why)
{
	char host[INET6_ADDRSTRLEN];
	const char *port;
	unsigned long p;

	memset(ep, 0, sizeof(*ep));
	if (split_hostport(s, host, sizeof(host), &port)) {
		*why = "expected IPV4:PORT or [IPV6]:PORT";
		return -1;
	}
	if (s[0] != '[' && inet_pton(AF_INET, host, ep->addr) == 1)
		ep->family = 4;
	else if (s[0] == '[' && inet_pton(AF_INET6, host, ep->addr) == 1)
		ep->family = 6;
	else {
		*why = "expected IPV4:PORT or [IPV6]:PORT (no host names)";
		return -1;
	}
	if (parse_small_uint(port, 65535, &p) || p == 0) {
		*why = "port must be 1..65535";
		return -1;
	}
	ep->port = htons((uint16_t)p);
	if (check_host(ep, allow_any)) {
		*why = "not a unicast address";
		return -1;
	}
	return 0;
}

int tg_cfg_parse_key_b64(const char *s, uint8_t key[32], const char **why)
{
	size_t n = 0;

	if (strlen(s) != KEY_B64_LEN) {
		*why = "not a WireGuard key (expected 44 base64 characters)";
		return -1;
	}
	if (sodium_base642bin(key, 32, s, KEY_B64_LEN, NULL, &n, NULL,
			      sodium_base64_VARIANT_ORIGINAL) || n != 32) {
		sodium_memzero(key, 32);
		*why = "not a WireGuard key (bad base64)";
		return -1;
	}
	return 0;
}
