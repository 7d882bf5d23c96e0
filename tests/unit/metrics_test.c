/*
 * /metrics rendering (controlplane/metrics.c): a snapshot with known counter
 * values renders the expected samples; every X-macro counter has a series;
 * and the stock `promtool check metrics` accepts the output without a single
 * complaint (skipped with a notice when promtool is absent).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filter.h"
#include "metrics.h"
#include "region.h"
#include "unit/test_util.h"

static struct cp_metrics_worker workers[2];
static struct cp_metrics_peer peers[2];

static void fill(struct cp_metrics_snap *s)
{
	memset(s, 0, sizeof(*s));
	memset(workers, 0, sizeof(workers));
	memset(peers, 0, sizeof(peers));
	s->now_ns = 100ULL * 1000000000ULL;
	s->dp_alive_ns = s->now_ns - 500000000ULL;
	s->cp_alive_ns = s->now_ns - 10;
	s->generation = 42;
	s->drop[TG_DROP_wg_replay] = 7;
	s->drop[TG_DROP_no_route] = 3;
	s->path[TG_PATH_decap] = 1000;
	s->n_ports = 2;
	s->port[1][TG_PORT_tx_bytes] = 123456;
	s->n_workers = 2;
	s->workers = workers;
	workers[0].loops = 99;
	workers[0].is_online = true;
	workers[1].punt_depth = 5;
	workers[1].punt[TG_RING_overflow] = 2;
	s->n_peers = 2;
	s->peers = peers;
	memset(peers[0].pubkey, 0, 32);
	memset(peers[1].pubkey, 0xfb, 32); /* base64 with '+' and '/' */
	peers[0].v[TG_PEER_rx_bytes] = 4096;
	peers[1].v[TG_PEER_last_rx_ns] = 99500000000ULL;
	s->has_hs = true;
	s->hs[CP_HS_completed] = 3;
	static uint64_t hits[3] = { 5, 0, 0 };
	s->filter_hits = hits;
	s->filter_n_rules = 2;
	s->filter_hits_overflow = 1;
}

static void render(struct cp_strbuf *o)
{
	struct cp_metrics_snap s;
	fill(&s);
	cp_strbuf_init(o);
	cp_metrics_render(&s, o);
	CU_ASSERT_FATAL(!o->is_oom && o->p);
}

static void test_known_values(void)
{
	struct cp_strbuf o;
	render(&o);
	const char *want[] = {
		"# TYPE tailgate_drops_total counter\n",
		"\ntailgate_drops_total{reason=\"wg_replay\"} 7\n",
		"\ntailgate_drops_total{reason=\"no_route\"} 3\n",
		"\ntailgate_drops_total{reason=\"rx_short\"} 0\n",
		"\ntailgate_path_packets_total{path=\"decap\"} 1000\n",
		"\ntailgate_port_tx_bytes_total{port=\"1\"} 123456\n",
		"\ntailgate_port_rx_packets_total{port=\"0\"} 0\n",
		"\ntailgate_peer_rx_bytes_total{peer=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"} 4096\n",
		"\ntailgate_peer_last_rx_seconds{peer=\"+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/s=\"} 99.500000000\n",
		"# TYPE tailgate_peer_last_rx_seconds gauge\n",
		"\ntailgate_ring_depth{ring=\"punt\",worker=\"1\"} 5\n",
		"\ntailgate_ring_overflow_total{ring=\"punt\",worker=\"1\"} 2\n",
		"\ntailgate_worker_loops_total{worker=\"0\"} 99\n",
		"\ntailgate_worker_online{worker=\"0\"} 1\n",
		"\ntailgate_process_up{process=\"dataplane\"} 1\n",
		"\ntailgate_process_up{process=\"controlplane\"} 1\n",
		"\ntailgate_handshake_completed_total 3\n",
		"\ntailgate_region_generation 42\n",
		"\ntailgate_peers 2\n",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		if (!strstr(o.p, want[i]))
			printf("\n  missing: %s", want[i]);
		CU_ASSERT_PTR_NOT_NULL(strstr(o.p, want[i]));
	}
	/* not exported beyond n_ports */
	CU_ASSERT_PTR_NULL(strstr(o.p, "port=\"2\""));
	/* every drop reason and path has a series */
	char line[160];
	for (int i = 0; i < TG_DROP__COUNT; i++) {
		snprintf(line, sizeof(line), "tailgate_drops_total{reason=\"%s\"} ", tg_drop_names[i]);
		CU_ASSERT_PTR_NOT_NULL(strstr(o.p, line));
	}
	for (int i = 0; i < TG_PATH__COUNT; i++) {
		snprintf(line, sizeof(line), "tailgate_path_packets_total{path=\"%s\"} ", tg_path_names[i]);
		CU_ASSERT_PTR_NOT_NULL(strstr(o.p, line));
	}
	cp_strbuf_free(&o);
}

static void test_filter_hits(void)
{
	struct cp_strbuf o;

	render(&o);
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\n# TYPE tailgate_filter_rule_hits_total counter\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_filter_rule_hits_total{rule=\"0\"} 5\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_filter_rule_hits_total{rule=\"1\"} 0\n"));
	CU_ASSERT_PTR_NULL(strstr(o.p, "rule=\"2\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_filter_rule_hits_total{rule=\"overflow\"} 1\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_drops_total{reason=\"filter_no_rule\"} 0\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_drops_total{reason=\"filter_local_denied\"} 0\n"));
	cp_strbuf_free(&o);
}

static void test_health(void)
{
	struct cp_metrics_snap s;
	char msg[128];

	fill(&s);
	CU_ASSERT_EQUAL(cp_metrics_health(&s, msg, sizeof(msg)), 0);
	CU_ASSERT_STRING_EQUAL(msg, "ok");
	s.dp_alive_ns = s.now_ns - 3000000000ULL;
	CU_ASSERT_EQUAL(cp_metrics_health(&s, msg, sizeof(msg)), -1);
	CU_ASSERT_STRING_EQUAL(msg, "dataplane down");
	s.cp_alive_ns = 0;
	CU_ASSERT_EQUAL(cp_metrics_health(&s, msg, sizeof(msg)), -1);
	CU_ASSERT_STRING_EQUAL(msg, "dataplane down, controlplane down");
	s.dp_alive_ns = s.now_ns;
	CU_ASSERT_EQUAL(cp_metrics_health(&s, msg, sizeof(msg)), -1);
	CU_ASSERT_STRING_EQUAL(msg, "controlplane down");
}

static void test_promtool(void)
{
	const char *tool = "/usr/bin/promtool";
	if (access(tool, X_OK) != 0) {
		printf("\n  promtool not installed: skipped\n");
		return;
	}
	struct cp_strbuf o;
	render(&o);
	char tmpl[] = "/tmp/tgcp-promtool-XXXXXX";
	int fd = mkstemp(tmpl);
	CU_ASSERT_FATAL(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fwrite(o.p, 1, o.len, f);
	fclose(f);
	char cmd[256], outbuf[4096] = "";
	snprintf(cmd, sizeof(cmd), "%s check metrics < %s 2>&1", tool, tmpl);
	FILE *p = popen(cmd, "r");
	CU_ASSERT_FATAL(p != NULL);
	size_t n = fread(outbuf, 1, sizeof(outbuf) - 1, p);
	outbuf[n] = '\0';
	int st = pclose(p);
	unlink(tmpl);
	if (st != 0 || n != 0)
		printf("\n  promtool (status %d) says:\n%s", st, outbuf);
	CU_ASSERT_EQUAL(st, 0);
	CU_ASSERT_EQUAL(n, 0);
	cp_strbuf_free(&o);
}


/* Collect from a real region: worker blocks sum, peer *_ns take the max,
 * only LIVE peers are exported, ring counters come from both halves. */
static void test_from_region(void)
{
	const struct tg_region_sizes sz = { .max_peers = 8, .max_keypairs = 24,
		.max_allowed_ips = 16, .max_workers = 3, .nat_sessions = 1024,
		.max_filter_rules = 4, .ring_slots = 16, .filter_bytes = 4096 };
	struct tg_region r;
	struct cp_metrics_snap s;
	struct cp_strbuf o;
	char name[64], err[256];

	snprintf(name, sizeof(name), "tgcp-metrics-%d", (int)getpid());
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	for (uint32_t w = 0; w < 3; w++) {
		struct tg_worker_counters *c = tg_region_worker_ctr(&r, w);
		c->drop[TG_DROP_wg_bad_tag] = 10 + w;   /* 10 + 11 + 12 */
		c->path[TG_PATH_encap] = 100;
		c->port[1][TG_PORT_rx_bytes] = 1000;
		c->loops = w;
	}
	uint32_t live = tg_peer_alloc(&r), dead = tg_peer_alloc(&r);
	CU_ASSERT_FATAL(live != TG_NONE && dead != TG_NONE);
	memset(tg_region_peer(&r, live)->pubkey, 0x11, 32);
	tg_peer_publish(&r, live);
	for (uint32_t w = 0; w < 3; w++) {
		struct tg_peer_counters *pc = tg_region_peer_ctr(&r, w, live);
		pc->v[TG_PEER_rx_bytes] = 5;
		pc->v[TG_PEER_last_rx_ns] = (w + 1) * 1000000000ULL; /* max: 3 s */
	}
	struct tg_ring_meta m = { .kind = TG_PUNT_HANDSHAKE, .len = 4, .peer = TG_NONE };
	CU_ASSERT_EQUAL(tg_ring_enqueue(tg_region_punt(&r, 2), &m, "abcd"), 0);
	CU_ASSERT_EQUAL(tg_ring_enqueue(tg_region_punt(&r, 2), &m, "abcd"), 0);
	tg_region_stamp_cp(&r, 5000000000ULL);
	/* an active filter with 6 rules (ids 0..5; counters for 0..3 + overflow) */
	{
		struct tg_filter_rules rs = { .n_rules = 6 };
		void *blob = NULL;
		size_t len = 0;

		CU_ASSERT_EQUAL_FATAL(tg_filter_build(&rs, &(struct tg_filter_local){ 0 }, NULL, 9,
						      &blob, &len, err, sizeof(err)), 0);
		CU_ASSERT_EQUAL_FATAL(tg_filter_publish(&r, blob, len, 1000000000ULL), 0);
		free(blob);
		for (uint32_t w = 0; w < 3; w++) {
			tg_region_filter_hits(&r, w)[2] = 4;
			tg_region_filter_hits(&r, w)[4] = 1; /* overflow slot */
		}
	}

	CU_ASSERT_EQUAL_FATAL(cp_metrics_collect(&r, 2, 5100000000ULL, &s), 0);
	CU_ASSERT_EQUAL(s.filter_n_rules, 4);
	CU_ASSERT_EQUAL(s.filter_serial, 9);
	CU_ASSERT_EQUAL(s.filter_hits[2], 12);
	CU_ASSERT_EQUAL(s.filter_hits_overflow, 3);
	CU_ASSERT_EQUAL(s.drop[TG_DROP_wg_bad_tag], 33);
	CU_ASSERT_EQUAL(s.path[TG_PATH_encap], 300);
	CU_ASSERT_EQUAL(s.port[1][TG_PORT_rx_bytes], 3000);
	CU_ASSERT_EQUAL_FATAL(s.n_peers, 1);
	CU_ASSERT_EQUAL(s.peers[0].v[TG_PEER_rx_bytes], 15);
	CU_ASSERT_EQUAL(s.peers[0].v[TG_PEER_last_rx_ns], 3000000000ULL);
	CU_ASSERT_EQUAL(s.workers[2].punt_depth, 2);
	CU_ASSERT_EQUAL(s.workers[2].punt[TG_RING_enqueued], 2);
	cp_strbuf_init(&o);
	cp_metrics_render(&s, &o);
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_drops_total{reason=\"wg_bad_tag\"} 33\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_port_rx_bytes_total{port=\"1\"} 3000\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_peer_last_rx_seconds{peer=\"ERERERERERERERERERERERERERERERERERERERERERE=\"} 3.000000000\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_ring_depth{ring=\"punt\",worker=\"2\"} 2\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_process_up{process=\"controlplane\"} 1\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_process_up{process=\"dataplane\"} 0\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(o.p, "\ntailgate_peers 1\n"));
	cp_strbuf_free(&o);
	cp_metrics_snap_free(&s);
	tg_region_detach(&r);
	tg_region_unlink(name);
}

void metrics_test_register(void)
{
	TG_ADD_SUITE("metrics", NULL, NULL, { "filter_hits", test_filter_hits },
		     { "known_values", test_known_values },
		     { "health", test_health },
		     { "promtool", test_promtool },
		     { "from_region", test_from_region });
}
