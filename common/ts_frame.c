/*
 * ts2021 framing codecs (protocol/control.md §1.4 controlbase frames,
 * §1.5 early payload, §4.2 map-response length prefix). Owns the record
 * seal/open with the 4096-byte frame limit, the stream reassembler, the
 * early-payload parser and the map frame decoder. Pure code for the thread
 * owning the control connection (cp event loop).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "ts_frame.h"

const char *tg_ts_frame_strerror(int err)
{
	switch (err) {
	case TG_TS_F_TOO_BIG: return "frame longer than 4096 bytes";
	case TG_TS_F_TYPE: return "unexpected frame type";
	case TG_TS_F_SHORT: return "record shorter than its tag";
	case TG_TS_F_DEAD: return "stream already failed";
	case TG_TS_F_EARLY_LEN: return "early payload too long";
	case TG_TS_F_MAP_LEN: return "map frame length zero or exceeds max";
	case TG_TS_F_NOMEM: return "out of memory";
	case TG_TS_F_SPACE: return "output buffer too small";
	default: return tg_ts_noise_strerror(err);
	}
}

static uint16_t be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

int tg_ts_frame_hdr(const uint8_t hdr[TG_TS_FRAME_HDR], uint8_t *type)
{
	size_t total = TG_TS_FRAME_HDR + (size_t)be16(hdr + 1);

	*type = hdr[0];
	if (total > TG_TS_FRAME_MAX)
		return TG_TS_F_TOO_BIG;
	return (int)total;
}

int tg_ts_record_seal(struct tg_ts_cipher *c, const uint8_t *pt, size_t len,
		      uint8_t *out, size_t cap)
{
	size_t ct = len + TG_AEAD_TAG_LEN;
	int rc;

	if (len > TG_TS_RECORD_MAX_PT)
		return TG_TS_F_TOO_BIG;
	if (cap < TG_TS_FRAME_HDR + ct)
		return TG_TS_F_SPACE;
	out[0] = TG_TS_MSG_RECORD;
	out[1] = (uint8_t)(ct >> 8);
	out[2] = (uint8_t)ct;
	rc = tg_ts_cipher_seal(c, out + TG_TS_FRAME_HDR, pt, len);
	return rc < 0 ? rc : (int)(TG_TS_FRAME_HDR + ct);
}

int tg_ts_records_seal(struct tg_ts_cipher *c, const uint8_t *pt, size_t len,
		       uint8_t *out, size_t cap, size_t *consumed)
{
	size_t off = 0, used = 0;

	*consumed = 0;
	while (used < len) {
		size_t n = len - used;
		int rc;

		if (n > TG_TS_RECORD_MAX_PT)
			n = TG_TS_RECORD_MAX_PT;
		if (cap - off < TG_TS_FRAME_HDR + TG_AEAD_TAG_LEN + 1)
			break;
		if (cap - off < TG_TS_FRAME_HDR + TG_AEAD_TAG_LEN + n)
			n = cap - off - TG_TS_FRAME_HDR - TG_AEAD_TAG_LEN;
		rc = tg_ts_record_seal(c, pt + used, n, out + off, cap - off);
		if (rc < 0)
			return rc;
		off += (size_t)rc;
		used += n;
	}
	*consumed = used;
	return (int)off;
}

int tg_ts_record_open(struct tg_ts_cipher *c, const uint8_t *frame,
		      size_t frame_len, uint8_t *pt, size_t cap)
{
	uint8_t type;
	int total;

	if (frame_len < TG_TS_FRAME_HDR)
		return TG_TS_F_SHORT;
	total = tg_ts_frame_hdr(frame, &type);
	if (total < 0)
		return total;
	if ((size_t)total != frame_len)
		return TG_TS_E_LENGTH;
	if (type != TG_TS_MSG_RECORD)
		return TG_TS_F_TYPE;
	if (frame_len < TG_TS_FRAME_HDR + TG_AEAD_TAG_LEN)
		return TG_TS_F_SHORT;
	if (cap < frame_len - TG_TS_FRAME_HDR - TG_AEAD_TAG_LEN)
		return TG_TS_F_SPACE;
	int rc = tg_ts_cipher_open(c, pt, frame + TG_TS_FRAME_HDR,
				   frame_len - TG_TS_FRAME_HDR);
	if (rc < 0)
		return rc;
	return (int)(frame_len - TG_TS_FRAME_HDR - TG_AEAD_TAG_LEN);
}

/* --- reassembler ----------------------------------------------------------- */
void tg_ts_reasm_init(struct tg_ts_reasm *r)
{
	r->have = 0;
	r->is_dead = false;
}

int tg_ts_reasm_feed(struct tg_ts_reasm *r, const uint8_t *in, size_t len,
		     size_t *consumed)
{
	size_t need, take;
	uint8_t type;
	int total;

	*consumed = 0;
	if (r->is_dead)
		return TG_TS_F_DEAD;
	need = TG_TS_FRAME_HDR;
	if (r->have >= TG_TS_FRAME_HDR) {
		total = tg_ts_frame_hdr(r->buf, &type);
		need = (size_t)total;
	}
	while (r->have < need && *consumed < len) {
		take = need - r->have;
		if (take > len - *consumed)
			take = len - *consumed;
		memcpy(r->buf + r->have, in + *consumed, take);
		r->have += take;
		*consumed += take;
		if (r->have == TG_TS_FRAME_HDR) {
			total = tg_ts_frame_hdr(r->buf, &type);
			if (total < 0) {
				r->is_dead = true;
				return total;
			}
			need = (size_t)total;
		}
	}
	return r->have == need && need >= TG_TS_FRAME_HDR ? (int)need : 0;
}

void tg_ts_reasm_next(struct tg_ts_reasm *r)
{
	r->have = 0;
}

/* --- early payload ----------------------------------------------------------- */
void tg_ts_early_init(struct tg_ts_early *e)
{
	memset(e, 0, sizeof(*e));
}

void tg_ts_early_hdr(uint8_t out[TG_TS_EARLY_HDR], uint32_t json_len)
{
	memcpy(out, TG_TS_EARLY_MAGIC, 5);
	out[5] = (uint8_t)(json_len >> 24);
	out[6] = (uint8_t)(json_len >> 16);
	out[7] = (uint8_t)(json_len >> 8);
	out[8] = (uint8_t)json_len;
}

int tg_ts_early_feed(struct tg_ts_early *e, const uint8_t *in, size_t len,
		     size_t *consumed)
{
	size_t take;

	*consumed = 0;
	if (e->state != TG_TS_EARLY_NEED_MORE)
		return e->state;
	if (e->hdr_have < TG_TS_EARLY_HDR) {
		take = TG_TS_EARLY_HDR - e->hdr_have;
		if (take > len)
			take = len;
		memcpy(e->hdr + e->hdr_have, in, take);
		e->hdr_have += take;
		*consumed = take;
		if (e->hdr_have < TG_TS_EARLY_HDR)
			return TG_TS_EARLY_NEED_MORE;
		if (memcmp(e->hdr, TG_TS_EARLY_MAGIC, 5) != 0)
			return e->state = TG_TS_EARLY_ABSENT;
		e->json_len = (uint32_t)e->hdr[5] << 24 | (uint32_t)e->hdr[6] << 16 |
			      (uint32_t)e->hdr[7] << 8 | e->hdr[8];
		if (e->json_len > TG_TS_EARLY_JSON_MAX)
			return TG_TS_F_EARLY_LEN;
	}
	take = e->json_len - e->json_have;
	if (take > len - *consumed)
		take = len - *consumed;
	memcpy(e->json + e->json_have, in + *consumed, take);
	e->json_have += take;
	*consumed += take;
	if (e->json_have == e->json_len)
		e->state = TG_TS_EARLY_DONE;
	return e->state;
}

/* --- map frames ------------------------------------------------------------------ */
void tg_ts_map_len_put(uint8_t out[4], uint32_t len)
{
	out[0] = (uint8_t)len;
	out[1] = (uint8_t)(len >> 8);
	out[2] = (uint8_t)(len >> 16);
	out[3] = (uint8_t)(len >> 24);
}

void tg_ts_map_dec_init(struct tg_ts_map_dec *d, size_t cap)
{
	memset(d, 0, sizeof(*d));
	d->cap = cap;
}

void tg_ts_map_dec_free(struct tg_ts_map_dec *d)
{
	free(d->buf);
	memset(d, 0, sizeof(*d));
}

void tg_ts_map_dec_next(struct tg_ts_map_dec *d)
{
	d->len_have = 0;
	d->want = 0;
	d->have = 0;
}

/* Make room for `more` payload bytes: grow geometrically, never past want. */
static int grow(struct tg_ts_map_dec *d, size_t more)
{
	size_t need = d->have + more, size = d->buf_size ? d->buf_size : 4096;
	uint8_t *nb;

	if (need <= d->buf_size)
		return 0;
	while (size < need)
		size *= 2;
	if (size > d->want)
		size = d->want;
	nb = realloc(d->buf, size);
	if (!nb)
		return TG_TS_F_NOMEM;
	d->buf = nb;
	d->buf_size = size;
	return 0;
}

int tg_ts_map_dec_feed(struct tg_ts_map_dec *d, const uint8_t *in, size_t len,
		       size_t *consumed)
{
	size_t take;

	*consumed = 0;
	if (d->is_dead)
		return TG_TS_F_DEAD;
	while (d->len_have < 4 && *consumed < len)
		d->lenbuf[d->len_have++] = in[(*consumed)++];
	if (d->len_have < 4)
		return 0;
	if (!d->want) {
		uint32_t n = (uint32_t)d->lenbuf[0] | (uint32_t)d->lenbuf[1] << 8 |
			     (uint32_t)d->lenbuf[2] << 16 |
			     (uint32_t)d->lenbuf[3] << 24;
		/* Checked before any payload byte is read or stored. */
		if (n == 0 || n > d->cap) {
			d->is_dead = true;
			return TG_TS_F_MAP_LEN;
		}
		d->want = n;
	}
	take = d->want - d->have;
	if (take > len - *consumed)
		take = len - *consumed;
	if (take) {
		if (grow(d, take) < 0) {
			d->is_dead = true;
			return TG_TS_F_NOMEM;
		}
		memcpy(d->buf + d->have, in + *consumed, take);
		d->have += take;
		*consumed += take;
	}
	return d->have == d->want ? 1 : 0;
}
