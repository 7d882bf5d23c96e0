/*
 * Allowed-IPs longest-prefix match for IPv4 and IPv6 (whitepaper §2
 * "cryptokey routing"): the dp maps a destination to the peer that gets it
 * and checks a decrypted packet's source against the sender's prefixes.
 *
 * Structure: per family, one open-addressing hash keyed by (prefix length,
 * masked prefix), plus the list of prefix lengths present, longest first.
 * A lookup probes one hash per present length and stops at the first hit.
 * Why this and not a trie: an exit node's table is dominated by /32 and
 * /128 host routes of tailnet peers (plus a few subnet routes), so the list
 * of present lengths is short (typically 1-3) and a lookup is 1-3 probes of
 * ~1.5 cache lines each, independent of the number of peers; memory is
 * linear (12 B per IPv4 slot, 24 B per IPv6 slot, load <= 50%), so 100k
 * prefixes cost ~2.4 MB per family per copy, where a DIR-24-8 array would
 * cost 32+ MB and a pointer trie would need node allocation in shared
 * memory. Worst case (all 33/129 lengths present) stays bounded.
 *
 * Concurrency (region.h): A/B copies. The active copy is immutable. The cp
 * table-writer thread keeps a private staged set (r->wpriv); tg_aip_commit
 * makes sure no reader is left on the inactive copy (synchronize), rebuilds
 * it from the staged set, flips hdr->aip_active with a release store and
 * synchronizes again so the next commit may reuse the old copy. The commit
 * brings the inactive copy up to date by re-deriving, from the staged set,
 * only the keys changed since that copy was last current (a short list
 * per copy and family: one peer's delta costs a few probes, not a rebuild);
 * when the list overflowed, the copy's state is unknown (first commit, a
 * reload) or it is simply shorter, the copy is rebuilt whole. A cp restart
 * reloads the staged set from the active copy on first use. Readers (dp
 * workers) are lock-free.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "region.h"
#include "region_priv.h"

/* ---- shared helpers ---------------------------------------------------------- */

static inline uint64_t fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdull;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ull;
	k ^= k >> 33;
	return k;
}

static inline uint64_t hash4(uint32_t key, uint8_t cidr)
{
	return fmix64((uint64_t)key << 8 | cidr);
}

static inline uint64_t hash6(uint64_t hi, uint64_t lo, uint8_t cidr)
{
	return fmix64(hi ^ fmix64(lo ^ cidr));
}

static inline uint32_t mask32(unsigned n)
{
	return n ? ~0u << (32 - n) : 0;
}

static inline uint64_t mask64(unsigned n)
{
	return n ? ~0ull << (64 - n) : 0;
}

static void canon6(uint64_t *hi, uint64_t *lo, unsigned cidr)
{
	if (cidr <= 64) {
		*hi &= mask64(cidr);
		*lo = 0;
	} else {
		*lo &= mask64(cidr - 64);
	}
}

static inline uint32_t load_be32(const uint8_t *a)
{
	return (uint32_t)a[0] << 24 | (uint32_t)a[1] << 16 | (uint32_t)a[2] << 8 | a[3];
}

static inline uint64_t load_be64(const uint8_t *a)
{
	return (uint64_t)load_be32(a) << 32 | load_be32(a + 4);
}

static inline uint64_t round64(uint64_t v)
{
	return (v + 63) & ~63ull;
}

uint64_t tg_aip_copy_bytes(uint64_t slots, uint64_t *v4_bytes)
{
	*v4_bytes = sizeof(struct tg_aip_tab) + round64(slots * sizeof(struct tg_aip_ent4));
	return *v4_bytes + sizeof(struct tg_aip_tab) +
	       round64(slots * sizeof(struct tg_aip_ent6));
}

static inline struct tg_aip_tab *tab_of(uint8_t *copy, uint64_t v4_bytes, int v6)
{
	return (struct tg_aip_tab *)(copy + (v6 ? v4_bytes : 0));
}

void tg_aip_init_copy(uint8_t *copy, uint64_t slots, uint64_t v4_bytes)
{
	for (int v6 = 0; v6 < 2; v6++) {
		struct tg_aip_tab *t = tab_of(copy, v4_bytes, v6);

		t->slots = (uint32_t)slots;
		t->family = v6 ? 6 : 4;
	}
}

int tg_aip_validate_copy(const uint8_t *copy, uint64_t slots, uint64_t v4_bytes)
{
	for (int v6 = 0; v6 < 2; v6++) {
		const struct tg_aip_tab *t = tab_of((uint8_t *)copy, v4_bytes, v6);
		unsigned maxlen = v6 ? 128 : 32;

		if (t->slots != slots || t->family != (v6 ? 6u : 4u) ||
		    t->count > slots / 2 || t->n_lens > maxlen + 1)
			return -EPROTO;
		for (uint32_t i = 0; i < t->n_lens; i++)
			if (t->lens[i] > maxlen)
				return -EPROTO;
	}
	return 0;
}

/* ---- dp reader -------------------------------------------------------------------- */

static inline uint8_t *active_copy(const struct tg_region *r)
{
	uint32_t a = atomic_load_explicit(&r->hdr->aip_active, memory_order_acquire);

	return r->base + r->geom.off_aip + (uint64_t)(a & 1) * r->geom.aip_bytes;
}


uint32_t tg_aip_lookup4(const struct tg_region *r, const uint8_t addr[4])
{
	const struct tg_aip_tab *t = (const struct tg_aip_tab *)active_copy(r);
	const struct tg_aip_ent4 *ents = (const struct tg_aip_ent4 *)(t + 1);
	uint64_t slots = r->geom.aip_slots, mask = slots - 1;
	uint32_t a = load_be32(addr);
	uint32_t nl = t->n_lens < 33 ? t->n_lens : 33;

	for (uint32_t i = 0; i < nl; i++) {
		uint8_t len = t->lens[i];
		uint32_t key = a & mask32(len > 32 ? 32 : len);
		uint64_t pos = hash4(key, len);

		for (uint64_t j = 0; j < slots; j++, pos++) {
			const struct tg_aip_ent4 *e = &ents[pos & mask];

			if (!e->used)
				break;
			if (e->cidr == len && e->addr == key)
				return e->peer;
		}
	}
	return TG_NONE;
}

uint32_t tg_aip_lookup6(const struct tg_region *r, const uint8_t addr[16])
{
	const struct tg_aip_tab *t =
		(const struct tg_aip_tab *)(active_copy(r) + r->geom.aip4_bytes);
	const struct tg_aip_ent6 *ents = (const struct tg_aip_ent6 *)(t + 1);
	uint64_t hi0 = load_be64(addr), lo0 = load_be64(addr + 8);
	uint64_t slots = r->geom.aip_slots, mask = slots - 1;
	uint32_t nl = t->n_lens < 129 ? t->n_lens : 129;

	for (uint32_t i = 0; i < nl; i++) {
		uint8_t len = t->lens[i] > 128 ? 128 : t->lens[i];
		uint64_t hi = hi0, lo = lo0, pos;

		canon6(&hi, &lo, len);
		pos = hash6(hi, lo, len);
		for (uint64_t j = 0; j < slots; j++, pos++) {
			const struct tg_aip_ent6 *e = &ents[pos & mask];

			if (!e->used)
				break;
			if (e->cidr == len && e->hi == hi && e->lo == lo)
				return e->peer;
		}
	}
	return TG_NONE;
}

/* ---- cp writer: staged sets ----------------------------------------------------------- */

struct sent {
	uint64_t hi, lo; /* IPv4: lo holds the address */
	uint32_t peer;
	uint8_t cidr;
	uint8_t state;   /* 0 empty, 1 live, 2 tombstone */
};

struct sfam {
	struct sent *e;
	uint64_t cap, count, tombs;
};

struct staged {
	struct sfam f[2]; /* [0] IPv4, [1] IPv6 */
	/* Staged prefixes per peer slot (max_peers entries): lets
	 * remove_peer / peer_prefixes skip the whole-table scan for a peer
	 * that holds none. */
	uint32_t *peer_n;
	uint32_t max_peers;
	/* Staged prefixes per length, per family (the tables' lens[]). */
	uint32_t len_n[2][129];
	/* Keys changed since each region copy was last current, per family;
	 * `overflow`: too many, or unknown (the copy gets rebuilt). */
	struct pend {
		struct sent *k;
		size_t n, cap;
		bool overflow;
	} pend[2][2]; /* [copy][v6] */
	bool is_dirty;
	/* Change counters per family, and the counter each region copy was
	 * built from (0 = unknown): a commit skips a family whose inactive
	 * copy is already current. */
	uint64_t version[2], built[2][2];
};

static uint64_t skey_hash(const struct sent *k, int v6)
{
	return v6 ? hash6(k->hi, k->lo, k->cidr) : hash4((uint32_t)k->lo, k->cidr);
}

/* Slot of key k, or of the insertion point (first tombstone/empty). */
static struct sent *sfind(struct sfam *f, const struct sent *k, int v6, bool *found)
{
	uint64_t pos = skey_hash(k, v6), mask = f->cap - 1;
	struct sent *tomb = NULL;

	for (uint64_t i = 0; i < f->cap; i++, pos++) {
		struct sent *e = &f->e[pos & mask];

		if (e->state == 0) {
			*found = false;
			return tomb ? tomb : e;
		}
		if (e->state == 2) {
			if (!tomb)
				tomb = e;
		} else if (e->cidr == k->cidr && e->hi == k->hi && e->lo == k->lo) {
			*found = true;
			return e;
		}
	}
	*found = false;
	return tomb;
}

static void sfam_clear(struct sfam *f)
{
	memset(f->e, 0, f->cap * sizeof(*f->e));
	f->count = f->tombs = 0;
}

static void sput(struct sfam *f, const struct sent *k, int v6)
{
	bool found;
	struct sent *e = sfind(f, k, v6, &found);

	if (!found) {
		if (e->state == 2)
			f->tombs--;
		f->count++;
	}
	*e = *k;
	e->state = 1;
}

/* Remember that key k changed, for both copies. */
static void touch(struct staged *s, uint64_t slots, int v6, const struct sent *k)
{
	for (int c = 0; c < 2; c++) {
		struct pend *p = &s->pend[c][v6];

		if (p->overflow)
			continue;
		if (p->n == p->cap) {
			size_t cap = p->cap ? p->cap * 2 : 16;
			struct sent *nk = cap <= (slots / 8 > 16 ? slots / 8 : 16) ?
						  realloc(p->k, cap * sizeof(*nk)) : NULL;

			if (!nk) {
				p->overflow = true; /* a rebuild is cheaper now */
				continue;
			}
			p->k = nk;
			p->cap = cap;
		}
		p->k[p->n++] = *k;
	}
}

static void pend_all_unknown(struct staged *s)
{
	for (int c = 0; c < 2; c++)
		for (int v6 = 0; v6 < 2; v6++)
			s->pend[c][v6].overflow = true;
}

/* Drop tombstones once they crowd the table (writer-private, no readers). */
static int srehash(struct sfam *f, int v6)
{
	struct sfam n = { .cap = f->cap };

	n.e = calloc(n.cap, sizeof(*n.e));
	if (!n.e)
		return -ENOMEM;
	for (uint64_t i = 0; i < f->cap; i++)
		if (f->e[i].state == 1)
			sput(&n, &f->e[i], v6);
	free(f->e);
	*f = n;
	return 0;
}

static struct tg_aip_tab *region_tab(const struct tg_region *r, uint32_t copy, int v6)
{
	uint8_t *c = r->base + r->geom.off_aip + (uint64_t)copy * r->geom.aip_bytes;

	return (struct tg_aip_tab *)(c + (v6 ? r->geom.aip4_bytes : 0));
}

/* Reload the staged sets from the active copy (cp start, or ENOSPC revert). */
static void sload(struct tg_region *r, struct staged *s)
{
	uint32_t a = atomic_load_explicit(&r->hdr->aip_active, memory_order_acquire) & 1;

	memset(s->peer_n, 0, sizeof(*s->peer_n) * s->max_peers);
	memset(s->len_n, 0, sizeof(s->len_n));
	pend_all_unknown(s);
	for (int v6 = 0; v6 < 2; v6++) {
		struct tg_aip_tab *t = region_tab(r, a, v6);
		struct sfam *f = &s->f[v6];

		sfam_clear(f);
		s->version[v6]++;
		for (uint64_t i = 0; i < r->geom.aip_slots; i++) {
			struct sent k = { 0 };

			if (v6) {
				const struct tg_aip_ent6 *e = (const struct tg_aip_ent6 *)(t + 1) + i;

				if (!e->used)
					continue;
				k = (struct sent){ e->hi, e->lo, e->peer, e->cidr, 1 };
			} else {
				const struct tg_aip_ent4 *e = (const struct tg_aip_ent4 *)(t + 1) + i;

				if (!e->used)
					continue;
				k = (struct sent){ 0, e->addr, e->peer, e->cidr, 1 };
			}
			if (k.peer >= s->max_peers)
				continue; /* validated at attach; never from our writer */
			sput(f, &k, v6);
			s->peer_n[k.peer]++;
			s->len_n[v6][k.cidr]++;
		}
	}
	s->is_dirty = false;
}

static struct staged *staged_get(struct tg_region *r)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	struct staged *s;
	uint64_t cap;

	if (!w)
		return NULL;
	if (w->aip_staged)
		return w->aip_staged;
	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	cap = r->geom.aip_slots;
	s->max_peers = r->geom.sizes.max_peers;
	s->peer_n = calloc(s->max_peers ? s->max_peers : 1, sizeof(*s->peer_n));
	if (!s->peer_n) {
		free(s);
		return NULL;
	}
	for (int v6 = 0; v6 < 2; v6++) {
		s->f[v6].cap = cap;
		s->f[v6].e = calloc(cap, sizeof(struct sent));
		if (!s->f[v6].e) {
			tg_aip_wpriv_free(s);
			return NULL;
		}
	}
	sload(r, s);
	w->aip_staged = s;
	return s;
}

void tg_aip_wpriv_free(void *p)
{
	struct staged *s = p;

	if (!s)
		return;
	free(s->f[0].e);
	free(s->f[1].e);
	free(s->peer_n);
	for (int c = 0; c < 2; c++)
		for (int v6 = 0; v6 < 2; v6++)
			free(s->pend[c][v6].k);
	free(s);
}

/* Canonical key from (family, addr, cidr); -EINVAL on a bad family/cidr. */
static int mkkey(int family, const uint8_t *addr, uint8_t cidr, struct sent *k, int *v6)
{
	memset(k, 0, sizeof(*k));
	if (!addr)
		return -EINVAL;
	if (family == 4 && cidr <= 32) {
		*v6 = 0;
		k->lo = load_be32(addr) & mask32(cidr);
	} else if (family == 6 && cidr <= 128) {
		*v6 = 1;
		k->hi = load_be64(addr);
		k->lo = load_be64(addr + 8);
		canon6(&k->hi, &k->lo, cidr);
	} else {
		return -EINVAL;
	}
	k->cidr = cidr;
	return 0;
}

int tg_aip_insert(struct tg_region *r, int family, const uint8_t *addr,
		  uint8_t cidr, uint32_t peer)
{
	struct staged *s = staged_get(r);
	struct sent k, *e;
	struct sfam *f;
	bool found;
	int v6, rc;

	if (!s)
		return -ENOMEM;
	if ((rc = mkkey(family, addr, cidr, &k, &v6)) || peer >= r->geom.sizes.max_peers)
		return rc ? rc : -EINVAL;
	k.peer = peer;
	f = &s->f[v6];
	e = sfind(f, &k, v6, &found);
	if (!found && f->count >= r->geom.sizes.max_allowed_ips) {
		sload(r, s); /* the whole uncommitted change is dropped */
		return -ENOSPC;
	}
	if (found)
		s->peer_n[e->peer]--;
	else
		s->len_n[v6][k.cidr]++;
	s->peer_n[peer]++;
	sput(f, &k, v6);
	touch(s, r->geom.aip_slots, v6, &k);
	s->is_dirty = true;
	s->version[v6]++;
	return 0;
}

static void sdel(struct sfam *f, struct sent *e, int v6)
{
	e->state = 2;
	f->count--;
	f->tombs++;
	if (f->tombs > f->cap / 4)
		srehash(f, v6); /* on ENOMEM the tombstones just stay */
}

int tg_aip_remove(struct tg_region *r, int family, const uint8_t *addr,
		  uint8_t cidr)
{
	struct staged *s = staged_get(r);
	struct sent k, *e;
	bool found;
	int v6, rc;

	if (!s)
		return -ENOMEM;
	if ((rc = mkkey(family, addr, cidr, &k, &v6)))
		return rc;
	e = sfind(&s->f[v6], &k, v6, &found);
	if (!found)
		return -ENOENT;
	s->peer_n[e->peer]--;
	s->len_n[v6][e->cidr]--;
	touch(s, r->geom.aip_slots, v6, e);
	sdel(&s->f[v6], e, v6);
	s->is_dirty = true;
	s->version[v6]++;
	return 0;
}

int tg_aip_remove_peer(struct tg_region *r, uint32_t peer)
{
	struct staged *s = staged_get(r);

	if (!s)
		return -ENOMEM;
	if (peer >= s->max_peers || !s->peer_n[peer])
		return 0;
	for (int v6 = 0; v6 < 2; v6++) {
		struct sfam *f = &s->f[v6];

		for (uint64_t i = 0; i < f->cap; i++) {
			if (f->e[i].state != 1 || f->e[i].peer != peer)
				continue;
			s->peer_n[peer]--;
			s->len_n[v6][f->e[i].cidr]--;
			touch(s, r->geom.aip_slots, v6, &f->e[i]);
			f->e[i].state = 2;
			f->count--;
			f->tombs++;
			s->is_dirty = true;
			s->version[v6]++;
		}
		if (f->tombs > f->cap / 4)
			srehash(f, v6);
	}
	return 0;
}

uint32_t tg_aip_owner(struct tg_region *r, int family, const uint8_t *addr, uint8_t cidr)
{
	struct staged *s = staged_get(r);
	struct sent k, *e;
	bool found;
	int v6;

	if (!s || mkkey(family, addr, cidr, &k, &v6))
		return TG_NONE;
	e = sfind(&s->f[v6], &k, v6, &found);
	return found ? e->peer : TG_NONE;
}

int64_t tg_aip_room(struct tg_region *r, int family)
{
	struct staged *s = staged_get(r);

	if (!s)
		return -ENOMEM;
	if (family != 4 && family != 6)
		return -EINVAL;
	return (int64_t)r->geom.sizes.max_allowed_ips - (int64_t)s->f[family == 6].count;
}

bool tg_aip_pending(struct tg_region *r)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	const struct staged *s = w ? w->aip_staged : NULL;

	return s && s->is_dirty;
}

int tg_aip_peer_prefixes(struct tg_region *r, uint32_t peer,
			 struct tg_aip_prefix *out, uint32_t max)
{
	struct staged *s = staged_get(r);
	uint32_t n = 0;

	if (!s)
		return -ENOMEM;
	if (peer >= s->max_peers || !s->peer_n[peer])
		return 0;
	for (int v6 = 0; v6 < 2; v6++) {
		const struct sfam *f = &s->f[v6];

		for (uint64_t i = 0; i < f->cap; i++) {
			const struct sent *e = &f->e[i];

			if (e->state != 1 || e->peer != peer)
				continue;
			if (n == max)
				return -ENOSPC;
			memset(&out[n], 0, sizeof(out[n]));
			out[n].family = v6 ? 6 : 4;
			out[n].cidr = e->cidr;
			for (int b = 0; b < 8; b++) {
				if (v6) {
					out[n].addr[b] = (uint8_t)(e->hi >> (56 - 8 * b));
					out[n].addr[8 + b] = (uint8_t)(e->lo >> (56 - 8 * b));
				} else if (b < 4) {
					out[n].addr[b] = (uint8_t)(e->lo >> (24 - 8 * b));
				}
			}
			n++;
		}
	}
	return (int)n;
}

/* ---- cp writer: commit ----------------------------------------------------------------- */

static void build_tab(struct tg_aip_tab *t, uint64_t slots, const struct sfam *f, int v6)
{
	uint64_t mask = slots - 1;
	uint8_t present[129] = { 0 };
	unsigned maxlen = v6 ? 128 : 32;

	memset(t + 1, 0, slots * (v6 ? sizeof(struct tg_aip_ent6) : sizeof(struct tg_aip_ent4)));
	t->count = 0;
	for (uint64_t i = 0; i < f->cap; i++) {
		const struct sent *k = &f->e[i];
		uint64_t pos = skey_hash(k, v6);

		if (k->state != 1)
			continue;
		present[k->cidr] = 1;
		t->count++;
		if (v6) {
			struct tg_aip_ent6 *e = (struct tg_aip_ent6 *)(t + 1);

			while (e[pos & mask].used)
				pos++;
			e[pos & mask] = (struct tg_aip_ent6){ k->hi, k->lo, k->peer, k->cidr, 1, 0 };
		} else {
			struct tg_aip_ent4 *e = (struct tg_aip_ent4 *)(t + 1);

			while (e[pos & mask].used)
				pos++;
			e[pos & mask] = (struct tg_aip_ent4){ (uint32_t)k->lo, k->peer, k->cidr, 1, 0 };
		}
	}
	t->n_lens = 0;
	for (int len = (int)maxlen; len >= 0; len--)
		if (present[len])
			t->lens[t->n_lens++] = (uint8_t)len;
}

static void set_lens(struct tg_aip_tab *t, const uint32_t *len_n, unsigned maxlen,
		     uint32_t count)
{
	t->count = count;
	t->n_lens = 0;
	for (int len = (int)maxlen; len >= 0; len--)
		if (len_n[len])
			t->lens[t->n_lens++] = (uint8_t)len;
}

/* Make key k's slot in a copy's table say what the staged set says:
 * update, insert at the end of its probe chain, or delete with a backward
 * shift (lookups stop at the first empty slot, so no tombstones). The
 * copy has no readers (synchronized). */
static void tab_apply(struct tg_aip_tab *t, uint64_t slots, struct sfam *f,
		      const struct sent *k, int v6)
{
	uint64_t mask = slots - 1, i = skey_hash(k, v6) & mask, j;
	struct tg_aip_ent4 *e4 = (struct tg_aip_ent4 *)(t + 1);
	struct tg_aip_ent6 *e6 = (struct tg_aip_ent6 *)(t + 1);
	bool found;
	struct sent *st = sfind(f, k, v6, &found);

#define USED(x) (v6 ? e6[x].used : e4[x].used)
#define SAME(x) (v6 ? e6[x].cidr == k->cidr && e6[x].hi == k->hi && e6[x].lo == k->lo \
		    : e4[x].cidr == k->cidr && e4[x].addr == (uint32_t)k->lo)
#define HOME(x) ((v6 ? hash6(e6[x].hi, e6[x].lo, e6[x].cidr) : hash4(e4[x].addr, e4[x].cidr)) & mask)
	while (USED(i) && !SAME(i))
		i = (i + 1) & mask;
	if (found) {
		if (v6)
			e6[i] = (struct tg_aip_ent6){ k->hi, k->lo, st->peer, k->cidr, 1, 0 };
		else
			e4[i] = (struct tg_aip_ent4){ (uint32_t)k->lo, st->peer, k->cidr, 1, 0 };
		return;
	}
	if (!USED(i))
		return; /* absent in both */
	for (j = i;;) {
		j = (j + 1) & mask;
		if (!USED(j))
			break;
		uint64_t h = HOME(j);

		if (i <= j ? (i < h && h <= j) : (i < h || h <= j))
			continue; /* its chain does not pass the hole */
		if (v6)
			e6[i] = e6[j];
		else
			e4[i] = e4[j];
		i = j;
	}
	if (v6)
		memset(&e6[i], 0, sizeof(e6[i]));
	else
		memset(&e4[i], 0, sizeof(e4[i]));
#undef USED
#undef SAME
#undef HOME
}

int tg_aip_commit(struct tg_region *r, uint64_t timeout_ns)
{
	struct tg_region_wpriv *w = tg_region_wpriv(r);
	struct staged *s = staged_get(r);
	uint32_t inactive;
	int rc;

	if (!w || !s)
		return -ENOMEM;
	if (!s->is_dirty)
		return 0;
	if (!w->aip_inactive_clean) {
		if ((rc = tg_region_synchronize(r, timeout_ns)))
			return rc; /* staged changes kept; retry later */
		w->aip_inactive_clean = true;
	}
	inactive = (atomic_load_explicit(&r->hdr->aip_active, memory_order_relaxed) & 1) ^ 1;
	for (int v6 = 0; v6 < 2; v6++) {
		struct pend *p = &s->pend[inactive][v6];
		struct tg_aip_tab *t = region_tab(r, inactive, v6);

		if (s->built[inactive][v6] != s->version[v6]) {
			if (p->overflow || !s->built[inactive][v6] ||
			    p->n > s->f[v6].count / 4) {
				build_tab(t, r->geom.aip_slots, &s->f[v6], v6);
			} else {
				for (size_t i = 0; i < p->n; i++)
					tab_apply(t, r->geom.aip_slots, &s->f[v6], &p->k[i], v6);
				set_lens(t, s->len_n[v6], v6 ? 128 : 32, (uint32_t)s->f[v6].count);
			}
			s->built[inactive][v6] = s->version[v6];
		}
		p->n = 0;
		p->overflow = false;
	}
	atomic_store_explicit(&r->hdr->aip_active, inactive, memory_order_release);
	s->is_dirty = false;
	w->aip_inactive_clean = false;
	/* The change is live either way; on a timeout the next commit waits. */
	if (!tg_region_synchronize(r, timeout_ns))
		w->aip_inactive_clean = true;
	return 0;
}
