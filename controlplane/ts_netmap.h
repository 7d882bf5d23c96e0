/*
 * The Tailscale netmap as the exit node needs it (protocol/control.md
 * §4.3, §4.4): the self node's addresses and, per peer, its node key (= its
 * WireGuard public key), addresses, allowed IPs, first usable IPv4 endpoint
 * and expiry. MapResponse messages (full and delta) are applied to this
 * model; cp_ts_netmap_sync() then writes the model into the WireGuard device
 * by diff (upsert keeps sessions; removed, expired and keyless peers leave
 * the tables at once).
 *
 * Pure apart from the sync step (which calls wg_device); event-loop thread
 * only. JSON is jansson's: absent, null and [] are told apart where the
 * protocol gives them different meanings (AllowedIPs absent/null = the
 * Addresses, [] = none; patch Endpoints null = unchanged, [] = none).
 */
#ifndef CP_TS_NETMAP_H
#define CP_TS_NETMAP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "region.h"

struct cp_wg_device;

#define CP_TS_NAME_MAX 128

struct cp_ts_peer {
	int64_t id;
	bool has_key;             /* false: "Key" absent/null/zero */
	uint8_t key[32];
	bool expired;             /* "Expired":true or KeyExpiry in the past */
	int64_t key_expiry;       /* unix seconds; 0 = never */
	char name[CP_TS_NAME_MAX];
	uint32_t n_addrs;
	struct tg_cfg_prefix addrs[TG_CFG_MAX_PEER_AIPS];
	bool aips_explicit;       /* AllowedIPs given (possibly []) */
	uint32_t n_aips;
	struct tg_cfg_prefix aips[TG_CFG_MAX_PEER_AIPS];
	bool has_ep;
	struct tg_endpoint ep;    /* first usable IPv4 endpoint */
	uint32_t ord;             /* position in the message (duplicate IDs) */
};

struct cp_ts_netmap {
	size_t max_peers;         /* tables.max_peers: more are dropped + logged */
	size_t n_peers, cap;
	struct cp_ts_peer *peers; /* sorted by id */
	bool have_self;
	struct cp_ts_peer self;
	bool machine_authorized;
	uint64_t messages, keepalives;
	size_t dropped_over_cap;  /* peers beyond max_peers in the last apply */
	bool dirty;               /* peers changed since the last sync */
	/* What a delta changed since the last sync, so the sync touches only
	 * those peers: node IDs added/changed/patched/expired, and node keys
	 * that may have to leave the device (removed nodes, replaced keys).
	 * `resync` (a full netmap, a reset, a failed sync, too many changes)
	 * makes the next sync diff every peer instead. */
	bool resync;
	unsigned threads;         /* for big Peers lists (json_par.h) */
	int64_t *chg_ids;
	size_t n_chg, cap_chg;
	uint8_t (*gone_keys)[32];
	size_t n_gone, cap_gone;
	bool self_dirty;          /* self addresses changed */
};

void cp_ts_netmap_init(struct cp_ts_netmap *nm, size_t max_peers);
void cp_ts_netmap_free(struct cp_ts_netmap *nm);
/* Forget every peer (a new map stream starts with a full netmap). */
void cp_ts_netmap_reset(struct cp_ts_netmap *nm);

/*
 * Apply one MapResponse. first = first message of a stream (it must carry
 * Node and is a full netmap even when Peers is absent or []). now_unix is
 * the wall clock for KeyExpiry. 0, 1 for a keep-alive-only message, or
 * -EBADMSG with a message in err (the model is left unchanged then, since
 * every entry is validated before anything is applied).
 */
int cp_ts_netmap_apply(struct cp_ts_netmap *nm, const json_t *msg, bool first,
		       int64_t now_unix, char *err, size_t errlen);

/* Re-check KeyExpiry against the clock; true when a peer just expired. */
bool cp_ts_netmap_expire(struct cp_ts_netmap *nm, int64_t now_unix);

/* The peer with this WireGuard key, or NULL. */
const struct cp_ts_peer *cp_ts_netmap_find_key(const struct cp_ts_netmap *nm,
					       const uint8_t key[32]);
/* The peer whose addresses contain ip (4 or 16 bytes), or NULL. */
const struct cp_ts_peer *cp_ts_netmap_find_ip(const struct cp_ts_netmap *nm,
					      int family, const uint8_t *ip);

/* True when the peer belongs in the WireGuard tables. */
bool cp_ts_peer_usable(const struct cp_ts_peer *p);

/*
 * Write the model into the device by diff: every usable peer is upserted
 * (allowed IPs replaced, endpoint set when known) and flagged
 * TG_PEER_F_TAILSCALE in the region (r may be NULL in tests); every device
 * peer the model does not hold is removed. Returns the number of peers in
 * the tables, or a negative errno (the first failure; the rest is still
 * applied). Clears nm->dirty unless something failed (then the next call
 * retries).
 */
int cp_ts_netmap_sync(struct cp_ts_netmap *nm, struct cp_wg_device *d,
		      struct tg_region *r, char *err, size_t errlen);

/* Fill n's local addresses from the self node (at most TG_MAX_LOCAL_ADDRS). */
void cp_ts_netmap_fill_local(const struct cp_ts_netmap *nm, struct tg_netcfg *n);

/* Parsers shared with the tests. 0 or -EINVAL. */
int cp_ts_parse_prefix(const char *s, struct tg_cfg_prefix *out);
int cp_ts_parse_endpoint4(const char *s, struct tg_endpoint *out);
/* RFC 3339 -> unix seconds; the zero time (year 1) -> 0. 0 or -EINVAL. */
int cp_ts_parse_time(const char *s, int64_t *out);

#endif
