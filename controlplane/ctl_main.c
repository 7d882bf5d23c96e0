/*
 * tailgatectl: operator CLI. Talks JSON lines to tailgate-cp over its ctl
 * socket (ctl.h) and prints readable tables, or the JSON with --json. When
 * the cp is not running it says so and how to start it; `counters` then
 * falls back to reading the shared region directly (read-only attach), so
 * the dataplane's counters stay visible without the control plane.
 * Single-threaded CLI.
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "clock.h"
#include "config.h"
#include "ctl.h"
#include "metrics.h"
#include "region.h"
#include "ts_client.h"

struct ctl_opts {
	const char *socket;
	const char *region;
	const char *config;
	bool has_socket, has_region;
	const char *cmd;
	const char *arg;     /* whois IP */
	int is_json;
	int show_all;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: tailgatectl [--config FILE | --socket PATH] [--region NAME] COMMAND [--json] [--all]\n"
		"commands:\n"
		"  status     process liveness, interface, public key, listen port\n"
		"  peers      peers with endpoint, latest handshake, traffic, allowed IPs\n"
		"  counters   dataplane drop/path/port/ring counters, handshake counters\n"
		"  filter     active packet-filter rules with per-rule hit counts\n"
		"  logout     Tailscale mode: log the node out (re-register, past expiry)\n"
		"  login      Tailscale mode: log in again after a logout\n"
		"  whois IP   Tailscale mode: the node owning a tailnet address\n"
		"options:\n"
		"  --config FILE   take the socket and region from tailgate-cp's config\n"
		"  --socket PATH   ctl socket of tailgate-cp (default %s)\n"
		"  --region NAME   shared region for `counters` when tailgate-cp is down\n"
		"                  (default \"tailgate\")\n"
		"  --json          print the JSON reply instead of a table\n"
		"  --all           counters: also show the ones that are zero\n",
		CP_CTL_DEFAULT_SOCKET);
}

static int parse(int argc, char **argv, struct ctl_opts *o)
{
	static const struct option lo[] = {
		{ "socket", required_argument, 0, 's' }, { "region", required_argument, 0, 'r' },
		{ "config", required_argument, 0, 'c' },
		{ "json", no_argument, 0, 'j' },         { "all", no_argument, 0, 'a' },
		{ "help", no_argument, 0, 'h' },         { 0, 0, 0, 0 },
	};
	int c;

	o->socket = CP_CTL_DEFAULT_SOCKET;
	o->region = "tailgate";
	while ((c = getopt_long(argc, argv, "s:r:c:jah", lo, NULL)) != -1) {
		switch (c) {
		case 's': o->socket = optarg; o->has_socket = true; break;
		case 'r': o->region = optarg; o->has_region = true; break;
		case 'c': o->config = optarg; break;
		case 'j': o->is_json = 1; break;
		case 'a': o->show_all = 1; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -1;
		}
	}
	if (optind == argc - 2 && !strcmp(argv[optind], "whois")) {
		o->arg = argv[optind + 1];
	} else if (optind != argc - 1 || !strcmp(argv[optind], "whois")) {
		usage(stderr);
		return -1;
	}
	o->cmd = argv[optind];
	if (strcmp(o->cmd, "status") && strcmp(o->cmd, "peers") && strcmp(o->cmd, "counters") &&
	    strcmp(o->cmd, "filter") && strcmp(o->cmd, "logout") && strcmp(o->cmd, "login") &&
	    strcmp(o->cmd, "whois")) {
		fprintf(stderr, "tailgatectl: unknown command '%s'\n", o->cmd);
		usage(stderr);
		return -1;
	}
	return 0;
}

static int connect_cp(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd;

	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	memcpy(sa.sun_path, path, strlen(path) + 1);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int e = -errno;
		close(fd);
		return e;
	}
	/* A hung tailgate-cp must not hang the operator's shell. */
	struct timeval tv = { .tv_sec = 5, .tv_usec = 0 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	return fd;
}

/* Send one request line, read one reply line. */
static json_t *ask(int fd, const char *cmd, const char *arg)
{
	char *buf = NULL, *req;
	size_t len = 0, cap = 0;
	json_t *rq = json_pack("{s:s}", "cmd", cmd);

	if (arg)
		json_object_set_new(rq, "ip", json_string(arg));
	req = json_dumps(rq, JSON_COMPACT);
	json_decref(rq);
	if (!req)
		return NULL;
	size_t n = strlen(req);
	req[n] = '\n'; /* json_dumps leaves room for its NUL: reuse it */
	ssize_t sent = send(fd, req, n + 1, MSG_NOSIGNAL);
	free(req);
	if (sent != (ssize_t)(n + 1))
		return NULL;
	for (;;) {
		if (len + 4096 > cap) {
			if (cap > (64u << 20))
				break;
			char *nb = realloc(buf, cap = cap ? cap * 2 : 8192);
			if (!nb)
				break;
			buf = nb;
		}
		ssize_t r = read(fd, buf + len, cap - len - 1);
		if (r <= 0)
			break;
		len += (size_t)r;
		if (memchr(buf + len - (size_t)r, '\n', (size_t)r))
			break;
	}
	json_t *j = NULL;
	if (buf && len) {
		buf[len] = '\0';
		j = json_loads(buf, JSON_DISABLE_EOF_CHECK, NULL);
	}
	free(buf);
	return j;
}

static int print_reply(const struct ctl_opts *o, json_t *rep)
{
	if (!json_is_true(json_object_get(rep, "ok"))) {
		const char *e = json_string_value(json_object_get(rep, "error"));
		fprintf(stderr, "tailgatectl: tailgate-cp refused: %s\n", e ? e : "(no reason)");
		return 1;
	}
	json_t *payload = json_object_get(rep, o->cmd);
	if (o->is_json) {
		json_dumpf(payload, stdout, JSON_INDENT(2));
		putchar('\n');
		return 0;
	}
	int rc = 0;
	if (!strcmp(o->cmd, "status")) {
		rc = cp_ctl_print_status(stdout, payload);
		if (json_is_object(json_object_get(payload, "tailscale")))
			cp_ts_print_status(stdout, json_object_get(payload, "tailscale"));
	} else if (!strcmp(o->cmd, "whois"))
		cp_ts_print_whois(stdout, payload);
	else if (!strcmp(o->cmd, "logout") || !strcmp(o->cmd, "login"))
		printf("%s\n", json_string_value(json_object_get(payload, "result")) ?
		       json_string_value(json_object_get(payload, "result")) : "done");
	else if (!strcmp(o->cmd, "peers"))
		rc = cp_ctl_print_peers(stdout, payload);
	else if (!strcmp(o->cmd, "filter"))
		rc = cp_ctl_print_filter(stdout, payload);
	else
		rc = cp_ctl_print_counters(stdout, payload, o->show_all);
	return rc < 0 ? 1 : 0;
}

/* counters without the cp: read the region the dataplane writes. */
static int counters_from_region(const struct ctl_opts *o)
{
	struct tg_region r = { 0 };
	struct cp_metrics_snap s;
	char err[256];

	if (tg_region_attach(&r, o->region, NULL, err, sizeof(err)) < 0) {
		fprintf(stderr, "tailgatectl: and the shared region is not readable either: %s\n",
			err);
		return 1;
	}
	if (cp_metrics_collect(&r, TG_MAX_PORTS, tg_mono_ns(), &s) < 0) {
		tg_region_detach(&r);
		return 1;
	}
	fprintf(stderr, "tailgatectl: showing the dataplane's counters from region %s "
		"(no handshake counters without tailgate-cp)\n", o->region);
	json_t *c = cp_ctl_counters_json(&s);
	int rc = 0;
	if (o->is_json) {
		json_dumpf(c, stdout, JSON_INDENT(2));
		putchar('\n');
	} else {
		rc = cp_ctl_print_counters(stdout, c, o->show_all) < 0;
	}
	json_decref(c);
	cp_metrics_snap_free(&s);
	tg_region_detach(&r);
	return rc;
}

/* --config: the socket and region tailgate-cp uses (explicit options win). */
static int apply_config(struct ctl_opts *o, struct tg_config *cfg)
{
	char err[512];

	if (tg_config_load(cfg, o->config, err, sizeof(err)) < 0) {
		fprintf(stderr, "tailgatectl: %s\n", err);
		return -1;
	}
	if (!o->has_socket && cfg->metrics.ctl_socket[0])
		o->socket = cfg->metrics.ctl_socket;
	if (!o->has_region && cfg->dataplane.region_name[0])
		o->region = cfg->dataplane.region_name;
	return 0;
}

int main(int argc, char **argv)
{
	static struct tg_config cfg;
	struct ctl_opts o = { 0 };

	if (parse(argc, argv, &o) < 0)
		return 2;
	if (o.config && apply_config(&o, &cfg) < 0)
		return 2;
	int fd = connect_cp(o.socket);
	if (fd < 0) {
		fprintf(stderr,
			"tailgatectl: tailgate-cp is not running (no socket at %s: %s): start it "
			"with `systemctl start tailgate-cp` or `tailgate-cp --config FILE`\n",
			o.socket, strerror(-fd));
		/* Exit 1 either way: the cp is down. */
		if (!strcmp(o.cmd, "counters"))
			counters_from_region(&o);
		return 1;
	}
	json_t *rep = ask(fd, o.cmd, o.arg);
	close(fd);
	if (!rep) {
		fprintf(stderr, "tailgatectl: no valid reply from tailgate-cp on %s (hung or "
			"restarting?)\n", o.socket);
		return 1;
	}
	int rc = print_reply(&o, rep);
	json_decref(rep);
	return rc;
}
