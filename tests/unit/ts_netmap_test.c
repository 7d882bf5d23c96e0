/*
 * Netmap model and netmap -> WireGuard device (controlplane/ts_netmap.c,
 * ts_mapstream.c): full netmaps, deltas in the Go order, removal, patches,
 * absent vs null vs [] (protocol/control.md §4.3/§4.4), expiry, hostile
 * input (wrong types, bad keys, truncated/oversize frames, bad zstd,
 * 100,000 peers against a small max_peers) and a randomized delta sequence
 * checked against a plain array oracle. The device is a real cp_wg_device
 * on a real region; the region's peer flags are checked too.
 */
#include <CUnit/CUnit.h>
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

#include "clock.h"
#include "crypto.h"
#include "region.h"
#include "test_util.h"
#include "filter.h"
#include "ts_filter.h"
#include "ts_frame.h"
#include "ts_keys.h"
#include "ts_mapstream.h"
#include "ts_netmap.h"
#include "wg_device.h"

void ts_netmap_test_register(void);

#define MAXP 8
#define NOW 1800000000LL /* 2027-01-15 */
#define TS2027 1799996400LL /* python3 datetime.fromisoformat */

static struct tg_manual_clock clk;
static struct tg_region reg;
static char reg_name[64];
static struct cp_wg_device *dev;
static struct cp_ts_netmap nm;

static int setup(void)
{
	struct tg_region_sizes sz = { .max_peers = MAXP, .max_keypairs = 3 * MAXP,
				      .max_allowed_ips = 256, .max_workers = 1,
				      .nat_sessions = 64, .max_filter_rules = 16, .ring_slots = 64,
				      .filter_bytes = 64 * 1024 };
	char err[256];
	static int seq;

	tg_manual_clock_init(&clk, 1000000000ULL, (uint64_t)NOW * 1000000000ULL);
	snprintf(reg_name, sizeof(reg_name), "tgtc-nm-%d-%d", (int)getpid(), seq++);
	if (tg_region_create(&reg, reg_name, &sz, err, sizeof(err)) < 0)
		return -1;
	dev = cp_wg_device_new(&reg, &clk.clock);
	cp_ts_netmap_init(&nm, MAXP);
	return dev ? 0 : -1;
}

static int teardown(void)
{
	cp_ts_netmap_free(&nm);
	if (dev)
		cp_wg_device_free(dev);
	dev = NULL;
	if (reg.base)
		tg_region_detach(&reg);
	tg_region_unlink(reg_name);
	memset(&reg, 0, sizeof(reg));
	return 0;
}

static void reset(void)
{
	teardown();
	CU_ASSERT_FATAL(setup() == 0);
}

/* A deterministic node key for id (never zero). */
static void key_of(int id, uint8_t k[32])
{
	memset(k, 0, 32);
	k[0] = 0xa0;
	k[30] = (uint8_t)(id >> 8);
	k[31] = (uint8_t)id;
}

static const char *keytext(int id)
{
	static char t[16][TG_TS_KEY_MAX_TEXT];
	static int i;
	uint8_t k[32];

	key_of(id, k);
	i = (i + 1) % 16;
	CU_ASSERT(tg_ts_key_format(TG_TS_KEY_NODE, k, t[i], sizeof(t[i])) > 0);
	return t[i];
}

static int apply_text(const char *text, bool first)
{
	json_error_t je;
	json_t *j = json_loads(text, JSON_DECODE_ANY, &je);
	char err[256];
	int rc;

	if (!j) {
		fprintf(stderr, "test JSON bad: %s\n", je.text);
		CU_FAIL("test JSON");
		return -999;
	}
	rc = cp_ts_netmap_apply(&nm, j, first, NOW, err, sizeof(err));
	json_decref(j);
	return rc;
}

static int sync_dev(void)
{
	char err[256];
	int rc;

	/* Removed slots turn FREE on a device tick; a sync that found the
	 * table full of draining slots stays dirty and the cp loop retries it
	 * on its next tick. Do the same here. */
	for (int i = 0; i < 3; i++) {
		cp_wg_device_tick(dev);
		rc = cp_ts_netmap_sync(&nm, dev, &reg, err, sizeof(err));
		if (rc >= 0)
			return rc;
		CU_ASSERT(nm.dirty);
	}
	fprintf(stderr, "sync: %s\n", err);
	return rc;
}

static bool in_dev(int id)
{
	uint8_t k[32];

	key_of(id, k);
	return cp_wg_device_peer_exists(dev, k);
}

static bool dev_info(int id, struct cp_wg_peer_info *out)
{
	uint8_t k[32];

	key_of(id, k);
	for (size_t i = 0; i < cp_wg_device_peer_count(dev); i++)
		if (cp_wg_device_peer_info(dev, i, out) == 0 && !memcmp(out->public_key, k, 32))
			return true;
	return false;
}

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
	static char buf[8192];
	va_list ap;

	va_start(ap, f);
	vsnprintf(buf, sizeof(buf), f, ap);
	va_end(ap);
	return buf;
}

#define SELF "\"Node\":{\"ID\":1,\"Name\":\"exit1.\",\"Key\":\"%s\",\"Addresses\":[\"100.64.0.1/32\",\"fd7a:115c:a1e0::1/128\"],\"MachineAuthorized\":true}"

static void test_parsers(void)
{
	struct tg_cfg_prefix p;
	struct tg_endpoint e;
	int64_t t;

	CU_ASSERT(cp_ts_parse_prefix("100.64.0.2/32", &p) == 0 && p.family == 4 && p.cidr == 32);
	CU_ASSERT(cp_ts_parse_prefix("10.1.2.3/8", &p) == 0 && p.addr[0] == 10 && p.addr[1] == 0);
	CU_ASSERT(cp_ts_parse_prefix("::/0", &p) == 0 && p.family == 6 && p.cidr == 0);
	CU_ASSERT(cp_ts_parse_prefix("fd7a:115c:a1e0::1/128", &p) == 0 && p.addr[15] == 1);
	CU_ASSERT(cp_ts_parse_prefix("1.2.3.4/33", &p) < 0);
	CU_ASSERT(cp_ts_parse_prefix("1.2.3.4", &p) < 0);
	CU_ASSERT(cp_ts_parse_prefix("1.2.3.4/", &p) < 0);
	CU_ASSERT(cp_ts_parse_prefix("1.2.3.4/-1", &p) < 0);
	CU_ASSERT(cp_ts_parse_prefix("x/8", &p) < 0);
	CU_ASSERT(cp_ts_parse_endpoint4("198.51.100.9:41641", &e) == 0 && e.family == 4 &&
		  ntohs(e.port) == 41641 && e.addr[0] == 198);
	CU_ASSERT(cp_ts_parse_endpoint4("[2001:db8::1]:41641", &e) < 0);
	CU_ASSERT(cp_ts_parse_endpoint4("127.3.3.40:1", &e) < 0); /* DERP magic */
	CU_ASSERT(cp_ts_parse_endpoint4("0.0.0.0:1", &e) < 0);
	CU_ASSERT(cp_ts_parse_endpoint4("1.2.3.4:0", &e) < 0);
	CU_ASSERT(cp_ts_parse_endpoint4("1.2.3.4:65536", &e) < 0);
	CU_ASSERT(cp_ts_parse_endpoint4("1.2.3.4", &e) < 0);
	CU_ASSERT(cp_ts_parse_time("1970-01-01T00:02:03Z", &t) == 0 && t == 123);
	CU_ASSERT(cp_ts_parse_time("0001-01-01T00:00:00Z", &t) == 0 && t == 0);
	CU_ASSERT(cp_ts_parse_time("2027-01-15T08:00:00.123456789+01:00", &t) == 0 &&
		  t == TS2027);
	CU_ASSERT(cp_ts_parse_time("2000-03-01T00:00:00Z", &t) == 0 && t == 951868800);
	CU_ASSERT(cp_ts_parse_time("2000-03-01T01:30:00+01:30", &t) == 0 && t == 951868800);
	CU_ASSERT(cp_ts_parse_time("2000-03-01 00:00:00Z", &t) < 0);
	CU_ASSERT(cp_ts_parse_time("2000-13-01T00:00:00Z", &t) < 0);
	CU_ASSERT(cp_ts_parse_time("2000-03-01T00:00:00", &t) < 0);
	CU_ASSERT(cp_ts_parse_time("2000-03-01T00:00:00Zjunk", &t) < 0);
}

/* Full netmap: keyless, expired (flag and KeyExpiry), AllowedIPs absent /
 * null / [] / given, endpoints (first usable IPv4). */
static void test_full(void)
{
	struct cp_wg_peer_info info;

	reset();
	const char *m = fmt("{" SELF ",\"Peers\":["
		"{\"ID\":2,\"Key\":\"%s\",\"Name\":\"p2.\",\"Addresses\":[\"100.64.0.2/32\"],"
		"\"Endpoints\":[\"[2001:db8::1]:1\",\"127.3.3.40:9\",\"198.51.100.9:41641\",\"198.51.100.10:1\"]},"
		"{\"ID\":3,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.3/32\"],\"AllowedIPs\":null},"
		"{\"ID\":4,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.4/32\"],\"AllowedIPs\":[]},"
		"{\"ID\":5,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.5/32\"],\"AllowedIPs\":[\"100.64.0.5/32\",\"0.0.0.0/0\",\"::/0\"]},"
		"{\"ID\":6,\"Addresses\":[\"100.64.0.6/32\"]},"
		"{\"ID\":7,\"Key\":\"%s\",\"Expired\":true},"
		"{\"ID\":8,\"Key\":\"%s\",\"KeyExpiry\":\"2020-01-01T00:00:00Z\"},"
		"{\"ID\":9,\"Key\":\"%s\",\"KeyExpiry\":\"2099-01-01T00:00:00Z\",\"Addresses\":[\"100.64.0.9/32\"]},"
		"{\"ID\":10,\"Key\":\"nodekey:0000000000000000000000000000000000000000000000000000000000000000\"}"
		"]}", keytext(1), keytext(2), keytext(3), keytext(4), keytext(5), keytext(7),
		keytext(8), keytext(9));
	CU_ASSERT_FATAL(apply_text(m, true) == 0);
	CU_ASSERT(nm.n_peers == 9 - 1); /* max_peers 8: ID 10 dropped over the cap */
	CU_ASSERT(nm.dropped_over_cap == 1);
	CU_ASSERT(nm.have_self && nm.self.n_addrs == 2 && nm.machine_authorized);
	CU_ASSERT(sync_dev() == 5);
	CU_ASSERT(in_dev(2) && in_dev(3) && in_dev(4) && in_dev(5) && in_dev(9));
	CU_ASSERT(!in_dev(7) && !in_dev(8));
	CU_ASSERT(cp_wg_device_peer_count(dev) == 5);
	CU_ASSERT_FATAL(dev_info(2, &info));
	CU_ASSERT(info.endpoint.family == 4 && info.endpoint.addr[3] == 9 &&
		  ntohs(info.endpoint.port) == 41641);
	CU_ASSERT(info.n_allowed_ips == 1 && info.allowed_ips[0].addr[3] == 2); /* absent = Addresses */
	CU_ASSERT(dev_info(3, &info) && info.n_allowed_ips == 1);                /* null = Addresses */
	CU_ASSERT(dev_info(4, &info) && info.n_allowed_ips == 0);                /* [] = none */
	CU_ASSERT(dev_info(5, &info) && info.n_allowed_ips == 3);
	uint8_t k[32];
	key_of(5, k);
	uint32_t slot = cp_wg_device_peer_slot(dev, k);
	CU_ASSERT_FATAL(slot != TG_NONE);
	CU_ASSERT(atomic_load(&tg_region_peer(&reg, slot)->flags) & TG_PEER_F_TAILSCALE);
	/* Local addresses from the self node. */
	struct tg_netcfg n;
	memset(&n, 0, sizeof(n));
	cp_ts_netmap_fill_local(&nm, &n);
	CU_ASSERT(n.n_local == 2 && n.local[0].family == 4 && n.local[1].family == 6);
	/* whois */
	uint8_t ip[4] = { 100, 64, 0, 5 };
	const struct cp_ts_peer *p = cp_ts_netmap_find_ip(&nm, 4, ip);
	CU_ASSERT(p && p->id == 5);
	ip[3] = 1;
	CU_ASSERT(cp_ts_netmap_find_ip(&nm, 4, ip) == &nm.self);
	ip[3] = 77;
	CU_ASSERT(cp_ts_netmap_find_ip(&nm, 4, ip) == NULL);
}

static void test_delta(void)
{
	struct cp_wg_peer_info info;

	reset();
	CU_ASSERT_FATAL(apply_text(fmt("{" SELF ",\"Peers\":["
		"{\"ID\":2,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.2/32\"],\"Endpoints\":[\"198.51.100.2:1\"]},"
		"{\"ID\":3,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.3/32\"]}]}",
		keytext(1), keytext(2), keytext(3)), true) == 0);
	CU_ASSERT(sync_dev() == 2);
	/* Keep-alive changes nothing. */
	CU_ASSERT(apply_text("{\"KeepAlive\":true}", false) == 1);
	/* Peers: [] and null on a delta are not a full replace. */
	CU_ASSERT(apply_text("{\"Peers\":[]}", false) == 0);
	CU_ASSERT(apply_text("{\"Peers\":null,\"PeersChanged\":null}", false) == 0);
	CU_ASSERT(nm.n_peers == 2);
	/* Removal leaves the tables at once; an add in the same message. */
	CU_ASSERT(apply_text(fmt("{\"PeersRemoved\":[3,99],\"PeersChanged\":[{\"ID\":4,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.4/32\"]}]}",
				 keytext(4)), false) == 0);
	CU_ASSERT(sync_dev() == 2);
	CU_ASSERT(in_dev(2) && !in_dev(3) && in_dev(4));
	/* Go order: PeersRemoved before PeersChanged, so remove+change of the
	 * same ID keeps it. */
	CU_ASSERT(apply_text(fmt("{\"PeersRemoved\":[4],\"PeersChanged\":[{\"ID\":4,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.44/32\"]}]}",
				 keytext(4)), false) == 0);
	sync_dev();
	CU_ASSERT(dev_info(4, &info) && info.n_allowed_ips == 1 && info.allowed_ips[0].addr[3] == 44);
	/* Patch: endpoints null = unchanged, [] = none; new endpoint; key change
	 * moves the peer; unknown NodeID ignored. */
	CU_ASSERT(apply_text("{\"PeersChangedPatch\":[{\"NodeID\":2,\"Endpoints\":null},{\"NodeID\":77,\"Endpoints\":[]}]}", false) == 0);
	sync_dev();
	CU_ASSERT(dev_info(2, &info) && info.endpoint.family == 4 && info.endpoint.addr[3] == 2);
	CU_ASSERT(apply_text("{\"PeersChangedPatch\":[{\"NodeID\":2,\"Endpoints\":[\"203.0.113.5:7\"]}]}", false) == 0);
	sync_dev();
	CU_ASSERT(dev_info(2, &info) && info.endpoint.addr[0] == 203 && ntohs(info.endpoint.port) == 7);
	CU_ASSERT(apply_text("{\"PeersChangedPatch\":[{\"NodeID\":2,\"Endpoints\":[]}]}", false) == 0);
	CU_ASSERT(nm.peers[0].id == 2 && !nm.peers[0].has_ep);
	CU_ASSERT(apply_text(fmt("{\"PeersChangedPatch\":[{\"NodeID\":2,\"Key\":\"%s\"}]}", keytext(5)),
			     false) == 0);
	sync_dev();
	CU_ASSERT(!in_dev(2) && in_dev(5));
	/* Patch expiry in the past removes; in the future brings it back. */
	CU_ASSERT(apply_text("{\"PeersChangedPatch\":[{\"NodeID\":4,\"KeyExpiry\":\"2001-01-01T00:00:00Z\"}]}", false) == 0);
	sync_dev();
	CU_ASSERT(!in_dev(4));
	CU_ASSERT(apply_text("{\"PeersChangedPatch\":[{\"NodeID\":4,\"KeyExpiry\":\"2090-01-01T00:00:00Z\"}]}", false) == 0);
	sync_dev();
	CU_ASSERT(in_dev(4));
	/* Clock passes the expiry: cp_ts_netmap_expire removes it. */
	CU_ASSERT(cp_ts_netmap_expire(&nm, 4000000000LL));
	sync_dev();
	CU_ASSERT(!in_dev(4));
	/* A new full netmap replaces everything (non-empty Peers). */
	CU_ASSERT(apply_text(fmt("{\"Peers\":[{\"ID\":9,\"Key\":\"%s\"}]}", keytext(9)), false) == 0);
	sync_dev();
	CU_ASSERT(nm.n_peers == 1 && in_dev(9) && !in_dev(5) && cp_wg_device_peer_count(dev) == 1);
	/* First message of a new stream with no Peers = no peers. */
	CU_ASSERT(apply_text(fmt("{" SELF "}", keytext(1)), true) == 0);
	sync_dev();
	CU_ASSERT(nm.n_peers == 0 && cp_wg_device_peer_count(dev) == 0);
}

/* Each hostile message is refused and leaves the model unchanged. */
static void test_hostile_json(void)
{
	static const char *const bad[] = {
		"[]", "7", "null",
		"{\"Peers\":\"x\"}", "{\"Peers\":{}}", "{\"PeersChanged\":7}",
		"{\"PeersRemoved\":[\"2\"]}", "{\"PeersRemoved\":[1.5]}", "{\"PeersRemoved\":{}}",
		"{\"PeersChangedPatch\":[7]}", "{\"PeersChangedPatch\":[{\"Endpoints\":[]}]}",
		"{\"PeersChangedPatch\":[{\"NodeID\":2,\"Key\":\"nodekey:12\"}]}",
		"{\"PeersChangedPatch\":[{\"NodeID\":2,\"Endpoints\":[1]}]}",
		"{\"PeersChangedPatch\":[{\"NodeID\":2,\"KeyExpiry\":\"soon\"}]}",
		"{\"PeersChanged\":[{\"Key\":\"x\"}]}",
		"{\"PeersChanged\":[{\"ID\":\"5\"}]}",
		"{\"PeersChanged\":[{\"ID\":-5}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Key\":123}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Key\":\"mkey:00\"}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Addresses\":[1]}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Addresses\":\"100.64.0.1/32\"}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"AllowedIPs\":[\"300.1.1.1/32\"]}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Endpoints\":\"1.2.3.4:5\"}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Expired\":\"yes\"}]}",
		"{\"PeersChanged\":[{\"ID\":5,\"Name\":7}]}",
		"{\"PeersChanged\":[{\"ID\":5},{\"ID\":6,\"Key\":false}]}",
		"{\"Node\":[]}", "{\"Node\":{\"ID\":1,\"Addresses\":[\"x\"]}}",
	};
	char many[4096];

	reset();
	CU_ASSERT_FATAL(apply_text(fmt("{" SELF ",\"Peers\":[{\"ID\":2,\"Key\":\"%s\"}]}",
				       keytext(1), keytext(2)), true) == 0);
	sync_dev();
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int rc = apply_text(bad[i], false);
		if (rc != -EBADMSG)
			fprintf(stderr, "accepted hostile map message: %s\n", bad[i]);
		CU_ASSERT(rc == -EBADMSG);
		CU_ASSERT(nm.n_peers == 1 && nm.peers[0].id == 2 && nm.peers[0].has_key);
	}
	/* 33 allowed IPs (over TG_CFG_MAX_PEER_AIPS). */
	strcpy(many, "{\"PeersChanged\":[{\"ID\":5,\"AllowedIPs\":[");
	for (int i = 0; i < TG_CFG_MAX_PEER_AIPS + 1; i++)
		snprintf(many + strlen(many), sizeof(many) - strlen(many), "%s\"10.0.%d.0/24\"",
			 i ? "," : "", i);
	strcat(many, "]}]}");
	CU_ASSERT(apply_text(many, false) == -EBADMSG);
	/* The first message of a stream must carry Node. */
	CU_ASSERT(apply_text("{\"Peers\":[]}", true) == -EBADMSG);
	CU_ASSERT(in_dev(2) && cp_wg_device_peer_count(dev) == 1);
}

/* 100,000 peers in one message against max_peers 8: bounded, logged. */
static void test_many_peers(void)
{
	json_t *m = json_object(), *peers = json_array(), *self = json_object();
	char err[256];

	reset();
	json_object_set_new(self, "ID", json_integer(1));
	json_object_set_new(m, "Node", self);
	for (int i = 0; i < 100000; i++) {
		char k[80];
		snprintf(k, sizeof(k), "nodekey:%064x", i + 1);
		json_array_append_new(peers, json_pack("{s:I,s:s,s:[s]}", "ID", (json_int_t)i + 2,
						       "Key", k, "Addresses", "100.64.0.2/32"));
	}
	json_object_set_new(m, "Peers", peers);
	CU_ASSERT(cp_ts_netmap_apply(&nm, m, true, NOW, err, sizeof(err)) == 0);
	CU_ASSERT(nm.n_peers == MAXP);
	CU_ASSERT(nm.dropped_over_cap == 100000 - MAXP);
	CU_ASSERT(nm.cap <= MAXP);
	CU_ASSERT(sync_dev() == MAXP);
	json_decref(m);
	/* As a delta too. */
	m = json_object();
	peers = json_array();
	for (int i = 0; i < 100000; i++)
		json_array_append_new(peers, json_pack("{s:I}", "ID", (json_int_t)i + 200000));
	json_object_set_new(m, "PeersChanged", peers);
	CU_ASSERT(cp_ts_netmap_apply(&nm, m, false, NOW, err, sizeof(err)) == 0);
	CU_ASSERT(nm.n_peers == MAXP);
	json_decref(m);
}

/* ---- the byte path: framing + zstd + JSON ------------------------------- */

static size_t frame(uint8_t *out, size_t cap, const char *json, bool compress)
{
	size_t n;

	if (compress) {
		n = ZSTD_compress(out + 4, cap - 4, json, strlen(json), 1);
		CU_ASSERT_FATAL(!ZSTD_isError(n));
	} else {
		n = strlen(json);
		memcpy(out + 4, json, n);
	}
	tg_ts_map_len_put(out, (uint32_t)n);
	return n + 4;
}

static void test_stream_bytes(void)
{
	struct cp_ts_mapstream ms;
	uint8_t buf[8192];
	char err[256];
	size_t n;

	reset();
	/* Good: two messages, fed one byte at a time. */
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 1 << 20);
	n = frame(buf, sizeof(buf), fmt("{" SELF ",\"Peers\":[{\"ID\":2,\"Key\":\"%s\"}]}",
					keytext(1), keytext(2)), true);
	n += frame(buf + n, sizeof(buf) - n, "{\"KeepAlive\":true}", true);
	int total = 0;
	for (size_t i = 0; i < n; i++) {
		int rc = cp_ts_mapstream_feed(&ms, buf + i, 1, NOW, err, sizeof(err));
		CU_ASSERT_FATAL(rc >= 0);
		total += rc;
	}
	CU_ASSERT(total == 1 && ms.applied == 2 && !ms.first && nm.n_peers == 1);
	cp_ts_mapstream_free(&ms);

	/* Oversize length: refused before any payload byte. */
	cp_ts_mapstream_init(&ms, &nm, 1024, 1 << 20);
	tg_ts_map_len_put(buf, 1025);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, 4, NOW, err, sizeof(err)) == -EMSGSIZE);
	CU_ASSERT(ms.dec.buf == NULL || ms.dec.buf_size == 0);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, 1, NOW, err, sizeof(err)) < 0); /* dead */
	cp_ts_mapstream_free(&ms);
	/* Zero length. */
	cp_ts_mapstream_init(&ms, &nm, 1024, 1 << 20);
	tg_ts_map_len_put(buf, 0);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, 4, NOW, err, sizeof(err)) < 0);
	cp_ts_mapstream_free(&ms);
	/* Not zstd (raw JSON), truncated zstd, corrupted zstd. */
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 1 << 20);
	n = frame(buf, sizeof(buf), "{\"KeepAlive\":true}", false);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, n, NOW, err, sizeof(err)) == -EBADMSG);
	cp_ts_mapstream_free(&ms);
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 1 << 20);
	n = frame(buf, sizeof(buf), "{\"KeepAlive\":true}", true);
	tg_ts_map_len_put(buf, (uint32_t)(n - 4 - 3));
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, n - 3, NOW, err, sizeof(err)) == -EBADMSG);
	cp_ts_mapstream_free(&ms);
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 1 << 20);
	n = frame(buf, sizeof(buf), "{\"KeepAlive\":true,\"PeersRemoved\":[1,2,3,4,5,6]}", true);
	buf[n - 6] ^= 0x55;
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, n, NOW, err, sizeof(err)) == -EBADMSG);
	cp_ts_mapstream_free(&ms);
	/* Decoded size over the cap (a zstd bomb: 1 MiB of spaces). */
	char *big = malloc((1 << 20) + 3);
	memset(big, ' ', 1 << 20);
	strcpy(big + (1 << 20) - 3, "{}");
	uint8_t *zb = malloc(1 << 16);
	size_t zn = ZSTD_compress(zb + 4, (1 << 16) - 4, big, strlen(big), 3);
	CU_ASSERT_FATAL(!ZSTD_isError(zn));
	tg_ts_map_len_put(zb, (uint32_t)zn);
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 4096);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, zb, zn + 4, NOW, err, sizeof(err)) == -EMSGSIZE);
	CU_ASSERT(strstr(err, "cap") != NULL);
	cp_ts_mapstream_free(&ms);
	free(big);
	free(zb);
	/* Malformed JSON. */
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 1 << 20);
	n = frame(buf, sizeof(buf), "{\"Peers\":[", true);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, n, NOW, err, sizeof(err)) == -EBADMSG);
	CU_ASSERT(strstr(err, "malformed JSON") != NULL);
	cp_ts_mapstream_free(&ms);
	/* First message without Node. */
	cp_ts_mapstream_init(&ms, &nm, 1 << 20, 1 << 20);
	n = frame(buf, sizeof(buf), "{\"Peers\":[]}", true);
	CU_ASSERT(cp_ts_mapstream_feed(&ms, buf, n, NOW, err, sizeof(err)) == -EBADMSG);
	cp_ts_mapstream_free(&ms);
	CU_ASSERT(nm.n_peers == 1); /* none of that touched the model */
}

/* Random deltas vs a plain array of (id, key id, expired) as the oracle:
 * new/changed peers, key patches, removals, expiry patches, keep-alives
 * and now and then a full netmap of the oracle's set (the sync's full-diff
 * path; the others take the change-list path). After each message the
 * device holds exactly the oracle's live keys, and the committed
 * allowed-IPs table routes each live peer's address to that peer's slot
 * and a dead one's to no live peer. */
static bool oracle_live(const int *keyof, const bool *expired, int id)
{
	return keyof[id] && !expired[id];
}

static void test_random_deltas(void)
{
	uint64_t s = tg_test_seed() ^ 0x7473636eULL;
	int keyof[32]; /* 0 = absent */
	bool expired[32];
	char msg[8192];

	reset();
	memset(keyof, 0, sizeof(keyof));
	memset(expired, 0, sizeof(expired));
	CU_ASSERT_FATAL(apply_text(fmt("{" SELF "}", keytext(1)), true) == 0);
	for (int round = 0; round < 400; round++) {
		int id = 2 + (int)(tg_test_rand(&s) % 12);
		int op = (int)(tg_test_rand(&s) % 6);
		int live = 0, k;

		for (int i = 0; i < 32; i++)
			live += keyof[i] != 0;
		if (op == 0 || (op == 1 && live >= MAXP && !keyof[id])) {
			snprintf(msg, sizeof(msg), "{\"PeersRemoved\":[%d]}", id);
			keyof[id] = 0;
			expired[id] = false;
		} else if (op == 1) {
			k = 100 + (int)(tg_test_rand(&s) % 50);
			/* Two IDs must not share a key in this oracle. */
			for (int i = 0; i < 32; i++)
				if (keyof[i] == k && i != id)
					k = 0;
			if (!k)
				continue;
			snprintf(msg, sizeof(msg),
				 "{\"PeersChanged\":[{\"ID\":%d,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.%d/32\"]}]}",
				 id, keytext(k), id);
			keyof[id] = k;
			expired[id] = false;
		} else if (op == 2 && keyof[id]) {
			k = 150 + (int)(tg_test_rand(&s) % 50);
			for (int i = 0; i < 32; i++)
				if (keyof[i] == k && i != id)
					k = 0;
			if (!k)
				continue;
			snprintf(msg, sizeof(msg), "{\"PeersChangedPatch\":[{\"NodeID\":%d,\"Key\":\"%s\"}]}",
				 id, keytext(k));
			keyof[id] = k;
		} else if (op == 3 && keyof[id]) {
			snprintf(msg, sizeof(msg),
				 "{\"PeersChangedPatch\":[{\"NodeID\":%d,\"KeyExpiry\":\"2020-01-01T00:00:00Z\"}]}",
				 id);
			expired[id] = true;
		} else if (op == 4) {
			size_t l = (size_t)snprintf(msg, sizeof(msg), "{\"Peers\":[");
			bool any = false;

			for (int i = 0; i < 32; i++) {
				if (!keyof[i])
					continue;
				l += (size_t)snprintf(msg + l, sizeof(msg) - l,
						      "%s{\"ID\":%d,\"Key\":\"%s\",\"Addresses\":[\"100.64.0.%d/32\"]%s}",
						      any ? "," : "", i, keytext(keyof[i]), i,
						      expired[i] ? ",\"Expired\":true" : "");
				any = true;
			}
			if (!any)
				continue; /* an empty Peers is not a full netmap */
			snprintf(msg + l, sizeof(msg) - l, "]}");
		} else {
			snprintf(msg, sizeof(msg), "{\"KeepAlive\":true}");
		}
		CU_ASSERT_FATAL(apply_text(msg, false) >= 0);
		sync_dev();
		size_t want = 0;
		for (int i = 0; i < 32; i++) {
			uint8_t key[32], a[4] = { 100, 64, 0, (uint8_t)i };
			uint32_t routed = tg_aip_lookup4(&reg, a);

			if (!oracle_live(keyof, expired, i)) {
				struct tg_peer_entry *e = routed == TG_NONE ? NULL : tg_region_peer(&reg, routed);
				if (e && atomic_load(&e->state) == TG_SLOT_LIVE) {
					fprintf(stderr, "seed %llu round %d: dead id %d routed to live slot %u\n",
						tg_test_seed(), round, i, routed);
					CU_FAIL("a dead peer's address routes to a live peer");
				}
				continue;
			}
			want++;
			key_of(keyof[i], key);
			if (!in_dev(keyof[i])) {
				fprintf(stderr, "seed %llu round %d: key %d of id %d missing\n",
					tg_test_seed(), round, keyof[i], i);
				CU_FAIL("device lacks a live peer");
			} else if (routed != cp_wg_device_peer_slot(dev, key)) {
				fprintf(stderr, "seed %llu round %d: id %d routed to %u, its slot is %u\n",
					tg_test_seed(), round, i, routed, cp_wg_device_peer_slot(dev, key));
				CU_FAIL("a live peer's address is not routed to it");
			}
		}
		CU_ASSERT(cp_wg_device_peer_count(dev) == want);
		CU_ASSERT(!nm.dirty);
	}
}

/* PacketFilter of the netmap -> compiled and published into the region;
 * malformed filters refused; nothing published before the first filter. */
static void test_filter(void)
{
	struct cp_ts_filter f;
	struct tg_config cfg;
	char err[512];
	size_t len = 0;
	json_t *m;

	reset();
	tg_config_defaults(&cfg);
	cp_ts_filter_init(&f);
	CU_ASSERT_FATAL(apply_text(fmt("{" SELF "}", keytext(1)), true) == 0);
	m = json_loads("{\"KeepAlive\":true}", 0, NULL);
	CU_ASSERT(cp_ts_filter_msg(&f, m, err, sizeof(err)) == 0);
	json_decref(m);
	CU_ASSERT(cp_ts_filter_publish(&f, &reg, &cfg, &nm, err, sizeof(err)) == 0);
	CU_ASSERT(tg_region_filter(&reg, &len) == NULL || len == 0 ||
		  ((const struct tg_filter_blob_hdr *)tg_region_filter(&reg, &len))->serial == 0);
	m = json_loads("{\"PacketFilter\":[{\"SrcIPs\":[\"100.64.0.0/10\"],"
		       "\"DstPorts\":[{\"IP\":\"*\",\"Ports\":{\"First\":0,\"Last\":65535}}]}]}",
		       0, NULL);
	CU_ASSERT_FATAL(m != NULL);
	CU_ASSERT(cp_ts_filter_msg(&f, m, err, sizeof(err)) == 0);
	json_decref(m);
	CU_ASSERT(f.dirty);
	int rc = cp_ts_filter_publish(&f, &reg, &cfg, &nm, err, sizeof(err));
	if (rc < 0)
		fprintf(stderr, "filter publish: %s\n", err);
	CU_ASSERT(rc == 0 && !f.dirty && f.serial >= 1);
	const struct tg_filter_blob_hdr *h = tg_region_filter(&reg, &len);
	CU_ASSERT_FATAL(h != NULL && len >= sizeof(*h));
	CU_ASSERT(h->serial == f.serial);
	/* Malformed: refused, state untouched, nothing republished. */
	m = json_loads("{\"PacketFilter\":[{\"SrcIPs\":7}]}", 0, NULL);
	CU_ASSERT(cp_ts_filter_msg(&f, m, err, sizeof(err)) < 0);
	json_decref(m);
	CU_ASSERT(!f.dirty);
	/* [] = deny all: a change, published with a new serial. */
	m = json_loads("{\"PacketFilter\":[]}", 0, NULL);
	CU_ASSERT(cp_ts_filter_msg(&f, m, err, sizeof(err)) == 0 && f.dirty);
	json_decref(m);
	uint32_t before = f.serial;
	CU_ASSERT(cp_ts_filter_publish(&f, &reg, &cfg, &nm, err, sizeof(err)) == 0);
	CU_ASSERT(f.serial == before + 1);
	cp_ts_filter_free(&f);
	tg_config_free(&cfg);
}

/* Sync touches only the peers whose tables change: a peer whose allowed-IP
 * set and endpoint are already in the device is not upserted again (each
 * upsert commits the whole allowed-IPs table), seen here through the order
 * of its allowed IPs, which an upsert would rewrite. Changes still land. */
static void test_sync_skips_unchanged(void)
{
	struct cp_wg_peer_info in;

	reset();
	CU_ASSERT(apply_text(fmt("{" SELF ",\"Peers\":["
				 "{\"ID\":2,\"Key\":\"%s\",\"AllowedIPs\":[\"100.64.0.2/32\",\"198.51.100.0/24\"],\"Endpoints\":[\"192.0.2.2:41641\"]},"
				 "{\"ID\":3,\"Key\":\"%s\",\"AllowedIPs\":[\"100.64.0.3/32\"]}]}",
				 keytext(1), keytext(2), keytext(3)), true) == 0);
	CU_ASSERT(sync_dev() == 2);
	/* Same set in another order, same endpoint: no upsert. */
	CU_ASSERT(apply_text(fmt("{\"PeersChanged\":[{\"ID\":2,\"Key\":\"%s\",\"AllowedIPs\":[\"198.51.100.0/24\",\"100.64.0.2/32\"],\"Endpoints\":[\"192.0.2.2:41641\"]}]}",
				 keytext(2)), false) == 0);
	CU_ASSERT(nm.dirty);
	CU_ASSERT(sync_dev() == 2);
	CU_ASSERT_FATAL(dev_info(2, &in));
	CU_ASSERT(in.n_allowed_ips == 2 && in.allowed_ips[0].cidr == 32 && in.allowed_ips[1].cidr == 24);
	/* A changed set, a changed endpoint: upserted. */
	CU_ASSERT(apply_text(fmt("{\"PeersChanged\":[{\"ID\":2,\"Key\":\"%s\",\"AllowedIPs\":[\"198.51.100.0/24\"],\"Endpoints\":[\"192.0.2.2:41641\"]},"
				 "{\"ID\":3,\"Key\":\"%s\",\"AllowedIPs\":[\"100.64.0.3/32\"],\"Endpoints\":[\"192.0.2.3:41642\"]}]}",
				 keytext(2), keytext(3)), false) == 0);
	CU_ASSERT(sync_dev() == 2);
	CU_ASSERT_FATAL(dev_info(2, &in));
	CU_ASSERT(in.n_allowed_ips == 1 && in.allowed_ips[0].cidr == 24);
	CU_ASSERT_FATAL(dev_info(3, &in));
	CU_ASSERT(in.endpoint.family == 4 && in.endpoint.port == htons(41642));
	/* Moving a prefix from one peer to another in one delta. */
	CU_ASSERT(apply_text(fmt("{\"PeersChanged\":[{\"ID\":2,\"Key\":\"%s\",\"AllowedIPs\":[\"100.64.0.2/32\"]},"
				 "{\"ID\":3,\"Key\":\"%s\",\"AllowedIPs\":[\"100.64.0.3/32\",\"198.51.100.0/24\"]}]}",
				 keytext(2), keytext(3)), false) == 0);
	CU_ASSERT(sync_dev() == 2);
	CU_ASSERT_FATAL(dev_info(2, &in));
	CU_ASSERT(in.n_allowed_ips == 1 && in.allowed_ips[0].cidr == 32);
	CU_ASSERT_FATAL(dev_info(3, &in));
	CU_ASSERT(in.n_allowed_ips == 2);
}

void ts_netmap_test_register(void)
{
	TG_ADD_SUITE("ts_netmap", setup, teardown,
		     { "parsers (prefix, endpoint, RFC 3339)", test_parsers },
		     { "full netmap -> device", test_full },
		     { "deltas, removal, patches, expiry", test_delta },
		     { "hostile JSON leaves the model unchanged", test_hostile_json },
		     { "100,000 peers vs max_peers", test_many_peers },
		     { "map stream bytes: framing, zstd, JSON", test_stream_bytes },
		     { "randomized deltas vs oracle", test_random_deltas },
		     { "netmap packet filter -> region", test_filter },
		     { "sync skips unchanged peers", test_sync_skips_unchanged });
}
