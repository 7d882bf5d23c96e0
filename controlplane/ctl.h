/*
 * tailgatectl protocol: one JSON object per line each way over the ctl unix
 * socket (cfg->metrics.ctl_socket, default /run/tailgate/ctl.sock).
 *   request:  {"cmd":"status"} | {"cmd":"peers"} | {"cmd":"counters"} |
 *             {"cmd":"filter"}
 *   reply:    {"ok":true,"status":{...}} / {"ok":true,"peers":[...]} /
 *             {"ok":true,"counters":{...}} / {"ok":true,"filter":{...}} /
 *             {"ok":false,"error":"..."}
 * Keys are public keys in base64 (as wg(8) prints them); secrets never
 * appear. ctl.c builds replies (cp side) and renders them as tables
 * (tailgatectl side). Pure: no I/O except the FILE* given to the printers.
 */
#ifndef CP_CTL_H
#define CP_CTL_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

#include "metrics.h"
#include "uapi.h"

#define CP_CTL_DEFAULT_SOCKET "/run/tailgate/ctl.sock"
#define CP_CTL_MAX_LINE 4096

/* What a reply is built from (all owned by the caller). */
struct cp_ctl_src {
	const struct cp_uapi_dev *dev;       /* keys, peers (may be NULL) */
	const struct cp_metrics_snap *snap;  /* counters and liveness */
	const char *ifname;
	const char *config_path;
	const char *mode;                    /* "static" or "tailscale" */
	uint64_t started_mono_ns;
	/* packet filter: the effective FilterRules the cp published (JSON
	 * array, rule-id order) and where they came from; NULL: none */
	const json_t *filter_rules;
	const char *filter_source;
};

/* Reply to one request line: a malloc'd JSON text without newline. */
char *cp_ctl_handle(const char *line, const struct cp_ctl_src *src);

json_t *cp_ctl_status_json(const struct cp_ctl_src *src);
json_t *cp_ctl_peers_json(const struct cp_ctl_src *src);
json_t *cp_ctl_counters_json(const struct cp_metrics_snap *snap);
/* {"source":..., "serial":N, "rules":[{"index":i,"hits":N,"rule":{...}}],
 *  "overflow_hits":N}; hits from the snapshot (0 without one). */
json_t *cp_ctl_filter_json(const struct cp_ctl_src *src);

/* tailgatectl's readable tables for a reply's payload. 0, or -1 with a
 * message on f when the payload is not what the command returns. */
int cp_ctl_print_status(FILE *f, const json_t *status);
int cp_ctl_print_peers(FILE *f, const json_t *peers);
int cp_ctl_print_counters(FILE *f, const json_t *counters, int show_zero);
int cp_ctl_print_filter(FILE *f, const json_t *filter);

#endif
