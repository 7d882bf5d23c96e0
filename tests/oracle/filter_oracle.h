/*
 * Naive packet-filter oracle: evaluates the JSON-level FilterRules directly
 * for one packet, re-reading every address string each time (ranges
 * compared as ranges, never converted to CIDRs), following the reference's
 * RunIn (pre, localNets, per-protocol rules) as written in
 * protocol/control.md §5. Slow on purpose; no flow state.
 */
#ifndef TG_FILTER_ORACLE_H
#define TG_FILTER_ORACLE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

struct filter_oracle_pkt {
	uint32_t len;
	int family;            /* 4 or 6 */
	int proto;             /* 0 = unknown, 255 = non-first fragment */
	uint8_t src[16], dst[16];
	uint16_t sport, dport;
	uint8_t tcp_flags, icmp_type, icmp_code;
	int icmp_full;
};

/* Does the peer with this source address hold capability cap? */
typedef int (*filter_oracle_hascap)(int family, const uint8_t *addr,
				    const char *cap);

/* Reason names as in common/filter.h (tg_filter_reason_names). Returns
 * 1 accept / 0 drop; *reason gets the name, *rule the rule index or -1. */
int filter_oracle_check(const json_t *rules, const char *const *local,
			size_t n_local, filter_oracle_hascap has_cap,
			const struct filter_oracle_pkt *p, const char **reason,
			long *rule);

#endif
