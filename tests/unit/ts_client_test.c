/*
 * Control client timing on the injected clock (controlplane/ts_client.c):
 * a server that accepts TCP but never answers GET /key is dropped after
 * 30 s of clock time, and reconnects follow the exponential backoff with
 * jitter (1 s, 2 s, 4 s ... each within 75-125 %). The server is a
 * listening socket on 127.0.0.1 owned by the test that never accepts (the
 * kernel completes the handshakes). Clock time is manual; only the tick
 * that reads it (5 ms here, 250 ms in the cp) runs in real time.
 */
#include <CUnit/CUnit.h>
#include <arpa/inet.h>
#include <event2/event.h>
#include <jansson.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "clock.h"
#include "config.h"
#include "crypto.h"
#include "region.h"
#include "test_util.h"
#include "ts_client.h"
#include "ts_state.h"
#include "wg_device.h"

void ts_client_test_register(void);

static struct tg_manual_clock clk;
static struct event_base *base;
static struct cp_ts_client *cli;
static json_t *st;

static void loop_once(void)
{
	/* One tick (5 ms timer) or any socket event. */
	event_base_loop(base, EVLOOP_ONCE);
}

static json_int_t field(const char *k)
{
	json_decref(st);
	st = cp_ts_client_status_json(cli);
	return json_integer_value(json_object_get(st, k));
}

/* Run the loop until the attempt counter reaches n (bounded). */
static bool until_attempts(json_int_t n)
{
	for (int i = 0; i < 20; i++) {
		if (field("attempts") >= n)
			return true;
		loop_once();
	}
	return field("attempts") >= n;
}

static void advance_s(double s)
{
	clk.mono += (uint64_t)(s * 1e9);
	clk.wall += (uint64_t)(s * 1e9);
}

static void test_timeout_and_backoff(void)
{
	int lfd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t sl = sizeof(sa);
	static struct tg_config cfg;
	struct tg_region_sizes sz = { .max_peers = 4, .max_keypairs = 12, .max_allowed_ips = 16,
				      .max_workers = 1, .nat_sessions = 64, .max_filter_rules = 4,
				      .ring_slots = 64, .filter_bytes = 4096 };
	struct tg_region reg = { 0 };
	struct cp_ts_state state;
	char err[256], name[64];

	CU_ASSERT_FATAL(lfd >= 0);
	CU_ASSERT_FATAL(bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) == 0);
	CU_ASSERT_FATAL(listen(lfd, 16) == 0);
	CU_ASSERT_FATAL(getsockname(lfd, (struct sockaddr *)&sa, &sl) == 0);
	snprintf(name, sizeof(name), "tgtc-cli-%d", (int)getpid());
	CU_ASSERT_FATAL(tg_region_create(&reg, name, &sz, err, sizeof(err)) == 0);
	tg_manual_clock_init(&clk, 1000000000ULL, 1800000000ULL * 1000000000ULL);
	struct cp_wg_device *dev = cp_wg_device_new(&reg, &clk.clock);
	CU_ASSERT_FATAL(dev != NULL);
	tg_config_defaults(&cfg);
	cfg.control.enabled = true;
	snprintf(cfg.control.server_url, sizeof(cfg.control.server_url), "http://127.0.0.1:%u",
		 ntohs(sa.sin_port));
	snprintf(cfg.control.state_dir, sizeof(cfg.control.state_dir), "/nonexistent-tgtc");
	cfg.tables.max_peers = 4;
	memset(&state, 0, sizeof(state));
	tg_random(state.machine_priv, 32);
	tg_random(state.node_priv, 32);
	base = event_base_new();
	struct cp_ts_client_params p = { .base = base, .cfg = &cfg, .region = &reg, .dev = dev,
					 .clock = clk.clock, .state = &state,
					 .tick_ms = 5 };
	CU_ASSERT_FATAL(cp_ts_client_new(&cli, &p, err, sizeof(err)) == 0);

	/* First attempt right away; no answer: nothing happens for 29 s. */
	CU_ASSERT(until_attempts(1));
	advance_s(29);
	loop_once();
	loop_once();
	CU_ASSERT(field("reconnects") == 0);
	/* Past 30 s: dropped with a clear reason. */
	advance_s(2);
	for (int i = 0; i < 10 && field("reconnects") == 0; i++)
		loop_once();
	CU_ASSERT(field("reconnects") == 1);
	const char *e = json_string_value(json_object_get(st, "last_error"));
	CU_ASSERT(e && strstr(e, "GET /key") && strstr(e, "no answer in 30 s"));

	/* Backoff: attempt k+1 comes within [0.75, 1.25] x 2^(k-1) s. */
	double step = 1.0;
	for (int k = 1; k <= 6; k++) {
		advance_s(step * 0.74);
		loop_once();
		loop_once();
		CU_ASSERT(field("attempts") == k);
		advance_s(step * 0.52); /* now at 1.26 x step */
		CU_ASSERT(until_attempts(k + 1));
		/* and fail it again by timeout */
		advance_s(31);
		for (int i = 0; i < 10 && field("reconnects") == k; i++)
			loop_once();
		CU_ASSERT(field("reconnects") == k + 1);
		step *= 2;
	}
	/* Capped at 60 s (+25 % jitter). */
	for (int k = 0; k < 3; k++) {
		json_int_t a = field("attempts");
		advance_s(75.1);
		CU_ASSERT(until_attempts(a + 1));
		advance_s(31);
		for (int i = 0; i < 10 && field("attempts") == a + 1 &&
				field("reconnects") < a + 1; i++)
			loop_once();
	}
	json_decref(st);
	st = NULL;
	cp_ts_client_free(cli);
	cli = NULL;
	event_base_free(base);
	cp_wg_device_free(dev);
	tg_region_detach(&reg);
	tg_region_unlink(name);
	close(lfd);
	tg_config_free(&cfg);
}

void ts_client_test_register(void)
{
	TG_ADD_SUITE("ts_client", NULL, NULL,
		     { "connect timeout and jittered exponential backoff (manual clock)",
		       test_timeout_and_backoff });
}
