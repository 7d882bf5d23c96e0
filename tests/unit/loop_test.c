/*
 * The cp event loop (controlplane/loop.c) in-process, on a real region, the
 * real WireGuard device and a manual clock: a tick drains every punt ring
 * (handshake slots reach the device, other kinds are counted), stamps the
 * cp's liveness with the injected clock; /healthz and /metrics answer over
 * real TCP on loopback, tailgatectl's socket answers JSON; fini removes the
 * sockets and leaves the region alone.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <event2/event.h>
#include <jansson.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "config.h"
#include "loop.h"
#include "netcfg.h"
#include "region.h"
#include "unit/test_util.h"
#include "wg_device.h"

/* Write req to fd, pump the loop until the peer closes or `until` arrives. */
static size_t exchange(struct cp_loop *l, int fd, const char *req, char *out,
		       size_t cap, const char *until)
{
	size_t got = 0;

	if (send(fd, req, strlen(req), MSG_NOSIGNAL) != (ssize_t)strlen(req))
		return 0;
	for (int i = 0; i < 3000 && got + 1 < cap; i++) {
		event_base_loop(l->base, EVLOOP_NONBLOCK);
		ssize_t r = recv(fd, out + got, cap - got - 1, MSG_DONTWAIT);
		if (r == 0)
			break;
		if (r > 0) {
			got += (size_t)r;
			out[got] = '\0';
			if (until && strstr(out, until))
				break;
		} else {
			usleep(1000);
		}
	}
	out[got] = '\0';
	return got;
}

static size_t http_get(struct cp_loop *l, uint16_t port, const char *path, char *out,
		       size_t cap)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(port) };
	char req[128];
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);

	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 && errno != EINPROGRESS) {
		close(fd);
		return 0;
	}
	for (int i = 0; i < 50; i++)
		event_base_loop(l->base, EVLOOP_NONBLOCK);
	snprintf(req, sizeof(req), "GET %s HTTP/1.0\r\nHost: x\r\n\r\n", path);
	size_t n = exchange(l, fd, req, out, cap, NULL);
	close(fd);
	return n;
}

static size_t ctl_ask(struct cp_loop *l, const char *path, const char *req, char *out,
		      size_t cap)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);

	if (strlen(path) >= sizeof(sa.sun_path)) {
		close(fd);
		return 0;
	}
	memcpy(sa.sun_path, path, strlen(path) + 1);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		close(fd);
		return 0;
	}
	size_t n = exchange(l, fd, req, out, cap, "\n");
	close(fd);
	return n;
}

static void test_loop(void)
{
	const struct tg_region_sizes sz = { .max_peers = 8, .max_keypairs = 24,
		.max_allowed_ips = 16, .max_workers = 2, .nat_sessions = 1024,
		.max_filter_rules = 4, .ring_slots = 16 };
	static struct tg_config cfg;
	static struct cp_loop loop;
	char dir[] = "/tmp/tgcp-loop-XXXXXX", name[64], err[256], path[160];
	char buf[1 << 16];
	struct tg_manual_clock clk;
	struct tg_region r;
	struct stat st;
	uint64_t seed = tg_test_seed();
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);

	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	snprintf(name, sizeof(name), "tgcp-loop-%d", (int)getpid());
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	tg_manual_clock_init(&clk, 1000ULL * 1000000000ULL, 1700000000ULL * 1000000000ULL);
	struct cp_wg_device *dev = cp_wg_device_new(&r, &clk.clock);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dev);

	tg_config_defaults(&cfg);
	snprintf(cfg.wireguard.interface, sizeof(cfg.wireguard.interface), "tgcp8");
	snprintf(cfg.metrics.ctl_socket, sizeof(cfg.metrics.ctl_socket), "%s/ctl.sock", dir);
	cfg.dataplane.n_ports = 1;
	struct cp_loop_params lp = { .cfg = &cfg, .region = &r, .dev = dev,
				     .clock = clk.clock, .uapi_dir = dir };
	uint16_t port = 0;
	int rc = -1;
	for (int tries = 0; tries < 20 && rc < 0; tries++) {
		port = (uint16_t)(30000 + tg_test_rand(&seed) % 30000);
		snprintf(cfg.metrics.listen, sizeof(cfg.metrics.listen), "127.0.0.1:%u", port);
		rc = cp_loop_init(&loop, &lp, err, sizeof(err));
	}
	if (rc < 0)
		printf("\n  cp_loop_init: %s\n", err);
	CU_ASSERT_EQUAL_FATAL(rc, 0);
	snprintf(path, sizeof(path), "%s/tgcp8.sock", dir);
	CU_ASSERT_EQUAL(stat(path, &st), 0);

	/* netcfg from the config, then a UAPI listen-port change reaches it */
	cfg.egress.addr4 = htonl(0xcb007101); /* 203.0.113.1 */
	cfg.wireguard.listen_port = 51820;
	cfg.egress.ipv6 = true;
	CU_ASSERT_EQUAL(cp_netcfg_publish(&r, &cfg, err, sizeof(err)), 0);
	struct tg_netcfg *nc = tg_region_netcfg(&r);
	CU_ASSERT_EQUAL(nc->egress_addr4, htonl(0xcb007101));
	CU_ASSERT_EQUAL(nc->listen_port, 51820);
	CU_ASSERT_EQUAL(nc->nat_port_lo, cfg.egress.port_lo);
	CU_ASSERT_EQUAL(nc->nat_port_hi, cfg.egress.port_hi);
	CU_ASSERT_EQUAL(nc->tunnel_mtu, cfg.wireguard.mtu);
	CU_ASSERT_EQUAL(nc->flags, TG_NETCFG_F_IPV6);
	{
		struct sockaddr_un sa = { .sun_family = AF_UNIX };
		int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
		memcpy(sa.sun_path, path, strlen(path) + 1);
		CU_ASSERT_EQUAL_FATAL(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
		exchange(&loop, fd, "set=1\nlisten_port=4321\n\n", buf, sizeof(buf), "\n\n");
		close(fd);
		CU_ASSERT_STRING_EQUAL(buf, "errno=0\n\n");
	}
	nc = tg_region_netcfg(&r);
	CU_ASSERT_EQUAL(nc->listen_port, 4321);
	CU_ASSERT_EQUAL(nc->egress_addr4, htonl(0xcb007101));
	CU_ASSERT_EQUAL(cp_wg_device_listen_port(dev), 4321);

	/* punts on worker 1: a runt "handshake", a disco packet, an unknown kind */
	struct tg_ring_meta m = { .kind = TG_PUNT_HANDSHAKE, .len = 3, .peer = TG_NONE };
	CU_ASSERT_EQUAL(tg_ring_enqueue(tg_region_punt(&r, 1), &m, "\x01\x00\x00"), 0);
	m.kind = TG_PUNT_DISCO;
	CU_ASSERT_EQUAL(tg_ring_enqueue(tg_region_punt(&r, 1), &m, "abc"), 0);
	m.kind = 99;
	CU_ASSERT_EQUAL(tg_ring_enqueue(tg_region_punt(&r, 0), &m, "abc"), 0);
	clk.mono += 50000000ULL;
	cp_loop_tick(&loop);
	CU_ASSERT_EQUAL(loop.punts[CP_PUNT_KIND_handshake], 1);
	CU_ASSERT_EQUAL(loop.punts[CP_PUNT_KIND_disco], 1);
	CU_ASSERT_EQUAL(loop.punts[CP_PUNT_KIND_unknown], 1);
	CU_ASSERT_EQUAL(cp_wg_device_hs_counters(dev)[CP_HS_dropped_malformed], 1);
	CU_ASSERT_EQUAL(tg_ring_depth(tg_region_punt(&r, 1)), 0);
	CU_ASSERT_EQUAL(atomic_load(&r.hdr->cp_alive_ns), clk.mono);

	/* health: no dataplane stamp yet */
	CU_ASSERT(http_get(&loop, port, "/healthz", buf, sizeof(buf)) > 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, " 503 "));
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "dataplane down"));
	tg_region_stamp_dp(&r, clk.mono);
	CU_ASSERT(http_get(&loop, port, "/healthz", buf, sizeof(buf)) > 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, " 200 "));
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "\r\n\r\nok\n"));
	/* 3 s later the dp has not stamped again; the cp has (tick) */
	clk.mono += 3000000000ULL;
	cp_loop_tick(&loop);
	CU_ASSERT(http_get(&loop, port, "/healthz", buf, sizeof(buf)) > 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, " 503 "));
	CU_ASSERT_PTR_NULL(strstr(buf, "controlplane down"));

	CU_ASSERT(http_get(&loop, port, "/metrics", buf, sizeof(buf)) > 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "Content-Type: text/plain; version=0.0.4"));
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "\ntailgate_cp_punts_total{kind=\"disco\"} 1\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "\ntailgate_handshake_dropped_malformed_total 1\n"));
	CU_ASSERT(http_get(&loop, port, "/nope", buf, sizeof(buf)) > 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, " 404 "));

	CU_ASSERT(ctl_ask(&loop, cfg.metrics.ctl_socket, "{\"cmd\":\"status\"}\n", buf,
			  sizeof(buf)) > 0);
	json_t *j = json_loads(buf, JSON_DISABLE_EOF_CHECK, NULL);
	CU_ASSERT(json_is_true(json_object_get(j, "ok")));
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(json_object_get(j, "status"),
								 "interface")), "tgcp8");
	json_decref(j);

	cp_loop_fini(&loop);
	CU_ASSERT_NOT_EQUAL(stat(path, &st), 0);
	CU_ASSERT_NOT_EQUAL(stat(cfg.metrics.ctl_socket, &st), 0);
	cp_wg_device_free(dev);
	tg_region_detach(&r);
	/* detached, not destroyed: the region is still there */
	CU_ASSERT_EQUAL(tg_region_attach(&r, name, &sz, err, sizeof(err)), 0);
	tg_region_detach(&r);
	tg_region_unlink(name);
	rmdir(dir);
	tg_config_free(&cfg);
	signal(SIGPIPE, old);
}

void loop_test_register(void)
{
	TG_ADD_SUITE("loop", NULL, NULL, { "tick_http_ctl", test_loop });
}
