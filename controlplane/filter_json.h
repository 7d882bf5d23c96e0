/*
 * Packet filter from the netmap: MapResponse PacketFilter / PacketFilters
 * JSON -> struct tg_filter_rules (common/filter.h), with the reference's
 * named-filter bookkeeping and MatchesFromFilterRules semantics
 * (protocol/control.md §4.3, §5; docs/filter.md).
 *
 * Calling context: the cp's event loop (the map-session code), one state
 * object per map session. Allocates.
 */
#ifndef CP_FILTER_JSON_H
#define CP_FILTER_JSON_H

#include <jansson.h>
#include <stdbool.h>

#include "filter.h"

/* Entry-level problems the reference skips (a bad address string, a cap: in
 * DstPorts): the rest of the filter still applies. */
struct cp_filter_diag {
	uint32_t skipped;
	char first[256]; /* the first such error, echoing the value */
};

/*
 * One JSON array of FilterRules -> rules, rule ids from 0. Returns
 *   0        out filled (diag says what was skipped),
 *   -EINVAL  a value has the wrong JSON type (the reference fails to decode
 *            the whole MapResponse): out is empty, err says where,
 *   -E2BIG   an array or the expansion exceeds the limits in filter.h,
 *   -EPROTO  legacy SrcBits / DstPorts[].Bits present: out is empty, i.e.
 *            deny all, exactly what the reference then enforces.
 * arr may be NULL or JSON null (no rules).
 */
int cp_filter_rules_from_json(const json_t *arr, struct tg_filter_rules *out,
			      struct cp_filter_diag *diag, char *err,
			      size_t errlen);

/* Shape check only (what the Go decoder would reject). 0 or -EINVAL/-E2BIG. */
int cp_filter_rules_validate(const json_t *arr, const char *where, char *err,
			     size_t errlen);

/* The named filters of one map session (the reference's
 * namedPacketFilters). */
struct cp_filter_named {
	char *name;
	json_t *rules; /* a JSON array (own reference) */
};

struct cp_filter_state {
	struct cp_filter_named *v; /* sorted by name (strcmp) */
	size_t n, cap;
	bool seen;                 /* any PacketFilter(s) received yet */
};

void cp_filter_state_init(struct cp_filter_state *st);
void cp_filter_state_free(struct cp_filter_state *st);

/*
 * Apply one MapResponse object:
 *  - "PacketFilter": absent or null = unchanged; an array (even []) replaces
 *    the named filter "base" ([] = deny all).
 *  - "PacketFilters": absent or null = unchanged; an object: a "*" key with
 *    null clears every name first (incl. "base"), then each other key with
 *    an array sets that name and with null deletes it.
 * Returns 1 when the effective filter must be recompiled, 0 when nothing
 * changed, -EINVAL / -E2BIG on malformed input (state untouched).
 */
int cp_filter_state_apply(struct cp_filter_state *st, const json_t *resp,
			  char *err, size_t errlen);

/* The effective filter: the named lists concatenated in key order, then
 * cp_filter_rules_from_json. Same returns. */
int cp_filter_state_rules(const struct cp_filter_state *st,
			  struct tg_filter_rules *out,
			  struct cp_filter_diag *diag, char *err, size_t errlen);

#endif
