/*
 * tailgatectl protocol (controlplane/ctl.c): replies to status, peers and
 * counters built from a one-peer fake device and a known snapshot; errors
 * for malformed or unknown requests; the table printers.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctl.h"
#include "unit/test_util.h"

static struct cp_wg_peer_info peer;

static bool g_key(void *c, uint8_t out[32]) { (void)c; memset(out, 1, 32); return true; }
static uint16_t g_port(void *c) { (void)c; return 41641; }
static size_t g_count(void *c) { (void)c; return 1; }
static int g_info(void *c, size_t i, struct cp_wg_peer_info *o)
{
	(void)c;
	if (i)
		return -ENOENT;
	*o = peer;
	return 0;
}

static struct cp_uapi_dev dev = { .get_private_key = g_key, .listen_port = g_port,
				  .peer_count = g_count, .peer_info = g_info };
static struct cp_metrics_worker workers[1];
static struct cp_metrics_peer mpeers[1];
static struct cp_metrics_snap snap;
static struct cp_ctl_src src;

static void setup(void)
{
	memset(&peer, 0, sizeof(peer));
	memset(peer.public_key, 2, 32);
	peer.endpoint.family = 4;
	peer.endpoint.port = htons(51820);
	inet_pton(AF_INET, "192.0.2.5", peer.endpoint.addr);
	peer.n_allowed_ips = 1;
	peer.allowed_ips[0].family = 4;
	peer.allowed_ips[0].cidr = 32;
	inet_pton(AF_INET, "100.64.0.2", peer.allowed_ips[0].addr);
	peer.rx_bytes = 11;
	peer.tx_bytes = 22;
	memset(&snap, 0, sizeof(snap));
	snap.now_ns = 50ULL * 1000000000ULL;
	snap.dp_alive_ns = snap.now_ns - 100000000ULL;
	snap.cp_alive_ns = 0;
	snap.dp_pid = 77;
	snap.drop[TG_DROP_wg_bad_tag] = 9;
	snap.n_ports = 1;
	snap.port[0][TG_PORT_rx_packets] = 5;
	snap.n_workers = 1;
	snap.workers = workers;
	workers[0].loops = 1234;
	workers[0].punt[TG_RING_enqueued] = 3;
	snap.n_peers = 1;
	snap.peers = mpeers;
	memcpy(mpeers[0].pubkey, peer.public_key, 32);
	mpeers[0].v[TG_PEER_last_rx_ns] = snap.now_ns - 2000000000ULL;
	snap.has_hs = true;
	snap.hs[CP_HS_initiations_received] = 4;
	src = (struct cp_ctl_src){ .dev = &dev, .snap = &snap, .ifname = "tgcp0",
				   .config_path = "/etc/tailgate.conf", .mode = "static" };
}

static json_t *ask(const char *req)
{
	char *t = cp_ctl_handle(req, &src);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	json_t *j = json_loads(t, 0, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	CU_ASSERT_PTR_NULL(strchr(t, '\n')); /* one line */
	free(t);
	return j;
}

static void test_status(void)
{
	uint8_t priv[32], pub[32];
	char want[45];

	setup();
	memset(priv, 1, 32);
	crypto_scalarmult_base(pub, priv);
	sodium_bin2base64(want, sizeof(want), pub, 32, sodium_base64_VARIANT_ORIGINAL);
	json_t *j = ask("{\"cmd\":\"status\"}");
	CU_ASSERT(json_is_true(json_object_get(j, "ok")));
	json_t *st = json_object_get(j, "status");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(st, "public_key")), want);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(st, "listen_port")), 41641);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(st, "peers")), 1);
	json_t *dp = json_object_get(st, "dataplane"), *cp = json_object_get(st, "controlplane");
	CU_ASSERT(json_is_true(json_object_get(dp, "up")));
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(dp, "pid")), 77);
	CU_ASSERT(json_is_false(json_object_get(cp, "up")));
	/* no private key anywhere in the reply */
	char *t = json_dumps(j, 0);
	char privb64[45];
	sodium_bin2base64(privb64, sizeof(privb64), priv, 32, sodium_base64_VARIANT_ORIGINAL);
	CU_ASSERT_PTR_NULL(strstr(t, privb64));
	char *mem;
	size_t ml;
	FILE *f = open_memstream(&mem, &ml);
	CU_ASSERT_EQUAL(cp_ctl_print_status(f, st), 0);
	fclose(f);
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "dataplane:     up (pid 77"));
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "controlplane:  down (never stamped)"));
	free(mem);
	free(t);
	json_decref(j);
}

static void test_peers(void)
{
	setup();
	json_t *j = ask("{\"cmd\":\"peers\"}");
	json_t *arr = json_object_get(j, "peers");
	CU_ASSERT_EQUAL_FATAL(json_array_size(arr), 1);
	json_t *p = json_array_get(arr, 0);
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(p, "public_key")),
			       "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(p, "endpoint")), "192.0.2.5:51820");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_array_get(json_object_get(p, "allowed_ips"), 0)),
			       "100.64.0.2/32");
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(p, "rx_bytes")), 11);
	CU_ASSERT_DOUBLE_EQUAL(json_real_value(json_object_get(p, "last_rx_age_s")), 2.0, 1e-6);
	char *mem;
	size_t ml;
	FILE *f = open_memstream(&mem, &ml);
	CU_ASSERT_EQUAL(cp_ctl_print_peers(f, arr), 0);
	fclose(f);
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=  192.0.2.5:51820"));
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "never"));
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "100.64.0.2/32"));
	free(mem);
	json_decref(j);
}

static void test_counters(void)
{
	setup();
	json_t *j = ask("{\"cmd\":\"counters\"}");
	json_t *c = json_object_get(j, "counters");
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(c, "drops"), "wg_bad_tag")), 9);
	CU_ASSERT_EQUAL(json_object_size(json_object_get(c, "drops")), TG_DROP__COUNT);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(
				json_array_get(json_object_get(c, "ports"), 0), "rx_packets")), 5);
	json_t *w = json_array_get(json_object_get(c, "workers"), 0);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(w, "loops")), 1234);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(w, "punt"), "enqueued")), 3);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(c, "handshake"),
							   "initiations_received")), 4);
	char *mem;
	size_t ml;
	FILE *f = open_memstream(&mem, &ml);
	CU_ASSERT_EQUAL(cp_ctl_print_counters(f, c, 0), 0);
	fclose(f);
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "wg_bad_tag"));
	CU_ASSERT_PTR_NULL(strstr(mem, "rx_short")); /* zero: hidden */
	free(mem);
	json_decref(j);
}

static void test_filter(void)
{
	setup();
	static uint64_t hits[3] = { 0, 42, 0 };
	json_t *rules = json_loads("[{\"SrcIPs\":[\"100.64.0.11/32\"],\"DstPorts\":[{\"IP\":\"*\","
				   "\"Ports\":{\"First\":0,\"Last\":65535}}]},"
				   "{\"SrcIPs\":[\"100.64.0.12\"],\"DstPorts\":[{\"IP\":\"198.51.100.0/24\","
				   "\"Ports\":{\"First\":53,\"Last\":53}}],\"IPProto\":[17]}]", 0, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(rules);
	snap.filter_hits = hits;
	snap.filter_n_rules = 2;
	snap.filter_serial = 7;
	src.filter_rules = rules;
	src.filter_source = "/etc/tailgate/filter.json";
	json_t *j = ask("{\"cmd\":\"filter\"}");
	json_t *fl = json_object_get(j, "filter");
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(fl, "serial")), 7);
	CU_ASSERT_EQUAL(json_array_size(json_object_get(fl, "rules")), 2);
	json_t *r1 = json_array_get(json_object_get(fl, "rules"), 1);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(r1, "hits")), 42);
	CU_ASSERT_EQUAL(json_integer_value(json_object_get(r1, "index")), 1);
	char *mem;
	size_t ml;
	FILE *f = open_memstream(&mem, &ml);
	CU_ASSERT_EQUAL(cp_ctl_print_filter(f, fl), 0);
	fclose(f);
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "serial 7, 2 rule(s)"));
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "198.51.100.0/24:53"));
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "*:*"));
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "          42  100.64.0.12"));
	free(mem);
	json_decref(j);
	/* no filter */
	src.filter_rules = NULL;
	src.filter_source = NULL;
	j = ask("{\"cmd\":\"filter\"}");
	f = open_memstream(&mem, &ml);
	CU_ASSERT_EQUAL(cp_ctl_print_filter(f, json_object_get(j, "filter")), 0);
	fclose(f);
	CU_ASSERT_PTR_NOT_NULL(strstr(mem, "no packet filter configured"));
	free(mem);
	json_decref(j);
	json_decref(rules);
}

static void test_bad_requests(void)
{
	const char *bad[] = { "", "{", "[]", "{\"cmd\":1}", "{\"cmd\":\"reboot\"}", "null",
			      "{\"nocmd\":\"status\"}" };
	setup();
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		json_t *j = ask(bad[i]);
		CU_ASSERT(json_is_false(json_object_get(j, "ok")));
		CU_ASSERT(json_is_string(json_object_get(j, "error")));
		json_decref(j);
	}
	json_t *j = ask("{\"cmd\":\"reboot\"}");
	CU_ASSERT_PTR_NOT_NULL(strstr(json_string_value(json_object_get(j, "error")), "'reboot'"));
	json_decref(j);
}

void ctl_test_register(void)
{
	TG_ADD_SUITE("ctl", NULL, NULL, { "filter", test_filter },
		     { "status", test_status },
		     { "peers", test_peers },
		     { "counters", test_counters },
		     { "bad_requests", test_bad_requests });
}
