/*
 * libFuzzer target for the packet-filter input surfaces: a MapResponse
 * JSON through cp_filter_state_apply -> cp_filter_state_rules ->
 * tg_filter_build -> tg_filter_view -> tg_filter_check, and the same bytes
 * as an IP packet (tg_filter_parse) and as a blob (tg_filter_view).
 * Nothing may crash, leak or read out of bounds; results are not checked.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "filter_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int resolve(void *ctx, const char *cap, struct tg_filter_pfx *out, int max)
{
	(void)ctx;
	if (strcmp(cap, "a") || max < 1)
		return strcmp(cap, "a") ? 0 : 1;
	tg_filter_parse_addr("100.64.0.1", 10, out);
	return 1;
}

static void run_packets(const struct tg_filter *f, const uint8_t *data, size_t size)
{
	struct tg_filter_pkt p;

	tg_filter_parse(data, size, &p);
	(void)tg_filter_check(f, &p);
	(void)tg_filter_out(f->flows, &p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct tg_filter_caps caps = { resolve, NULL };
	struct tg_filter_pfx routes[2];
	struct tg_filter_local l = { NULL, 0, routes, 2, NULL, 0 };
	struct cp_filter_state st;
	struct tg_filter_rules rs;
	struct cp_filter_diag d;
	struct tg_filter_flows fl;
	struct tg_filter f;
	char err[256];
	void *blob = NULL, *copy;
	size_t len = 0;
	json_t *resp;

	tg_filter_parse_addr("0.0.0.0", 7, &routes[0]);
	routes[0].bits = 0;
	tg_filter_parse_addr("::", 2, &routes[1]);
	routes[1].bits = 0;
	memset(&f, 0, sizeof(f));
	if (tg_filter_flows_init(&fl, 8, 0))
		return 0;
	f.flows = &fl;
	/* the bytes as a blob */
	copy = aligned_alloc(8, (size + 7) & ~(size_t)7 ? (size + 7) & ~(size_t)7 : 8);
	if (copy) {
		memcpy(copy, data, size);
		if (tg_filter_view(&f, copy, size, err, sizeof(err)) == 0)
			run_packets(&f, data, size);
		free(copy);
	}
	/* the bytes as a MapResponse */
	cp_filter_state_init(&st);
	resp = json_loadb((const char *)data, size, 0, NULL);
	if (resp && cp_filter_state_apply(&st, resp, err, sizeof(err)) == 1 &&
	    cp_filter_state_rules(&st, &rs, &d, err, sizeof(err)) == 0) {
		if (tg_filter_build(&rs, &l, &caps, 1, &blob, &len, err, sizeof(err)) == 0 &&
		    tg_filter_view(&f, blob, len, err, sizeof(err)) == 0)
			run_packets(&f, data, size);
		free(blob);
		tg_filter_rules_free(&rs);
	}
	json_decref(resp);
	cp_filter_state_free(&st);
	tg_filter_flows_free(&fl);
	return 0;
}
