/*
 * The WireGuard device model of tailgate-cp: private key, listen port,
 * peers (public key, preshared key, endpoint, persistent keepalive, allowed
 * IPs) and, per peer, the Noise handshake state and timers. It is the single
 * writer of peers, keypairs and allowed IPs in the shared region.
 *
 * Callers: the cp event loop only (UAPI set/get, config, the Tailscale
 * netmap, punted handshake packets, the periodic tick). Not thread-safe.
 * Applying a configuration is by diff: upserting a peer whose key exists
 * keeps its sessions; only what changed is touched.
 */
#ifndef CP_WG_DEVICE_H
#define CP_WG_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "clock.h"
#include "config.h"
#include "region.h"

struct cp_wg_device;

struct cp_wg_peer_cfg {
	uint8_t public_key[32];
	bool has_psk;            /* false: leave as is (upsert) */
	uint8_t psk[32];         /* all-zero = no psk */
	bool has_endpoint;
	struct tg_endpoint endpoint;
	bool has_keepalive;
	uint16_t persistent_keepalive; /* seconds, 0 = off */
	bool replace_allowed_ips; /* true: the list below replaces the old */
	uint32_t n_allowed_ips;
	struct tg_cfg_prefix allowed_ips[TG_CFG_MAX_PEER_AIPS];
};

struct cp_wg_peer_info {
	uint8_t public_key[32];
	bool has_psk;            /* never returns the psk itself to logs */
	struct tg_endpoint endpoint;
	uint16_t persistent_keepalive;
	uint64_t last_handshake_wall_ns; /* 0 = never */
	uint64_t rx_bytes, tx_bytes;     /* region data bytes + handshake bytes */
	uint32_t n_allowed_ips;
	struct tg_cfg_prefix allowed_ips[TG_CFG_MAX_PEER_AIPS];
	uint32_t region_slot;
};

struct cp_wg_device *cp_wg_device_new(struct tg_region *r,
				      const struct tg_clock *clk);
void cp_wg_device_free(struct cp_wg_device *d);

/* Private key: 32 bytes, or NULL to clear. Changing it drops all sessions. */
int cp_wg_device_set_private_key(struct cp_wg_device *d, const uint8_t *key);
bool cp_wg_device_get_private_key(const struct cp_wg_device *d, uint8_t out[32]);
int cp_wg_device_set_listen_port(struct cp_wg_device *d, uint16_t port);
uint16_t cp_wg_device_listen_port(const struct cp_wg_device *d);

/* Add or update a peer (by public key). -ENOSPC when a table is full. */
int cp_wg_device_peer_upsert(struct cp_wg_device *d,
			     const struct cp_wg_peer_cfg *cfg);
int cp_wg_device_peer_remove(struct cp_wg_device *d, const uint8_t pub[32]);
/* Many upserts/removes, one allowed-IPs commit: between begin and end
 * (nestable) changes are staged; end commits them (0, or the commit's
 * error: the changes stay staged and the next tick retries). Peers and
 * keypairs change at once either way: a removed peer's traffic stops
 * before the commit, its routes fail closed on the DEAD slot. */
void cp_wg_device_batch_begin(struct cp_wg_device *d);
int cp_wg_device_batch_end(struct cp_wg_device *d);
bool cp_wg_device_peer_exists(const struct cp_wg_device *d, const uint8_t pub[32]);

/* The peer's preshared key for UAPI get=1 (never for logs): false if the
 * peer is unknown or has none. The caller wipes `out`. */
bool cp_wg_device_peer_psk(const struct cp_wg_device *d, const uint8_t pub[32],
			   uint8_t out[32]);

/* Stable iteration for get=1: peers in insertion order. */
size_t cp_wg_device_peer_count(const struct cp_wg_device *d);
int cp_wg_device_peer_info(const struct cp_wg_device *d, size_t i,
			   struct cp_wg_peer_info *out);
/* The same for the peer with this public key (O(1)); -ENOENT. */
int cp_wg_device_peer_info_key(const struct cp_wg_device *d, const uint8_t pub[32],
			       struct cp_wg_peer_info *out);

/* A handshake/cookie message the dataplane punted (TG_PUNT_HANDSHAKE). */
void cp_wg_device_handle_punt(struct cp_wg_device *d,
			      const struct tg_ring_meta *meta,
			      const uint8_t *pkt);

/* Timers: call often (every <= 100 ms); everything reads the injected clock. */
void cp_wg_device_tick(struct cp_wg_device *d);

/*
 * Additions (wg_device.c owner):
 * - under load = mac2 demanded and cookie replies sent (for one second after
 *   more than 64 handshake messages in one tick or a punt ring over 1/8 full);
 * - start a handshake with a peer now (UAPI/tests); -ENOENT unknown peer,
 *   -EAGAIN within REKEY_TIMEOUT of the last one or no private key,
 *   -EDESTADDRREQ no endpoint, -ENOBUFS inject ring full;
 * - a peer's region slot (TG_NONE if unknown).
 */
bool cp_wg_device_under_load(const struct cp_wg_device *d);
/*
 * cp restart: upserting a peer whose key matches a LIVE region peer that no
 * peer of this device owns adopts that slot with its keypairs (sessions
 * survive the restart). After applying the whole configuration, call this
 * to retire the LIVE region peers nobody adopted; returns how many.
 */
int cp_wg_device_retire_orphans(struct cp_wg_device *d);
/*
 * Static mode's restart rule instead: adopt every LIVE region peer nobody
 * owns, with its public key, endpoint, allowed IPs (read back from the
 * region) and keypairs, so peers added at run time with `wg set` survive a
 * cp restart with their sessions. What the region does not hold — a
 * preshared key, persistent keepalive — must come from the config file.
 * Returns how many were adopted, or -errno.
 */
int cp_wg_device_adopt_orphans(struct cp_wg_device *d);
int cp_wg_device_initiate(struct cp_wg_device *d, const uint8_t pub[32]);
uint32_t cp_wg_device_peer_slot(const struct cp_wg_device *d, const uint8_t pub[32]);

/* Handshake counters for /metrics (X-macro in wg_device.c's header comment). */
#define CP_HS_COUNTERS(X)                                                    \
	X(initiations_sent, "handshake initiations sent")                    \
	X(initiations_received, "handshake initiations received")            \
	X(responses_sent, "handshake responses sent")                        \
	X(responses_received, "handshake responses received")                \
	X(completed, "handshakes completed")                                 \
	X(failed_mac1, "dropped: bad mac1")                                  \
	X(failed_decrypt, "dropped: static/timestamp/empty did not decrypt") \
	X(failed_unknown_peer, "dropped: initiator's static key unknown")   \
	X(failed_replay, "dropped: timestamp not newer (replay)")           \
	X(failed_unknown_index, "dropped: response for unknown index")      \
	X(failed_flood, "dropped: initiation within REKEY_TIMEOUT / flood") \
	X(cookies_sent, "cookie replies sent (under load)")                  \
	X(cookies_received, "cookie replies received")                       \
	X(rate_limited, "dropped by the per-source rate limiter")            \
	X(keepalives_sent, "keepalives requested from the dataplane")       \
	X(failed_install, "dropped: keypair not installed (index/table)")  \
	X(dropped_malformed, "dropped: not a handshake message / bad source") \
	X(dropped_no_key, "dropped: no private key configured")             \
	X(inject_full, "not sent: inject ring to the dataplane full")

#define CP_HS_ENUM(n, h) CP_HS_##n,
enum cp_hs_counter { CP_HS_COUNTERS(CP_HS_ENUM) CP_HS__COUNT };
#undef CP_HS_ENUM
extern const char *const cp_hs_counter_names[CP_HS__COUNT];
extern const char *const cp_hs_counter_help[CP_HS__COUNT];
const uint64_t *cp_wg_device_hs_counters(const struct cp_wg_device *d);

#endif
