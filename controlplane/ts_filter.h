/*
 * The netmap's packet filter in Tailscale mode (protocol/control.md §4.3,
 * §5): PacketFilter / PacketFilters of every MapResponse go through
 * filter_json.c's named-filter state; when the effective filter changed (or
 * the self addresses did) it is compiled against this node's local nets
 * (its own Tailscale addresses, the exit routes 0.0.0.0/0 and ::/0 shrunk
 * by the host's interface subnets) and published into the region. Until
 * the first filter arrives nothing is published and the dataplane keeps
 * denying (fail closed). Event-loop thread only.
 */
#ifndef CP_TS_FILTER_H
#define CP_TS_FILTER_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "filter_json.h"
#include "region.h"
#include "ts_netmap.h"

struct cp_ts_filter {
	struct cp_filter_state st;
	bool dirty;          /* compile + publish pending */
	uint32_t serial;     /* of our last publish */
	uint32_t skipped;    /* entries skipped at the last compile */
};

void cp_ts_filter_init(struct cp_ts_filter *f);
void cp_ts_filter_free(struct cp_ts_filter *f);
/* Validate and apply one MapResponse's filter fields. 0, or -EINVAL/-E2BIG
 * with a message (state untouched). Sets f->dirty on a change. */
int cp_ts_filter_msg(struct cp_ts_filter *f, const json_t *msg, char *err, size_t errlen);
/* Compile and publish when dirty (and a filter was seen). 0, or -errno with
 * a message (stays dirty: retried). */
int cp_ts_filter_publish(struct cp_ts_filter *f, struct tg_region *r,
			 const struct tg_config *cfg, const struct cp_ts_netmap *nm,
			 char *err, size_t errlen);

#endif
