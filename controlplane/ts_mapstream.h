/*
 * The body of a streaming map poll (protocol/control.md §4.2), decoded into
 * the netmap: u32 little-endian length + zstd frame per message (ts_frame's
 * map decoder, payload cap CP_TS_MAP_FRAME_CAP), bounded zstd decoding
 * (16 MiB, ts_zstd.c), jansson, then cp_ts_netmap_apply(). Pure (no I/O),
 * so tests and the fuzzer drive exactly what the client runs. Any error is
 * final for the stream: the caller reconnects. Event-loop thread.
 */
#ifndef CP_TS_MAPSTREAM_H
#define CP_TS_MAPSTREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "ts_frame.h"
#include "ts_netmap.h"

struct cp_ts_mapstream {
	struct tg_ts_map_dec dec;
	struct cp_ts_netmap *nm;
	size_t json_cap;          /* decoded size cap per message */
	bool first;               /* next message is the stream's first */
	bool is_dead;
	uint64_t applied;         /* messages applied (keep-alives included) */
	/* Optional: sees every message before the netmap does (the packet
	 * filter, ts_filter.h); a negative return kills the stream. */
	int (*on_msg)(void *arg, const json_t *msg, char *err, size_t errlen);
	unsigned threads;         /* for a big Peers array (json_par.h) */
	void *on_msg_arg;
};

void cp_ts_mapstream_init(struct cp_ts_mapstream *m, struct cp_ts_netmap *nm,
			  size_t frame_cap, size_t json_cap);
void cp_ts_mapstream_free(struct cp_ts_mapstream *m);

/*
 * Process-wide malloc settings for tailgate-cp (called once at start; the
 * netmap benchmark calls it too, to measure what the cp runs). A full
 * netmap is a JSON tree of ~10^6 small blocks that jansson allocates and
 * frees at once; glibc's defaults make the free cost ~4x the parse (fastbin
 * consolidation) and hand multi-MB buffers back to the kernel after every
 * message (page faults on the next). Fastbins off; blocks under 32 MiB come
 * from the heap; up to 64 MiB of free heap top is kept (measured in
 * docs/bench.md row 8). 0, or -1 when glibc refused a setting.
 */
int cp_malloc_tune(void);

/*
 * Feed body bytes. Returns the number of non-keep-alive messages applied
 * (the caller syncs the tables when > 0), or -EBADMSG / -EMSGSIZE /
 * -ENOMEM with the reason in err; the stream is dead after an error.
 */
int cp_ts_mapstream_feed(struct cp_ts_mapstream *m, const uint8_t *data, size_t len,
			 int64_t now_unix, char *err, size_t errlen);

#endif
