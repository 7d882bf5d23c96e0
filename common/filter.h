/*
 * Packet filter: the Tailscale netmap filter (MapResponse PacketFilter /
 * PacketFilters), compiled into a flat, position-independent blob that the
 * dataplane evaluates per decrypted packet from a Tailscale peer.
 * docs/filter.md is the full contract; protocol/control.md §5 and
 * protocol/exit-node.md §2.1-2.3 are the semantics reproduced here (the
 * reference is tailscaled's wgengine/filter).
 *
 * Three layers:
 *  1. Rules (struct tg_filter_rules): FilterRules after the reference's
 *     MatchesFromFilterRules, in rule order. Built by the cp (controlplane/
 *     filter_json.c parses the JSON into this; tests build it by hand).
 *  2. Blob: tg_filter_build() turns rules + local nets + resolved source
 *     capabilities into one malloc'ed blob of offsets (no pointers), per
 *     address family: matches, merged source ranges, destination
 *     range+port entries, the local-net ranges and the union of
 *     capability sources. tg_filter_publish() copies it into the shared
 *     region's filter area (A/B byte area, region.h).
 *  3. View (struct tg_filter): tg_filter_view() validates a blob once and
 *     yields pointers into it; tg_filter_check() is the per-packet verdict
 *     (no locks, no allocation, no syscalls).
 *
 * Calling context: build/publish on the cp's table-writer thread; view,
 * check, flows on one dp worker (each worker owns its flow table).
 */
#ifndef TG_FILTER_H
#define TG_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct tg_region;

enum {
	TG_IPPROTO_ICMP = 1,
	TG_IPPROTO_TCP = 6,
	TG_IPPROTO_UDP = 17,
	TG_IPPROTO_ICMPV6 = 58,
	TG_IPPROTO_TSMP = 99,   /* Tailscale's own control messages */
	TG_IPPROTO_SCTP = 132,
	TG_FILTER_PROTO_UNKNOWN = 0,    /* unparseable: always dropped */
	TG_FILTER_PROTO_FRAGMENT = 255, /* non-first IPv4 fragment: accepted */
};

#define TG_TCP_SYN 0x02u
#define TG_TCP_ACK 0x10u

#define TG_FILTER_NO_RULE UINT32_MAX

/* Limits (bounded input, clear errors). */
#define TG_FILTER_MAX_RULES 65536u     /* FilterRules in one effective filter */
#define TG_FILTER_MAX_LIST 65536u      /* entries in one JSON array */
#define TG_FILTER_MAX_PREFIXES (1u << 20) /* expanded prefixes, whole filter */

/* An address as a 128-bit integer, host order. IPv4: hi = 0, lo = addr. */
struct tg_filter_addr {
	uint64_t hi, lo;
};

/* A parsed packet (tg_filter_parse, or filled by the dataplane's own parser
 * with the same meaning). */
struct tg_filter_pkt {
	uint32_t len;        /* IP packet bytes; 0 = WireGuard keepalive */
	uint8_t family;      /* 4, 6; 0 = not IP */
	uint8_t proto;       /* IP protocol, or TG_FILTER_PROTO_* */
	uint8_t tcp_flags;
	uint8_t icmp_type, icmp_code;
	uint8_t icmp_full;   /* >= 8 ICMP header bytes present */
	uint8_t pad;
	uint16_t sport, dport; /* host order; 0 for ICMP */
	struct tg_filter_addr src, dst;
};

/* Decode an IP packet exactly as the reference's packet.Parsed.Decode does
 * (fragment rules, short transport headers -> UNKNOWN, IPv6 without
 * extension-header walking), except that an IPv4 IHL < 5 is UNKNOWN too. */
void tg_filter_parse(const uint8_t *ip, size_t len, struct tg_filter_pkt *out);

/* Verdict reasons: name, is_accept, help. One line per reason. */
#define TG_FILTER_REASONS(X)                                                     \
	X(keepalive, 1, "empty packet (WireGuard keepalive)")                    \
	X(fragment, 1, "non-first IPv4 fragment")                                \
	X(icmp_reply, 1, "ICMP echo reply or ICMP error")                        \
	X(tcp_nonsyn, 1, "TCP segment that is not a bare SYN")                   \
	X(udp_flow, 1, "UDP/SCTP reply to a flow seen going out")                \
	X(tsmp, 1, "TSMP (IP protocol 99)")                                      \
	X(rule, 1, "accepted by a rule")                                         \
	X(icmp_cap, 1, "ICMP from a source holding a rule's capability")         \
	X(out, 1, "towards a peer (outbound is never filtered)")                 \
	X(too_short, 0, "shorter than 20 bytes")                                 \
	X(unknown_proto, 0, "unparseable packet or transport header")            \
	X(multicast, 0, "multicast destination")                                 \
	X(link_local, 0, "link-local destination")                               \
	X(not_local, 0, "destination outside the node's local nets")             \
	X(no_rule, 0, "no rule accepts it")                                      \
	X(no_filter, 0, "no packet filter loaded (fail closed)")

enum tg_filter_reason {
#define X(n, a, h) TG_FILTER_R_##n,
	TG_FILTER_REASONS(X)
#undef X
	TG_FILTER_R__COUNT
};
extern const char *const tg_filter_reason_names[TG_FILTER_R__COUNT];
extern const char *const tg_filter_reason_help[TG_FILTER_R__COUNT];

struct tg_filter_res {
	uint8_t accept;  /* 1 = accept, 0 = drop */
	uint8_t reason;  /* enum tg_filter_reason */
	uint16_t pad;
	uint32_t rule;   /* rule id that decided (reason rule/icmp_cap), else
			  * TG_FILTER_NO_RULE */
};

/* ---- layer 1: rules --------------------------------------------------- */

/* A prefix, address in network byte order, host bits clear (builder input
 * for local nets may carry host bits, see struct tg_filter_local). */
struct tg_filter_pfx {
	uint8_t family; /* 4 or 6 */
	uint8_t bits;
	uint8_t addr[16];
};

struct tg_filter_dst {
	struct tg_filter_pfx net;
	uint16_t first, last; /* inclusive port range */
};

/* One FilterRule, compiled as the reference's Match. */
struct tg_filter_match_in {
	uint32_t rule;       /* index of the FilterRule (per-rule counters) */
	uint16_t n_proto;
	uint8_t proto[256];  /* in order, de-duplicated */
	struct tg_filter_pfx *src;
	uint32_t n_src;
	char **caps;         /* "cap:<name>" sources, name only */
	uint32_t n_caps;
	struct tg_filter_dst *dst;
	uint32_t n_dst;
};

struct tg_filter_rules {
	struct tg_filter_match_in *m;
	uint32_t n;
	uint32_t n_rules;    /* rule-id space: FilterRules seen */
};

void tg_filter_rules_free(struct tg_filter_rules *rs);

/*
 * The reference's parseIPSet: "*", "cap:<name>", CIDR (host bits set is an
 * error), range "a-b" (minimal CIDR cover), single address. Fills up to max
 * prefixes, or the capability name. Returns the prefix count (0 for a cap),
 * -EINVAL with the reference's message in err, -E2BIG if max is too small.
 */
int tg_filter_parse_ipset(const char *s, struct tg_filter_pfx *out, int max,
			  char *cap, size_t caplen, char *err, size_t errlen);
/* "a.b.c.d" / IPv6 text, strict (no zones, no leading zeros in IPv4). */
int tg_filter_parse_addr(const char *s, size_t n, struct tg_filter_pfx *out);
/* Prefix to text ("1.2.0.0/16"); buf >= 50 bytes. */
const char *tg_filter_pfx_str(const struct tg_filter_pfx *p, char *buf, size_t n);

/* ---- layer 2: blob ---------------------------------------------------- */

/* Source capabilities: append the addresses (/32, /128) of the peers whose
 * CapMap holds `cap` (their own Addresses only, never subnet routes).
 * Return the count, or more than max when out is too small. */
struct tg_filter_caps {
	int (*resolve)(void *ctx, const char *cap, struct tg_filter_pfx *out,
		       int max);
	void *ctx;
};

/*
 * The node's local nets (the reference's localNets): every prefix in
 * `addrs` as is (own Tailscale addresses, service IPs, explicit local
 * prefixes), plus each advertised route in `routes`; a /0 route is shrunk
 * like shrinkDefaultRoute: minus the host's interface subnets in `host`
 * (prefixes with the host address in it, e.g. 198.51.100.7/24; single-IP
 * and Tailscale-range entries ignored), plus those host addresses, minus
 * 10/8, 172.16/12, 192.168/16, 169.254/16, 224/4, 100.64/10, fe80::/10,
 * ff00::/8, fd7a:115c:a1e0::/48.
 */
struct tg_filter_local {
	const struct tg_filter_pfx *addrs;
	uint32_t n_addrs;
	const struct tg_filter_pfx *routes;
	uint32_t n_routes;
	const struct tg_filter_pfx *host;
	uint32_t n_host;
};

/* Build a blob (malloc'ed, free()). caps may be NULL (cap sources then match
 * nobody). 0 or -errno with a message. */
int tg_filter_build(const struct tg_filter_rules *rs,
		    const struct tg_filter_local *local,
		    const struct tg_filter_caps *caps, uint32_t serial,
		    void **blob, size_t *len, char *err, size_t errlen);

/* ---- layer 3: view + verdict (dp) -------------------------------------- */

struct tg_filter_flows;

struct tg_filter_range4 {
	uint32_t lo, hi;
};
struct tg_filter_range6 {
	struct tg_filter_addr lo, hi;
};
struct tg_filter_dst4 {
	uint32_t lo, hi;
	uint16_t plo, phi;
	uint32_t pad;
};
struct tg_filter_dst6 {
	struct tg_filter_addr lo, hi;
	uint16_t plo, phi;
	uint32_t pad[3];
};

/* A match in the blob. src/cap/dst index the family's range/dst arrays. */
struct tg_filter_match {
	uint32_t rule;
	uint32_t src_off, n_src;   /* merged, sorted IP source ranges */
	uint32_t cap_off, n_cap;   /* merged, sorted capability sources */
	uint32_t dst_off, n_dst;   /* destination ranges + ports, rule order */
	uint32_t flags;            /* TG_FILTER_M_* */
	uint64_t proto[4];         /* 256-bit protocol set */
};
enum { TG_FILTER_M_HAS_CAPS = 1u << 0 }; /* rule had cap: sources */

/*
 * Source index: the address space cut at every source-range boundary into
 * intervals (sorted by lo, the first at 0); each lists, in rule order, the
 * matches whose sources cover it: cand = match_index << 2 | 1 (an IP
 * source covers it) | 2 (a capability source does). A packet's source
 * finds its interval by binary search, so only those matches are tried.
 * Omitted (n = 0) when it would grow past a few entries per range (many
 * wildcard-source rules); the check then scans every match.
 */
struct tg_filter_ival4 {
	uint32_t lo;
	uint32_t cand_off; /* list ends at the next interval's (or n_cand) */
};
struct tg_filter_ival6 {
	struct tg_filter_addr lo;
	uint32_t cand_off;
	uint32_t pad;
};
#define TG_FILTER_CAND_IP 1u
#define TG_FILTER_CAND_CAP 2u

enum { TG_FILTER_SEC_MATCH, TG_FILTER_SEC_RANGE, TG_FILTER_SEC_DST,
       TG_FILTER_SEC_LOCAL, TG_FILTER_SEC_ANYCAP, TG_FILTER_SEC_IVAL,
       TG_FILTER_SEC_CAND, TG_FILTER_SEC__COUNT };

#define TG_FILTER_MAGIC 0x4c464754u /* "TGFL" */
#define TG_FILTER_VERSION 1u

struct tg_filter_blob_hdr {
	uint32_t magic, version;
	uint32_t total_bytes;
	uint32_t serial;         /* cp-chosen, changes on every publish */
	uint32_t n_rules;        /* rule-id space */
	uint32_t flags;
	struct { uint32_t off, n; } sec[2][TG_FILTER_SEC__COUNT]; /* [v4,v6] */
};

struct tg_filter_fam {
	const struct tg_filter_match *m;
	uint32_t n_m;
	uint32_t n_range, n_dst, n_local, n_anycap;
	const void *range;  /* struct tg_filter_range4/6 */
	const void *dst;    /* struct tg_filter_dst4/6 */
	const void *local;  /* ranges */
	const void *anycap; /* ranges: union of all cap sources */
	const void *ival;   /* struct tg_filter_ival4/6, n_ival (0: no index) */
	const uint32_t *cand;
	uint32_t n_ival, n_cand;
};

struct tg_filter {
	const struct tg_filter_blob_hdr *hdr;
	struct tg_filter_fam fam[2];   /* [0] IPv4, [1] IPv6 */
	struct tg_filter_flows *flows; /* worker's UDP/SCTP table or NULL */
	uint32_t n_rules, serial;
};

/* Validate a blob (every offset and count in bounds, ranges sorted) and
 * point f into it. f->flows is left unchanged. 0 or -EINVAL with a message. */
int tg_filter_view(struct tg_filter *f, const void *blob, size_t len,
		   char *err, size_t errlen);

/* Inbound verdict (packet from a peer, after decryption and the
 * allowed-IPs source check). Fast path. */
struct tg_filter_res tg_filter_check(const struct tg_filter *f,
				     const struct tg_filter_pkt *pkt);

/* Outbound (towards a peer): the reference's RunOut. Same pre-checks, then
 * always accept; UDP/SCTP record the reversed tuple in flows (may be NULL). */
struct tg_filter_res tg_filter_out(struct tg_filter_flows *flows,
				   const struct tg_filter_pkt *pkt);

/* ---- UDP/SCTP flow state (one table per worker, single-threaded) ------- */

struct tg_filter_flow_key {
	struct tg_filter_addr src, dst;
	uint16_t sport, dport;
	uint8_t proto, family;
	uint8_t pad[2];
};

struct tg_filter_flows {
	struct tg_filter_flow_ent *ent; /* capacity entries */
	uint32_t *bucket;               /* nbuckets heads */
	uint32_t cap, mask, n;
	uint32_t head, tail, free;      /* LRU list (head = newest), free list */
	uint64_t now_ns;                /* set by tg_filter_flows_tick */
	uint64_t idle_ns;               /* 0 = never expire (the reference) */
	uint64_t hits, adds, evictions, expired;
};

#define TG_FILTER_FLOWS_DEFAULT 512u /* the reference's lruMax */

/* Setup: allocate a table of `capacity` flows (LRU beyond it). idle_ns > 0
 * also treats entries idle that long as absent. 0 or -errno. */
int tg_filter_flows_init(struct tg_filter_flows *fl, uint32_t capacity,
			 uint64_t idle_ns);
void tg_filter_flows_free(struct tg_filter_flows *fl);
/* Once per burst, from the injected clock. */
static inline void tg_filter_flows_tick(struct tg_filter_flows *fl,
					uint64_t now_ns)
{
	fl->now_ns = now_ns;
}
/* Present (and fresh)? Moves it to the front like the reference's Get. */
bool tg_filter_flows_lookup(struct tg_filter_flows *fl,
			    const struct tg_filter_flow_key *k);
void tg_filter_flows_add(struct tg_filter_flows *fl,
			 const struct tg_filter_flow_key *k);

/* ---- shared region ----------------------------------------------------- */

/* cp: copy a blob into the inactive filter copy and flip it in (region.h
 * tg_filter_stage/commit). -ENOSPC when it is larger than
 * sizes.filter_bytes, -EAGAIN when the inactive copy is still in
 * use, or tg_filter_commit's error. */
int tg_filter_publish(struct tg_region *r, const void *blob, size_t len,
		      uint64_t timeout_ns);
/* dp: view the active copy. -ENOENT when nothing was published. */
int tg_filter_load(const struct tg_region *r, struct tg_filter *f, char *err,
		   size_t errlen);
/* dp, once per poll iteration: does the active copy differ from f's? */
bool tg_filter_changed(const struct tg_region *r, const struct tg_filter *f);

#endif
