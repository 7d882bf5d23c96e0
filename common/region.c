/*
 * Shared region lifecycle: layout from the configured sizes, create
 * (hugetlbfs or /dev/shm, replaced atomically by rename), attach with full
 * validation (a bad, foreign, truncated or other-version file is a clear
 * error, never a crash), detach/unlink, section accessors, liveness stamps
 * and the QSBR epochs + tg_region_synchronize.
 *
 * Contract: common/region.h (top comment: concurrency rules);
 * docs/shared-region.md (layout, sizing, who writes what).
 * Threads: create/attach/detach on a setup path of either process;
 * accessors anywhere; synchronize on the cp table-writer thread only;
 * worker_online/offline on the worker itself.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "region.h"
#include "region_priv.h"

/*
 * The shared layout. Changing any of these sizes (or a field's meaning)
 * changes what the other process reads: bump TG_REGION_LAYOUT_VERSION.
 */
_Static_assert(sizeof(struct tg_region_hdr) == 248, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_peer_entry) == 128, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_keypair) == 1216, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_netcfg) == 168, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_ring) == 128, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_ring_slot) == 2112, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_worker_counters) % 64 == 0, "counter blocks are cache-line sized");
/* (counter lists may grow without a version bump: layout_hash catches it) */
_Static_assert(sizeof(struct tg_worker_epoch) == 64, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(sizeof(struct tg_aip_tab) == 192 && sizeof(struct tg_aip_ent4) == 12 &&
	       sizeof(struct tg_aip_ent6) == 24, "bump TG_REGION_LAYOUT_VERSION");
_Static_assert(offsetof(struct tg_keypair, send_counter) == 128, "cp/dp halves of a keypair");

#define SHM_DIR "/dev/shm"
#define HUGE_DIR "/dev/hugepages"
#define HUGETLBFS_MAGIC_ 0x958458f6
#define PAGE_BYTES 4096ull
#define MAX_REGION_BYTES (1ull << 40)

static void errf(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void errf(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!err || !errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* ---- layout -------------------------------------------------------------- */

/*
 * Fingerprint of everything whose size the layout depends on but that is
 * not in struct tg_region_sizes: struct sizes and the counter lists (other
 * issues add counters). FNV-1a over the numbers.
 */
static uint32_t layout_hash(void)
{
	const uint64_t v[] = {
		sizeof(struct tg_region_hdr), sizeof(struct tg_peer_entry),
		sizeof(struct tg_keypair), sizeof(struct tg_netcfg),
		sizeof(struct tg_ring),
		sizeof(struct tg_ring_slot), sizeof(struct tg_worker_counters),
		sizeof(struct tg_peer_counters), sizeof(struct tg_worker_epoch),
		sizeof(struct tg_aip_tab), sizeof(struct tg_aip_ent4),
		sizeof(struct tg_aip_ent6), TG_DROP__COUNT, TG_PATH__COUNT,
		TG_PORT__COUNT, TG_PEER__COUNT, TG_RING__COUNT, TG_MAX_PORTS,
		TG_REPLAY_WORDS, TG_MAX_LOCAL_ADDRS, TG_RING_SLOT_DATA,
	};
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		for (int b = 0; b < 64; b += 8) {
			h ^= (uint8_t)(v[i] >> b);
			h *= 16777619u;
		}
	return h;
}

static bool is_pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}

static uint64_t pow2_at_least(uint64_t v)
{
	uint64_t p = 1;

	while (p < v)
		p <<= 1;
	return p;
}

/* Reserve `n` items of `size` bytes at the next `align` boundary. */
static int reserve(uint64_t *cur, uint64_t *off, uint64_t n, uint64_t size,
		   uint64_t align)
{
	uint64_t bytes, start;

	if (__builtin_mul_overflow(n, size, &bytes))
		return -EOVERFLOW;
	start = (*cur + align - 1) & ~(align - 1);
	if (__builtin_add_overflow(start, bytes, cur) || *cur > MAX_REGION_BYTES)
		return -EOVERFLOW;
	*off = start;
	return 0;
}

static int check_sizes(const struct tg_region_sizes *sz, const char **why)
{
	if (!sz->max_peers || sz->max_peers >= TG_NONE / 2)
		*why = "max_peers must be 1 .. 2^31";
	else if (!sz->max_keypairs || sz->max_keypairs >= TG_NONE / 8)
		*why = "max_keypairs must be 1 .. 2^29";
	else if (!sz->max_allowed_ips || sz->max_allowed_ips >= TG_NONE / 8)
		*why = "max_allowed_ips must be 1 .. 2^29";
	else if (!sz->max_workers || sz->max_workers > TG_REGION_MAX_WORKERS)
		*why = "max_workers must be 1 .. 1024";
	else if (sz->ring_slots < 2 || !is_pow2(sz->ring_slots) ||
		 sz->ring_slots > (1u << 20))
		*why = "ring_slots must be a power of two in 2 .. 2^20";
	else if (sz->max_filter_rules > (1u << 24))
		*why = "max_filter_rules must be at most 2^24";
	else if (sz->filter_bytes % 64 || sz->filter_bytes > (1u << 30))
		*why = "filter_bytes must be a multiple of 64, at most 2^30";
	else
		return 0;
	return -EINVAL;
}

int tg_region_layout_for(const struct tg_region_sizes *sz,
			 struct tg_region_geom *l, const char **why)
{
	uint64_t cur = sizeof(struct tg_region_hdr), nw, nring;
	int rc;

	*why = "sizes overflow the region (over 1 TiB)";
	memset(l, 0, sizeof(*l));
	if ((rc = check_sizes(sz, why)))
		return rc;
	l->sizes = *sz;
	nw = sz->max_workers;
	l->rxidx_slots = pow2_at_least(4ull * sz->max_keypairs);
	if (l->rxidx_slots < 16)
		l->rxidx_slots = 16;
	l->aip_slots = pow2_at_least(2ull * sz->max_allowed_ips);
	if (l->aip_slots < 8)
		l->aip_slots = 8;
	l->aip_bytes = tg_aip_copy_bytes(l->aip_slots, &l->aip4_bytes);
	l->conntrack_bytes = (uint64_t)sz->nat_sessions * 128u;
	nring = sz->ring_slots;
	l->ring_bytes = sizeof(struct tg_ring) + nring * sizeof(struct tg_ring_slot);
	l->filter_hits_stride = ((uint64_t)sz->max_filter_rules + 1) * sizeof(uint64_t);
	l->filter_hits_stride = (l->filter_hits_stride + 63) & ~63ull;

	if (reserve(&cur, &l->off_peers, sz->max_peers, sizeof(struct tg_peer_entry), PAGE_BYTES) ||
	    reserve(&cur, &l->off_keypairs, sz->max_keypairs, sizeof(struct tg_keypair), TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_rxidx, l->rxidx_slots, sizeof(uint64_t), TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_aip, 2, l->aip_bytes, TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_netcfg, 2, sizeof(struct tg_netcfg), TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_filter, 2, sz->filter_bytes, TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_conntrack, 1, l->conntrack_bytes, PAGE_BYTES) ||
	    reserve(&cur, &l->off_worker_ctr, nw, sizeof(struct tg_worker_counters), PAGE_BYTES) ||
	    reserve(&cur, &l->off_peer_ctr, nw * sz->max_peers, sizeof(struct tg_peer_counters), TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_punt, nw, l->ring_bytes, PAGE_BYTES) ||
	    reserve(&cur, &l->off_inject, nw, l->ring_bytes, TG_REGION_ALIGN) ||
	    reserve(&cur, &l->off_epochs, nw, sizeof(struct tg_worker_epoch), PAGE_BYTES) ||
	    reserve(&cur, &l->off_filter_hits, nw, l->filter_hits_stride, PAGE_BYTES))
		return -EOVERFLOW;
	l->end = cur;
	return 0;
}

size_t tg_region_size_for(const struct tg_region_sizes *sz)
{
	struct tg_region_geom l;
	const char *why;

	if (tg_region_layout_for(sz, &l, &why))
		return 0;
	return (size_t)((l.end + PAGE_BYTES - 1) & ~(PAGE_BYTES - 1));
}

/* ---- files --------------------------------------------------------------- */

static int check_name(const char *name, char *err, size_t errlen)
{
	size_t n = name ? strlen(name) : 0;

	if (!n || n > 200 || strchr(name, '/') || name[0] == '.') {
		errf(err, errlen, "bad region name \"%s\": 1-200 characters, no '/', not starting with '.'",
		     name ? name : "(null)");
		return -EINVAL;
	}
	return 0;
}

/* A number from a sysfs file, or 0. */
static uint64_t sysfs_u64(const char *path)
{
	unsigned long long v = 0;
	FILE *f = fopen(path, "re");

	if (!f)
		return 0;
	if (fscanf(f, "%llu", &v) != 1)
		v = 0;
	fclose(f);
	return v;
}

/*
 * Free bytes of hugetlbfs at HUGE_DIR, or 0 when it is not usable. A mount
 * with a size= limit reports its own free blocks in statfs; without one,
 * statfs says 0 and the pool's free pages (minus reserved) are in sysfs.
 */
static uint64_t huge_free_bytes(uint64_t *page)
{
	struct statfs st;
	const char *env = getenv("TG_REGION_HUGEPAGES");
	char path[128];
	uint64_t pages, resv;

	if (env && !strcmp(env, "0"))
		return 0;
	if (statfs(HUGE_DIR, &st) || (uint64_t)st.f_type != HUGETLBFS_MAGIC_ ||
	    st.f_bsize <= 0)
		return 0;
	*page = (uint64_t)st.f_bsize;
	if (st.f_blocks)
		return (uint64_t)st.f_bavail * *page;
	snprintf(path, sizeof(path), "/sys/kernel/mm/hugepages/hugepages-%llukB/free_hugepages",
		 (unsigned long long)(*page >> 10));
	pages = sysfs_u64(path);
	snprintf(path, sizeof(path), "/sys/kernel/mm/hugepages/hugepages-%llukB/resv_hugepages",
		 (unsigned long long)(*page >> 10));
	resv = sysfs_u64(path);
	return pages > resv ? (pages - resv) * *page : 0;
}

/* Map a fresh file at `tmp` of `size` bytes; -errno on failure. */
static int map_new(const char *tmp, uint64_t size, uint8_t **base)
{
	int fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	void *p;
	int rc;

	if (fd < 0)
		return -errno;
	if (ftruncate(fd, (off_t)size)) {
		rc = -errno;
		goto fail_unlink;
	}
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED) {
		rc = -errno;
		goto fail_unlink;
	}
	close(fd);
	*base = p;
	return 0;

fail_unlink:
	close(fd);
	unlink(tmp);
	return rc;
}

static void init_ring(uint8_t *at, uint32_t slots)
{
	struct tg_ring *ring = (struct tg_ring *)at;

	ring->slots = slots;
	ring->slot_off = sizeof(struct tg_ring);
}

static void init_contents(struct tg_region *r, const struct tg_region_sizes *sz,
			  const struct tg_region_geom *l, uint64_t total)
{
	struct tg_region_hdr *h = r->hdr;

	h->magic = TG_REGION_MAGIC;
	h->layout_version = TG_REGION_LAYOUT_VERSION;
	h->hdr_size = sizeof(*h);
	h->total_size = total;
	h->layout_hash = layout_hash();
	h->sizes = *sz;
	h->off_peers = l->off_peers;
	h->off_keypairs = l->off_keypairs;
	h->off_rxidx = l->off_rxidx;
	h->off_aip = l->off_aip;
	h->off_netcfg = l->off_netcfg;
	h->off_filter = l->off_filter;
	h->off_conntrack = l->off_conntrack;
	h->off_worker_ctr = l->off_worker_ctr;
	h->off_peer_ctr = l->off_peer_ctr;
	h->off_punt = l->off_punt;
	h->off_inject = l->off_inject;
	h->off_epochs = l->off_epochs;
	h->off_filter_hits = l->off_filter_hits;
	h->aip_bytes = l->aip_bytes;
	h->conntrack_bytes = l->conntrack_bytes;
	h->ring_bytes = l->ring_bytes;
	h->rxidx_slots = l->rxidx_slots;
	atomic_store(&h->generation, 1);
	for (uint32_t i = 0; i < sz->max_peers; i++) {
		struct tg_peer_entry *p = tg_region_peer(r, i);

		atomic_store(&p->kp_current, TG_NONE);
		atomic_store(&p->kp_previous, TG_NONE);
		atomic_store(&p->kp_next, TG_NONE);
	}
	for (uint32_t i = 0; i < sz->max_keypairs; i++)
		tg_region_keypair(r, i)->peer = TG_NONE;
	for (int c = 0; c < 2; c++)
		tg_aip_init_copy(r->base + l->off_aip + (uint64_t)c * l->aip_bytes,
				 l->aip_slots, l->aip4_bytes);
	for (uint32_t w = 0; w < sz->max_workers; w++) {
		init_ring(r->base + l->off_punt + (uint64_t)w * l->ring_bytes, sz->ring_slots);
		init_ring(r->base + l->off_inject + (uint64_t)w * l->ring_bytes, sz->ring_slots);
	}
}

static void fill_handle(struct tg_region *r, uint8_t *base, uint64_t size,
			const char *path, bool huge, bool owner)
{
	memset(r, 0, sizeof(*r));
	r->base = base;
	r->size = (size_t)size;
	r->hdr = (struct tg_region_hdr *)base;
	r->is_hugepage = huge;
	r->is_owner = owner;
	size_t n = strlen(path);

	if (n >= sizeof(r->path))
		n = sizeof(r->path) - 1; /* names are <= 200 bytes: never */
	memcpy(r->path, path, n);
	r->path[n] = 0;
}

/* Try to create in `dir`; on success the file is at its final path. */
static int create_in(struct tg_region *r, const char *dir, const char *name,
		     const struct tg_region_sizes *sz,
		     const struct tg_region_geom *l, uint64_t page)
{
	char tmp[320], path[320];
	uint64_t total = (l->end + page - 1) & ~(page - 1);
	uint8_t *base = NULL;
	int rc;

	snprintf(tmp, sizeof(tmp), "%s/.%s.tmp.%ld", dir, name, (long)getpid());
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(tmp);
	if ((rc = map_new(tmp, total, &base)))
		return rc;
	fill_handle(r, base, total, path, page > PAGE_BYTES, true);
	r->geom = *l;
	init_contents(r, sz, l, total);
	if (rename(tmp, path)) {
		rc = -errno;
		munmap(base, total);
		unlink(tmp);
		memset(r, 0, sizeof(*r));
		return rc;
	}
	return 0;
}

int tg_region_create(struct tg_region *r, const char *name,
		     const struct tg_region_sizes *sz, char *err, size_t errlen)
{
	struct tg_region_geom l;
	const char *why;
	char other[320];
	uint64_t hpage = 0, hfree;
	int rc;

	memset(r, 0, sizeof(*r));
	if ((rc = check_name(name, err, errlen)))
		return rc;
	if ((rc = tg_region_layout_for(sz, &l, &why))) {
		errf(err, errlen, "region %s: bad sizes: %s", name, why);
		return rc;
	}
	hfree = huge_free_bytes(&hpage);
	if (hfree && hfree >= ((l.end + hpage - 1) & ~(hpage - 1)) &&
	    !create_in(r, HUGE_DIR, name, sz, &l, hpage)) {
		snprintf(other, sizeof(other), "%s/%s", SHM_DIR, name);
		unlink(other);
		return 0;
	}
	rc = create_in(r, SHM_DIR, name, sz, &l, PAGE_BYTES);
	if (rc) {
		errf(err, errlen, "region %s: cannot create %s/%s (%zu bytes): %s",
		     name, SHM_DIR, name, tg_region_size_for(sz), strerror(-rc));
		return rc;
	}
	snprintf(other, sizeof(other), "%s/%s", HUGE_DIR, name);
	unlink(other);
	return 0;
}

/* ---- attach validation ---------------------------------------------------- */

static int check_header(const struct tg_region_hdr *h, const char *name,
			uint64_t fsize, struct tg_region_geom *l, char *err,
			size_t errlen)
{
	const char *why;

	if (h->magic != TG_REGION_MAGIC) {
		errf(err, errlen, "region %s has bad magic 0x%016" PRIx64 ": not a tailgate region",
		     name, h->magic);
		return -EPROTO;
	}
	if (h->layout_version != TG_REGION_LAYOUT_VERSION) {
		errf(err, errlen, "region %s has layout version %u, this binary expects %u: restart both processes from the same build",
		     name, h->layout_version, TG_REGION_LAYOUT_VERSION);
		return -EPROTO;
	}
	if (h->hdr_size != sizeof(*h)) {
		errf(err, errlen, "region %s has header size %u, this binary expects %zu: restart both processes from the same build",
		     name, h->hdr_size, sizeof(*h));
		return -EPROTO;
	}
	if (h->layout_hash != layout_hash()) {
		errf(err, errlen, "region %s was created by a build with another layout (hash %08x, this binary %08x): restart both processes from the same build",
		     name, h->layout_hash, layout_hash());
		return -EPROTO;
	}
	if (h->total_size != fsize) {
		errf(err, errlen, "region %s says it is %" PRIu64 " bytes but the file is %" PRIu64 " bytes",
		     name, h->total_size, fsize);
		return -EPROTO;
	}
	if (tg_region_layout_for(&h->sizes, l, &why)) {
		errf(err, errlen, "region %s has invalid sizes: %s", name, why);
		return -EPROTO;
	}
	if (l->end > fsize) {
		errf(err, errlen, "region %s needs %" PRIu64 " bytes for its sizes but the file is %" PRIu64 " bytes",
		     name, l->end, fsize);
		return -EPROTO;
	}
	return 0;
}

static int check_offsets(const struct tg_region_hdr *h, const char *name,
			 const struct tg_region_geom *l, char *err, size_t errlen)
{
	const struct { const char *n; uint64_t got, want; } t[] = {
		{ "off_peers", h->off_peers, l->off_peers },
		{ "off_keypairs", h->off_keypairs, l->off_keypairs },
		{ "off_rxidx", h->off_rxidx, l->off_rxidx },
		{ "off_aip", h->off_aip, l->off_aip },
		{ "off_netcfg", h->off_netcfg, l->off_netcfg },
		{ "off_filter", h->off_filter, l->off_filter },
		{ "off_conntrack", h->off_conntrack, l->off_conntrack },
		{ "off_worker_ctr", h->off_worker_ctr, l->off_worker_ctr },
		{ "off_peer_ctr", h->off_peer_ctr, l->off_peer_ctr },
		{ "off_punt", h->off_punt, l->off_punt },
		{ "off_inject", h->off_inject, l->off_inject },
		{ "off_epochs", h->off_epochs, l->off_epochs },
		{ "off_filter_hits", h->off_filter_hits, l->off_filter_hits },
		{ "aip_bytes", h->aip_bytes, l->aip_bytes },
		{ "conntrack_bytes", h->conntrack_bytes, l->conntrack_bytes },
		{ "ring_bytes", h->ring_bytes, l->ring_bytes },
		{ "rxidx_slots", h->rxidx_slots, l->rxidx_slots },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (t[i].got != t[i].want) {
			errf(err, errlen, "region %s is corrupt: %s is %" PRIu64 ", its sizes give %" PRIu64,
			     name, t[i].n, t[i].got, t[i].want);
			return -EPROTO;
		}
	}
	return 0;
}

static int check_expect(const struct tg_region_sizes *got,
			const struct tg_region_sizes *want, const char *name,
			char *err, size_t errlen)
{
	const struct { const char *n; uint32_t g, w; } t[] = {
		{ "max_peers", got->max_peers, want->max_peers },
		{ "max_keypairs", got->max_keypairs, want->max_keypairs },
		{ "max_allowed_ips", got->max_allowed_ips, want->max_allowed_ips },
		{ "max_workers", got->max_workers, want->max_workers },
		{ "nat_sessions", got->nat_sessions, want->nat_sessions },
		{ "max_filter_rules", got->max_filter_rules, want->max_filter_rules },
		{ "filter_bytes", got->filter_bytes, want->filter_bytes },
		{ "ring_slots", got->ring_slots, want->ring_slots },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (t[i].g != t[i].w) {
			errf(err, errlen, "region %s was created for %s=%u, config says %u",
			     name, t[i].n, t[i].g, t[i].w);
			return -EPROTO;
		}
	}
	return 0;
}

/* Per-section self-descriptions that readers rely on for bounds. */
static int check_sections(const struct tg_region *r, const char *name,
			  const struct tg_region_geom *l, char *err, size_t errlen)
{
	const struct tg_region_hdr *h = r->hdr;

	for (uint32_t w = 0; w < h->sizes.max_workers; w++) {
		const struct tg_ring *p = tg_region_punt(r, w), *i = tg_region_inject(r, w);

		if (p->slots != h->sizes.ring_slots || i->slots != h->sizes.ring_slots ||
		    p->slot_off != sizeof(struct tg_ring) || i->slot_off != sizeof(struct tg_ring)) {
			errf(err, errlen, "region %s is corrupt: ring header of worker %u disagrees with ring_slots=%u",
			     name, w, h->sizes.ring_slots);
			return -EPROTO;
		}
	}
	for (int c = 0; c < 2; c++) {
		if (tg_aip_validate_copy(r->base + l->off_aip + (uint64_t)c * l->aip_bytes,
					 l->aip_slots, l->aip4_bytes)) {
			errf(err, errlen, "region %s is corrupt: allowed-IPs copy %d is inconsistent", name, c);
			return -EPROTO;
		}
	}
	if (atomic_load(&h->aip_active) > 1 || atomic_load(&h->netcfg_active) > 1 ||
	    atomic_load(&h->filter_active) > 1 ||
	    atomic_load(&h->filter_len[0]) > h->sizes.filter_bytes ||
	    atomic_load(&h->filter_len[1]) > h->sizes.filter_bytes) {
		errf(err, errlen, "region %s is corrupt: A/B selector or filter length out of range", name);
		return -EPROTO;
	}
	return 0;
}

static int open_existing(const char *name, char *path, size_t plen, bool *huge)
{
	int fd;

	snprintf(path, plen, "%s/%s", HUGE_DIR, name);
	fd = open(path, O_RDWR | O_CLOEXEC);
	*huge = fd >= 0;
	if (fd < 0 && errno == ENOENT) {
		snprintf(path, plen, "%s/%s", SHM_DIR, name);
		fd = open(path, O_RDWR | O_CLOEXEC);
	}
	return fd < 0 ? -errno : fd;
}

int tg_region_attach(struct tg_region *r, const char *name,
		     const struct tg_region_sizes *expect, char *err,
		     size_t errlen)
{
	struct tg_region_geom l;
	char path[320];
	struct stat st;
	bool huge;
	void *p;
	int fd, rc;

	memset(r, 0, sizeof(*r));
	if ((rc = check_name(name, err, errlen)))
		return rc;
	fd = open_existing(name, path, sizeof(path), &huge);
	if (fd == -ENOENT) {
		errf(err, errlen, "region %s not found: is tailgate-dp/cp running?", name);
		return fd;
	}
	if (fd < 0) {
		errf(err, errlen, "region %s: cannot open %s: %s", name, path, strerror(-fd));
		return fd;
	}
	if (fstat(fd, &st)) {
		rc = -errno;
		errf(err, errlen, "region %s: cannot stat %s: %s", name, path, strerror(-rc));
		goto out_close;
	}
	if ((uint64_t)st.st_size < sizeof(struct tg_region_hdr) ||
	    (uint64_t)st.st_size > MAX_REGION_BYTES) {
		errf(err, errlen, "region %s is truncated or not a region: %s is %lld bytes",
		     name, path, (long long)st.st_size);
		rc = -EPROTO;
		goto out_close;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED) {
		rc = -errno;
		errf(err, errlen, "region %s: cannot map %s: %s", name, path, strerror(-rc));
		goto out_close;
	}
	close(fd);
	fill_handle(r, p, (uint64_t)st.st_size, path, huge, false);
	if ((rc = check_header(r->hdr, name, (uint64_t)st.st_size, &l, err, errlen)) ||
	    (rc = check_offsets(r->hdr, name, &l, err, errlen)))
		goto out_unmap;
	r->geom = l; /* validated: from here on accessors may be used */
	if ((expect && (rc = check_expect(&r->geom.sizes, expect, name, err, errlen))) ||
	    (rc = check_sections(r, name, &l, err, errlen)))
		goto out_unmap;
	return 0;

out_unmap:
	munmap(p, (size_t)st.st_size);
	memset(r, 0, sizeof(*r));
	return rc;

out_close:
	close(fd);
	return rc;
}

void tg_region_detach(struct tg_region *r)
{
	struct tg_region_wpriv *w = r->wpriv;

	if (w) {
		tg_aip_wpriv_free(w->aip_staged);
		free(w->peer_reserved);
		free(w);
	}
	if (r->base)
		munmap(r->base, r->size);
	memset(r, 0, sizeof(*r));
}

int tg_region_unlink(const char *name)
{
	char path[320];
	int found = 0;

	if (check_name(name, NULL, 0))
		return -EINVAL;
	snprintf(path, sizeof(path), "%s/%s", HUGE_DIR, name);
	found |= !unlink(path);
	snprintf(path, sizeof(path), "%s/%s", SHM_DIR, name);
	found |= !unlink(path);
	snprintf(path, sizeof(path), "%s/.%s.lock", SHM_DIR, name);
	unlink(path); /* open_or_create's lock: teardown leaves nothing */
	snprintf(path, sizeof(path), "%s/.%s.dp.lock", SHM_DIR, name);
	unlink(path);
	return found ? 0 : -ENOENT;
}

/*
 * Attach, or create when absent, under an exclusive flock on
 * /dev/shm/.<name>.lock: tailgate-cp and tailgate-dp may start at the same
 * moment, and without the lock both could see "absent" and each publish a
 * region of its own (the second rename hiding the first), leaving the two
 * processes on different tables. The (empty) lock file stays until
 * tg_region_unlink, the teardown.
 */
int tg_region_open_or_create(struct tg_region *r, const char *name,
			     const struct tg_region_sizes *sz, bool *created,
			     char *err, size_t errlen)
{
	char lock[320];
	int fd, rc;

	*created = false;
	if ((rc = check_name(name, err, errlen)))
		return rc;
	snprintf(lock, sizeof(lock), "%s/.%s.lock", SHM_DIR, name);
	fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0 || flock(fd, LOCK_EX)) {
		rc = -errno;
		errf(err, errlen, "region %s: cannot lock %s: %s", name, lock,
		     strerror(-rc));
		if (fd >= 0)
			close(fd);
		return rc;
	}
	rc = tg_region_attach(r, name, sz, err, errlen);
	if (rc == -ENOENT) {
		rc = tg_region_create(r, name, sz, err, errlen);
		*created = rc == 0;
	}
	close(fd); /* releases the lock */
	return rc;
}

int tg_region_claim_side(const char *name, const char *side)
{
	char lock[320];
	int fd;

	if (check_name(name, NULL, 0))
		return -EINVAL;
	snprintf(lock, sizeof(lock), "%s/.%s.%s.lock", SHM_DIR, name, side);
	fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return -errno;
	if (flock(fd, LOCK_EX | LOCK_NB)) {
		int rc = errno == EWOULDBLOCK ? -EBUSY : -errno;

		close(fd);
		return rc;
	}
	return fd;
}

/* ---- accessors ------------------------------------------------------------ */

struct tg_peer_entry *tg_region_peer(const struct tg_region *r, uint32_t slot)
{
	if (slot >= r->geom.sizes.max_peers)
		return NULL;
	return (struct tg_peer_entry *)(r->base + r->geom.off_peers) + slot;
}

struct tg_keypair *tg_region_keypair(const struct tg_region *r, uint32_t slot)
{
	if (slot >= r->geom.sizes.max_keypairs)
		return NULL;
	return (struct tg_keypair *)(r->base + r->geom.off_keypairs) + slot;
}

struct tg_worker_counters *tg_region_worker_ctr(const struct tg_region *r,
						uint32_t worker)
{
	if (worker >= r->geom.sizes.max_workers)
		return NULL;
	return (struct tg_worker_counters *)(r->base + r->geom.off_worker_ctr) + worker;
}

struct tg_peer_counters *tg_region_peer_ctr(const struct tg_region *r,
					    uint32_t worker, uint32_t peer)
{
	const struct tg_region_sizes *s = &r->geom.sizes;

	if (worker >= s->max_workers || peer >= s->max_peers)
		return NULL;
	return (struct tg_peer_counters *)(r->base + r->geom.off_peer_ctr) +
	       (uint64_t)worker * s->max_peers + peer;
}

struct tg_ring *tg_region_punt(const struct tg_region *r, uint32_t worker)
{
	if (worker >= r->geom.sizes.max_workers)
		return NULL;
	return (struct tg_ring *)(r->base + r->geom.off_punt + worker * r->geom.ring_bytes);
}

struct tg_ring *tg_region_inject(const struct tg_region *r, uint32_t worker)
{
	if (worker >= r->geom.sizes.max_workers)
		return NULL;
	return (struct tg_ring *)(r->base + r->geom.off_inject + worker * r->geom.ring_bytes);
}

struct tg_worker_epoch *tg_region_epoch(const struct tg_region *r,
					uint32_t worker)
{
	if (worker >= r->geom.sizes.max_workers)
		return NULL;
	return (struct tg_worker_epoch *)(r->base + r->geom.off_epochs) + worker;
}

void *tg_region_conntrack(const struct tg_region *r, size_t *bytes)
{
	if (bytes)
		*bytes = (size_t)r->geom.conntrack_bytes;
	return r->base + r->geom.off_conntrack;
}

/* ---- liveness --------------------------------------------------------------- */

void tg_region_stamp_cp(struct tg_region *r, uint64_t now_ns)
{
	atomic_store_explicit(&r->hdr->cp_pid, (uint32_t)getpid(), memory_order_relaxed);
	atomic_store_explicit(&r->hdr->cp_alive_ns, now_ns, memory_order_release);
}

void tg_region_stamp_dp(struct tg_region *r, uint64_t now_ns)
{
	atomic_store_explicit(&r->hdr->dp_pid, (uint32_t)getpid(), memory_order_relaxed);
	atomic_store_explicit(&r->hdr->dp_alive_ns, now_ns, memory_order_release);
}

/* ---- QSBR ------------------------------------------------------------------- */

void tg_region_worker_online(struct tg_region *r, uint32_t worker)
{
	struct tg_worker_epoch *e = tg_region_epoch(r, worker);

	if (!e)
		return;
	atomic_store_explicit(&e->epoch,
			      atomic_load_explicit(&r->hdr->generation, memory_order_acquire),
			      memory_order_seq_cst);
	/* Pairs with the fence in synchronize: either the writer sees us
	 * online, or our first table read sees its unpublish. */
	atomic_thread_fence(memory_order_seq_cst);
}

void tg_region_worker_offline(struct tg_region *r, uint32_t worker)
{
	struct tg_worker_epoch *e = tg_region_epoch(r, worker);

	if (e)
		atomic_store_explicit(&e->epoch, 0, memory_order_release);
}

void tg_region_workers_reset(struct tg_region *r)
{
	for (uint32_t w = 0; w < r->geom.sizes.max_workers; w++)
		tg_region_worker_offline(r, w);
}

static bool all_passed(const struct tg_region *r, uint64_t gen)
{
	for (uint32_t w = 0; w < r->geom.sizes.max_workers; w++) {
		uint64_t e = atomic_load_explicit(&tg_region_epoch(r, w)->epoch,
						  memory_order_acquire);

		if (e && e < gen)
			return false;
	}
	return true;
}

int tg_region_synchronize(struct tg_region *r, uint64_t timeout_ns)
{
	uint64_t gen, deadline = tg_mono_ns() + timeout_ns;
	struct timespec nap = { 0, 20000 };

	gen = atomic_fetch_add_explicit(&r->hdr->generation, 1, memory_order_seq_cst) + 1;
	atomic_thread_fence(memory_order_seq_cst);
	for (unsigned spin = 0;; spin++) {
		if (all_passed(r, gen))
			return 0;
		if (tg_mono_ns() >= deadline)
			return -ETIMEDOUT;
		if (spin < 64)
			sched_yield();
		else
			nanosleep(&nap, NULL);
	}
}

/* ---- writer-private state ----------------------------------------------------- */

struct tg_region_wpriv *tg_region_wpriv(struct tg_region *r)
{
	struct tg_region_wpriv *w = r->wpriv;

	if (w)
		return w;
	w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->peer_reserved = calloc(r->geom.sizes.max_peers, 1);
	if (!w->peer_reserved) {
		free(w);
		return NULL;
	}
	r->wpriv = w;
	return w;
}
