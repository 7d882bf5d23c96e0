/*
 * Map-poll body decoder (see ts_mapstream.h): framing -> zstd -> JSON ->
 * netmap. Every stage is bounded: the frame length is checked before any
 * payload byte is stored, the zstd output is capped, jansson parses only
 * the capped text. Event-loop thread (and the fuzzer).
 */
#include "ts_mapstream.h"

#include <errno.h>
#include <jansson.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_par.h"
#include "ts_zstd.h"

void cp_ts_mapstream_init(struct cp_ts_mapstream *m, struct cp_ts_netmap *nm,
			  size_t frame_cap, size_t json_cap)
{
	memset(m, 0, sizeof(*m));
	tg_ts_map_dec_init(&m->dec, frame_cap);
	m->nm = nm;
	m->json_cap = json_cap;
	m->first = true;
	m->threads = cp_json_par_threads();
}

void cp_ts_mapstream_free(struct cp_ts_mapstream *m)
{
	tg_ts_map_dec_free(&m->dec);
}

int cp_malloc_tune(void)
{
	int ok = mallopt(M_MXFAST, 0);

	ok &= mallopt(M_MMAP_THRESHOLD, 32 << 20);
	ok &= mallopt(M_TRIM_THRESHOLD, 64 << 20);
	return ok ? 0 : -1;
}

static int one(struct cp_ts_mapstream *m, const uint8_t *p, size_t len, int64_t now,
	       char *err, size_t errlen)
{
	uint8_t *js = NULL;
	size_t jl = 0;
	json_error_t je;
	char why[256];
	int rc = cp_ts_zstd_decode(p, len, m->json_cap, &js, &jl);

	if (rc < 0) {
		snprintf(err, errlen, "map message %llu: zstd payload of %zu bytes rejected: %s",
			 (unsigned long long)m->applied + 1, len,
			 rc == -EMSGSIZE ? "decoded size over the cap" :
			 rc == -EBADMSG ? "not exactly one valid zstd frame" : strerror(-rc));
		return rc;
	}
	json_t *j = cp_json_loadb_par((const char *)js, jl, "Peers", m->threads, &je);
	free(js);
	if (!j) {
		snprintf(err, errlen, "map message %llu: malformed JSON (line %d col %d: %.100s)",
			 (unsigned long long)m->applied + 1, je.line, je.column, je.text);
		return -EBADMSG;
	}
	if (m->on_msg && (rc = m->on_msg(m->on_msg_arg, j, why, sizeof(why))) < 0) {
		json_decref(j);
		snprintf(err, errlen, "map message %llu rejected: %.200s",
			 (unsigned long long)m->applied + 1, why);
		return -EBADMSG;
	}
	rc = cp_ts_netmap_apply(m->nm, j, m->first, now, why, sizeof(why));
	cp_json_decref_par(j, "Peers", m->threads);
	if (rc < 0) {
		snprintf(err, errlen, "map message %llu rejected: %.200s",
			 (unsigned long long)m->applied + 1, why);
		return rc;
	}
	m->applied++;
	if (rc == 1)
		return 0; /* keep-alive */
	m->first = false;
	return 1;
}

int cp_ts_mapstream_feed(struct cp_ts_mapstream *m, const uint8_t *data, size_t len,
			 int64_t now, char *err, size_t errlen)
{
	int n = 0;

	if (m->is_dead) {
		snprintf(err, errlen, "map stream already failed");
		return -EBADMSG;
	}
	while (len) {
		size_t used = 0;
		int rc = tg_ts_map_dec_feed(&m->dec, data, len, &used);

		data += used;
		len -= used;
		if (rc < 0) {
			snprintf(err, errlen, "map stream framing: %s (cap %zu bytes)",
				 tg_ts_frame_strerror(rc), m->dec.cap);
			m->is_dead = true;
			return rc == TG_TS_F_NOMEM ? -ENOMEM : -EMSGSIZE;
		}
		if (rc == 0) {
			if (!used)
				break;
			continue;
		}
		rc = one(m, m->dec.buf, m->dec.want, now, err, errlen);
		tg_ts_map_dec_next(&m->dec);
		if (rc < 0) {
			m->is_dead = true;
			return rc;
		}
		n += rc;
	}
	return n;
}
