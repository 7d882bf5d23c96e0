/*
 * libFuzzer target: the body of a streaming map poll as the control client
 * decodes it (controlplane/ts_mapstream.c: u32 LE framing, bounded zstd,
 * jansson, ts_netmap.c apply incl. absent/null/[] handling, patches and the
 * max_peers cap; PacketFilter(s) through ts_filter.c's named-filter state,
 * as the client hooks it). Input byte 0 sets the slice size the body is fed in
 * (1..256 bytes), byte 1 bit 0 whether the first message is a stream's
 * first; the rest is the body. Must never crash, leak or exceed the caps;
 * after an error the stream stays dead. Runs on libFuzzer's thread.
 *
 *   bash scripts/fuzz.sh map_response_fuzz   (seeds: tests/fuzz/corpus/)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ts_filter.h"
#include "ts_mapstream.h"
#include "ts_netmap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int on_msg(void *arg, const json_t *msg, char *err, size_t errlen)
{
	return cp_ts_filter_msg(arg, msg, err, errlen);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cp_ts_netmap nm;
	struct cp_ts_mapstream ms;
	struct cp_ts_filter filter;
	char err[256];

	if (size < 2)
		return 0;
	size_t slice = (size_t)data[0] + 1;
	bool first = data[1] & 1;
	data += 2;
	size -= 2;
	cp_ts_netmap_init(&nm, 16);
	cp_ts_mapstream_init(&ms, &nm, 64 * 1024, 256 * 1024);
	ms.first = first;
	cp_ts_filter_init(&filter);
	ms.on_msg = on_msg;
	ms.on_msg_arg = &filter;
	while (size) {
		size_t n = size < slice ? size : slice;
		int rc = cp_ts_mapstream_feed(&ms, data, n, 1800000000LL, err, sizeof(err));
		data += n;
		size -= n;
		if (rc < 0) {
			if (!ms.is_dead || !err[0])
				abort();
			break;
		}
		if (nm.n_peers > nm.max_peers)
			abort();
	}
	/* Lookups over whatever state resulted. */
	uint8_t ip[16] = { 100, 64, 0, 2 };
	(void)cp_ts_netmap_find_ip(&nm, 4, ip);
	(void)cp_ts_netmap_expire(&nm, 4000000000LL);
	cp_ts_mapstream_free(&ms);
	cp_ts_filter_free(&filter);
	cp_ts_netmap_free(&nm);
	return 0;
}
