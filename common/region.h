/*
 * The shared region: the contract between tailgate-cp (writer of
 * configuration) and tailgate-dp (reader of configuration, writer of
 * counters, send counters, replay windows, conntrack). DESIGN.md "The shared
 * region"; docs/shared-region.md has every table's key, value, writer,
 * readers and reclamation rule.
 *
 * Layout: one mapping, a header at offset 0, then sections at offsets named
 * in the header. Offsets, never pointers: the two processes map it at
 * different addresses. Every size is fixed at creation from the config.
 * Attach recomputes the layout from the sizes and refuses any difference,
 * another layout version, or another build's struct sizes (layout_hash).
 *
 * Concurrency rules
 *  - One writer per field; the comment on each field names it.
 *  - Fast-path readers never lock. Writers publish with release stores,
 *    readers load with acquire.
 *  - Quiescent-state epochs (QSBR): each worker stores the region generation
 *    it has observed at the top of every poll-loop iteration
 *    (tg_region_worker_quiescent) and marks itself offline when it stops.
 *    The cp retires a slot (peer, keypair) by unpublishing it, then calls
 *    tg_region_synchronize(); only when every online worker has passed the new
 *    generation may the slot be reused. A worker may keep a pointer into
 *    the region only until its next quiescent point. The dp main thread
 *    calls tg_region_workers_reset() at start. Allowed-IPs, local addresses, NAT
 *    config and filter rules are double-buffered (A/B): the writer edits the
 *    inactive copy, flips `active` with a release store, synchronizes, and
 *    only then touches the old copy again.
 *  - A peer's endpoint has two writers (cp: configured endpoint; dp: roaming
 *    to the source of an authenticated packet). It is guarded by a seqlock
 *    whose write side is taken with a CAS, so readers never block and never
 *    see a torn endpoint.
 *  - Replay windows are written by whichever worker decrypts for a keypair
 *    (normally one: RSS keeps a peer's flow on one queue); a per-keypair
 *    spin flag held for a few instructions serializes the rare overlap. This
 *    is dp-internal and never held across anything but the window update.
 */
#ifndef TG_REGION_H
#define TG_REGION_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "counters.h"
#include "wg_wire.h"

#define TG_REGION_MAGIC 0x4e4f494745524754ULL /* "TGREGION" little-endian */
#define TG_REGION_LAYOUT_VERSION 2u

#define TG_NONE UINT32_MAX       /* "no slot" in any index field */
#define TG_MAX_LOCAL_ADDRS 8
#define TG_RING_SLOT_DATA 2048   /* packet bytes per ring slot */

/* Sizes chosen at creation (from the config's tables section). */
struct tg_region_sizes {
	uint32_t max_peers;
	uint32_t max_keypairs;     /* >= 3 * max_peers is sensible */
	uint32_t max_allowed_ips;  /* per family, per A/B copy */
	uint32_t max_workers;
	uint32_t nat_sessions;     /* conntrack entries */
	uint32_t max_filter_rules; /* per-rule hit counters per worker */
	uint32_t ring_slots;       /* per ring; power of two */
	uint32_t filter_bytes;     /* compiled filter, per A/B copy; multiple
				    * of 64 (0: no filter area) */
};

/* An IPv4 or IPv6 address + UDP port. Addresses in network byte order. */
struct tg_endpoint {
	uint8_t family; /* 0 = none, 4, 6 */
	uint8_t pad;
	uint16_t port;  /* network byte order */
	uint8_t addr[16]; /* IPv4 in the first 4 bytes */
};

enum tg_slot_state {
	TG_SLOT_FREE = 0, /* cp may allocate it */
	TG_SLOT_LIVE = 1, /* published; dp may use it */
	TG_SLOT_DEAD = 2, /* unpublished; waiting for synchronize before FREE */
};

enum tg_peer_flags {
	TG_PEER_F_TAILSCALE = 1u << 0, /* filter applies (Tailscale mode) */
	TG_PEER_F_RELAY_ONLY = 1u << 1, /* no direct path: punt ciphertext */
};

/* Peer table slot. Writer: cp, except `ep` (see header comment). */
struct tg_peer_entry {
	_Atomic uint32_t state;        /* enum tg_slot_state; release-published */
	uint32_t gen;                  /* bumped on each reuse of the slot */
	uint8_t pubkey[32];            /* WireGuard public key (labels, lookup) */
	_Atomic uint32_t kp_current;   /* keypair slot or TG_NONE */
	_Atomic uint32_t kp_previous;
	_Atomic uint32_t kp_next;
	_Atomic uint32_t flags;        /* enum tg_peer_flags */
	_Atomic uint32_t ep_seq;       /* seqlock over ep: odd while writing */
	uint32_t pad;
	struct tg_endpoint ep;
} __attribute__((aligned(64)));

#define TG_REPLAY_WORDS (REPLAY_WINDOW_BITS / 64)

/* Replay window (whitepaper §5.4.6, RFC 6479 style), dp-owned. */
struct tg_replay {
	_Atomic uint32_t lock; /* spin flag, see header comment */
	uint32_t pad;
	uint64_t top;          /* highest counter accepted + 1 (0: none yet) */
	uint64_t bitmap[TG_REPLAY_WORDS];
};

/* Keypair slot. Writer: cp for the part above `send_counter`, dp below. */
struct tg_keypair {
	_Atomic uint32_t state;  /* enum tg_slot_state */
	uint32_t peer;           /* owning peer slot */
	uint32_t local_index;    /* our receiver index (host order, never 0) */
	uint32_t remote_index;   /* peer's index, put in data headers */
	uint8_t send_key[32];
	uint8_t recv_key[32];
	uint64_t birth_ns;       /* CLOCK_MONOTONIC when derived */
	uint8_t is_initiator;
	uint8_t pad[7];
	/* dp-owned from here */
	_Atomic uint64_t send_counter __attribute__((aligned(64))); /* next nonce */
	_Atomic uint32_t rx_confirmed; /* set once a data packet decrypted */
	uint32_t pad2;
	struct tg_replay replay;
} __attribute__((aligned(64)));

/*
 * Network configuration, double-buffered (A/B). Writer: cp. Addresses in
 * network byte order, ports in host order.
 */
struct tg_netcfg {
	uint32_t egress_addr4;      /* SNAT source; 0 = egress disabled */
	uint16_t nat_port_lo, nat_port_hi; /* dataplane-owned port range */
	uint32_t listen_addr4;      /* WireGuard listen address (0 = any) */
	uint16_t listen_port;       /* WireGuard UDP port */
	uint16_t tunnel_mtu;        /* inner MTU (MSS clamp, Frag Needed) */
	uint16_t egress_mtu;
	uint16_t n_local;
	uint32_t flags;             /* TG_NETCFG_F_* */
	struct {
		uint8_t family;
		uint8_t cidr;
		uint8_t addr[16];
	} local[TG_MAX_LOCAL_ADDRS]; /* the node's own tailnet addresses */
};

enum { TG_NETCFG_F_IPV6 = 1u << 0, TG_NETCFG_F_FILTER = 1u << 1 };

/*
 * Packet filter: a byte area per A/B copy (sizes.filter_bytes each, 64-byte
 * aligned) holding one compiled filter blob (common/filter.h; the region
 * only knows its length). Writer: cp. Per-rule hit counters: per worker,
 * max_filter_rules + 1 uint64_t (the last one counts rule ids beyond the
 * array), indexed by the blob's rule id; writer: that worker.
 */

/* Ring slot metadata. Packet bytes follow in the slot. */
enum tg_ring_kind {
	/* punt: dp -> cp */
	TG_PUNT_HANDSHAKE = 1, /* UDP payload of type 1/2/3 + src endpoint */
	TG_PUNT_DISCO = 2,     /* disco packet + src endpoint */
	TG_PUNT_STUN = 3,      /* STUN packet + src endpoint */
	TG_PUNT_LOCAL = 4,     /* decrypted IP packet for our own address */
	TG_PUNT_RELAY = 5,     /* encrypted WireGuard message for DERP */
	/* inject: cp -> dp */
	TG_INJECT_TX = 16,      /* UDP payload to send from the listen port to dst */
	TG_INJECT_ENCRYPT = 17, /* plaintext IP packet for `peer` (0 bytes: keepalive) */
	TG_INJECT_DECRYPT = 18, /* WireGuard data message from `peer` via DERP */
};

struct tg_ring_meta {
	uint16_t kind;   /* enum tg_ring_kind */
	uint16_t len;    /* packet bytes in the slot */
	uint32_t peer;   /* peer slot or TG_NONE */
	uint16_t worker; /* worker that punted / should handle */
	uint16_t port;   /* dp port index the packet came in on / leaves on */
	uint32_t pad;
	uint64_t ts_ns;  /* CLOCK_MONOTONIC at enqueue */
	struct tg_endpoint src, dst;
};

struct tg_ring_slot {
	struct tg_ring_meta meta;
	uint8_t data[TG_RING_SLOT_DATA];
} __attribute__((aligned(64)));

/*
 * Single-producer single-consumer ring. Punt rings: producer = one worker,
 * consumer = cp. Inject rings: producer = cp, consumer = one worker.
 */
struct tg_ring {
	_Atomic uint64_t head __attribute__((aligned(64))); /* producer */
	uint64_t ctr_prod[TG_RING__COUNT];                   /* producer-owned */
	_Atomic uint64_t tail __attribute__((aligned(64))); /* consumer */
	uint64_t ctr_cons[TG_RING__COUNT];                   /* consumer-owned */
	uint32_t slots;                                      /* power of two */
	uint32_t slot_off;                                   /* from ring start */
} __attribute__((aligned(64)));

/* Per-worker QSBR state. Writer: that worker. */
struct tg_worker_epoch {
	_Atomic uint64_t epoch;  /* last generation observed; 0 = offline */
	_Atomic uint64_t alive_ns;
} __attribute__((aligned(64)));

struct tg_region_hdr {
	uint64_t magic;
	uint32_t layout_version;
	uint32_t hdr_size;
	uint64_t total_size;
	struct tg_region_sizes sizes;
	/* section offsets from the start of the region */
	uint64_t off_peers, off_keypairs, off_rxidx, off_aip, off_netcfg,
		off_filter, off_conntrack, off_worker_ctr, off_peer_ctr,
		off_punt, off_inject, off_epochs, off_filter_hits;
	uint64_t aip_bytes, conntrack_bytes, ring_bytes, rxidx_slots;
	_Atomic uint64_t generation;   /* writer: cp (synchronize) */
	_Atomic uint64_t cp_alive_ns;  /* writer: cp */
	_Atomic uint64_t dp_alive_ns;  /* writer: dp main thread */
	_Atomic uint32_t cp_pid, dp_pid;
	_Atomic uint32_t aip_active;     /* 0/1: A/B copy readers use */
	_Atomic uint32_t netcfg_active;
	_Atomic uint32_t filter_active;
	_Atomic uint32_t filter_len[2];  /* blob bytes in each copy */
	uint32_t layout_hash;  /* struct sizes + counter lists of the creator's
				* build: attach refuses another build's layout */
};

/*
 * Geometry of a region: its sizes and every offset, recomputed from the
 * sizes and checked against the header at attach. Accessors and lookups use
 * this process-local copy, never the shared header, so nothing written into
 * the mapping later can send an index outside it.
 */
struct tg_region_geom {
	struct tg_region_sizes sizes;
	uint64_t off_peers, off_keypairs, off_rxidx, off_aip, off_netcfg,
		off_filter, off_conntrack, off_worker_ctr, off_peer_ctr,
		off_punt, off_inject, off_epochs, off_filter_hits;
	uint64_t filter_hits_stride; /* bytes per worker's hit counters */
	uint64_t aip_bytes;       /* one A/B copy: IPv4 table + IPv6 table */
	uint64_t aip4_bytes;      /* the IPv4 table inside a copy */
	uint64_t aip_slots;       /* hash slots per family per copy */
	uint64_t conntrack_bytes;
	uint64_t ring_bytes;      /* one ring: header + slots */
	uint64_t rxidx_slots;
	uint64_t end;             /* bytes used, before page rounding */
};

/* Process-local handle on a mapped region. */
struct tg_region {
	uint8_t *base;
	size_t size;
	struct tg_region_hdr *hdr;
	bool is_hugepage;
	bool is_owner;          /* this handle created it (detach never unlinks:
				 * the other process may restart and re-attach;
				 * call tg_region_unlink to remove it) */
	char path[256];
	void *wpriv;            /* cp writer-private state (region.c) */
	struct tg_region_geom geom; /* validated geometry (see above) */
};

/* ---- lifecycle (any process, setup path) -------------------------------- */

/* Bytes a region of these sizes needs (rounded to the page/hugepage). */
size_t tg_region_size_for(const struct tg_region_sizes *sz);

/*
 * Create (or replace) the region `name` (a file under /dev/hugepages when
 * hugepages are available, else /dev/shm). Zeroed, header filled, all slots
 * FREE. Returns 0 or -errno with a message in err.
 */
int tg_region_create(struct tg_region *r, const char *name,
		     const struct tg_region_sizes *sz, char *err, size_t errlen);

/*
 * Attach to an existing region. Fails with a clear message (never a crash)
 * on a missing file, bad magic, other layout version, or — when `expect` is
 * non-NULL — other sizes. Validates every offset against the file size.
 */
int tg_region_attach(struct tg_region *r, const char *name,
		     const struct tg_region_sizes *expect, char *err,
		     size_t errlen);
/*
 * What both processes call at start: attach (with `sz` as the expected
 * sizes) or, when the region does not exist, create it — serialised by a
 * lock file so two processes starting together end up on one region.
 * *created tells which happened.
 */
int tg_region_open_or_create(struct tg_region *r, const char *name,
			     const struct tg_region_sizes *sz, bool *created,
			     char *err, size_t errlen);
/*
 * One process per side: take an exclusive, non-blocking flock on
 * /dev/shm/.<name>.<side>.lock and keep the returned fd open for the
 * process's life. The kernel drops the lock when the process dies, however
 * it dies (a pid check cannot tell a zombie or a reused pid from a live
 * owner). fd, or -EBUSY when another process holds it.
 */
int tg_region_claim_side(const char *name, const char *side);
void tg_region_detach(struct tg_region *r);
int tg_region_unlink(const char *name);

/* ---- section accessors (any process) ----------------------------------- */
struct tg_peer_entry *tg_region_peer(const struct tg_region *r, uint32_t slot);
struct tg_keypair *tg_region_keypair(const struct tg_region *r, uint32_t slot);
struct tg_netcfg *tg_region_netcfg(const struct tg_region *r); /* active */
/* Active filter copy; *len = blob bytes in it (0: none published). */
const void *tg_region_filter(const struct tg_region *r, size_t *len);
/* Worker's per-rule hit counters: max_filter_rules + 1 entries. */
uint64_t *tg_region_filter_hits(const struct tg_region *r, uint32_t worker);
struct tg_worker_counters *tg_region_worker_ctr(const struct tg_region *r,
						uint32_t worker);
struct tg_peer_counters *tg_region_peer_ctr(const struct tg_region *r,
					    uint32_t worker, uint32_t peer);
struct tg_ring *tg_region_punt(const struct tg_region *r, uint32_t worker);
struct tg_ring *tg_region_inject(const struct tg_region *r, uint32_t worker);
struct tg_worker_epoch *tg_region_epoch(const struct tg_region *r,
					uint32_t worker);
void *tg_region_conntrack(const struct tg_region *r, size_t *bytes);

/* ---- dp reader API (any worker, fast path: no locks, no syscalls) ------- */

/* Keypair whose local_index is `idx` and that is LIVE, or NULL. */
struct tg_keypair *tg_keypair_lookup(const struct tg_region *r, uint32_t idx);

/* Allowed-IPs longest-prefix match: peer slot or TG_NONE. */
uint32_t tg_aip_lookup4(const struct tg_region *r, const uint8_t addr[4]);
uint32_t tg_aip_lookup6(const struct tg_region *r, const uint8_t addr[16]);

/* Endpoint read (seqlock; retries while a writer is mid-update). */
void tg_peer_endpoint_get(const struct tg_peer_entry *p, struct tg_endpoint *out);
/* Endpoint write (cp or dp). */
void tg_peer_endpoint_set(struct tg_peer_entry *p, const struct tg_endpoint *ep);

/* QSBR: a worker calls _quiescent at the top of each loop iteration. */
void tg_region_worker_online(struct tg_region *r, uint32_t worker);
void tg_region_worker_offline(struct tg_region *r, uint32_t worker);
/* dp main thread at start, before any worker goes online: mark every worker
 * slot offline. A crashed predecessor's epochs (or those of workers this run
 * does not start) would otherwise block tg_region_synchronize forever. */
void tg_region_workers_reset(struct tg_region *r);
static inline void tg_region_worker_quiescent(struct tg_region *r,
					      struct tg_worker_epoch *e)
{
	atomic_store_explicit(&e->epoch,
			      atomic_load_explicit(&r->hdr->generation,
						   memory_order_acquire),
			      memory_order_release);
}

/* Ring operations (SPSC). Return 0, or -ENOBUFS (full, overflow counted),
 * -EMSGSIZE (len > TG_RING_SLOT_DATA), -EAGAIN (empty). Dequeue: -EMSGSIZE
 * when the slot's len exceeds cap (or TG_RING_SLOT_DATA): the slot is
 * consumed, *meta filled, no bytes copied; -EIO when the producer index is
 * corrupt (more than `slots` ahead): nothing consumed. */
int tg_ring_enqueue(struct tg_ring *ring, const struct tg_ring_meta *meta,
		    const void *data);
int tg_ring_dequeue(struct tg_ring *ring, struct tg_ring_meta *meta,
		    void *buf, size_t cap);
uint32_t tg_ring_depth(const struct tg_ring *ring);

/* ---- cp writer API (the cp's single table-writer thread only) ----------- */

/* Wait until every online worker has passed a new generation. 0, or
 * -ETIMEDOUT after timeout_ns (the caller retries later; nothing reused). */
int tg_region_synchronize(struct tg_region *r, uint64_t timeout_ns);

/* Liveness stamps. */
void tg_region_stamp_cp(struct tg_region *r, uint64_t now_ns);
void tg_region_stamp_dp(struct tg_region *r, uint64_t now_ns);

/* Peers: alloc a FREE slot (TG_NONE if full; reserved for this writer, gen
 * bumped, fields cleared), fill it, publish (LIVE; publishing a LIVE slot
 * again is fine, a DEAD one is ignored); retire makes it DEAD (dp stops
 * using it at once; an alloc'ed, never published slot goes straight back to
 * the pool); reclaim turns DEAD into FREE after a successful synchronize.
 * Remove the peer's allowed IPs (and commit) before retiring it. */
uint32_t tg_peer_alloc(struct tg_region *r);
void tg_peer_publish(struct tg_region *r, uint32_t slot);
void tg_peer_retire(struct tg_region *r, uint32_t slot);

/* Keypairs: install publishes keys and adds local_index to the index hash
 * (-EEXIST if taken, -ENOSPC if full); retire removes it from the hash and
 * marks it DEAD; keys are wiped when reclaimed. */
struct tg_keypair_init {
	uint32_t peer, local_index, remote_index;
	uint8_t send_key[32], recv_key[32];
	uint64_t birth_ns;
	bool is_initiator;
};
int tg_keypair_install(struct tg_region *r, const struct tg_keypair_init *in,
		       uint32_t *slot_out);
void tg_keypair_retire(struct tg_region *r, uint32_t slot);

/* Reclaim every DEAD peer and keypair slot: synchronizes itself first (0, or
 * -ETIMEDOUT and nothing reclaimed). Keys are wiped; a reclaimed peer's
 * endpoint, pubkey and per-peer counter blocks are zeroed (read final
 * counters before reclaiming). */
int tg_region_reclaim(struct tg_region *r, uint64_t timeout_ns);

/* Allowed IPs: stage changes (writer-private), then commit: make sure no
 * reader is left on the inactive copy (synchronize; -ETIMEDOUT keeps the
 * staged changes for a retry), rebuild it from the staged set, flip with a
 * release store, synchronize again (a timeout there only delays the next
 * commit). Host bits beyond cidr are ignored; insert on an existing prefix
 * replaces its peer. -EINVAL on a bad family (4/6), cidr or peer; remove:
 * -ENOENT when absent. -ENOSPC when a family already holds max_allowed_ips
 * prefixes; every uncommitted change is then dropped whole (the staged set
 * reverts to the active copy). After a cp restart the staged set starts from
 * the active copy. */
int tg_aip_insert(struct tg_region *r, int family, const uint8_t *addr,
		  uint8_t cidr, uint32_t peer);
int tg_aip_remove(struct tg_region *r, int family, const uint8_t *addr,
		  uint8_t cidr);
int tg_aip_remove_peer(struct tg_region *r, uint32_t peer);
int tg_aip_commit(struct tg_region *r, uint64_t timeout_ns);
/* The staged set (what the next commit publishes): the peer a prefix is
 * staged for (TG_NONE: absent, bad family/cidr or no memory); how many more
 * prefixes a family can take before insert says -ENOSPC (-EINVAL, -ENOMEM);
 * whether staged changes wait for a commit. remove_peer and peer_prefixes
 * cost O(1) for a peer with nothing staged. */
uint32_t tg_aip_owner(struct tg_region *r, int family, const uint8_t *addr, uint8_t cidr);
int64_t tg_aip_room(struct tg_region *r, int family);
bool tg_aip_pending(struct tg_region *r);
/* The prefixes staged for `peer` (what a restarted cp reads back to adopt
 * the peers it finds in the region). Count, -ENOSPC past max, -ENOMEM. */
struct tg_aip_prefix {
	uint8_t family, cidr;
	uint8_t addr[16];
};
int tg_aip_peer_prefixes(struct tg_region *r, uint32_t peer,
			 struct tg_aip_prefix *out, uint32_t max);

/* Netcfg and filter: stage returns the inactive copy (netcfg pre-filled
 * with the active contents; NULL when a reader may still be on it and a 1 s
 * synchronize timed out), commit flips it in (-EINVAL if nothing staged;
 * filter: -ENOSPC when len > cap = sizes.filter_bytes; the filter copy is
 * not pre-filled) and synchronizes. */
struct tg_netcfg *tg_netcfg_stage(struct tg_region *r);
int tg_netcfg_commit(struct tg_region *r, uint64_t timeout_ns);
void *tg_filter_stage(struct tg_region *r, size_t *cap);
int tg_filter_commit(struct tg_region *r, size_t len, uint64_t timeout_ns);

#endif
