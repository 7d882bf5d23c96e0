/*
 * Cross-key rules of the configuration (docs/configuration.md "Checks
 * across keys"): defaults derived from other keys, port roles, table
 * limits, static peers, and the NAT port range against every other port
 * user on the host. Runs after the schema walk, setup path only.
 */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "config_int.h"
#include "config_values.h"

#define EPHEMERAL_PATH "/proc/sys/net/ipv4/ip_local_port_range"

static const char *ephemeral_path = EPHEMERAL_PATH;

void tg_config_set_ephemeral_range_path(const char *path)
{
	ephemeral_path = path ? path : EPHEMERAL_PATH;
}

static const config_setting_t *lookup(struct tg_cfg_ld *ld, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static const config_setting_t *lookup(struct tg_cfg_ld *ld, const char *fmt, ...)
{
	char path[TG_CFG_PATH];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(path, sizeof(path), fmt, ap);
	va_end(ap);
	return config_lookup(&ld->lc, path);
}

/* ---- dataplane ------------------------------------------------------------ */

static int check_ports(struct tg_cfg_ld *ld)
{
	struct tg_config *c = ld->cfg;
	bool tailnet = false, internet = false;

	for (uint32_t i = 0; i < c->dataplane.n_ports; i++) {
		enum tg_port_role r = c->dataplane.ports[i].role;

		tailnet |= r != TG_PORT_INTERNET;
		internet |= r != TG_PORT_TAILNET;
		for (uint32_t j = 0; j < i; j++)
			if (!strcmp(c->dataplane.ports[i].interface, c->dataplane.ports[j].interface))
				return tg_cfg_fail(ld, lookup(ld, "dataplane.ports.[%u].interface", i),
						   "same interface as dataplane.ports.[%u]", j);
	}
	if (!tailnet || !internet)
		return tg_cfg_fail(ld, lookup(ld, "dataplane.ports"),
				   "no port with role \"both\" or \"%s\"",
				   tailnet ? "internet" : "tailnet");
	if (!c->egress.interface[0] && c->dataplane.backend == TG_BACKEND_DPDK)
		return tg_cfg_fail_raw(ld, tg_cfg_file_name(ld, config_setting_source_file(lookup(ld, "egress"))),
				       (int)config_setting_source_line(lookup(ld, "egress")),
				       "egress.interface", "nothing",
				       "required with backend \"dpdk\" (the kernel interface for neighbours and routes)");
	if (!c->egress.interface[0]) /* default: the first internet-facing port */
		for (uint32_t i = 0; i < c->dataplane.n_ports && !c->egress.interface[0]; i++)
			if (c->dataplane.ports[i].role != TG_PORT_TAILNET)
				snprintf(c->egress.interface, sizeof(c->egress.interface), "%.15s",
					 c->dataplane.ports[i].interface);
	return 0;
}

static int check_dataplane(struct tg_cfg_ld *ld)
{
	struct tg_config *c = ld->cfg;

	if (c->dataplane.n_eal_args && c->dataplane.backend != TG_BACKEND_DPDK)
		return tg_cfg_fail(ld, lookup(ld, "dataplane.eal_args"),
				   "only used with backend \"dpdk\"");
	return check_ports(ld);
}

/* ---- tables ---------------------------------------------------------------- */

static int check_tables(struct tg_cfg_ld *ld)
{
	struct tg_region_sizes *t = &ld->cfg->tables;
	uint32_t cores = ld->cfg->dataplane.n_cores;

	if (!tg_cfg_seen(ld, "tables.max_workers"))
		t->max_workers = cores;
	else if (t->max_workers < cores)
		return tg_cfg_fail(ld, lookup(ld, "tables.max_workers"),
				   "smaller than the %u entries of dataplane.cores", cores);
	if (!tg_cfg_seen(ld, "tables.max_keypairs"))
		t->max_keypairs = 3 * t->max_peers;
	else if (t->max_keypairs < 3 * t->max_peers)
		return tg_cfg_fail(ld, lookup(ld, "tables.max_keypairs"),
				   "must be at least 3 * tables.max_peers = %u",
				   3 * t->max_peers);
	return 0;
}

/* ---- static peers ---------------------------------------------------------- */

static int check_prefix(struct tg_cfg_ld *ld, uint32_t pi, uint32_t ai,
			uint32_t count[2])
{
	const struct tg_config *c = ld->cfg;
	const struct tg_cfg_prefix *p = &c->wireguard.peers[pi].allowed_ips[ai];

	if (p->family == 6 && !c->egress.ipv6)
		return tg_cfg_fail(ld, lookup(ld, "wireguard.peers.[%u].allowed_ips.[%u]", pi, ai),
				   "IPv6 prefix while egress.ipv6 is false");
	if (++count[p->family == 6] > c->tables.max_allowed_ips)
		return tg_cfg_fail(ld, lookup(ld, "wireguard.peers.[%u].allowed_ips.[%u]", pi, ai),
				   "more than tables.max_allowed_ips = %u prefixes",
				   c->tables.max_allowed_ips);
	for (uint32_t pj = 0; pj < pi; pj++)
		for (uint32_t aj = 0; aj < c->wireguard.peers[pj].n_allowed_ips; aj++)
			if (!memcmp(&c->wireguard.peers[pj].allowed_ips[aj], p, sizeof(*p)))
				return tg_cfg_fail(ld, lookup(ld, "wireguard.peers.[%u].allowed_ips.[%u]", pi, ai),
						   "already routed to wireguard.peers.[%u]", pj);
	return 0;
}

static int check_peers(struct tg_cfg_ld *ld)
{
	const struct tg_config *c = ld->cfg;
	uint32_t count[2] = { 0, 0 };

	if (c->control.enabled && c->wireguard.filter_file[0])
		return tg_cfg_fail(ld, lookup(ld, "wireguard.filter_file"),
				   "a filter file needs static mode (control.enabled = false); "
				   "in Tailscale mode the filter comes from the control server");
	if (!c->wireguard.n_peers)
		return 0;
	if (c->control.enabled)
		return tg_cfg_fail(ld, lookup(ld, "wireguard.peers"),
				   "static peers need static mode (control.enabled = false)");
	if (c->wireguard.n_peers > c->tables.max_peers)
		return tg_cfg_fail(ld, lookup(ld, "wireguard.peers"),
				   "more peers than tables.max_peers = %u", c->tables.max_peers);
	for (uint32_t i = 0; i < c->wireguard.n_peers; i++) {
		const struct tg_cfg_static_peer *p = &c->wireguard.peers[i];

		if (p->endpoint.family == 6 && !c->egress.ipv6)
			return tg_cfg_fail(ld, lookup(ld, "wireguard.peers.[%u].endpoint", i),
					   "IPv6 endpoint while egress.ipv6 is false");
		for (uint32_t a = 0; a < p->n_allowed_ips; a++)
			if (check_prefix(ld, i, a, count))
				return -1;
	}
	return 0;
}

/* ---- the NAT port range ------------------------------------------------------ */

static int nat_fail(struct tg_cfg_ld *ld, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int nat_fail(struct tg_cfg_ld *ld, const char *fmt, ...)
{
	const config_setting_t *s = lookup(ld, "egress.nat_ports");
	const config_setting_t *grp = lookup(ld, "egress");
	char what[192], got[48];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (s)
		return tg_cfg_fail(ld, s, "%s", what);
	snprintf(got, sizeof(got), "[%u, %u] (the default)", ld->cfg->egress.port_lo,
		 ld->cfg->egress.port_hi);
	return tg_cfg_fail_raw(ld, tg_cfg_file_name(ld, config_setting_source_file(grp)),
			       (int)config_setting_source_line(grp), "egress.nat_ports", got, "%s", what);
}

static bool in_nat(const struct tg_config *c, unsigned port)
{
	return port >= c->egress.port_lo && port <= c->egress.port_hi;
}

/* The metrics port only collides when it listens on the egress address. */
static bool metrics_on_egress(const struct tg_config *c, unsigned *port)
{
	struct tg_endpoint ep;
	const char *why;
	uint32_t a4;

	if (tg_cfg_parse_hostport(c->metrics.listen, &ep, 1, &why))
		return false;
	*port = ntohs(ep.port);
	memcpy(&a4, ep.addr, 4);
	if (ep.family == 6) /* [::] is dual-stack; a v6 host never equals addr4 */
		return !memcmp(ep.addr, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);
	return a4 == 0 || a4 == c->egress.addr4;
}

static int check_nat(struct tg_cfg_ld *ld)
{
	const struct tg_config *c = ld->cfg;
	unsigned elo, ehi, mport;
	FILE *f;
	int n = 0;

	if (in_nat(c, c->wireguard.listen_port))
		return nat_fail(ld, "contains wireguard.listen_port %u", c->wireguard.listen_port);
	if (metrics_on_egress(c, &mport) && in_nat(c, mport))
		return nat_fail(ld, "contains the port of metrics.listen \"%s\"", c->metrics.listen);
	f = fopen(ephemeral_path, "r");
	if (!f)
		return 0; /* no procfs (documented): the check is skipped */
	n = fscanf(f, "%u %u", &elo, &ehi);
	fclose(f);
	if (n == 2 && elo <= c->egress.port_hi && c->egress.port_lo <= ehi)
		return nat_fail(ld, "overlaps the kernel's ephemeral ports %u..%u (%s)",
				elo, ehi, ephemeral_path);
	return 0;
}

int tg_cfg_check(struct tg_cfg_ld *ld)
{
	if (check_dataplane(ld) || check_tables(ld) || check_peers(ld) ||
	    check_nat(ld))
		return -1;
	return 0;
}
