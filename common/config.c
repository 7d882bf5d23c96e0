/*
 * The configuration loader and validator shared by tailgate-dp and
 * tailgate-cp (DESIGN.md "Processes"; the reference is
 * docs/configuration.md). Owns the schema: one table of key descriptors
 * from which unknown-key detection, type and range checks, required keys and
 * the documented key list all follow. Cross-key rules (port ranges, limits,
 * duplicates) run after the table walk, in config_check.c.
 *
 * Runs on the setup path (main thread of either process, or a reload on the
 * cp's event loop); not thread-safe. Every error names the file and line and
 * echoes the bad value: FILE:LINE: key.path: what is wrong (got VALUE).
 */
#include <errno.h>
#include <libconfig.h>
#include <sodium.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "config_int.h"
#include "config_values.h"

/* ---- value parsers (one per key kind) ----------------------------------- */

static void *field(const struct tg_cfg_key *k, void *base)
{
	return (char *)base + k->off;
}

static int check_chars(struct tg_cfg_ld *ld, const config_setting_t *s,
		       const char *v)
{
	for (const char *c = v; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			return tg_cfg_fail(ld, s, "control character in string");
	return 0;
}

static int p_str(struct tg_cfg_ld *ld, const config_setting_t *s,
		 const struct tg_cfg_key *k, void *base)
{
	const char *v = config_setting_get_string(s);
	size_t n = strlen(v);

	if (check_chars(ld, s, v))
		return -1;
	if ((long long)n < k->min || (long long)n > k->max || n >= k->size)
		return k->min > 0 && n == 0
			       ? tg_cfg_fail(ld, s, "must not be empty")
			       : tg_cfg_fail(ld, s, "length must be %lld..%lld characters",
					     k->min, k->max);
	memcpy(field(k, base), v, n + 1);
	return 0;
}

static int p_path(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	if (config_setting_get_string(s)[0] != '/')
		return tg_cfg_fail(ld, s, "must be an absolute path");
	return p_str(ld, s, k, base);
}

#define ALNUM "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

/* A string made only of `allowed` characters, else `what` as the error. */
static int charset_str(struct tg_cfg_ld *ld, const config_setting_t *s,
		       const struct tg_cfg_key *k, void *base, const char *allowed,
		       const char *what)
{
	const char *v = config_setting_get_string(s);

	if (strspn(v, allowed) != strlen(v))
		return tg_cfg_fail(ld, s, "%s", what);
	return p_str(ld, s, k, base);
}

static int p_name(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	return charset_str(ld, s, k, base, ALNUM "._-",
			   "only letters, digits, '.', '_' and '-' allowed");
}

/* DPDK port names may be PCI addresses (0000:03:00.0). */
static int p_port_name(struct tg_cfg_ld *ld, const config_setting_t *s,
		       const struct tg_cfg_key *k, void *base)
{
	return charset_str(ld, s, k, base, ALNUM "._-:",
			   "only letters, digits, '.', '_', '-' and ':' allowed");
}

static int p_hostname(struct tg_cfg_ld *ld, const config_setting_t *s,
		      const struct tg_cfg_key *k, void *base)
{
	const char *v = config_setting_get_string(s);
	size_t n = strlen(v);

	if (strspn(v, ALNUM "-") != n || (n && (v[0] == '-' || v[n - 1] == '-')))
		return tg_cfg_fail(ld, s, "not a DNS label (letters, digits, inner '-')");
	return p_str(ld, s, k, base);
}

static int p_url(struct tg_cfg_ld *ld, const config_setting_t *s,
		 const struct tg_cfg_key *k, void *base)
{
	const char *v = config_setting_get_string(s);

	if (strncmp(v, "https://", 8) && strncmp(v, "http://", 7))
		return tg_cfg_fail(ld, s, "must start with https:// (or http:// for a test server)");
	if (strchr(v, ' '))
		return tg_cfg_fail(ld, s, "space in URL");
	return p_str(ld, s, k, base);
}

static long long int_value(const config_setting_t *s)
{
	return config_setting_get_int64(s);
}

static int p_int(struct tg_cfg_ld *ld, const config_setting_t *s,
		 const struct tg_cfg_key *k, void *base)
{
	long long v = int_value(s);

	if (v < k->min || v > k->max)
		return tg_cfg_fail(ld, s, "out of range %lld..%lld", k->min, k->max);
	if (k->size == sizeof(uint16_t))
		*(uint16_t *)field(k, base) = (uint16_t)v;
	else
		*(uint32_t *)field(k, base) = (uint32_t)v;
	return 0;
}

static int p_pow2(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	long long v = int_value(s);

	if (v > 0 && (v & (v - 1)))
		return tg_cfg_fail(ld, s, "must be a power of two");
	return p_int(ld, s, k, base);
}

static int p_mult64(struct tg_cfg_ld *ld, const config_setting_t *s,
		    const struct tg_cfg_key *k, void *base)
{
	if (int_value(s) % 64)
		return tg_cfg_fail(ld, s, "must be a multiple of 64");
	return p_int(ld, s, k, base);
}

static int p_bool(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	*(bool *)field(k, base) = config_setting_get_bool(s) != 0;
	return 0;
}

/* Map a string through a NULL-terminated name list onto values[]. */
static int pick(struct tg_cfg_ld *ld, const config_setting_t *s,
		const char *const names[], const int values[], const char *expect,
		int *out)
{
	const char *v = config_setting_get_string(s);

	for (int i = 0; names[i]; i++)
		if (!strcmp(v, names[i])) {
			*out = values[i];
			return 0;
		}
	return tg_cfg_fail(ld, s, "must be %s", expect);
}

#define ENUM_PARSER(fn, expect, type, ...)                                      \
	static int fn(struct tg_cfg_ld *ld, const config_setting_t *s,          \
		      const struct tg_cfg_key *k, void *base)                   \
	{                                                                       \
		static const char *const names[] = { __VA_ARGS__, NULL };       \
		int v;                                                          \
		if (pick(ld, s, names, fn##_values, expect, &v))                \
			return -1;                                              \
		*(type *)field(k, base) = (type)v;                              \
		return 0;                                                       \
	}

static const int p_backend_values[] = { TG_BACKEND_DPDK, TG_BACKEND_AFXDP, TG_BACKEND_MEM };
ENUM_PARSER(p_backend, "\"dpdk\", \"afxdp\" or \"mem\"", enum tg_backend,
	    "dpdk", "afxdp", "mem")
static const int p_role_values[] = { TG_PORT_BOTH, TG_PORT_TAILNET, TG_PORT_INTERNET };
ENUM_PARSER(p_role, "\"both\", \"tailnet\" or \"internet\"", enum tg_port_role,
	    "both", "tailnet", "internet")
static const int p_level_values[] = { 3, 4, 6, 7 }; /* syslog LOG_ERR.. */
ENUM_PARSER(p_level, "\"error\", \"warn\", \"info\" or \"debug\"", int,
	    "error", "warn", "info", "debug")
static const int p_target_values[] = { TG_LOG_STDERR, TG_LOG_SYSLOG };
ENUM_PARSER(p_target, "\"stderr\" or \"syslog\"", enum tg_log_target,
	    "stderr", "syslog")

static int p_xdp_mode(struct tg_cfg_ld *ld, const config_setting_t *s,
		      const struct tg_cfg_key *k, void *base)
{
	static const char *const names[] = { "native", "skb", "auto", NULL };
	static const int values[] = { 0, 1, 2 };
	int v;

	if (pick(ld, s, names, values, "\"native\", \"skb\" or \"auto\"", &v))
		return -1;
	return p_str(ld, s, k, base);
}

static int p_aead(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	static const char *const names[] = { "auto", "libsodium", "openssl", "ipsec-mb", NULL };
	static const int values[] = { 0, 1, 2, 3 };
	int v;

	if (pick(ld, s, names, values,
		 "\"auto\", \"libsodium\", \"openssl\" or \"ipsec-mb\"", &v))
		return -1;
	return p_str(ld, s, k, base);
}

static int p_ipv4(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base, int allow_any)
{
	const char *why;
	uint32_t a;

	if (tg_cfg_parse_ipv4(config_setting_get_string(s), &a, &why))
		return tg_cfg_fail(ld, s, "%s", why);
	if (!tg_cfg_ipv4_is_unicast(a) && !(allow_any && a == 0))
		return tg_cfg_fail(ld, s, "not a unicast host address");
	*(uint32_t *)field(k, base) = a;
	return 0;
}

static int p_addr(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	return p_ipv4(ld, s, k, base, 0);
}

static int p_listen_addr(struct tg_cfg_ld *ld, const config_setting_t *s,
			 const struct tg_cfg_key *k, void *base)
{
	return p_ipv4(ld, s, k, base, 1);
}

static int p_metrics_listen(struct tg_cfg_ld *ld, const config_setting_t *s,
			    const struct tg_cfg_key *k, void *base)
{
	struct tg_endpoint ep;
	const char *why;

	if (tg_cfg_parse_hostport(config_setting_get_string(s), &ep, 1, &why))
		return tg_cfg_fail(ld, s, "%s", why);
	return p_str(ld, s, k, base);
}

/* ---- arrays -------------------------------------------------------------- */

/* Element type check and count bounds shared by the array parsers. */
static int array_ok(struct tg_cfg_ld *ld, const config_setting_t *s,
		    const struct tg_cfg_key *k, int elem_type)
{
	int n = config_setting_length(s);

	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		int t = config_setting_type(e);

		if (elem_type == CONFIG_TYPE_INT ? (t != CONFIG_TYPE_INT && t != CONFIG_TYPE_INT64)
						 : t != elem_type)
			return tg_cfg_fail(ld, e, elem_type == CONFIG_TYPE_INT
							  ? "expected an integer"
							  : "expected a string");
	}
	if (n < k->min)
		return tg_cfg_fail(ld, s, n ? "needs at least %lld entries" : "must not be empty",
				   k->min);
	if (n > k->max)
		return tg_cfg_fail(ld, s, "at most %lld entries", k->max);
	return 0;
}

static int p_cores(struct tg_cfg_ld *ld, const config_setting_t *s,
		   const struct tg_cfg_key *k, void *base)
{
	struct tg_config *cfg = base;
	int n = config_setting_length(s);

	if (array_ok(ld, s, k, CONFIG_TYPE_INT))
		return -1;
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		long long v = int_value(e);

		if (v < 0 || v > TG_CFG_MAX_CPU)
			return tg_cfg_fail(ld, e, "CPU id out of range 0..%d", TG_CFG_MAX_CPU);
		for (int j = 0; j < i; j++)
			if (cfg->dataplane.cores[j] == (uint32_t)v)
				return tg_cfg_fail(ld, e, "core listed twice");
		cfg->dataplane.cores[i] = (uint32_t)v;
	}
	cfg->dataplane.n_cores = (uint32_t)n;
	return 0;
}

static int p_eal_args(struct tg_cfg_ld *ld, const config_setting_t *s,
		      const struct tg_cfg_key *k, void *base)
{
	struct tg_config *cfg = base;
	int n = config_setting_length(s);

	if (array_ok(ld, s, k, CONFIG_TYPE_STRING))
		return -1;
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		const char *v = config_setting_get_string(e);

		if (check_chars(ld, e, v))
			return -1;
		if (!*v || strlen(v) >= TG_CFG_STR)
			return tg_cfg_fail(ld, e, "length must be 1..%d characters", TG_CFG_STR - 1);
		strcpy(cfg->dataplane.eal_args[i], v);
	}
	cfg->dataplane.n_eal_args = (uint32_t)n;
	return 0;
}

static int p_nat_ports(struct tg_cfg_ld *ld, const config_setting_t *s,
		       const struct tg_cfg_key *k, void *base)
{
	struct tg_config *cfg = base;
	long long lo, hi;

	if (array_ok(ld, s, k, CONFIG_TYPE_INT))
		return -1;
	lo = int_value(config_setting_get_elem(s, 0));
	hi = int_value(config_setting_get_elem(s, 1));
	if (lo < 1024 || hi > 65535 || lo > hi)
		return tg_cfg_fail(ld, s, "expected [LOW, HIGH] with 1024 <= LOW <= HIGH <= 65535");
	cfg->egress.port_lo = (uint16_t)lo;
	cfg->egress.port_hi = (uint16_t)hi;
	return 0;
}

static int p_tags(struct tg_cfg_ld *ld, const config_setting_t *s,
		  const struct tg_cfg_key *k, void *base)
{
	struct tg_config *cfg = base;
	int n = config_setting_length(s);

	if (array_ok(ld, s, k, CONFIG_TYPE_STRING))
		return -1;
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		const char *v = config_setting_get_string(e);
		size_t len = strlen(v);

		if (strncmp(v, "tag:", 4) || len < 5 || len >= 64 ||
		    strspn(v + 4, ALNUM "-_") != len - 4)
			return tg_cfg_fail(ld, e, "expected \"tag:NAME\" (letters, digits, '-', '_'; at most 63 characters)");
		strcpy(cfg->control.tags[i], v);
	}
	cfg->control.n_tags = (uint32_t)n;
	return 0;
}

/* ---- static peers -------------------------------------------------------- */

static struct tg_cfg_static_peer *peer_of(struct tg_cfg_ld *ld, void *base,
					  uint32_t *idx)
{
	struct tg_cfg_static_peer *p = base;

	*idx = (uint32_t)(p - ld->cfg->wireguard.peers);
	return p;
}

static int p_pubkey(struct tg_cfg_ld *ld, const config_setting_t *s,
		    const struct tg_cfg_key *k, void *base)
{
	static const uint8_t zero[32];
	uint32_t idx;
	struct tg_cfg_static_peer *p = peer_of(ld, base, &idx);
	const char *why;

	if (tg_cfg_parse_key_b64(config_setting_get_string(s), p->public_key, &why))
		return tg_cfg_fail(ld, s, "%s", why);
	if (sodium_memcmp(p->public_key, zero, 32) == 0)
		return tg_cfg_fail(ld, s, "all-zero key");
	for (uint32_t j = 0; j < idx; j++)
		if (sodium_memcmp(ld->cfg->wireguard.peers[j].public_key,
				  p->public_key, 32) == 0)
			return tg_cfg_fail(ld, s, "same key as wireguard.peers.[%u]", j);
	return 0;
}

static int p_endpoint(struct tg_cfg_ld *ld, const config_setting_t *s,
		      const struct tg_cfg_key *k, void *base)
{
	struct tg_cfg_static_peer *p = base;
	const char *why;

	if (tg_cfg_parse_hostport(config_setting_get_string(s), &p->endpoint, 0, &why))
		return tg_cfg_fail(ld, s, "%s", why);
	return 0;
}

static int p_allowed_ips(struct tg_cfg_ld *ld, const config_setting_t *s,
			 const struct tg_cfg_key *k, void *base)
{
	struct tg_cfg_static_peer *p = base;
	int n = config_setting_length(s);

	if (array_ok(ld, s, k, CONFIG_TYPE_STRING))
		return -1;
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		const char *why;

		if (tg_cfg_parse_prefix(config_setting_get_string(e),
					&p->allowed_ips[i], &why))
			return tg_cfg_fail(ld, e, "%s", why);
		for (int j = 0; j < i; j++)
			if (!memcmp(&p->allowed_ips[j], &p->allowed_ips[i],
				    sizeof(p->allowed_ips[i])))
				return tg_cfg_fail(ld, e, "prefix listed twice");
	}
	p->n_allowed_ips = (uint32_t)n;
	return 0;
}

/* ---- lists of groups ------------------------------------------------------ */

static int walk_elems(struct tg_cfg_ld *ld, const config_setting_t *s,
		      const struct tg_cfg_key *k, char *first, size_t stride)
{
	int n = config_setting_length(s);
	char kp[TG_CFG_PATH];

	if (n < k->min)
		return tg_cfg_fail(ld, s, "must not be empty");
	if (n > k->max)
		return tg_cfg_fail(ld, s, "at most %lld entries", k->max);
	snprintf(kp, sizeof(kp), "%s.[]", k->path);
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);

		if (!config_setting_is_group(e))
			return tg_cfg_fail(ld, e, "expected a group { ... }");
		if (tg_cfg_walk_group(ld, e, kp, first + (size_t)i * stride))
			return -1;
	}
	return 0;
}

static int p_ports(struct tg_cfg_ld *ld, const config_setting_t *s,
		   const struct tg_cfg_key *k, void *base)
{
	struct tg_config *cfg = base;
	int n = config_setting_length(s);

	for (int i = 0; i < n && i < TG_CFG_MAX_PORTS; i++) {
		cfg->dataplane.ports[i].role = TG_PORT_BOTH;
		cfg->dataplane.ports[i].queues = 1;
	}
	if (walk_elems(ld, s, k, (char *)cfg->dataplane.ports,
		       sizeof(cfg->dataplane.ports[0])))
		return -1;
	cfg->dataplane.n_ports = (uint32_t)n;
	return 0;
}

static int p_peers(struct tg_cfg_ld *ld, const config_setting_t *s,
		   const struct tg_cfg_key *k, void *base)
{
	struct tg_config *cfg = base;
	int n = config_setting_length(s);

	if (n > 0 && n <= k->max) {
		cfg->wireguard.peers = calloc((size_t)n, sizeof(*cfg->wireguard.peers));
		if (!cfg->wireguard.peers)
			return tg_cfg_fail(ld, s, "out of memory");
		cfg->wireguard.n_peers = (uint32_t)n;
	}
	return walk_elems(ld, s, k, (char *)cfg->wireguard.peers,
			  sizeof(*cfg->wireguard.peers));
}

/* ---- the schema ----------------------------------------------------------- */

#define CFG(f) offsetof(struct tg_config, f), sizeof(((struct tg_config *)0)->f)
#define PORT(f) offsetof(struct tg_cfg_port, f), sizeof(((struct tg_cfg_port *)0)->f)
#define PEER(f) offsetof(struct tg_cfg_static_peer, f), \
		sizeof(((struct tg_cfg_static_peer *)0)->f)
#define NOF 0, 0
#define REQ true
#define OPT false
#define BIG 0x7fffffffLL

/* path, kind, required, min, max (value, length or entry count), parser,
 * field. Group and list rows must precede their members. */
const struct tg_cfg_key tg_cfg_keys[] = {
	{ "dataplane", TG_KT_GROUP, REQ, 0, 0, NULL, NOF },
	{ "dataplane.backend", TG_KT_STR, REQ, 0, 0, p_backend, CFG(dataplane.backend) },
	{ "dataplane.cores", TG_KT_ARRAY, OPT, 1, TG_CFG_MAX_CORES, p_cores, NOF },
	{ "dataplane.ports", TG_KT_LIST, REQ, 1, TG_CFG_MAX_PORTS, p_ports, NOF },
	{ "dataplane.ports.[].interface", TG_KT_STR, REQ, 1, 63, p_port_name, PORT(interface) },
	{ "dataplane.ports.[].role", TG_KT_STR, OPT, 0, 0, p_role, PORT(role) },
	{ "dataplane.ports.[].queues", TG_KT_INT, OPT, 1, 64, p_int, PORT(queues) },
	{ "dataplane.eal_args", TG_KT_ARRAY, OPT, 0, TG_CFG_MAX_EAL_ARGS, p_eal_args, NOF },
	{ "dataplane.xdp_mode", TG_KT_STR, OPT, 1, 15, p_xdp_mode, CFG(dataplane.xdp_mode) },
	{ "dataplane.zero_copy", TG_KT_BOOL, OPT, 0, 0, p_bool, CFG(dataplane.zero_copy) },
	{ "dataplane.burst", TG_KT_INT, OPT, 1, 256, p_int, CFG(dataplane.burst) },
	{ "dataplane.tx_drain_us", TG_KT_INT, OPT, 0, 10000, p_int, CFG(dataplane.tx_drain_us) },
	{ "dataplane.region_name", TG_KT_STR, OPT, 1, 63, p_name, CFG(dataplane.region_name) },
	{ "dataplane.aead", TG_KT_STR, OPT, 1, 15, p_aead, CFG(dataplane.aead) },

	{ "egress", TG_KT_GROUP, REQ, 0, 0, NULL, NOF },
	{ "egress.interface", TG_KT_STR, OPT, 1, 15, p_name, CFG(egress.interface) },
	{ "egress.address", TG_KT_STR, REQ, 0, 0, p_addr, CFG(egress.addr4) },
	{ "egress.nat_ports", TG_KT_ARRAY, OPT, 2, 2, p_nat_ports, NOF },
	{ "egress.mtu", TG_KT_INT, OPT, 576, 9000, p_int, CFG(egress.mtu) },
	{ "egress.ipv6", TG_KT_BOOL, OPT, 0, 0, p_bool, CFG(egress.ipv6) },

	{ "wireguard", TG_KT_GROUP, REQ, 0, 0, NULL, NOF },
	{ "wireguard.interface", TG_KT_STR, OPT, 1, 15, p_name, CFG(wireguard.interface) },
	{ "wireguard.listen_address", TG_KT_STR, OPT, 0, 0, p_listen_addr, CFG(wireguard.listen_addr4) },
	{ "wireguard.listen_port", TG_KT_INT, REQ, 1, 65535, p_int, CFG(wireguard.listen_port) },
	{ "wireguard.private_key_file", TG_KT_STR, REQ, 2, TG_CFG_STR - 1, p_path, CFG(wireguard.private_key_file) },
	{ "wireguard.mtu", TG_KT_INT, OPT, 576, 8920, p_int, CFG(wireguard.mtu) },
	{ "wireguard.filter_file", TG_KT_STR, OPT, 2, TG_CFG_STR - 1, p_path, CFG(wireguard.filter_file) },
	{ "wireguard.peers", TG_KT_LIST, OPT, 0, TG_CFG_MAX_STATIC_PEERS, p_peers, NOF },
	{ "wireguard.peers.[].public_key", TG_KT_STR, REQ, 0, 0, p_pubkey, NOF },
	{ "wireguard.peers.[].preshared_key_file", TG_KT_STR, OPT, 2, TG_CFG_STR - 1, p_path, PEER(psk_file) },
	{ "wireguard.peers.[].endpoint", TG_KT_STR, OPT, 0, 0, p_endpoint, NOF },
	{ "wireguard.peers.[].persistent_keepalive", TG_KT_INT, OPT, 0, 65535, p_int, PEER(persistent_keepalive) },
	{ "wireguard.peers.[].allowed_ips", TG_KT_ARRAY, OPT, 0, TG_CFG_MAX_PEER_AIPS, p_allowed_ips, NOF },

	{ "control", TG_KT_GROUP, OPT, 0, 0, NULL, NOF },
	{ "control.enabled", TG_KT_BOOL, OPT, 0, 0, p_bool, CFG(control.enabled) },
	{ "control.server_url", TG_KT_STR, OPT, 8, TG_CFG_STR - 1, p_url, CFG(control.server_url) },
	{ "control.auth_key_file", TG_KT_STR, OPT, 2, TG_CFG_STR - 1, p_path, CFG(control.auth_key_file) },
	{ "control.hostname", TG_KT_STR, OPT, 1, 63, p_hostname, CFG(control.hostname) },
	{ "control.tags", TG_KT_ARRAY, OPT, 0, TG_CFG_MAX_TAGS, p_tags, NOF },
	{ "control.state_dir", TG_KT_STR, OPT, 2, TG_CFG_STR - 1, p_path, CFG(control.state_dir) },
	{ "control.ephemeral", TG_KT_BOOL, OPT, 0, 0, p_bool, CFG(control.ephemeral) },

	{ "metrics", TG_KT_GROUP, OPT, 0, 0, NULL, NOF },
	{ "metrics.listen", TG_KT_STR, OPT, 1, 127, p_metrics_listen, CFG(metrics.listen) },
	{ "metrics.ctl_socket", TG_KT_STR, OPT, 2, 107, p_path, CFG(metrics.ctl_socket) },

	{ "logging", TG_KT_GROUP, OPT, 0, 0, NULL, NOF },
	{ "logging.level", TG_KT_STR, OPT, 0, 0, p_level, CFG(logging.level) },
	{ "logging.target", TG_KT_STR, OPT, 0, 0, p_target, CFG(logging.target) },
	{ "logging.ratelimit", TG_KT_INT, OPT, 0, 100000, p_int, CFG(logging.ratelimit_per_sec) },

	{ "tables", TG_KT_GROUP, OPT, 0, 0, NULL, NOF },
	{ "tables.max_peers", TG_KT_INT, OPT, 1, 1 << 20, p_int, CFG(tables.max_peers) },
	{ "tables.max_keypairs", TG_KT_INT, OPT, 3, 3 << 20, p_int, CFG(tables.max_keypairs) },
	{ "tables.max_allowed_ips", TG_KT_INT, OPT, 1, 1 << 22, p_int, CFG(tables.max_allowed_ips) },
	{ "tables.max_workers", TG_KT_INT, OPT, 1, TG_CFG_MAX_CORES, p_int, CFG(tables.max_workers) },
	{ "tables.nat_sessions", TG_KT_INT, OPT, 1024, 1 << 24, p_int, CFG(tables.nat_sessions) },
	{ "tables.max_filter_rules", TG_KT_INT, OPT, 1, 1 << 20, p_int, CFG(tables.max_filter_rules) },
	{ "tables.filter_bytes", TG_KT_INT, OPT, 4096, 1 << 30, p_mult64, CFG(tables.filter_bytes) },
	{ "tables.ring_slots", TG_KT_INT, OPT, 16, 1 << 16, p_pow2, CFG(tables.ring_slots) },
};
const size_t tg_cfg_n_keys = sizeof(tg_cfg_keys) / sizeof(tg_cfg_keys[0]);
_Static_assert(sizeof(tg_cfg_keys) / sizeof(tg_cfg_keys[0]) <= TG_CFG_MAX_KEYS,
	       "raise TG_CFG_MAX_KEYS");

const char *tg_config_key_path(size_t i)
{
	return i < tg_cfg_n_keys ? tg_cfg_keys[i].path : NULL;
}

/* ---- defaults, load, free ------------------------------------------------- */

void tg_config_defaults(struct tg_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->dataplane.n_cores = 1;
	cfg->dataplane.cores[0] = 1;
	strcpy(cfg->dataplane.xdp_mode, "auto");
	cfg->dataplane.zero_copy = true;
	cfg->dataplane.burst = 32;
	cfg->dataplane.tx_drain_us = 100;
	strcpy(cfg->dataplane.region_name, "tailgate");
	strcpy(cfg->dataplane.aead, "auto");
	cfg->egress.port_lo = 61000;
	cfg->egress.port_hi = 65535;
	cfg->egress.mtu = 1500;
	strcpy(cfg->wireguard.interface, "tg0");
	cfg->wireguard.mtu = 1420;
	strcpy(cfg->control.server_url, "https://controlplane.tailscale.com");
	strcpy(cfg->control.state_dir, "/var/lib/tailgate");
	strcpy(cfg->metrics.listen, "127.0.0.1:9100");
	strcpy(cfg->metrics.ctl_socket, "/run/tailgate/ctl.sock");
	cfg->logging.level = 6; /* LOG_INFO */
	cfg->logging.target = TG_LOG_STDERR;
	cfg->logging.ratelimit_per_sec = 10;
	cfg->tables.max_peers = 1024;
	cfg->tables.max_allowed_ips = 4096;
	cfg->tables.nat_sessions = 65536;
	cfg->tables.max_filter_rules = 4096;
	cfg->tables.filter_bytes = 4u << 20;
	cfg->tables.ring_slots = 1024;
	/* max_keypairs and max_workers default from other keys (config_check.c) */
}

void tg_config_free(struct tg_config *cfg)
{
	if (cfg->wireguard.peers) {
		sodium_memzero(cfg->wireguard.peers,
			       cfg->wireguard.n_peers * sizeof(*cfg->wireguard.peers));
		free(cfg->wireguard.peers);
	}
	cfg->wireguard.peers = NULL;
	cfg->wireguard.n_peers = 0;
}

/* @include paths are relative to the including file's directory. */
static void set_include_dir(struct tg_cfg_ld *ld, const char *file)
{
	const char *slash = strrchr(file, '/');

	if (!slash)
		return; /* relative to the working directory, like the file */
	snprintf(ld->include_dir, sizeof(ld->include_dir), "%.*s",
		 (int)(slash > file ? slash - file : 1), file);
	config_set_include_dir(&ld->lc, ld->include_dir);
}

/* Open errors get errno text; libconfig only says "file I/O error". */
static int read_file(struct tg_cfg_ld *ld, const char *file)
{
	FILE *f = fopen(file, "r");
	char got[128];

	if (!f)
		return tg_cfg_fail_raw(ld, file, 0, "(file)", strerror(errno),
				       "cannot open the configuration file");
	fclose(f);
	if (tg_cfg_scan_ints(ld, file))
		return -1;
	set_include_dir(ld, file);
	if (config_read_file(&ld->lc, file))
		return 0;
	if (config_error_type(&ld->lc) == CONFIG_ERR_FILE_IO)
		return tg_cfg_fail_raw(ld, file, 0, "(file)", "file I/O error",
				       "cannot read the configuration file");
	snprintf(got, sizeof(got), "\"%s\"", config_error_text(&ld->lc));
	return tg_cfg_fail_raw(ld, tg_cfg_file_name(ld, config_error_file(&ld->lc)),
			       config_error_line(&ld->lc), "(syntax)", got,
			       "libconfig cannot parse this");
}

int tg_config_load(struct tg_config *cfg, const char *file, char *err,
		   size_t errlen)
{
	struct tg_cfg_ld ld = { .cfg = cfg, .file = file, .err = err, .errlen = errlen };
	const config_setting_t *root;
	int rc = -1;

	tg_config_defaults(cfg);
	if (err && errlen)
		err[0] = 0;
	snprintf(cfg->path, sizeof(cfg->path), "%s", file);
	config_init(&ld.lc);
	if (read_file(&ld, file))
		goto out_destroy;
	root = config_root_setting(&ld.lc);
	if (config_setting_get_member(root, "control"))
		cfg->control.enabled = true; /* presence means Tailscale mode */
	if (tg_cfg_walk_group(&ld, root, "", cfg) || tg_cfg_check(&ld))
		goto out_destroy;
	rc = 0;
out_destroy:
	config_destroy(&ld.lc);
	if (rc)
		tg_config_free(cfg);
	return rc;
}

int tg_config_check_cli(const char *prog, const char *file)
{
	struct tg_config cfg;
	char err[512];

	if (!file || !*file) {
		fprintf(stderr, "%s: --check-config needs a FILE\n", prog);
		return 1;
	}
	if (tg_config_load(&cfg, file, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	tg_config_free(&cfg);
	printf("OK: %s\n", file);
	return 0;
}
