/*
 * Netmap apply benchmark (issues "Tailscale control client" and "Packet
 * filter from the netmap"): how long tailgate-cp takes to turn a MapResponse
 * into programmed tables, through the code the control client runs
 * (controlplane/ts_client.c): cp_ts_mapstream_feed (u32 LE length + zstd
 * frame -> jansson -> the netmap's PacketFilter through cp_ts_filter_msg ->
 * cp_ts_netmap_apply), then cp_ts_filter_publish and cp_ts_netmap_sync into a
 * cp_wg_device on a real region in /dev/shm sized for the peers.
 *
 * Measured (single thread, the cp's event-loop thread in production):
 *   full:   a first map message with N peers (default 10,000; argv[1]) into
 *           empty tables; the tables are emptied again between slices
 *   resync: the same full netmap again on a new stream (reconnect): nothing
 *           changes in the tables, the diff still walks every peer
 *   delta:  one PeersChanged (a new peer) and one PeersRemoved, each fed and
 *           synced on the full tables
 * The full figure is split into stages (zstd, JSON parse, model apply,
 * filter publish, table sync) timed one by one on the same input.
 * Targets: full < 100 ms, delta < 1 ms. Never fails on a number.
 */
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

#include "bench/bench_util.h"
#include "clock.h"
#include "config.h"
#include "region.h"
#include "json_par.h"
#include "ts_filter.h"
#include "ts_frame.h"
#include "ts_keys.h"
#include "ts_mapstream.h"
#include "ts_netmap.h"
#include "wg_device.h"

#define ROW "8. Netmap apply (tailgate-cp)"
#define NOW 1800000000LL
#define MAP_CAP (64u << 20)

static struct tg_manual_clock clk;
static struct tg_region reg;
static char reg_name[64];
static struct cp_wg_device *dev;
static struct cp_ts_netmap nm;
static struct cp_ts_filter flt;
static struct tg_config cfg;

struct buf {
	char *p;
	size_t len, cap;
};

static void bput(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bput(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	for (;;) {
		va_start(ap, fmt);
		int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < b->cap - b->len) {
			b->len += (size_t)n;
			return;
		}
		b->cap = b->cap * 2 + (size_t)(n > 0 ? n : 0) + 256;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
}

static void keytext(int id, enum tg_ts_key_kind kind, char *out, size_t len)
{
	uint8_t k[32];

	memset(k, 0, 32);
	k[0] = kind == TG_TS_KEY_NODE ? 0xa0 : 0xd0;
	k[29] = (uint8_t)(id >> 16);
	k[30] = (uint8_t)(id >> 8);
	k[31] = (uint8_t)id;
	if (tg_ts_key_format(kind, k, out, len) < 0)
		abort();
}

/* One tailcfg.Node as a control server sends it: two addresses (v4 +
 * v6), AllowedIPs = Addresses, two endpoints, disco key, name, expiry. */
static void peer_json(struct buf *b, int id)
{
	char nk[TG_TS_KEY_MAX_TEXT], dk[TG_TS_KEY_MAX_TEXT];
	unsigned a = 0x40000000u + (unsigned)id; /* 100.64.0.0/10 */

	keytext(id, TG_TS_KEY_NODE, nk, sizeof(nk));
	keytext(id, TG_TS_KEY_DISCO, dk, sizeof(dk));
	bput(b,
	     "{\"ID\":%d,\"StableID\":\"n%dCNTRL\",\"Name\":\"host-%d.example.ts.net.\","
	     "\"User\":1,\"Key\":\"%s\",\"KeyExpiry\":\"2030-01-01T00:00:00Z\","
	     "\"DiscoKey\":\"%s\",\"Addresses\":[\"100.%u.%u.%u/32\",\"fd7a:115c:a1e0::%x/128\"],"
	     "\"AllowedIPs\":[\"100.%u.%u.%u/32\",\"fd7a:115c:a1e0::%x/128\"],"
	     "\"Endpoints\":[\"198.51.%u.%u:41641\",\"192.0.2.%u:41641\"],"
	     "\"HomeDERP\":1,\"Hostinfo\":{\"OS\":\"linux\",\"Hostname\":\"host-%d\"},"
	     "\"Created\":\"2026-01-01T00:00:00Z\",\"MachineAuthorized\":true,"
	     "\"Capabilities\":[\"https://tailscale.com/cap/is-admin\"],\"Online\":true}",
	     id, id, id, nk, dk, (a >> 16) & 0xff, (a >> 8) & 0xff, a & 0xff, id,
	     (a >> 16) & 0xff, (a >> 8) & 0xff, a & 0xff, id, 100 + (id >> 8) % 3, id & 0xff,
	     id & 0xff, id);
}

static char *full_json(int n)
{
	struct buf b = { 0 };
	char nk[TG_TS_KEY_MAX_TEXT];

	keytext(1, TG_TS_KEY_NODE, nk, sizeof(nk));
	bput(&b, "{\"Node\":{\"ID\":1,\"Name\":\"exit1.example.ts.net.\",\"Key\":\"%s\","
		 "\"Addresses\":[\"100.64.0.1/32\",\"fd7a:115c:a1e0::1/128\"],"
		 "\"AllowedIPs\":[\"100.64.0.1/32\",\"fd7a:115c:a1e0::1/128\",\"0.0.0.0/0\",\"::/0\"],"
		 "\"MachineAuthorized\":true},\"Peers\":[", nk);
	for (int i = 0; i < n; i++) {
		if (i)
			bput(&b, ",");
		peer_json(&b, i + 2);
	}
	bput(&b, "],\"PacketFilter\":[{\"SrcIPs\":[\"100.64.0.0/10\"],\"DstPorts\":["
		 "{\"IP\":\"*\",\"Ports\":{\"First\":0,\"Last\":65535}}]}],"
		 "\"DNSConfig\":{},\"Domain\":\"example.ts.net\",\"ControlTime\":\"2026-11-24T00:00:00Z\"}");
	return b.p;
}

/* u32 LE length + zstd frame (checksum on, content size set), as
 * tests/control/server.py and the Go server send it. */
static uint8_t *frame(const char *json, size_t *out_len)
{
	size_t jl = strlen(json), cap = ZSTD_compressBound(jl) + 4;
	uint8_t *out = malloc(cap);
	ZSTD_CCtx *cc = ZSTD_createCCtx();

	if (!out || !cc)
		abort();
	ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
	ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, 3);
	size_t n = ZSTD_compress2(cc, out + 4, cap - 4, json, jl);
	ZSTD_freeCCtx(cc);
	if (ZSTD_isError(n))
		abort();
	tg_ts_map_len_put(out, (uint32_t)n);
	*out_len = n + 4;
	return out;
}

static int on_msg(void *arg, const json_t *msg, char *err, size_t errlen)
{
	return cp_ts_filter_msg(arg, msg, err, errlen);
}

/* What ts_client.c does after a message: filter, then tables. */
static int publish_and_sync(uint64_t *t_filter, uint64_t *t_sync)
{
	char err[512];
	uint64_t t0 = bench_now_ns();
	int rc = 0;

	if (flt.dirty || nm.self_dirty) {
		rc = cp_ts_filter_publish(&flt, &reg, &cfg, &nm, err, sizeof(err));
		nm.self_dirty = false;
		if (rc < 0) {
			fprintf(stderr, "netmap_bench: filter publish: %s\n", err);
			return rc;
		}
	}
	uint64_t t1 = bench_now_ns();
	for (int i = 0; i < 3 && nm.dirty; i++) {
		cp_wg_device_tick(dev); /* removed slots turn FREE on a tick */
		rc = cp_ts_netmap_sync(&nm, dev, &reg, err, sizeof(err));
	}
	uint64_t t2 = bench_now_ns();
	if (rc < 0)
		fprintf(stderr, "netmap_bench: sync: %s\n", err);
	if (t_filter)
		*t_filter = t1 - t0;
	if (t_sync)
		*t_sync = t2 - t1;
	return rc;
}

static int feed(struct cp_ts_mapstream *ms, const uint8_t *b, size_t n)
{
	char err[512];
	int rc = cp_ts_mapstream_feed(ms, b, n, NOW, err, sizeof(err));

	if (rc < 0)
		fprintf(stderr, "netmap_bench: feed: %s\n", err);
	return rc;
}

static void new_stream(struct cp_ts_mapstream *ms)
{
	cp_ts_mapstream_free(ms);
	cp_ts_mapstream_init(ms, &nm, MAP_CAP, MAP_CAP);
	ms->on_msg = on_msg;
	ms->on_msg_arg = &flt;
}

static double ms_of(uint64_t ns)
{
	return (double)ns / 1e6;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 10000;
	int slices = bench_slices();
	char err[256];

	if (n < 1 || n > 200000) {
		fprintf(stderr, "netmap_bench: peer count %d out of range 1..200000\n", n);
		return 2;
	}
	if (cp_malloc_tune() < 0) /* as tailgate-cp starts */
		fprintf(stderr, "netmap_bench: malloc tuning refused\n");
	struct tg_region_sizes sz = { .max_peers = (uint32_t)n + 16,
				      .max_keypairs = 3 * ((uint32_t)n + 16),
				      .max_allowed_ips = 2 * (uint32_t)n + 256, .max_workers = 1,
				      .nat_sessions = 1024, .max_filter_rules = 64, .ring_slots = 64,
				      .filter_bytes = 256 * 1024 };
	tg_manual_clock_init(&clk, 1000000000ULL, (uint64_t)NOW * 1000000000ULL);
	snprintf(reg_name, sizeof(reg_name), "tgbench-nm-%d", (int)getpid());
	if (tg_region_create(&reg, reg_name, &sz, err, sizeof(err)) < 0 ||
	    !(dev = cp_wg_device_new(&reg, &clk.clock))) {
		printf("SUMMARY\t" ROW "\tall\tn/a (region or device setup failed: %s)\n", err);
		tg_region_unlink(reg_name);
		return 0;
	}
	cp_ts_netmap_init(&nm, (size_t)n + 16);
	cp_ts_filter_init(&flt);

	char *json = full_json(n);
	size_t flen, jlen = strlen(json);
	uint8_t *fb = frame(json, &flen);
	char *empty = "{\"Node\":{\"ID\":1,\"Key\":\"nodekey:a000000000000000000000000000000000000000000000000000000000000001\","
		      "\"Addresses\":[\"100.64.0.1/32\"]},\"Peers\":[],\"PacketFilter\":[]}";
	size_t elen;
	uint8_t *eb = frame(empty, &elen);
	struct cp_ts_mapstream ms = { 0 };
	cp_ts_mapstream_init(&ms, &nm, MAP_CAP, MAP_CAP);

	/* ---- full netmap into empty tables ---- */
	uint64_t *full = calloc((size_t)slices, sizeof(uint64_t));
	uint64_t *resync = calloc((size_t)slices, sizeof(uint64_t));
	uint64_t best_feed = UINT64_MAX, best_filter = UINT64_MAX, best_sync = UINT64_MAX;
	bool ok = true;
	for (int s = 0; s < slices && ok; s++) {
		uint64_t tf = 0, ts = 0;
		new_stream(&ms);
		uint64_t t0 = bench_now_ns();
		ok = feed(&ms, fb, flen) >= 0;
		uint64_t t1 = bench_now_ns();
		ok = ok && publish_and_sync(&tf, &ts) >= 0;
		full[s] = bench_now_ns() - t0;
		ok = ok && cp_wg_device_peer_count(dev) == (size_t)n;
		if (t1 - t0 < best_feed)
			best_feed = t1 - t0;
		if (tf < best_filter)
			best_filter = tf;
		if (ts < best_sync)
			best_sync = ts;
		/* reconnect: the same netmap on a new stream */
		new_stream(&ms);
		t0 = bench_now_ns();
		ok = ok && feed(&ms, fb, flen) >= 0 && publish_and_sync(NULL, NULL) >= 0;
		resync[s] = bench_now_ns() - t0;
		/* empty the tables for the next slice */
		new_stream(&ms);
		ok = ok && feed(&ms, eb, elen) >= 0 && publish_and_sync(NULL, NULL) >= 0;
		for (int i = 0; i < 3; i++)
			cp_wg_device_tick(dev);
		ok = ok && cp_wg_device_peer_count(dev) == 0;
	}
	if (!ok) {
		printf("SUMMARY\t" ROW "\tall\tn/a (apply failed, see stderr)\n");
		goto out;
	}
	qsort(full, (size_t)slices, sizeof(uint64_t), cmp_u64);
	qsort(resync, (size_t)slices, sizeof(uint64_t), cmp_u64);

	/* Stages outside the path, same input: zstd alone and JSON alone. */
	uint64_t best_zstd = UINT64_MAX, best_json = UINT64_MAX;
	uint64_t best_model = UINT64_MAX, best_free = UINT64_MAX;
	char *dec = malloc(jlen + 1);
	for (int s = 0; s < slices; s++) {
		struct cp_ts_netmap scratch;
		char aerr[256];

		cp_ts_netmap_init(&scratch, (size_t)n + 16);
		uint64_t t0 = bench_now_ns();
		size_t d = ZSTD_decompress(dec, jlen + 1, fb + 4, flen - 4);
		uint64_t t1 = bench_now_ns();
		json_error_t je;
		json_t *j = json_loadb(dec, ZSTD_isError(d) ? 0 : d, 0, &je);
		uint64_t t2 = bench_now_ns();
		(void)cp_ts_netmap_apply(&scratch, j, true, NOW, aerr, sizeof(aerr));
		uint64_t t3 = bench_now_ns();
		json_decref(j);
		uint64_t t4 = bench_now_ns();
		cp_ts_netmap_free(&scratch);
		if (t1 - t0 < best_zstd)
			best_zstd = t1 - t0;
		if (t2 - t1 < best_json)
			best_json = t2 - t1;
		if (t3 - t2 < best_model)
			best_model = t3 - t2;
		if (t4 - t3 < best_free)
			best_free = t4 - t3;
	}
	free(dec);

	/* ---- one-peer deltas on full tables ---- */
	new_stream(&ms);
	ok = feed(&ms, fb, flen) >= 0 && publish_and_sync(NULL, NULL) >= 0;
	struct buf add = { 0 };
	bput(&add, "{\"PeersChanged\":[");
	peer_json(&add, n + 5);
	bput(&add, "]}");
	char rem[64];
	snprintf(rem, sizeof(rem), "{\"PeersRemoved\":[%d]}", n + 5);
	size_t alen, rlen;
	uint8_t *ab = frame(add.p, &alen), *rb = frame(rem, &rlen);
	enum { DELTAS = 20 };
	static uint64_t dadd[DELTAS], drem[DELTAS];
	static uint64_t dfeed[DELTAS];
	for (int i = 0; i < DELTAS && ok; i++) {
		uint64_t t0 = bench_now_ns();
		ok = feed(&ms, ab, alen) >= 0;
		dfeed[i] = bench_now_ns() - t0;
		ok = ok && publish_and_sync(NULL, NULL) >= 0;
		uint64_t t1 = bench_now_ns();
		ok = ok && cp_wg_device_peer_count(dev) == (size_t)n + 1;
		ok = ok && feed(&ms, rb, rlen) >= 0 && publish_and_sync(NULL, NULL) >= 0;
		uint64_t t2 = bench_now_ns();
		ok = ok && cp_wg_device_peer_count(dev) == (size_t)n;
		cp_wg_device_tick(dev);
		dadd[i] = t1 - t0;
		drem[i] = t2 - t1;
	}
	if (!ok) {
		printf("SUMMARY\t" ROW "\tdelta\tn/a (delta apply failed, see stderr)\n");
		goto out;
	}
	qsort(dadd, DELTAS, sizeof(uint64_t), cmp_u64);
	qsort(drem, DELTAS, sizeof(uint64_t), cmp_u64);
	qsort(dfeed, DELTAS, sizeof(uint64_t), cmp_u64);

	double f_best = ms_of(full[0]), f_med = ms_of(full[slices / 2]);
	double a_med = ms_of(dadd[DELTAS / 2]), r_med = ms_of(drem[DELTAS / 2]);
	printf("## netmap_bench\n\n");
	printf("A MapResponse with %d peers (%zu bytes of JSON, %zu bytes framed with zstd) "
	       "through cp_ts_mapstream_feed + cp_ts_filter_publish + cp_ts_netmap_sync into "
	       "a cp_wg_device on a region in /dev/shm (max_peers %u, max_allowed_ips %u). "
	       "%d slices for the full netmap, %d one-peer deltas. The map response is "
	       "parsed on %u thread(s) (controlplane/json_par.c: the CPUs this process may "
	       "use, at most 4); the rest of the cp's work is on one.\n\n",
	       n, jlen, flen, sz.max_peers, sz.max_allowed_ips, slices, DELTAS,
	       cp_json_par_threads());
	printf("| measurement | best | median | target |\n|---|---|---|---|\n");
	printf("| full netmap into empty tables | %.1f ms | %.1f ms | < 100 ms: %s |\n", f_best,
	       f_med, f_med < 100 ? "met" : "NOT met");
	printf("| same netmap again (reconnect, no change) | %.1f ms | %.1f ms | |\n",
	       ms_of(resync[0]), ms_of(resync[slices / 2]));
	printf("| delta PeersChanged (1 new peer) | %.3f ms | %.3f ms | < 1 ms: %s |\n",
	       ms_of(dadd[0]), a_med, a_med < 1 ? "met" : "NOT met");
	printf("| delta PeersRemoved (1 peer) | %.3f ms | %.3f ms | < 1 ms: %s |\n\n",
	       ms_of(drem[0]), r_med, r_med < 1 ? "met" : "NOT met");
	printf("Where the full-netmap time goes (best of %d):\n\n", slices);
	printf("| stage | ms |\n|---|---|\n");
	printf("| feed: framing + zstd + JSON + filter state + model apply | %.1f |\n",
	       ms_of(best_feed));
	printf("| &nbsp;&nbsp;of which zstd decode alone | %.1f |\n", ms_of(best_zstd));
	printf("| (reference: one json_loadb of the same text, one thread) | %.1f |\n",
	       ms_of(best_json));
	printf("| &nbsp;&nbsp;of which netmap model apply alone | %.1f |\n", ms_of(best_model));
	printf("| &nbsp;&nbsp;of which freeing the JSON tree alone | %.1f |\n", ms_of(best_free));
	printf("| filter compile + publish | %.1f |\n", ms_of(best_filter));
	printf("| table sync (wg_device upserts, allowed-IPs commits) | %.1f |\n\n",
	       ms_of(best_sync));
	printf("One-peer PeersChanged, median: feed (framing, zstd, JSON, model apply) "
	       "%.3f ms, the rest (sync: one upsert + one allowed-IPs commit) %.3f ms.\n\n",
	       ms_of(dfeed[DELTAS / 2]), a_med - ms_of(dfeed[DELTAS / 2]));
	printf("SUMMARY\t" ROW "\tfull netmap, %d peers, median (target < 100 ms)\t%.1f ms (%s)\n",
	       n, f_med, f_med < 100 ? "met" : "NOT met");
	printf("SUMMARY\t" ROW "\tone-peer delta add / remove, median (target < 1 ms)\t"
	       "%.3f / %.3f ms (%s)\n", a_med, r_med, a_med < 1 && r_med < 1 ? "met" : "NOT met");
	printf("SUMMARY\t" ROW "\tfull netmap best / one single-thread json_loadb of its JSON, "
	       "best (same run)\t%.2f (%.1f / %.1f ms)\n", f_best / ms_of(best_json), f_best,
	       ms_of(best_json));
	printf("VALUE\tnetmap.full.%d.ms\t%.3f\n", n, f_med);
	printf("VALUE\tnetmap.delta_add.ms\t%.4f\n", a_med);
	printf("VALUE\tnetmap.delta_remove.ms\t%.4f\n", r_med);
	free(ab);
	free(rb);
	free(add.p);
out:
	cp_ts_mapstream_free(&ms);
	cp_ts_filter_free(&flt);
	cp_ts_netmap_free(&nm);
	cp_wg_device_free(dev);
	tg_region_detach(&reg);
	tg_region_unlink(reg_name);
	free(json);
	free(fb);
	free(eb);
	free(full);
	free(resync);
	return 0;
}
