/*
 * tailgatectl's readable tables for the ctl replies (ctl.h): status,
 * peers, counters. Prints to the FILE* given; runs in tailgatectl.
 */
#include "ctl.h"

#include <string.h>
#include <time.h>

static const char *str(const json_t *o, const char *k, const char *dflt)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s ? s : dflt;
}

static json_int_t num(const json_t *o, const char *k)
{
	return json_integer_value(json_object_get(o, k));
}

static void print_proc(FILE *f, const char *label, const json_t *p)
{
	if (!p) {
		fprintf(f, "%-14s unknown\n", label);
		return;
	}
	double age = json_real_value(json_object_get(p, "alive_age_s"));
	if (json_is_true(json_object_get(p, "up")))
		fprintf(f, "%-14s up (pid %" JSON_INTEGER_FORMAT ", stamped %.1fs ago)\n", label,
			num(p, "pid"), age);
	else if (age < 0)
		fprintf(f, "%-14s down (never stamped)\n", label);
	else
		fprintf(f, "%-14s DOWN (last stamp %.1fs ago)\n", label, age);
}

int cp_ctl_print_status(FILE *f, const json_t *st)
{
	if (!json_is_object(st)) {
		fprintf(f, "malformed status reply\n");
		return -1;
	}
	fprintf(f, "%-14s %s\n", "interface:", str(st, "interface", "?"));
	fprintf(f, "%-14s %s\n", "mode:", str(st, "mode", "?"));
	fprintf(f, "%-14s %s\n", "public key:", str(st, "public_key", "(none)"));
	fprintf(f, "%-14s %" JSON_INTEGER_FORMAT "\n", "listen port:", num(st, "listen_port"));
	fprintf(f, "%-14s %" JSON_INTEGER_FORMAT "\n", "peers:", num(st, "peers"));
	print_proc(f, "dataplane:", json_object_get(st, "dataplane"));
	print_proc(f, "controlplane:", json_object_get(st, "controlplane"));
	if (json_object_get(st, "workers"))
		fprintf(f, "%-14s %" JSON_INTEGER_FORMAT "\n", "workers:", num(st, "workers"));
	return 0;
}

static void handshake_text(char *out, size_t len, json_int_t unix_s)
{
	if (unix_s <= 0) {
		snprintf(out, len, "never");
		return;
	}
	time_t now = time(NULL);
	long long ago = (long long)now - (long long)unix_s;
	snprintf(out, len, "%llds ago", ago < 0 ? 0 : ago);
}

int cp_ctl_print_peers(FILE *f, const json_t *peers)
{
	size_t i;
	json_t *p;

	if (!json_is_array(peers)) {
		fprintf(f, "malformed peers reply\n");
		return -1;
	}
	if (json_array_size(peers) == 0) {
		fprintf(f, "no peers\n");
		return 0;
	}
	fprintf(f, "%-44s  %-28s  %-12s  %12s  %12s  %s\n", "PUBLIC KEY", "ENDPOINT",
		"HANDSHAKE", "RX BYTES", "TX BYTES", "ALLOWED IPS");
	json_array_foreach(peers, i, p) {
		char hs[32], aips[512] = "";
		size_t j, off = 0;
		json_t *a;

		handshake_text(hs, sizeof(hs), num(p, "latest_handshake_unix"));
		json_array_foreach(json_object_get(p, "allowed_ips"), j, a) {
			int n = snprintf(aips + off, sizeof(aips) - off, "%s%s", j ? "," : "",
					 json_string_value(a) ? json_string_value(a) : "?");
			if (n < 0 || (size_t)n >= sizeof(aips) - off)
				break;
			off += (size_t)n;
		}
		fprintf(f, "%-44s  %-28s  %-12s  %12" JSON_INTEGER_FORMAT "  %12" JSON_INTEGER_FORMAT
			"  %s\n", str(p, "public_key", "?"), str(p, "endpoint", "(none)"), hs,
			num(p, "rx_bytes"), num(p, "tx_bytes"), aips[0] ? aips : "(none)");
	}
	return 0;
}

static void print_group(FILE *f, const char *title, const json_t *o, int show_zero)
{
	const char *k;
	json_t *v;
	int printed = 0;

	json_object_foreach((json_t *)o, k, v) {
		if (!show_zero && json_integer_value(v) == 0)
			continue;
		if (!printed++)
			fprintf(f, "%s:\n", title);
		fprintf(f, "  %-28s %" JSON_INTEGER_FORMAT "\n", k, json_integer_value(v));
	}
}

int cp_ctl_print_counters(FILE *f, const json_t *c, int show_zero)
{
	char title[64];
	size_t i;
	json_t *v;

	if (!json_is_object(c)) {
		fprintf(f, "malformed counters reply\n");
		return -1;
	}
	print_group(f, "drops", json_object_get(c, "drops"), show_zero);
	print_group(f, "paths", json_object_get(c, "paths"), show_zero);
	json_array_foreach(json_object_get(c, "ports"), i, v) {
		snprintf(title, sizeof(title), "port %zu", i);
		print_group(f, title, v, show_zero);
	}
	json_array_foreach(json_object_get(c, "workers"), i, v) {
		fprintf(f, "worker %zu: loops %" JSON_INTEGER_FORMAT ", %s, punt depth %"
			JSON_INTEGER_FORMAT ", inject depth %" JSON_INTEGER_FORMAT "\n", i,
			num(v, "loops"), json_is_true(json_object_get(v, "online")) ? "online" : "offline",
			num(v, "punt_depth"), num(v, "inject_depth"));
		snprintf(title, sizeof(title), "  punt ring %zu", i);
		print_group(f, title, json_object_get(v, "punt"), show_zero);
		snprintf(title, sizeof(title), "  inject ring %zu", i);
		print_group(f, title, json_object_get(v, "inject"), show_zero);
	}
	if (json_object_get(c, "handshake"))
		print_group(f, "handshake", json_object_get(c, "handshake"), show_zero);
	if (!show_zero)
		fprintf(f, "(counters that are zero are not shown; --all shows them)\n");
	return 0;
}

/* Comma-separated strings of a JSON array into buf. */
static void join_strings(const json_t *a, char *buf, size_t len)
{
	size_t i, o = 0;
	const json_t *v;

	buf[0] = 0;
	json_array_foreach(a, i, v) {
		const char *s = json_string_value(v);
		int n = snprintf(buf + o, len - o, "%s%s", o ? "," : "", s ? s : "?");

		if (n < 0 || (size_t)n >= len - o)
			break;
		o += (size_t)n;
	}
}

static void dst_text(const json_t *dsts, char *buf, size_t len)
{
	size_t i, o = 0;
	const json_t *d;

	buf[0] = 0;
	json_array_foreach(dsts, i, d) {
		const json_t *ports = json_object_get(d, "Ports");
		const char *ip = json_string_value(json_object_get(d, "IP"));
		char pt[32];
		int n;

		if (json_is_string(ports))
			snprintf(pt, sizeof(pt), "%s", json_string_value(ports));
		else {
			json_int_t a = json_integer_value(json_object_get(ports, "First"));
			json_int_t b = json_integer_value(json_object_get(ports, "Last"));

			if (a == 0 && b == 65535)
				snprintf(pt, sizeof(pt), "*");
			else if (a == b)
				snprintf(pt, sizeof(pt), "%lld", (long long)a);
			else
				snprintf(pt, sizeof(pt), "%lld-%lld", (long long)a, (long long)b);
		}
		n = snprintf(buf + o, len - o, "%s%s:%s", o ? "," : "", ip ? ip : "?", pt);
		if (n < 0 || (size_t)n >= len - o)
			break;
		o += (size_t)n;
	}
}

int cp_ctl_print_filter(FILE *f, const json_t *flt)
{
	const json_t *rules = json_object_get(flt, "rules"), *r;
	const char *src = json_string_value(json_object_get(flt, "source"));
	size_t i;

	if (!json_is_object(flt) || !json_is_array(rules)) {
		fprintf(f, "tailgatectl: malformed filter reply\n");
		return -1;
	}
	if (!src && json_array_size(rules) == 0) {
		fprintf(f, "no packet filter configured (static mode: allowed IPs only)\n");
		return 0;
	}
	fprintf(f, "packet filter from %s, serial %lld, %zu rule(s)\n", src ? src : "control",
		(long long)json_integer_value(json_object_get(flt, "serial")), json_array_size(rules));
	fprintf(f, "%5s %12s  %-32s %-40s %s\n", "rule", "hits", "sources", "destinations", "protocols");
	json_array_foreach(rules, i, r) {
		const json_t *rule = json_object_get(r, "rule"), *pr = json_object_get(rule, "IPProto"), *p;
		char srcs[256], dsts[512], protos[128] = "";
		size_t k, o = 0;

		join_strings(json_object_get(rule, "SrcIPs"), srcs, sizeof(srcs));
		dst_text(json_object_get(rule, "DstPorts"), dsts, sizeof(dsts));
		if (!json_array_size(pr))
			snprintf(protos, sizeof(protos), "tcp,udp,icmp,icmpv6");
		json_array_foreach(pr, k, p) {
			int n = snprintf(protos + o, sizeof(protos) - o, "%s%lld", o ? "," : "",
					 (long long)json_integer_value(p));
			if (n < 0 || (size_t)n >= sizeof(protos) - o)
				break;
			o += (size_t)n;
		}
		fprintf(f, "%5lld %12lld  %-32s %-40s %s\n",
			(long long)json_integer_value(json_object_get(r, "index")),
			(long long)json_integer_value(json_object_get(r, "hits")), srcs, dsts, protos);
	}
	if (json_integer_value(json_object_get(flt, "overflow_hits")))
		fprintf(f, "(rules beyond tables.max_filter_rules: %lld hits)\n",
			(long long)json_integer_value(json_object_get(flt, "overflow_hits")));
	return 0;
}
