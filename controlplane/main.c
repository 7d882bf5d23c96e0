/*
 * tailgate-cp entry point: wiring only. Loads the config, attaches to (or
 * creates) the shared region, builds the WireGuard device from the private
 * key file and the static peers, and runs the event loop (loop.c) until
 * SIGTERM/SIGINT. On exit the UAPI and ctl sockets are removed and the
 * region is detached, never destroyed: the dataplane keeps forwarding on the
 * tables it has and keys age out there (DESIGN.md "Processes").
 * docs/operations.md describes the run-time behaviour. Main thread.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "config.h"
#include "cp_log.h"
#include "crypto.h"
#include "log.h"
#include "loop.h"
#include "netcfg.h"
#include "reload.h"
#include "uapi_wgdev.h"
#include "region.h"
#include "ts_client.h"
#include "ts_mapstream.h"
#include "ts_state.h"
#include "wg_device.h"

struct opts {
	const char *config;
	const char *check;
	const char *uapi_dir;
	const char *ctl_socket;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: tailgate-cp --config FILE [--foreground] [--uapi-dir DIR] [--ctl-socket PATH]\n"
		"       tailgate-cp --check-config FILE\n"
		"tailgate-cp always runs in the foreground (systemd supervises it);\n"
		"--foreground is accepted for symmetry with tailgate-dp.\n");
}

static int parse_args(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "config", required_argument, 0, 'c' },
		{ "check-config", required_argument, 0, 'C' },
		{ "foreground", no_argument, 0, 'f' },
		{ "uapi-dir", required_argument, 0, 'u' },
		{ "ctl-socket", required_argument, 0, 's' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "c:fh", lo, NULL)) != -1) {
		switch (c) {
		case 'c': o->config = optarg; break;
		case 'C': o->check = optarg; break;
		case 'f': break;
		case 'u': o->uapi_dir = optarg; break;
		case 's': o->ctl_socket = optarg; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -1;
		}
	}
	if (optind != argc || (!o->config && !o->check)) {
		usage(stderr);
		return -1;
	}
	return 0;
}

/* The cp creates the region when it is absent; otherwise it attaches with
 * the configured sizes (a mismatch is an error, never a silent re-create:
 * the dataplane may be forwarding on it). */
static int open_region(const struct tg_config *cfg, struct tg_region *r)
{
	char err[256];
	const char *name = cfg->dataplane.region_name;
	bool created;
	int rc = tg_region_open_or_create(r, name, &cfg->tables, &created, err,
					  sizeof(err));

	if (rc < 0) {
		cp_log_err("region %s: %s", name, err);
		return rc;
	}
	if (created)
		cp_log_info("created region %s", name);
	else
		cp_log_info("attached to region %s (existing tables kept)", name);
	return 0;
}

/* The config's key, port and static peers through the same applier as
 * `wg setconf` (reload.c, uapi_apply.c); then, after a cp restart, region
 * peers the config does not name are retired. */
static int setup_device(const struct tg_config *cfg, struct tg_region *r,
			struct cp_wg_device *dev, const struct cp_ts_state *ts)
{
	struct cp_uapi_wgdev b = { .dev = dev, .region = r };
	struct cp_uapi_dev ud;
	struct cp_uapi_set model;
	char err[512];
	int rc;

	cp_uapi_dev_bind(&ud, &b);
	rc = cp_config_device_model(cfg, &model, err, sizeof(err));
	if (rc < 0) {
		cp_log_err("%s", err);
		return rc;
	}
	/* Tailscale mode: the WireGuard private key is the node key from the
	 * state file (ts_state.h), not private_key_file. */
	if (ts) {
		memcpy(model.private_key, ts->node_priv, 32);
		model.has_private_key = true;
		model.private_key_is_zero = false;
	}
	rc = cp_uapi_apply_set(&ud, &model, err, sizeof(err));
	tg_wipe(model.private_key, sizeof(model.private_key));
	cp_uapi_set_free(&model);
	if (rc < 0) {
		cp_log_err("applying the configuration failed: %s", err);
		return rc;
	}
	/* Region peers the config does not name (added at run time by
	 * `wg set`) are adopted, sessions and all: a cp restart loses no flow,
	 * and they stay managed (wg show lists them; `wg set ... remove` or
	 * `wg syncconf` removes them). In Tailscale mode the first netmap
	 * decides instead (the control client retires what it does not name). */
	if (cfg->control.enabled)
		return 0;
	rc = cp_wg_device_adopt_orphans(dev);
	if (rc > 0)
		cp_log_info("adopted %d peer(s) from the region that the config does not name",
			    rc);
	return rc < 0 ? rc : 0;
}

static int run(const struct opts *o)
{
	static struct tg_config cfg;
	static struct cp_loop loop;
	static struct cp_filter_static filter;
	struct tg_region region = { 0 };
	struct cp_wg_device *dev = NULL;
	struct tg_clock clk = TG_CLOCK_SYSTEM;
	static struct cp_ts_state ts;
	struct cp_ts_client *tsc = NULL;
	bool ts_created = false;
	char err[512];
	int rc;

	tg_log_init("tailgate-cp", TG_LOG_INFO, TG_LOG_STDERR, 10);
	if (tg_config_load(&cfg, o->config, err, sizeof(err)) < 0) {
		cp_log_err("%s", err);
		return 1;
	}
	tg_log_init("tailgate-cp", cfg.logging.level, cfg.logging.target,
		    cfg.logging.ratelimit_per_sec);
	if (tg_crypto_init() < 0) {
		cp_log_err("crypto library initialisation failed");
		goto out_cfg;
	}
	if (open_region(&cfg, &region) < 0)
		goto out_cfg;
	/* the filter before the netcfg that switches it on (filter_static.h) */
	if (cp_filter_static_load(&filter, &region, &cfg, err, sizeof(err)) < 0) {
		cp_log_err("%s", err);
		goto out_region;
	}
	if (err[0])
		cp_log_warn("%s", err);
	if (filter.path[0])
		cp_log_info("packet filter from %s published (serial %u)", filter.path, filter.serial);
	if (cp_netcfg_publish(&region, &cfg, err, sizeof(err)) < 0) {
		cp_log_err("%s", err);
		goto out_region;
	}
	dev = cp_wg_device_new(&region, &clk);
	if (!dev) {
		cp_log_err("cannot create the WireGuard device (out of memory?)");
		goto out_region;
	}
	if (cfg.control.enabled) {
		if (cp_ts_state_open(cfg.control.state_dir, &ts, &ts_created, err, sizeof(err)) < 0) {
			cp_log_err("control: %s", err);
			goto out_region;
		}
		cp_log_info("control: %s node state in %s/%s", ts_created ? "created" : "loaded",
			    cfg.control.state_dir, CP_TS_STATE_FILE);
	}
	if (setup_device(&cfg, &region, dev, cfg.control.enabled ? &ts : NULL) < 0)
		goto out_region;
	struct cp_loop_params lp = { .cfg = &cfg, .region = &region, .dev = dev,
				     .clock = clk, .uapi_dir = o->uapi_dir,
				     .ctl_socket = o->ctl_socket, .filter = &filter };
	rc = cp_loop_init(&loop, &lp, err, sizeof(err));
	if (rc < 0) {
		cp_log_err("%s", err);
		goto out_region;
	}
	if (cfg.control.enabled) {
		struct cp_ts_client_params tp = { .base = loop.base, .cfg = &cfg, .region = &region,
						  .dev = dev, .clock = clk, .state = &ts,
						  .filter_view = &filter };
		rc = cp_ts_client_new(&tsc, &tp, err, sizeof(err));
		cp_ts_state_wipe(&ts);
		if (rc < 0) {
			cp_log_err("control: %s", err);
			cp_loop_fini(&loop);
			goto out_region;
		}
		loop.ctl_ext = cp_ts_client_ctl;
		loop.ctl_ext_ctx = tsc;
		loop.reload_ext = cp_ts_client_after_reload;
		loop.reload_ext_ctx = tsc;
	}
	cp_log_info("running: interface %s, listen port %u, %zu peers", cfg.wireguard.interface,
		    cp_wg_device_listen_port(dev), cp_wg_device_peer_count(dev));
	int sig = cp_loop_run(&loop);
	cp_log_info("signal %d: exiting; the dataplane keeps its tables", sig);
	loop.ctl_ext = NULL;
	loop.reload_ext = NULL;
	cp_ts_client_free(tsc);
	cp_loop_fini(&loop);
	/* Frees process memory only: peers and keypairs stay published in the
	 * region for the dataplane (wg_device.c). */
	cp_wg_device_free(dev);
	cp_filter_static_free(&filter);
	tg_region_detach(&region);
	tg_log_flush();
	tg_config_free(&cfg);
	return 0;
out_region:
	cp_ts_state_wipe(&ts);
	cp_wg_device_free(dev);
	cp_filter_static_free(&filter);
	tg_region_detach(&region);
out_cfg:
	tg_config_free(&cfg);
	return 1;
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };

	if (parse_args(argc, argv, &o) < 0)
		return 2;
	if (o.check)
		return tg_config_check_cli("tailgate-cp", o.check);
	signal(SIGPIPE, SIG_IGN);
	if (cp_malloc_tune() < 0)
		fprintf(stderr, "tailgate-cp: warning: malloc tuning refused; large netmaps apply slower\n");
	return run(&o);
}
