/*
 * IPv4 SNAT + conntrack over the region's conntrack area; the design
 * (per-worker partitions, seqlocked cross-worker reads, EIM mappings,
 * timeouts) is described in nat.h. RFC 4787 (UDP), RFC 5382 (TCP),
 * RFC 5508 (ICMP, incl. error translation), RFC 1624 (checksums).
 *
 * Runs on worker lcores (dp_nat_out, dp_nat_sweep: the partition's owner;
 * dp_nat_in: any worker) and on the dp main thread (format/attach).
 */
#include "nat.h"

#include <errno.h>
#include <stdatomic.h>
#include <string.h>

#include "csum.h"
#include "pkt.h"

#define NAT_MAGIC 0x3154414e50444754ULL /* "TGDPNAT1" */
#define NONE UINT32_MAX
#define N_PROTO 3 /* ICMP, TCP, UDP */

/* TCP state bits (sessions). */
enum {
	ST_SYN_OUT = 1u << 0,
	ST_SYN_IN = 1u << 1,
	ST_FIN_OUT = 1u << 2,
	ST_FIN_IN = 1u << 3,
	ST_RST = 1u << 4,
};

struct dp_nat_area_hdr {
	uint64_t magic;
	uint64_t seed;
	uint32_t n_parts;
	uint32_t part_bytes;
	uint16_t port_lo, port_hi;
	uint32_t ports_per_part; /* the last partition also takes the rest */
	uint32_t n_maps, n_sess;  /* per partition */
	uint32_t n_mbuckets, n_sbuckets; /* powers of two */
	uint32_t max_ports;       /* portmap columns per protocol */
	uint32_t off_mbucket, off_sbucket, off_portmap, off_maps, off_sess;
	uint32_t pad;
} __attribute__((aligned(64)));

/* Owner-written partition header. */
struct part_hdr {
	uint32_t map_free, sess_free; /* free-list heads */
	uint32_t sweep;               /* next session index to sweep */
	uint32_t port_cursor[N_PROTO];
	_Atomic uint32_t live_sess;
	uint32_t pad;
} __attribute__((aligned(64)));

struct nat_map {
	_Atomic uint32_t seq; /* odd while the owner rewrites the entry */
	_Atomic uint32_t next;
	uint32_t int_addr;    /* network order */
	uint16_t int_port;    /* host order; ICMP: echo id */
	uint16_t ext_port;
	uint8_t proto;        /* IPPROTO_* */
	uint8_t live;
	uint16_t pad;
	uint32_t refs;        /* live sessions using it */
	uint32_t peer;
	uint32_t pad2;
};

struct nat_sess {
	_Atomic uint32_t seq;
	_Atomic uint32_t next;
	uint32_t map;
	uint32_t raddr;       /* network order */
	uint16_t rport;       /* host order; ICMP: 0 */
	uint8_t live;
	uint8_t pad;
	_Atomic uint32_t state;
	_Atomic uint64_t last_ns;
};

_Static_assert(sizeof(struct dp_nat_area_hdr) == 128, "area header size");
_Static_assert(sizeof(struct nat_map) == 32, "map size");
_Static_assert(sizeof(struct nat_sess) == 32, "sess size");

/* ---- layout ------------------------------------------------------------ */

static inline uint8_t *part_base(const struct dp_nat *n, uint32_t part)
{
	return n->base + sizeof(struct dp_nat_area_hdr) +
	       (size_t)part * n->hdr->part_bytes;
}

static inline struct part_hdr *phdr(const struct dp_nat *n, uint32_t part)
{
	return (struct part_hdr *)part_base(n, part);
}

static inline _Atomic uint32_t *mbucket(const struct dp_nat *n, uint32_t part)
{
	return (_Atomic uint32_t *)(part_base(n, part) + n->hdr->off_mbucket);
}

static inline _Atomic uint32_t *sbucket(const struct dp_nat *n, uint32_t part)
{
	return (_Atomic uint32_t *)(part_base(n, part) + n->hdr->off_sbucket);
}

static inline _Atomic uint32_t *portmap(const struct dp_nat *n, uint32_t part,
					unsigned pi)
{
	return (_Atomic uint32_t *)(part_base(n, part) + n->hdr->off_portmap) +
	       (size_t)pi * n->hdr->max_ports;
}

static inline struct nat_map *maps(const struct dp_nat *n, uint32_t part)
{
	return (struct nat_map *)(part_base(n, part) + n->hdr->off_maps);
}

static inline struct nat_sess *sessions(const struct dp_nat *n, uint32_t part)
{
	return (struct nat_sess *)(part_base(n, part) + n->hdr->off_sess);
}

static inline int proto_index(uint8_t proto)
{
	switch (proto) {
	case DP_IPPROTO_ICMP: return 0;
	case DP_IPPROTO_TCP: return 1;
	case DP_IPPROTO_UDP: return 2;
	default: return -1;
	}
}

static uint32_t part_ports(const struct dp_nat_area_hdr *h, uint32_t part)
{
	uint32_t total = (uint32_t)h->port_hi - h->port_lo + 1;

	if (part + 1 < h->n_parts)
		return h->ports_per_part;
	return total - h->ports_per_part * (h->n_parts - 1);
}

static inline uint16_t part_port_lo(const struct dp_nat_area_hdr *h, uint32_t part)
{
	return (uint16_t)(h->port_lo + part * h->ports_per_part);
}

/* Partition owning an external port, or NONE outside the range. */
static uint32_t port_owner(const struct dp_nat_area_hdr *h, uint16_t port)
{
	uint32_t p;

	if (port < h->port_lo || port > h->port_hi)
		return NONE;
	p = (uint32_t)(port - h->port_lo) / h->ports_per_part;
	return p < h->n_parts ? p : h->n_parts - 1;
}

static uint32_t pow2_floor(uint32_t v)
{
	uint32_t p = 1;

	while (p * 2 <= v && p < (1u << 30))
		p *= 2;
	return p;
}

static void rebuild(struct dp_nat *n, uint32_t part);

int dp_nat_format(void *area, size_t bytes, uint32_t n_parts, uint16_t lo,
		  uint16_t hi, uint64_t seed)
{
	struct dp_nat_area_hdr *h = area;
	uint32_t total, ppp, part_bytes, fixed, n, nb;

	if (!area || n_parts == 0 || lo == 0 || hi < lo)
		return -EINVAL;
	total = (uint32_t)hi - lo + 1;
	if (total < n_parts || bytes < sizeof(*h) + 64)
		return -ENOSPC;
	if (h->magic == NAT_MAGIC && h->n_parts == n_parts &&
	    h->port_lo == lo && h->port_hi == hi &&
	    sizeof(*h) + (size_t)h->part_bytes * n_parts <= bytes &&
	    h->off_sess + 32ULL * h->n_sess <= h->part_bytes) {
		/* keep live sessions across a dp restart; a crashed worker may
		 * have left an operation half done, so rebuild the indexes */
		struct dp_nat keep = { .base = area, .hdr = h };

		for (uint32_t p = 0; p < n_parts; p++)
			rebuild(&keep, p);
		return 0;
	}
	ppp = total / n_parts;
	if ((bytes - sizeof(*h)) / n_parts > UINT32_MAX)
		return -ENOSPC;
	part_bytes = (uint32_t)((bytes - sizeof(*h)) / n_parts) & ~63u;
	fixed = (uint32_t)sizeof(struct part_hdr) +
		N_PROTO * 4u * (total - ppp * (n_parts - 1));
	if (part_bytes < fixed + 128)
		return -ENOSPC;
	/* per session: one map + one session + ~one bucket in each table */
	n = (part_bytes - fixed - 64) / (32 + 32 + 4 + 4);
	if (n == 0)
		return -ENOSPC;
	nb = pow2_floor(n);
	memset(area, 0, bytes);
	h->seed = seed | 1;
	h->n_parts = n_parts;
	h->part_bytes = part_bytes;
	h->port_lo = lo;
	h->port_hi = hi;
	h->ports_per_part = ppp;
	h->max_ports = total - ppp * (n_parts - 1);
	h->n_maps = h->n_sess = n;
	h->n_mbuckets = h->n_sbuckets = nb;
	h->off_mbucket = sizeof(struct part_hdr);
	h->off_sbucket = h->off_mbucket + 4 * nb;
	h->off_portmap = h->off_sbucket + 4 * nb;
	h->off_maps = (h->off_portmap + N_PROTO * 4 * h->max_ports + 63) & ~63u;
	h->off_sess = h->off_maps + 32 * n;
	if (h->off_sess + 32ULL * n > part_bytes)
		return -ENOSPC;

	struct dp_nat tmp = { .base = area, .hdr = h };

	for (uint32_t p = 0; p < n_parts; p++) {
		struct part_hdr *ph = phdr(&tmp, p);
		struct nat_map *m = maps(&tmp, p);
		struct nat_sess *s = sessions(&tmp, p);

		memset(mbucket(&tmp, p), 0xff, 4 * (size_t)nb);
		memset(sbucket(&tmp, p), 0xff, 4 * (size_t)nb);
		memset(portmap(&tmp, p, 0), 0xff, 4 * (size_t)N_PROTO * h->max_ports);
		for (uint32_t i = 0; i < n; i++) {
			m[i].next = i + 1 < n ? i + 1 : NONE;
			s[i].next = i + 1 < n ? i + 1 : NONE;
		}
		ph->map_free = 0;
		ph->sess_free = 0;
	}
	atomic_thread_fence(memory_order_release);
	h->magic = NAT_MAGIC;
	return 0;
}

int dp_nat_attach(struct dp_nat *nat, void *area, size_t bytes)
{
	struct dp_nat_area_hdr *h = area;

	if (!area || bytes < sizeof(*h) || h->magic != NAT_MAGIC ||
	    sizeof(*h) + (size_t)h->part_bytes * h->n_parts > bytes)
		return -EINVAL;
	nat->base = area;
	nat->hdr = h;
	nat->lazy_expired = 0;
	return 0;
}

uint32_t dp_nat_part_sessions(const struct dp_nat *nat) { return nat->hdr->n_sess; }
uint32_t dp_nat_parts(const struct dp_nat *nat) { return nat->hdr->n_parts; }

uint32_t dp_nat_part_ports(const struct dp_nat *nat, uint32_t part)
{
	return part_ports(nat->hdr, part);
}

uint32_t dp_nat_live_sessions(const struct dp_nat *nat, uint32_t part)
{
	return atomic_load_explicit(&phdr(nat, part)->live_sess, memory_order_relaxed);
}

/* ---- hashing ----------------------------------------------------------- */

static inline uint32_t mix(uint64_t seed, uint64_t a, uint64_t b)
{
	uint64_t z = seed ^ (a * 0x9e3779b97f4a7c15ULL) ^ (b + 0x632be59bd9b4e019ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (uint32_t)(z ^ (z >> 31));
}

static inline uint32_t map_hash(const struct dp_nat *n, uint8_t proto,
				uint32_t addr, uint16_t port)
{
	return mix(n->hdr->seed, addr, (uint64_t)proto << 16 | port) &
	       (n->hdr->n_mbuckets - 1);
}

static inline uint32_t sess_hash(const struct dp_nat *n, uint32_t map,
				 uint32_t raddr, uint16_t rport)
{
	return mix(n->hdr->seed, (uint64_t)map << 32 | raddr, rport) &
	       (n->hdr->n_sbuckets - 1);
}

/* ---- seqlock helpers ---------------------------------------------------- */

static inline void write_begin(_Atomic uint32_t *seq)
{
	atomic_store_explicit(seq, atomic_load_explicit(seq, memory_order_relaxed) + 1,
			      memory_order_relaxed);
	atomic_thread_fence(memory_order_release);
}

static inline void write_end(_Atomic uint32_t *seq)
{
	atomic_store_explicit(seq, atomic_load_explicit(seq, memory_order_relaxed) + 1,
			      memory_order_release);
}

/* Snapshot a map entry consistently (any worker). false if torn/dead. */
static bool map_read(const struct nat_map *m, struct nat_map *out)
{
	for (int tries = 0; tries < 4; tries++) {
		uint32_t s1 = atomic_load_explicit(&m->seq, memory_order_acquire);

		if (s1 & 1)
			continue;
		out->int_addr = m->int_addr;
		out->int_port = m->int_port;
		out->ext_port = m->ext_port;
		out->proto = m->proto;
		out->live = m->live;
		out->peer = m->peer;
		atomic_thread_fence(memory_order_acquire);
		if (atomic_load_explicit(&m->seq, memory_order_relaxed) == s1)
			return out->live;
	}
	return false;
}

static bool sess_matches(const struct nat_sess *s, uint32_t map, uint32_t raddr,
			 uint16_t rport)
{
	uint32_t s1 = atomic_load_explicit(&s->seq, memory_order_acquire);
	bool ok;

	if (s1 & 1)
		return false;
	ok = s->live && s->map == map && s->raddr == raddr && s->rport == rport;
	atomic_thread_fence(memory_order_acquire);
	return ok && atomic_load_explicit(&s->seq, memory_order_relaxed) == s1;
}

/* ---- timeouts ----------------------------------------------------------- */

static uint64_t sess_timeout(uint8_t proto, uint32_t st)
{
	if (proto == DP_IPPROTO_UDP)
		return DP_NAT_UDP_TIMEOUT_NS;
	if (proto == DP_IPPROTO_ICMP)
		return DP_NAT_ICMP_TIMEOUT_NS;
	if (st & ST_RST || (st & (ST_FIN_OUT | ST_FIN_IN)) == (ST_FIN_OUT | ST_FIN_IN))
		return DP_NAT_TCP_TRANS_TIMEOUT_NS;
	if ((st & (ST_SYN_OUT | ST_SYN_IN)) == (ST_SYN_OUT | ST_SYN_IN))
		return DP_NAT_TCP_EST_TIMEOUT_NS;
	return DP_NAT_TCP_TRANS_TIMEOUT_NS;
}

static bool sess_expired(const struct nat_sess *s, uint8_t proto, uint64_t now)
{
	uint64_t last = atomic_load_explicit(&s->last_ns, memory_order_relaxed);
	uint32_t st = atomic_load_explicit(&s->state, memory_order_relaxed);

	return now > last && now - last >= sess_timeout(proto, st);
}

/* ---- owner-side lookup, insert, delete --------------------------------- */

static uint32_t map_find(const struct dp_nat *n, uint32_t part, uint8_t proto,
			 uint32_t addr, uint16_t port)
{
	struct nat_map *m = maps(n, part);
	uint32_t i = atomic_load_explicit(&mbucket(n, part)[map_hash(n, proto, addr, port)],
					  memory_order_acquire);

	for (uint32_t steps = 0; i < n->hdr->n_maps && steps < n->hdr->n_maps; steps++) {
		if (m[i].live && m[i].proto == proto && m[i].int_addr == addr &&
		    m[i].int_port == port)
			return i;
		i = atomic_load_explicit(&m[i].next, memory_order_acquire);
	}
	return NONE;
}

static uint32_t sess_find(const struct dp_nat *n, uint32_t part, uint32_t map,
			  uint32_t raddr, uint16_t rport)
{
	struct nat_sess *s = sessions(n, part);
	uint32_t i = atomic_load_explicit(&sbucket(n, part)[sess_hash(n, map, raddr, rport)],
					  memory_order_acquire);

	for (uint32_t steps = 0; i < n->hdr->n_sess && steps < n->hdr->n_sess; steps++) {
		if (sess_matches(&s[i], map, raddr, rport))
			return i;
		i = atomic_load_explicit(&s[i].next, memory_order_acquire);
	}
	return NONE;
}

/* Unlink idx from a chain (owner only). */
static void chain_unlink(_Atomic uint32_t *head, _Atomic uint32_t *(*next_of)(void *, uint32_t),
			 void *tab, uint32_t idx, uint32_t limit)
{
	uint32_t cur = atomic_load_explicit(head, memory_order_relaxed);
	_Atomic uint32_t *link = head;

	for (uint32_t steps = 0; cur != NONE && steps < limit; steps++) {
		if (cur == idx) {
			atomic_store_explicit(link, atomic_load_explicit(next_of(tab, cur),
									 memory_order_relaxed),
					      memory_order_release);
			return;
		}
		link = next_of(tab, cur);
		cur = atomic_load_explicit(link, memory_order_relaxed);
	}
}

static _Atomic uint32_t *map_next(void *tab, uint32_t i)
{
	return &((struct nat_map *)tab)[i].next;
}

static _Atomic uint32_t *sess_next(void *tab, uint32_t i)
{
	return &((struct nat_sess *)tab)[i].next;
}

static void map_release(struct dp_nat *n, uint32_t part, uint32_t mi)
{
	struct part_hdr *ph = phdr(n, part);
	struct nat_map *m = &maps(n, part)[mi];
	int pi = proto_index(m->proto);

	if (--m->refs)
		return;
	chain_unlink(&mbucket(n, part)[map_hash(n, m->proto, m->int_addr, m->int_port)],
		     map_next, maps(n, part), mi, n->hdr->n_maps);
	if (pi >= 0)
		atomic_store_explicit(&portmap(n, part, (unsigned)pi)
					      [m->ext_port - part_port_lo(n->hdr, part)],
				      NONE, memory_order_release);
	write_begin(&m->seq);
	m->live = 0;
	write_end(&m->seq);
	atomic_store_explicit(&m->next, ph->map_free, memory_order_relaxed);
	ph->map_free = mi;
}

static void sess_delete(struct dp_nat *n, uint32_t part, uint32_t si)
{
	struct part_hdr *ph = phdr(n, part);
	struct nat_sess *s = &sessions(n, part)[si];

	chain_unlink(&sbucket(n, part)[sess_hash(n, s->map, s->raddr, s->rport)],
		     sess_next, sessions(n, part), si, n->hdr->n_sess);
	write_begin(&s->seq);
	s->live = 0;
	write_end(&s->seq);
	map_release(n, part, s->map);
	atomic_store_explicit(&s->next, ph->sess_free, memory_order_relaxed);
	ph->sess_free = si;
	atomic_fetch_sub_explicit(&ph->live_sess, 1, memory_order_relaxed);
}

static uint32_t port_alloc(struct dp_nat *n, uint32_t part, unsigned pi)
{
	struct part_hdr *ph = phdr(n, part);
	uint32_t np = part_ports(n->hdr, part);
	_Atomic uint32_t *pm = portmap(n, part, pi);

	for (uint32_t k = 0; k < np; k++) {
		uint32_t i = (ph->port_cursor[pi] + k) % np;

		if (atomic_load_explicit(&pm[i], memory_order_relaxed) == NONE) {
			ph->port_cursor[pi] = (i + 1) % np;
			return i;
		}
	}
	return NONE;
}

/* Find or create the mapping for an internal endpoint. */
static uint32_t map_get(struct dp_nat *n, uint32_t part, uint8_t proto,
			uint32_t addr, uint16_t port, uint32_t peer,
			enum tg_drop *why)
{
	struct part_hdr *ph = phdr(n, part);
	uint32_t mi = map_find(n, part, proto, addr, port);
	unsigned pi = (unsigned)proto_index(proto);
	uint32_t slot, h;
	struct nat_map *m;

	if (mi != NONE)
		return mi;
	if (ph->map_free == NONE) {
		*why = TG_DROP_nat_table_full;
		return NONE;
	}
	slot = port_alloc(n, part, pi);
	if (slot == NONE) {
		*why = TG_DROP_nat_port_exhausted;
		return NONE;
	}
	mi = ph->map_free;
	m = &maps(n, part)[mi];
	ph->map_free = atomic_load_explicit(&m->next, memory_order_relaxed);
	write_begin(&m->seq);
	m->int_addr = addr;
	m->int_port = port;
	m->ext_port = (uint16_t)(part_port_lo(n->hdr, part) + slot);
	m->proto = proto;
	m->live = 1;
	m->refs = 0;
	m->peer = peer;
	write_end(&m->seq);
	h = map_hash(n, proto, addr, port);
	atomic_store_explicit(&m->next, atomic_load_explicit(&mbucket(n, part)[h],
							     memory_order_relaxed),
			      memory_order_relaxed);
	atomic_store_explicit(&mbucket(n, part)[h], mi, memory_order_release);
	atomic_store_explicit(&portmap(n, part, pi)[slot], mi, memory_order_release);
	return mi;
}

static uint32_t sess_new(struct dp_nat *n, uint32_t part, uint32_t mi,
			 uint32_t raddr, uint16_t rport, uint64_t now,
			 enum tg_drop *why)
{
	struct part_hdr *ph = phdr(n, part);
	struct nat_sess *s;
	uint32_t si = ph->sess_free, h;

	if (si == NONE) {
		*why = TG_DROP_nat_table_full;
		return NONE;
	}
	s = &sessions(n, part)[si];
	ph->sess_free = atomic_load_explicit(&s->next, memory_order_relaxed);
	write_begin(&s->seq);
	s->map = mi;
	s->raddr = raddr;
	s->rport = rport;
	s->live = 1;
	atomic_store_explicit(&s->state, 0, memory_order_relaxed);
	atomic_store_explicit(&s->last_ns, now, memory_order_relaxed);
	write_end(&s->seq);
	maps(n, part)[mi].refs++;
	h = sess_hash(n, mi, raddr, rport);
	atomic_store_explicit(&s->next, atomic_load_explicit(&sbucket(n, part)[h],
							     memory_order_relaxed),
			      memory_order_relaxed);
	atomic_store_explicit(&sbucket(n, part)[h], si, memory_order_release);
	atomic_fetch_add_explicit(&ph->live_sess, 1, memory_order_relaxed);
	return si;
}

/*
 * Setup only (no worker runs): rebuild a partition's chains, port maps,
 * reference counts and free lists from the entries marked live, so that
 * an operation cut short by a crash leaves neither a torn entry nor a
 * broken chain behind.
 */
static void rebuild(struct dp_nat *n, uint32_t part)
{
	const struct dp_nat_area_hdr *h = n->hdr;
	struct part_hdr *ph = phdr(n, part);
	struct nat_map *m = maps(n, part);
	struct nat_sess *s = sessions(n, part);
	uint16_t plo = part_port_lo(h, part);
	uint32_t np = part_ports(h, part), live = 0;

	memset(mbucket(n, part), 0xff, 4 * (size_t)h->n_mbuckets);
	memset(sbucket(n, part), 0xff, 4 * (size_t)h->n_sbuckets);
	memset(portmap(n, part, 0), 0xff, 4 * (size_t)N_PROTO * h->max_ports);
	for (uint32_t i = 0; i < h->n_maps; i++) {
		int pi = proto_index(m[i].proto);
		uint32_t slot = (uint32_t)(m[i].ext_port - plo);

		m[i].seq &= ~1u;
		m[i].refs = 0;
		if (m[i].live && (pi < 0 || m[i].ext_port < plo || slot >= np ||
				  portmap(n, part, (unsigned)pi)[slot] != NONE))
			m[i].live = 0;
		if (m[i].live)
			portmap(n, part, (unsigned)pi)[slot] = i;
	}
	for (uint32_t i = 0; i < h->n_sess; i++) {
		s[i].seq &= ~1u;
		if (s[i].live && (s[i].map >= h->n_maps || !m[s[i].map].live))
			s[i].live = 0;
		if (s[i].live)
			m[s[i].map].refs++;
	}
	ph->map_free = ph->sess_free = NONE;
	for (uint32_t i = h->n_maps; i-- > 0;) {
		if (m[i].live && m[i].refs) {
			uint32_t b = map_hash(n, m[i].proto, m[i].int_addr, m[i].int_port);

			m[i].next = mbucket(n, part)[b];
			mbucket(n, part)[b] = i;
			continue;
		}
		if (m[i].live)
			portmap(n, part, (unsigned)proto_index(m[i].proto))[m[i].ext_port - plo] = NONE;
		m[i].live = 0;
		m[i].next = ph->map_free;
		ph->map_free = i;
	}
	for (uint32_t i = h->n_sess; i-- > 0;) {
		if (s[i].live) {
			uint32_t b = sess_hash(n, s[i].map, s[i].raddr, s[i].rport);

			s[i].next = sbucket(n, part)[b];
			sbucket(n, part)[b] = i;
			live++;
			continue;
		}
		s[i].next = ph->sess_free;
		ph->sess_free = i;
	}
	ph->live_sess = live;
	ph->sweep = 0;
	for (unsigned k = 0; k < N_PROTO; k++)
		ph->port_cursor[k] = 0;
}

uint32_t dp_nat_sweep(struct dp_nat *nat, uint32_t part, uint64_t now_ns,
		      uint32_t budget)
{
	struct part_hdr *ph = phdr(nat, part);
	struct nat_sess *s = sessions(nat, part);
	uint32_t n = nat->hdr->n_sess, freed = 0;

	for (uint32_t k = 0; k < budget && k < n; k++) {
		uint32_t i = ph->sweep;

		ph->sweep = (i + 1) % n;
		if (s[i].live &&
		    sess_expired(&s[i], maps(nat, part)[s[i].map].proto, now_ns)) {
			sess_delete(nat, part, i);
			freed++;
		}
	}
	return freed;
}

/* ---- packet rewriting --------------------------------------------------- */

struct flow {
	uint8_t proto;
	uint16_t sport, dport; /* host order; ICMP echo: id in both */
	uint8_t *l4;
	unsigned l4len;
};

/* Parse the L4 ports of a validated IPv4 packet. ICMP: echo id. */
static int flow_parse(uint8_t *ip, uint16_t len, struct flow *f)
{
	unsigned hl = dp_ip4_hlen(ip);

	f->proto = ip[DP_IP4_PROTO];
	f->l4 = ip + hl;
	f->l4len = len - hl;
	switch (f->proto) {
	case DP_IPPROTO_TCP:
		if (f->l4len < DP_TCP_HLEN)
			return -1;
		break;
	case DP_IPPROTO_UDP:
		if (f->l4len < DP_UDP_HLEN)
			return -1;
		break;
	case DP_IPPROTO_ICMP:
		if (f->l4len < DP_ICMP_HLEN)
			return -1;
		f->sport = f->dport = dp_be16(f->l4 + DP_ICMP_ID);
		return 0;
	default:
		return -1;
	}
	f->sport = dp_be16(f->l4 + DP_L4_SPORT);
	f->dport = dp_be16(f->l4 + DP_L4_DPORT);
	return 0;
}

/* Rewrite the address at ip+addr_off and the port/id of an L4 header
 * (`is_src` picks source or destination), with checksum updates. `l4len`
 * may be short (a quoted header inside an ICMP error): fields beyond it
 * are left alone. */
static void rewrite(uint8_t *ip, unsigned addr_off, uint8_t proto, uint8_t *l4,
		    unsigned l4len, bool is_src, uint32_t new_addr, uint16_t new_port)
{
	uint8_t old[4];
	uint8_t *a = ip + addr_off;
	unsigned poff = is_src ? DP_L4_SPORT : DP_L4_DPORT;

	memcpy(old, a, 4);
	dp_put_raw32(a, new_addr);
	dp_csum_update32(ip + DP_IP4_CSUM, old, a);
	if (proto == DP_IPPROTO_ICMP) {
		uint16_t oid = dp_be16(l4 + DP_ICMP_ID);

		dp_put_be16(l4 + DP_ICMP_ID, new_port);
		if (l4len >= DP_ICMP_HLEN)
			dp_csum_update16(l4 + DP_ICMP_CSUM, oid, new_port);
		return;
	}
	uint16_t op = dp_be16(l4 + poff);

	dp_put_be16(l4 + poff, new_port);
	if (proto == DP_IPPROTO_UDP && l4len >= DP_UDP_HLEN) {
		dp_csum_update32_udp(l4 + DP_UDP_CSUM, old, a);
		dp_csum_update16_udp(l4 + DP_UDP_CSUM, op, new_port);
	} else if (proto == DP_IPPROTO_TCP && l4len >= DP_TCP_CSUM + 2) {
		dp_csum_update32(l4 + DP_TCP_CSUM, old, a);
		dp_csum_update16(l4 + DP_TCP_CSUM, op, new_port);
	}
}

static bool is_icmp_error(uint8_t type)
{
	return type == DP_ICMP_DEST_UNREACH || type == DP_ICMP_TIME_EXCEEDED ||
	       type == DP_ICMP_PARAM_PROBLEM;
}

/* The quoted packet of an ICMP error: enough of its IPv4 header and the
 * first 8 L4 bytes. */
static int quoted_parse(uint8_t *ip, uint16_t len, uint8_t **qip, struct flow *f)
{
	unsigned hl = dp_ip4_hlen(ip);
	uint8_t *q = ip + hl + DP_ICMP_HLEN;
	unsigned qlen = len - hl - DP_ICMP_HLEN, qhl;

	if (len < hl + DP_ICMP_HLEN + DP_IP4_HLEN)
		return -1;
	qhl = dp_ip4_hlen(q);
	if ((q[0] >> 4) != 4 || qhl < DP_IP4_HLEN || qlen < qhl + 8 ||
	    (dp_be16(q + DP_IP4_FRAG) & DP_IP4_OFFMASK))
		return -1;
	f->proto = q[DP_IP4_PROTO];
	f->l4 = q + qhl;
	f->l4len = qlen - qhl;
	if (f->proto == DP_IPPROTO_ICMP) {
		if (f->l4[DP_ICMP_TYPE] != DP_ICMP_ECHO_REQUEST &&
		    f->l4[DP_ICMP_TYPE] != DP_ICMP_ECHO_REPLY)
			return -1;
		f->sport = f->dport = dp_be16(f->l4 + DP_ICMP_ID);
	} else if (f->proto == DP_IPPROTO_TCP || f->proto == DP_IPPROTO_UDP) {
		f->sport = dp_be16(f->l4 + DP_L4_SPORT);
		f->dport = dp_be16(f->l4 + DP_L4_DPORT);
	} else {
		return -1;
	}
	*qip = q;
	return 0;
}

static void icmp_recompute(uint8_t *ip, uint16_t len)
{
	unsigned hl = dp_ip4_hlen(ip);
	uint8_t *icmp = ip + hl;

	dp_put_be16(icmp + DP_ICMP_CSUM, 0);
	dp_put_be16(icmp + DP_ICMP_CSUM, dp_csum(icmp, len - hl));
}

static void tcp_track(struct nat_sess *s, const struct flow *f, bool outbound)
{
	uint8_t fl = f->l4[DP_TCP_FLAGS];
	uint32_t bits = 0;

	if (fl & DP_TCP_F_SYN)
		bits |= outbound ? ST_SYN_OUT : ST_SYN_IN;
	if (fl & DP_TCP_F_FIN)
		bits |= outbound ? ST_FIN_OUT : ST_FIN_IN;
	if (fl & DP_TCP_F_RST)
		bits |= ST_RST;
	if (bits && (atomic_load_explicit(&s->state, memory_order_relaxed) & bits) != bits)
		atomic_fetch_or_explicit(&s->state, bits, memory_order_relaxed);
}

/* Outbound ICMP error from a peer about an inbound packet it received
 * (quoted: remote -> internal). Rewrite to come from the egress address. */
static int out_icmp_error(struct dp_nat *n, uint32_t part, uint8_t *ip,
			  uint16_t len, uint32_t egress, uint64_t now,
			  enum tg_drop *why)
{
	uint8_t *q;
	struct flow f;
	uint32_t mi, si;

	if (quoted_parse(ip, len, &q, &f) < 0) {
		*why = TG_DROP_icmp_unsupported;
		return -1;
	}
	/* quoted dst is the internal endpoint, quoted src the remote */
	mi = map_find(n, part, f.proto, dp_raw32(q + DP_IP4_DST),
		      f.proto == DP_IPPROTO_ICMP ? f.sport : f.dport);
	si = mi == NONE ? NONE :
	     sess_find(n, part, mi, dp_raw32(q + DP_IP4_SRC),
		       f.proto == DP_IPPROTO_ICMP ? 0 : f.sport);
	if (si == NONE || sess_expired(&sessions(n, part)[si], f.proto, now)) {
		*why = TG_DROP_nat_no_session;
		return -1;
	}
	struct nat_map *m = &maps(n, part)[mi];

	rewrite(q, DP_IP4_DST, f.proto, f.l4, f.l4len, f.proto == DP_IPPROTO_ICMP,
		egress, m->ext_port);
	uint8_t old[4];

	memcpy(old, ip + DP_IP4_SRC, 4);
	dp_put_raw32(ip + DP_IP4_SRC, egress);
	dp_csum_update32(ip + DP_IP4_CSUM, old, ip + DP_IP4_SRC);
	icmp_recompute(ip, len);
	return 0;
}

int dp_nat_out(struct dp_nat *nat, uint32_t part, uint8_t *ip, uint16_t len,
	       uint32_t egress_addr, uint32_t peer, uint64_t now_ns,
	       enum tg_drop *why, enum tg_path *path)
{
	struct flow f;
	uint32_t src = dp_raw32(ip + DP_IP4_SRC), raddr = dp_raw32(ip + DP_IP4_DST);
	uint32_t mi, si;
	uint16_t rport;

	*path = TG_PATH__COUNT;
	if (flow_parse(ip, len, &f) < 0) {
		*why = proto_index(ip[DP_IP4_PROTO]) < 0 ? TG_DROP_nat_unsupported_proto
							  : TG_DROP_inner_bad_packet;
		return -1;
	}
	if (f.proto == DP_IPPROTO_ICMP) {
		uint8_t t = f.l4[DP_ICMP_TYPE];

		if (is_icmp_error(t))
			return out_icmp_error(nat, part, ip, len, egress_addr, now_ns, why);
		if (t != DP_ICMP_ECHO_REQUEST) {
			*why = TG_DROP_icmp_unsupported;
			return -1;
		}
		rport = 0;
	} else {
		rport = f.dport;
	}
	mi = map_get(nat, part, f.proto, src, f.sport, peer, why);
	if (mi == NONE)
		return -1;
	si = sess_find(nat, part, mi, raddr, rport);
	if (si != NONE && sess_expired(&sessions(nat, part)[si], f.proto, now_ns)) {
		maps(nat, part)[mi].refs++; /* keep the mapping (EIM) */
		sess_delete(nat, part, si);
		maps(nat, part)[mi].refs--;
		nat->lazy_expired++;
		si = NONE;
	}
	if (si == NONE) {
		si = sess_new(nat, part, mi, raddr, rport, now_ns, why);
		if (si == NONE) {
			if (maps(nat, part)[mi].refs == 0) {
				maps(nat, part)[mi].refs = 1;
				map_release(nat, part, mi);
			}
			return -1;
		}
		*path = TG_PATH_nat_new;
	}
	struct nat_sess *s = &sessions(nat, part)[si];

	atomic_store_explicit(&s->last_ns, now_ns, memory_order_relaxed);
	if (f.proto == DP_IPPROTO_TCP)
		tcp_track(s, &f, true);
	rewrite(ip, DP_IP4_SRC, f.proto, f.l4, f.l4len, true, egress_addr,
		maps(nat, part)[mi].ext_port);
	return 0;
}

/* Find the live session for (proto, external port, remote) in whichever
 * partition owns the port; copies the mapping out. */
static struct nat_sess *in_lookup(struct dp_nat *n, uint8_t proto, uint16_t ext,
				  uint32_t raddr, uint16_t rport, uint64_t now,
				  struct nat_map *mout)
{
	uint32_t part = port_owner(n->hdr, ext), mi, si;
	int pi = proto_index(proto);

	if (part == NONE || pi < 0)
		return NULL;
	mi = atomic_load_explicit(&portmap(n, part, (unsigned)pi)
					  [ext - part_port_lo(n->hdr, part)],
				  memory_order_acquire);
	if (mi >= n->hdr->n_maps || !map_read(&maps(n, part)[mi], mout) ||
	    mout->proto != proto || mout->ext_port != ext)
		return NULL;
	si = sess_find(n, part, mi, raddr, rport);
	if (si == NONE || sess_expired(&sessions(n, part)[si], proto, now))
		return NULL;
	return &sessions(n, part)[si];
}

static int in_icmp_error(struct dp_nat *n, uint8_t *ip, uint16_t len,
			 uint64_t now, enum tg_drop *why, uint32_t *peer)
{
	uint8_t *q;
	struct flow f;
	struct nat_map m;

	if (quoted_parse(ip, len, &q, &f) < 0) {
		*why = TG_DROP_icmp_unsupported;
		return -1;
	}
	/* quoted: egress:ext -> remote:rport, as we sent it */
	if (!in_lookup(n, f.proto, f.sport, dp_raw32(q + DP_IP4_DST),
		       f.proto == DP_IPPROTO_ICMP ? 0 : f.dport, now, &m) ||
	    dp_raw32(q + DP_IP4_SRC) != dp_raw32(ip + DP_IP4_DST)) {
		*why = TG_DROP_nat_no_session;
		return -1;
	}
	rewrite(q, DP_IP4_SRC, f.proto, f.l4, f.l4len, true, m.int_addr, m.int_port);
	*peer = m.peer;
	uint8_t old[4];

	memcpy(old, ip + DP_IP4_DST, 4);
	dp_put_raw32(ip + DP_IP4_DST, m.int_addr);
	dp_csum_update32(ip + DP_IP4_CSUM, old, ip + DP_IP4_DST);
	icmp_recompute(ip, len);
	return 0;
}

int dp_nat_in(struct dp_nat *nat, uint8_t *ip, uint16_t len,
	      uint32_t egress_addr, uint64_t now_ns, enum tg_drop *why,
	      bool *is_err, uint32_t *peer)
{
	struct flow f;
	struct nat_map m;
	struct nat_sess *s;

	*is_err = false;
	(void)egress_addr;
	if (flow_parse(ip, len, &f) < 0) {
		*why = proto_index(ip[DP_IP4_PROTO]) < 0 ? TG_DROP_nat_unsupported_proto
							  : TG_DROP_rx_short;
		return -1;
	}
	if (f.proto == DP_IPPROTO_ICMP) {
		uint8_t t = f.l4[DP_ICMP_TYPE];

		if (is_icmp_error(t)) {
			*is_err = true;
			return in_icmp_error(nat, ip, len, now_ns, why, peer);
		}
		if (t != DP_ICMP_ECHO_REPLY) {
			*why = TG_DROP_icmp_unsupported;
			return -1;
		}
	}
	s = in_lookup(nat, f.proto, f.dport, dp_raw32(ip + DP_IP4_SRC),
		      f.proto == DP_IPPROTO_ICMP ? 0 : f.sport, now_ns, &m);
	if (!s) {
		*why = TG_DROP_nat_no_session;
		return -1;
	}
	atomic_store_explicit(&s->last_ns, now_ns, memory_order_relaxed);
	if (f.proto == DP_IPPROTO_TCP)
		tcp_track(s, &f, false);
	rewrite(ip, DP_IP4_DST, f.proto, f.l4, f.l4len, false, m.int_addr, m.int_port);
	*peer = m.peer;
	return 0;
}
