/*
 * Value syntaxes of the configuration file (addresses, prefixes, endpoints,
 * base64 keys), parsed without libconfig so they are testable on their own.
 * Used by config.c on the setup path of either process. Each parser returns
 * 0, or -1 with *why set to a static phrase for the error message.
 */
#ifndef TG_CONFIG_VALUES_H
#define TG_CONFIG_VALUES_H

#include <stdint.h>

#include "config.h"

/* Dotted-quad IPv4 -> network byte order. */
int tg_cfg_parse_ipv4(const char *s, uint32_t *addr, const char **why);

/* "a.b.c.d/n" or "v6addr/n"; host bits must be zero. */
int tg_cfg_parse_prefix(const char *s, struct tg_cfg_prefix *p,
			const char **why);

/* "a.b.c.d:port" or "[v6addr]:port", port 1..65535; the address must be a
 * unicast host unless allow_any (then 0.0.0.0 / [::] pass too). */
int tg_cfg_parse_hostport(const char *s, struct tg_endpoint *ep,
			  int allow_any, const char **why);

/* A 32-byte key as 44 characters of standard base64 (as `wg` prints it). */
int tg_cfg_parse_key_b64(const char *s, uint8_t key[32], const char **why);

/* Whether an IPv4 address (network order) is usable as a unicast host
 * address: not 0/8, 127/8, multicast, or 255.255.255.255. */
int tg_cfg_ipv4_is_unicast(uint32_t addr);

#endif
