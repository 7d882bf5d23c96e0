/*
 * Internals of the shared region shared by common/region.c, rxidx.c, aip.c,
 * region_slots.c, region_ab.c and ring.c. Not for use outside common/ and the
 * region's own tests: the dataplane and control plane use region.h only.
 *
 * Owns: the computed layout (struct tg_region_layout), the allowed-IPs table
 * format inside the region, and the cp writer-private state (r->wpriv).
 */
#ifndef TG_REGION_PRIV_H
#define TG_REGION_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "region.h"

#define TG_REGION_ALIGN 64u
#define TG_REGION_MAX_WORKERS 1024u
#define TG_SYNC_DEFAULT_NS (1000ull * 1000 * 1000) /* stage paths: 1 s */

/*
 * Compute the layout; 0 or -EINVAL/-EOVERFLOW with `why` set to a static
 * string naming the bad size.
 */
int tg_region_layout_for(const struct tg_region_sizes *sz,
			 struct tg_region_geom *l, const char **why);

/* ---- allowed-IPs table format (aip.c) ------------------------------------
 * One table per family per copy: a header, then `slots` entries of an
 * open-addressing (linear probing) hash keyed by (cidr, masked prefix).
 * A table is immutable while it is the active copy.
 */
struct tg_aip_tab {
	uint32_t slots;    /* power of two, fixed at creation */
	uint32_t count;    /* prefixes present */
	uint32_t n_lens;   /* entries used in lens[] */
	uint32_t family;   /* 4 or 6 */
	uint8_t lens[132]; /* present prefix lengths, longest first */
} __attribute__((aligned(64)));

struct tg_aip_ent4 {
	uint32_t addr;   /* host order, masked to cidr */
	uint32_t peer;
	uint8_t cidr;
	uint8_t used;
	uint16_t pad;
};

struct tg_aip_ent6 {
	uint64_t hi, lo; /* host order, masked to cidr */
	uint32_t peer;
	uint8_t cidr;
	uint8_t used;
	uint16_t pad;
};

uint64_t tg_aip_copy_bytes(uint64_t slots, uint64_t *v4_bytes);
void tg_aip_init_copy(uint8_t *copy, uint64_t slots, uint64_t v4_bytes);
int tg_aip_validate_copy(const uint8_t *copy, uint64_t slots, uint64_t v4_bytes);
void tg_aip_wpriv_free(void *staged);

/* ---- receiver-index hash (rxidx.c) ---------------------------------------
 * Entries are packed 64-bit atomics: (index << 32) | (slot + 1).
 * 0 = empty, TG_RXIDX_TOMB = deleted.
 */
#define TG_RXIDX_TOMB UINT64_MAX
int tg_rxidx_insert(struct tg_region *r, uint32_t idx, uint32_t slot);
int tg_rxidx_remove(struct tg_region *r, uint32_t idx, uint32_t slot);
uint32_t tg_rxidx_find(const struct tg_region *r, uint32_t idx);

/* ---- cp writer-private state (r->wpriv) --------------------------------- */
struct tg_region_wpriv {
	uint8_t *peer_reserved;   /* alloc'ed but not yet published */
	uint32_t peer_hint, kp_hint;
	void *aip_staged;         /* aip.c's staged prefix sets */
	bool aip_inactive_clean;  /* no reader can still be on the inactive copy */
	bool netcfg_inactive_clean, filter_inactive_clean;
	bool netcfg_staged, filter_staged;
};

/* The writer state, created on first use (NULL on allocation failure). */
struct tg_region_wpriv *tg_region_wpriv(struct tg_region *r);

/* Spin-wait hint. */
static inline void tg_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield");
#endif
}

/* Section base pointers. */
static inline void *tg_region_at(const struct tg_region *r, uint64_t off)
{
	return r->base + off;
}

#endif
