/*
 * tailgate-dp entry point: wiring only (STYLE.md). Parses the command line,
 * loads the shared config, attaches to (or creates) the shared region,
 * opens the I/O backend, starts the neighbour listener and one pinned
 * worker per configured core, stamps dp liveness every 100 ms from the main
 * thread, and on SIGTERM/SIGINT unwinds in reverse order: workers stop
 * (offline for QSBR), queues and XDP programs are released, the region is
 * detached. docs/dataplane.md "Running" and "Shutdown".
 *
 * Region rule: whichever process starts first creates the region with the
 * sizes from the shared config (tables section); the other attaches with
 * expect = those sizes, so a size mismatch is a clear error, never a crash.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "aead_select.h"
#include "clock.h"
#include "config.h"
#include "counters.h"
#include "crypto.h"
#include "dp_threads.h"
#include "io_afxdp.h"
#include "io_dpdk.h"
#include "neigh.h"
#include "region.h"
#include "stages.h"

#define STAMP_INTERVAL_NS 100000000L
#define DP_BPF_INSTALLED "/usr/lib/tailgate/xdp_tailgate.bpf.o"

static volatile sig_atomic_t g_stop;

static void on_signal(int sig)
{
	(void)sig;
	g_stop = 1;
}

struct opts {
	const char *config;
	const char *check_config;
	const char *bpf_obj;
	bool dump_counters;
	const char *resolve_if, *resolve_addr;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: tailgate-dp --config FILE [--bpf-obj PATH]\n"
		"       tailgate-dp --check-config FILE\n"
		"       tailgate-dp --config FILE --dump-counters\n"
		"       tailgate-dp --resolve IFACE IPV4\n"
		"  --bpf-obj PATH   XDP object for the afxdp backend (default:\n"
		"                   bpf/ next to this binary, then %s,\n"
		"                   then %s)\n"
		"  --dump-counters  attach to the running dataplane's region, print\n"
		"                   the non-zero worker counters and exit\n"
		"  --resolve        the MAC the dataplane would send to for IPV4\n"
		"                   out of IFACE (gateway if off-link), learnt from\n"
		"                   the kernel like the workers do; exit 1 if none\n",
		DP_BPF_INSTALLED, DP_AFXDP_DEFAULT_OBJ);
}

static int parse_args(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "check-config", required_argument, NULL, 'k' },
		{ "bpf-obj", required_argument, NULL, 'b' },
		{ "dump-counters", no_argument, NULL, 'd' },
		{ "resolve", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	while ((c = getopt_long(argc, argv, "c:h", lo, NULL)) != -1) {
		switch (c) {
		case 'c': o->config = optarg; break;
		case 'k': o->check_config = optarg; break;
		case 'b': o->bpf_obj = optarg; break;
		case 'd': o->dump_counters = true; break;
		case 'r': o->resolve_if = optarg; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -1;
		}
	}
	if (o->resolve_if && optind < argc)
		o->resolve_addr = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "tailgate-dp: unexpected argument \"%s\"\n", argv[optind]);
		return -1;
	}
	if (o->resolve_if && !o->resolve_addr) {
		fprintf(stderr, "tailgate-dp: --resolve IFACE needs an IPv4 address\n");
		return -1;
	}
	if (!o->config && !o->check_config && !o->resolve_if) {
		usage(stderr);
		return -1;
	}
	return 0;
}

static int region_open(struct tg_region *r, const struct tg_config *cfg,
		       bool may_create)
{
	char err[256];
	int rc;

	bool created;

	if (may_create)
		rc = tg_region_open_or_create(r, cfg->dataplane.region_name,
					      &cfg->tables, &created, err,
					      sizeof(err));
	else
		rc = tg_region_attach(r, cfg->dataplane.region_name,
				      &cfg->tables, err, sizeof(err));
	if (rc)
		fprintf(stderr, "tailgate-dp: region \"%s\": %s\n",
			cfg->dataplane.region_name, err);
	return rc;
}

/*
 * Claim the region's dp side before touching any queue: another tailgate-dp
 * that is still alive owns the queues, and a second one would steal its XDP
 * program. The claim is a flock the kernel drops when its holder dies (even
 * by SIGKILL), so a restart right after a crash is never refused, and of two
 * starting at once only one wins. false: refused.
 */
static bool claim_dp(struct tg_region *r, const char *name)
{
	int fd = tg_region_claim_side(name, "dp");

	if (fd == -EBUSY) {
		fprintf(stderr, "tailgate-dp: another tailgate-dp (pid %u) is running on "
			"region \"%s\"\n", atomic_load(&r->hdr->dp_pid), r->path);
		return false;
	}
	if (fd < 0) {
		fprintf(stderr, "tailgate-dp: region \"%s\": cannot take the dp lock: %s\n",
			r->path, strerror(-fd));
		return false;
	}
	/* fd stays open (CLOEXEC) until exit: that is the claim */
	tg_region_stamp_dp(r, tg_mono_ns());
	return true;
}

static void print_counters(FILE *f, const struct tg_region *r, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		const struct tg_worker_counters *c = tg_region_worker_ctr(r, i);

		for (int d = 0; d < TG_DROP__COUNT; d++)
			if (c->drop[d])
				fprintf(f, "worker%u drop %s %llu\n", i, tg_drop_names[d],
					(unsigned long long)c->drop[d]);
		for (int p = 0; p < TG_PATH__COUNT; p++)
			if (c->path[p])
				fprintf(f, "worker%u path %s %llu\n", i, tg_path_names[p],
					(unsigned long long)c->path[p]);
		for (int p = 0; p < TG_MAX_PORTS; p++)
			for (int k = 0; k < TG_PORT__COUNT; k++)
				if (c->port[p][k])
					fprintf(f, "worker%u port%d %s %llu\n", i, p,
						tg_port_ctr_names[k],
						(unsigned long long)c->port[p][k]);
	}
}

static void workers_fill(struct dp_worker *ws, const struct tg_config *cfg,
			 struct tg_region *r, struct dp_neigh *nb)
{
	uint16_t tailnet = 0, internet = 0;

	for (uint16_t p = (uint16_t)cfg->dataplane.n_ports; p-- > 0;) {
		enum tg_port_role role = cfg->dataplane.ports[p].role;

		if (role != TG_PORT_INTERNET)
			tailnet = p;
		if (role != TG_PORT_TAILNET)
			internet = p;
	}
	for (uint32_t i = 0; i < cfg->dataplane.n_cores; i++) {
		struct dp_worker *w = &ws[i];

		w->id = i;
		w->region = r;
		w->ctr = tg_region_worker_ctr(r, i);
		w->epoch = tg_region_epoch(r, i);
		w->neigh = nb;
		w->n_ports = (uint16_t)cfg->dataplane.n_ports;
		w->tailnet_port = tailnet;
		w->internet_port = internet;
		w->burst = (uint16_t)cfg->dataplane.burst;
		w->drain_ns = (uint64_t)cfg->dataplane.tx_drain_us * 1000;
	}
}

/*
 * The XDP object when --bpf-obj is not given: next to the binary (the build
 * tree: build/tailgate-dp and build/bpf/), then the install location, then
 * the build path relative to the working directory.
 */
static const char *default_bpf_obj(char *buf, size_t len)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n > 0) {
		exe[n] = 0;
		snprintf(buf, len, "%s/bpf/xdp_tailgate.bpf.o", dirname(exe));
		if (access(buf, R_OK) == 0)
			return buf;
	}
	if (access(DP_BPF_INSTALLED, R_OK) == 0)
		return DP_BPF_INSTALLED;
	return DP_AFXDP_DEFAULT_OBJ;
}

static int backend_open(struct dp_backend *b, const struct tg_config *cfg,
			const struct opts *o, struct dp_worker *ws)
{
	struct dp_backend_opts bo = { .bpf_obj = o->bpf_obj };
	char err[512], path[PATH_MAX + 32];

	if (!bo.bpf_obj)
		bo.bpf_obj = default_bpf_obj(path, sizeof(path));
	int rc;

	switch (cfg->dataplane.backend) {
	case TG_BACKEND_AFXDP:
		rc = dp_afxdp_open(b, cfg, &bo, ws, cfg->dataplane.n_cores, err,
				   sizeof(err));
		break;
	case TG_BACKEND_DPDK:
		rc = dp_dpdk_open(b, cfg, &bo, ws, cfg->dataplane.n_cores, err,
				  sizeof(err));
		break;
	default:
		snprintf(err, sizeof(err), "dataplane.backend \"mem\" is for tests only");
		rc = -EINVAL;
	}
	if (rc)
		fprintf(stderr, "tailgate-dp: %s\n", err);
	return rc;
}

/* NAT area and per-worker pipeline state (marks each worker online). */
static int pipeline_init(struct tg_region *r, struct dp_worker *ws, uint32_t n)
{
	uint64_t seed = 0;
	int rc;

	if (getrandom(&seed, sizeof(seed), 0) != sizeof(seed))
		seed = tg_mono_ns() ^ (uint64_t)getpid();
	rc = dp_pipeline_setup(r, n, seed);
	if (rc) {
		fprintf(stderr, "tailgate-dp: pipeline setup (NAT area for %u "
			"workers): %s\n", n, strerror(-rc));
		return rc;
	}
	for (uint32_t i = 0; i < n; i++) {
		rc = dp_worker_pipeline_init(&ws[i], dp_neigh_lookup4,
					     dp_neigh_port_mac, NULL);
		if (rc) {
			fprintf(stderr, "tailgate-dp: worker %u init: %s\n", i,
				strerror(-rc));
			return rc;
		}
	}
	return 0;
}

static int neigh_open(struct dp_neigh *nb, struct dp_backend *b,
		      const struct tg_config *cfg)
{
	char err[256];
	int rc;

	for (uint16_t p = 0; p < cfg->dataplane.n_ports; p++) {
		const char *ifname = b->kernel_ifname(b, p);
		uint8_t mac[6];
		bool has_mac = b->port_mac(b, p, mac) == 0;

		if (!ifname) {
			fprintf(stderr, "tailgate-dp: port %u (%s) has no kernel "
				"interface: next hops cannot be learnt (every "
				"forward on it drops as no_neighbor)\n", p,
				cfg->dataplane.ports[p].interface);
			continue;
		}
		rc = dp_neigh_bind_port(nb, p, ifname, has_mac ? mac : NULL, err,
					sizeof(err));
		if (rc)
			goto fail;
	}
	rc = dp_neigh_start(nb, err, sizeof(err));
	if (rc == 0)
		return 0;
fail:
	fprintf(stderr, "tailgate-dp: %s\n", err);
	return rc;
}

#ifdef TG_TEST_BUILD
/* Test builds: SIGUSR2 stalls / unstalls every port's TX (stages.h). */
static void on_usr2(int sig)
{
	(void)sig;
	atomic_fetch_xor_explicit(&tg_test_tx_stall, 1, memory_order_relaxed);
}
#endif

static void signals_setup(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
#ifdef TG_TEST_BUILD
	sa.sa_handler = on_usr2;
	sigaction(SIGUSR2, &sa, NULL);
#endif
	signal(SIGPIPE, SIG_IGN);
}

/* Workers inherit a mask without SIGTERM/SIGINT: only main handles them. */
static void signals_block(bool block)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, SIGTERM);
	sigaddset(&s, SIGINT);
#ifdef TG_TEST_BUILD
	sigaddset(&s, SIGUSR2);
#endif
	pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, &s, NULL);
}

/* The XDP program's verdict counters per port (AF_XDP only), at exit. */
static void log_xdp_stats(struct dp_backend *b, const struct tg_config *cfg)
{
	static const char *const names[TG_XDP_ST__COUNT] = {
		"pass_unconfigured", "pass_other", "pass_echo_request",
		"redirect_wg", "redirect_nat", "drop_no_socket",
	};

	if (cfg->dataplane.backend != TG_BACKEND_AFXDP || !b->priv)
		return;
	for (uint16_t p = 0; p < cfg->dataplane.n_ports; p++) {
		uint64_t v[TG_XDP_ST__COUNT];

		if (dp_afxdp_xdp_stats(b, p, v))
			continue;
		fprintf(stderr, "tailgate-dp: xdp %s (%s):", cfg->dataplane.ports[p].interface,
			dp_afxdp_port_mode(b, p));
		for (int k = 0; k < TG_XDP_ST__COUNT; k++)
			fprintf(stderr, " %s=%llu", names[k], (unsigned long long)v[k]);
		fputc('\n', stderr);
	}
}

static int run(const struct tg_config *cfg, const struct opts *o,
	       struct tg_region *r)
{
	struct dp_backend b = { 0 };
	struct dp_threads th;
	struct dp_worker *ws;
	struct dp_neigh *nb;
	uint32_t n = cfg->dataplane.n_cores;
	char err[256];
	int rc = -ENOMEM;

	ws = calloc(n, sizeof(*ws));
	nb = dp_neigh_new();
	if (!ws || !nb) {
		fprintf(stderr, "tailgate-dp: out of memory\n");
		goto free_mem;
	}
	workers_fill(ws, cfg, r, nb);
	rc = backend_open(&b, cfg, o, ws);
	if (rc)
		goto free_mem;
	/* Threads started from here (listener, workers) inherit a mask
	 * without SIGTERM/SIGINT: only the main thread handles them. */
	signals_block(true);
	rc = neigh_open(nb, &b, cfg);
	if (rc)
		goto close_backend;
	rc = pipeline_init(r, ws, n);
	if (rc)
		goto offline;
	rc = dp_threads_start(&th, &b, ws, cfg->dataplane.cores, n,
			      dp_worker_poll_once, dp_worker_stop, err, sizeof(err));
	signals_block(false);
	if (rc) {
		fprintf(stderr, "tailgate-dp: %s\n", err);
		goto offline;
	}
	fprintf(stderr, "tailgate-dp: %s backend, %u worker(s), %u port(s) up\n",
		b.name, n, cfg->dataplane.n_ports);
	while (!g_stop && !atomic_load(&th.failed)) {
		struct timespec ts = { 0, STAMP_INTERVAL_NS };

		tg_region_stamp_dp(r, tg_mono_ns());
		nanosleep(&ts, NULL);
	}
	dp_threads_stop(&th);
	tg_region_stamp_dp(r, 0); /* "not alive" at once, not after a timeout */
	rc = atomic_load(&th.failed);
	if (rc)
		fprintf(stderr, "tailgate-dp: a worker failed to start: %s\n",
			strerror(-rc));
offline:
	for (uint32_t i = 0; i < n; i++)
		tg_region_worker_offline(r, i);
	dp_neigh_stop(nb);
	{
		struct dp_neigh_stats ns;

		dp_neigh_get_stats(nb, &ns);
		fprintf(stderr, "tailgate-dp: neighbours: %llu netlink events, "
			"%llu resolutions asked, %llu not learnt (table full)\n",
			(unsigned long long)ns.events,
			(unsigned long long)ns.resolve_sent,
			(unsigned long long)ns.table_full);
	}
close_backend:
	signals_block(false);
	log_xdp_stats(&b, cfg);
	b.close(&b, ws, n);
free_mem:
	dp_neigh_free(nb);
	free(ws);
	return rc;
}

/* --resolve: the neighbour table a worker would use, for one address. */
static int resolve_cli(const char *ifname, const char *addr)
{
	struct dp_neigh *nb = dp_neigh_new();
	uint32_t ip;
	uint8_t mac[6];
	char err[256];
	int rc = -1;

	if (!nb || inet_pton(AF_INET, addr, &ip) != 1) {
		fprintf(stderr, "tailgate-dp: --resolve: bad IPv4 address \"%s\"\n", addr);
		goto out;
	}
	if (dp_neigh_bind_port(nb, 0, ifname, NULL, err, sizeof(err)) ||
	    dp_neigh_start(nb, err, sizeof(err))) {
		fprintf(stderr, "tailgate-dp: %s\n", err);
		goto out;
	}
	/* A miss asks the kernel (NTF_USE); poll for its answer up to 3 s. */
	for (int i = 0; i < 60 && rc; i++) {
		struct timespec ts = { 0, 50000000L };

		rc = dp_neigh_lookup4(nb, 0, ip, mac);
		if (rc)
			nanosleep(&ts, NULL);
	}
	if (rc == 0)
		printf("%s dev %s lladdr %02x:%02x:%02x:%02x:%02x:%02x\n", addr,
		       ifname, mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
	else
		fprintf(stderr, "tailgate-dp: %s via %s: unresolved (no route, "
			"or no ARP answer)\n", addr, ifname);
out:
	dp_neigh_free(nb);
	return rc ? 1 : 0;
}

int main(int argc, char **argv)
{
	struct tg_config cfg;
	struct tg_region r;
	struct opts o;
	char err[512];
	int rc;

	if (parse_args(argc, argv, &o))
		return 2;
	if (o.check_config)
		return tg_config_check_cli("tailgate-dp", o.check_config);
	if (o.resolve_if)
		return resolve_cli(o.resolve_if, o.resolve_addr);
	if (tg_config_load(&cfg, o.config, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	rc = 1;
	if (tg_crypto_init()) {
		fprintf(stderr, "tailgate-dp: crypto init failed\n");
		goto free_cfg;
	}
	if (!o.dump_counters) {
		char msg[1024];

		/* before any worker exists: ~20 ms of measurement, setup only */
		if (dp_aead_choose(cfg.dataplane.aead, 20, msg, sizeof(msg))) {
			fprintf(stderr, "tailgate-dp: %s\n", msg);
			goto free_cfg;
		}
		fprintf(stderr, "tailgate-dp: %s\n", msg);
	}
	if (region_open(&r, &cfg, !o.dump_counters))
		goto free_cfg;
	if (o.dump_counters) {
		print_counters(stdout, &r, cfg.dataplane.n_cores);
		rc = 0;
	} else if (!claim_dp(&r, cfg.dataplane.region_name)) {
		rc = 1;
	} else {
		signals_setup();
		rc = run(&cfg, &o, &r) ? 1 : 0;
		if (rc == 0)
			print_counters(stderr, &r, cfg.dataplane.n_cores);
	}
	tg_region_detach(&r);
free_cfg:
	tg_config_free(&cfg);
	return rc;
}
