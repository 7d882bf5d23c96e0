/*
 * The packet filter in the dataplane (docs/filter.md "How the dataplane
 * calls it"): per worker, a view of the region's active compiled filter,
 * re-validated once per poll iteration when the published copy changed
 * (never per packet), the UDP/SCTP flow table (filter_flow.c) and the
 * per-rule hit counters in the region (zeroed by the worker when the
 * published filter changes: they count hits of the active filter). Inbound (decap, after the
 * allowed-IPs check) packets from peers the filter applies to go through
 * tg_filter_check; packets towards such peers (encap) through tg_filter_out,
 * which records the reverse UDP/SCTP tuples.
 * Setup/teardown on the dp main or worker thread; the rest on the worker
 * lcore: no allocation, locks or syscalls.
 */
#include <string.h>

#include "stages.h"

/* Drop counter per refusing verdict reason (0 for accepting ones).
 * too_short (under 20 bytes) cannot happen here: decap's inner check
 * drops such packets as inner_bad_packet before the filter runs. */
static const uint8_t drop_of[TG_FILTER_R__COUNT] = {
	[TG_FILTER_R_too_short] = TG_DROP_inner_bad_packet,
	[TG_FILTER_R_unknown_proto] = TG_DROP_filter_bad_packet,
	[TG_FILTER_R_multicast] = TG_DROP_filter_multicast,
	[TG_FILTER_R_link_local] = TG_DROP_filter_link_local,
	[TG_FILTER_R_not_local] = TG_DROP_filter_local_denied,
	[TG_FILTER_R_no_rule] = TG_DROP_filter_no_rule,
	[TG_FILTER_R_no_filter] = TG_DROP_filter_no_filter,
};
_Static_assert(TG_DROP__COUNT <= 256, "drop_of holds uint8_t");
_Static_assert(TG_FILTER_R__COUNT == 16, "map every new refusing reason in drop_of");

int dp_filter_setup(struct dp_worker *w)
{
	int rc;

	memset(&w->filter, 0, sizeof(w->filter));
	rc = tg_filter_flows_init(&w->flows, TG_FILTER_FLOWS_DEFAULT, 0);
	if (rc < 0)
		return rc;
	w->filter.flows = &w->flows;
	w->filter_hits = tg_region_filter_hits(w->region, w->id);
	w->filter_max_rules = w->region->geom.sizes.max_filter_rules;
	w->filter_seen = NULL;
	w->filter_seen_len = 0;
	w->filter_seen_serial = 0;
	return 0;
}

void dp_filter_teardown(struct dp_worker *w)
{
	memset(&w->filter, 0, sizeof(w->filter));
	tg_filter_flows_free(&w->flows);
}

void dp_filter_refresh(struct dp_worker *w)
{
	size_t len = 0;
	const struct tg_filter_blob_hdr *h = tg_region_filter(w->region, &len);
	uint32_t serial = len >= sizeof(*h) ? h->serial : 0;

	if ((const void *)h == w->filter_seen && len == w->filter_seen_len &&
	    serial == w->filter_seen_serial)
		return;
	w->filter_seen = h;
	w->filter_seen_len = len;
	w->filter_seen_serial = serial;
	/* rule ids mean other rules now: hits count from this publish on */
	if (w->filter_hits)
		memset(w->filter_hits, 0, ((size_t)w->filter_max_rules + 1) * sizeof(uint64_t));
	if (!len) {
		memset(&w->filter, 0, sizeof(w->filter)); /* unpublished: fail closed */
		w->filter.flows = &w->flows;
		return;
	}
	/* tg_filter_view leaves hdr NULL (no_filter verdicts) on a bad blob */
	if (tg_filter_view(&w->filter, h, len, NULL, 0) == 0)
		dp_count(w, TG_PATH_filter_reload);
	else
		dp_count(w, TG_PATH_filter_reload_failed);
}

bool dp_filter_applies(const struct dp_worker *w, const struct tg_peer_entry *pe)
{
	return (w->cfg->flags & TG_NETCFG_F_FILTER) ||
	       (atomic_load_explicit(&pe->flags, memory_order_relaxed) & TG_PEER_F_TAILSCALE);
}

int dp_filter_in(struct dp_worker *w, struct dp_pkt *p)
{
	struct tg_filter_pkt fp;
	struct tg_filter_res v;

	tg_filter_parse(p->data, p->len, &fp);
	v = tg_filter_check(&w->filter, &fp);
	if (!v.accept) {
		dp_drop(w, p, (enum tg_drop)drop_of[v.reason < TG_FILTER_R__COUNT ? v.reason :
						    TG_FILTER_R_no_rule]);
		return -1;
	}
	if (v.rule != TG_FILTER_NO_RULE && w->filter_hits)
		w->filter_hits[v.rule < w->filter_max_rules ? v.rule : w->filter_max_rules]++;
	dp_count(w, TG_PATH_filter_accept);
	return 0;
}

void dp_filter_out(struct dp_worker *w, const struct dp_pkt *p)
{
	struct tg_filter_pkt fp;

	if (!p->len)
		return;
	tg_filter_parse(p->data, p->len, &fp);
	(void)tg_filter_out(&w->flows, &fp);
}
