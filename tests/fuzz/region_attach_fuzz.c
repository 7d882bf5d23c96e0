/*
 * libFuzzer target: attaching to a shared-region file (common/region.c
 * tg_region_attach, DESIGN.md "A layout version mismatch is a clear error at
 * attach, never a crash") and then the reader API the dataplane uses on
 * what it mapped (rings, receiver-index and allowed-IPs lookups, endpoint
 * seqlock, active netcfg / filter selectors). Runs on libFuzzer's thread;
 * owns one file /dev/shm/tgfuzz-region-<pid>.
 *
 * Input: byte 0 selects the mode.
 *   bit 0 clear  the rest of the input is the whole file
 *   bit 0 set    a valid region (tiny sizes, made once by tg_region_create)
 *                with patches applied: records of le16 offset (of the
 *                header; bit 15 set: of the whole file, scaled), u8 length,
 *                bytes; bit 1 set: the file is then truncated to a length
 *                taken from the next 4 bytes (mod its size + 1)
 *   bit 2        pass the template's sizes as `expect`
 * Attach must return 0 or a negative errno with a non-empty message, and
 * leave the handle zeroed on failure. After a successful attach every
 * reader must stay inside the mapping (ASan checks the copies we make).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "region.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static char name[64], path[128];
static uint8_t *tmpl, *work;
static size_t tmpl_size;
static struct tg_region_sizes tmpl_sizes = {
	.max_peers = 2, .max_keypairs = 4, .max_allowed_ips = 4, .max_workers = 1,
	.nat_sessions = 16, .max_filter_rules = 2, .ring_slots = 2,
};

static void die(const char *what, const char *err)
{
	fprintf(stderr, "region_attach_fuzz: %s %s\n", what, err ? err : "");
	abort();
}

static void cleanup(void)
{
	unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct tg_region r;
	char err[256];
	int fd;

	(void)argc;
	(void)argv;
	snprintf(name, sizeof(name), "tgfuzz-region-%d", (int)getpid());
	snprintf(path, sizeof(path), "/dev/shm/%s", name);
	atexit(cleanup);
	if (tg_region_create(&r, name, &tmpl_sizes, err, sizeof(err)) != 0)
		die("create:", err);
	if (strncmp(r.path, "/dev/shm/", 9) != 0)
		die("template not in /dev/shm:", r.path);
	tmpl_size = r.size;
	tmpl = malloc(tmpl_size);
	work = malloc(tmpl_size);
	if (!tmpl || !work)
		die("malloc", NULL);
	memcpy(tmpl, r.base, tmpl_size);
	tg_region_detach(&r);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		die("reopen", path);
	close(fd);
	return 0;
}

static void write_file(const uint8_t *d, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	size_t off = 0;

	if (fd < 0)
		die("open", path);
	while (off < n) {
		ssize_t k = write(fd, d + off, n - off);

		if (k <= 0)
			die("write", path);
		off += (size_t)k;
	}
	close(fd);
}

/* Template + patches (+ truncation); returns the file length. */
static size_t patched(const uint8_t *d, size_t n, uint8_t mode)
{
	size_t len = tmpl_size;

	memcpy(work, tmpl, tmpl_size);
	if (mode & 2) {
		uint32_t t = 0;

		for (int i = 0; i < 4 && n; i++, d++, n--)
			t |= (uint32_t)*d << (8 * i);
		len = t % (tmpl_size + 1);
	}
	while (n >= 3) {
		size_t off = (size_t)(d[0] | d[1] << 8), k = d[2];

		d += 3;
		n -= 3;
		if (off & 0x8000)
			off = (off & 0x7fff) * (tmpl_size / 0x8000 + 1);
		k = k < n ? k : n;
		for (size_t i = 0; i < k; i++)
			work[(off + i) % tmpl_size] = d[i];
		d += k;
		n -= k;
	}
	return len;
}

/* What a worker and the cp read from a region they attached. */
static void read_everything(struct tg_region *r, const uint8_t *d, size_t n)
{
	const struct tg_region_sizes *sz = &r->geom.sizes;
	static uint8_t buf[TG_RING_SLOT_DATA];
	struct tg_ring_meta m;
	struct tg_endpoint ep;
	uint32_t idx = 0;
	size_t count;
	uint8_t a6[16] = { 0 };

	for (uint32_t w = 0; w < sz->max_workers; w++) {
		struct tg_ring *rings[2] = { tg_region_punt(r, w), tg_region_inject(r, w) };

		for (int i = 0; i < 2; i++) {
			(void)tg_ring_depth(rings[i]);
			for (uint32_t k = 0; k <= sz->ring_slots; k++)
				if (tg_ring_dequeue(rings[i], &m, buf, sizeof(buf)) == -EAGAIN)
					break;
		}
		(void)tg_region_worker_ctr(r, w)->drop[0];
		tg_region_worker_quiescent(r, tg_region_epoch(r, w));
	}
	for (uint32_t p = 0; p < sz->max_peers; p++)
		tg_peer_endpoint_get(tg_region_peer(r, p), &ep);
	memcpy(&idx, d, n < 4 ? n : 4);
	for (int i = 0; i < 4; i++) {
		struct tg_keypair *k = tg_keypair_lookup(r, idx + (uint32_t)i);

		if (k)
			(void)atomic_load(&k->state);
	}
	memcpy(a6, d, n < 16 ? n : 16);
	(void)tg_aip_lookup4(r, a6);
	(void)tg_aip_lookup6(r, a6);
	(void)tg_region_netcfg(r)->n_local;
	(void)tg_region_filter(r, &count);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tg_region r, zero;
	char err[512];
	uint8_t mode;
	int rc;

	if (size < 1 || size > (1u << 20))
		return 0;
	mode = data[0];
	if (mode & 1)
		write_file(work, patched(data + 1, size - 1, mode));
	else
		write_file(data + 1, size - 1);
	err[0] = 0;
	rc = tg_region_attach(&r, name, (mode & 4) ? &tmpl_sizes : NULL, err, sizeof(err));
	if (rc > 0 || rc < -4095)
		die("attach returned neither 0 nor -errno", err);
	if (rc < 0) {
		memset(&zero, 0, sizeof(zero));
		if (!err[0] || !memchr(err, 0, sizeof(err)))
			die("attach failed without a message", NULL);
		if (memcmp(&r, &zero, sizeof(r)) != 0)
			die("handle not zeroed after a failed attach:", err);
		return 0;
	}
	read_everything(&r, data + 1, size - 1);
	tg_region_detach(&r);
	return 0;
}
