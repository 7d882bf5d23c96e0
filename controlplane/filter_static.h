/*
 * Static-mode packet filter (config `wireguard.filter_file`): a JSON array
 * of Tailscale FilterRules (a MapResponse PacketFilter) or an object with
 * PacketFilter / PacketFilters, compiled against this host's local nets
 * (exit node: 0.0.0.0/0 and ::/0 shrunk by the host's interface subnets,
 * docs/filter.md) and published into the region (tg_filter_publish). Keeps
 * the effective rules as JSON for `tailgatectl filter`.
 * Calling context: the cp event-loop thread (start, SIGHUP). Allocates.
 */
#ifndef CP_FILTER_STATIC_H
#define CP_FILTER_STATIC_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "filter.h"
#include "region.h"

struct cp_filter_static {
	json_t *rules;      /* effective FilterRules, rule-id order; NULL: none */
	uint32_t serial;    /* of the last publish */
	char path[TG_CFG_STR];
	uint32_t skipped;   /* entries skipped at the last compile */
	uint64_t digest;    /* of the text + host nets last published */
};

/* The host part of the local nets: every interface address with its
 * prefix (getifaddrs) plus the egress address as /32. Fills up to max;
 * returns the count. */
int cp_filter_host_nets(const struct tg_config *cfg, struct tg_filter_pfx *out,
			int max);

/*
 * Compile `text` (the file's contents) with the given host nets and publish.
 * Unchanged input whose filter is still the active one is not republished
 * (a SIGHUP for another key keeps the per-rule hit counts). 0, or -errno
 * with a message (the region keeps its previous filter).
 */
int cp_filter_static_apply(struct cp_filter_static *fs, struct tg_region *r,
			   const char *text, const struct tg_filter_pfx *host,
			   int n_host, char *err, size_t errlen);

/* Read cfg->wireguard.filter_file and apply it (nothing to do when unset:
 * returns 0 and clears fs). 0 or -errno with a message. */
int cp_filter_static_load(struct cp_filter_static *fs, struct tg_region *r,
			  const struct tg_config *cfg, char *err, size_t errlen);

void cp_filter_static_free(struct cp_filter_static *fs);

#endif
