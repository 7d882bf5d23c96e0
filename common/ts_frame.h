/*
 * ts2021 byte framing (protocol/control.md §1.4, §1.5, §4.2):
 *  - controlbase frames: 1-byte type + u16 BIG-endian length + body; a whole
 *    frame is at most 4096 bytes, so a record carries at most 4077 bytes of
 *    plaintext. Records (type 4) are ChaCha20-Poly1305 under the transport
 *    ciphers of ts_noise.h.
 *  - the record reassembler (bytes from the socket in any slicing, one
 *    complete frame out at a time, never more than 4096 bytes buffered);
 *  - the early payload parser on the decrypted server->client stream:
 *    "\xff\xff\xffTS" + u32 BIG-endian length + EarlyNoise JSON, or the 9
 *    bytes are the start of HTTP/2 and are handed back;
 *  - the map-response body framing: u32 LITTLE-endian length + payload
 *    (zstd frame or raw JSON), with a caller-chosen hard cap.
 *
 * Pure code: no I/O. Only the map decoder allocates, growing as payload
 * bytes actually arrive and never past the validated length (<= its cap).
 * Each object is owned by one thread (the connection's event loop).
 */
#ifndef TG_TS_FRAME_H
#define TG_TS_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ts_noise.h"

#define TG_TS_FRAME_HDR 3
#define TG_TS_FRAME_MAX 4096
#define TG_TS_RECORD_MAX_CT (TG_TS_FRAME_MAX - TG_TS_FRAME_HDR)      /* 4093 */
#define TG_TS_RECORD_MAX_PT (TG_TS_RECORD_MAX_CT - 16)               /* 4077 */

enum tg_ts_frame_err {
	TG_TS_F_TOO_BIG = -20,   /* announced frame > 4096 bytes */
	TG_TS_F_TYPE = -21,      /* unexpected frame type */
	TG_TS_F_SHORT = -22,     /* record body shorter than the AEAD tag */
	TG_TS_F_DEAD = -23,      /* reader already failed; connection poisoned */
	TG_TS_F_EARLY_LEN = -24, /* early payload JSON longer than the cap */
	TG_TS_F_MAP_LEN = -25,   /* map frame length 0 or above the cap */
	TG_TS_F_NOMEM = -26,     /* allocation failed */
	TG_TS_F_SPACE = -27,     /* output buffer too small */
};
const char *tg_ts_frame_strerror(int err);

/*
 * Inspect a frame header: needs 3 bytes. Returns the total frame size
 * (3 + length) or TG_TS_F_TOO_BIG. *type gets the type byte.
 */
int tg_ts_frame_hdr(const uint8_t hdr[TG_TS_FRAME_HDR], uint8_t *type);

/*
 * Seal one record: out gets 3 + len + 16 bytes. len <= 4077. Returns the
 * frame size, TG_TS_F_SPACE, TG_TS_F_TOO_BIG or a TG_TS_E_* error.
 */
int tg_ts_record_seal(struct tg_ts_cipher *c, const uint8_t *pt, size_t len,
		      uint8_t *out, size_t cap);

/*
 * Seal a byte stream as records of at most 4077 plaintext bytes, as many
 * as fit into out. *consumed gets the plaintext bytes used. Returns the
 * bytes written to out or a negative error.
 */
int tg_ts_records_seal(struct tg_ts_cipher *c, const uint8_t *pt, size_t len,
		       uint8_t *out, size_t cap, size_t *consumed);

/*
 * Open one complete record frame (type 4). pt gets frame_len - 19 bytes
 * (may be 0: empty records are legal and carry nothing). Returns the
 * plaintext length or a negative error; a failure kills the cipher.
 */
int tg_ts_record_open(struct tg_ts_cipher *c, const uint8_t *frame,
		      size_t frame_len, uint8_t *pt, size_t cap);

/* Reassembles frames from arbitrary slices of the stream. */
struct tg_ts_reasm {
	uint8_t buf[TG_TS_FRAME_MAX];
	size_t have;
	bool is_dead;
};
void tg_ts_reasm_init(struct tg_ts_reasm *r);
/*
 * Take bytes from in[0..len); *consumed gets how many were taken. Returns
 * the size of a complete frame now in r->buf (call tg_ts_reasm_next after
 * using it), 0 when more input is needed, or a negative error (then the
 * reassembler stays dead).
 */
int tg_ts_reasm_feed(struct tg_ts_reasm *r, const uint8_t *in, size_t len,
		     size_t *consumed);
/* Discard the frame returned by the last feed. */
void tg_ts_reasm_next(struct tg_ts_reasm *r);

/* --- early payload -------------------------------------------------------- */
#define TG_TS_EARLY_MAGIC "\xff\xff\xffTS"
#define TG_TS_EARLY_HDR 9
/* Our cap on the EarlyNoise JSON (Go allows 10 MiB; the real one is ~95). */
#define TG_TS_EARLY_JSON_MAX 4096

enum tg_ts_early_state {
	TG_TS_EARLY_NEED_MORE = 0,
	TG_TS_EARLY_DONE = 1,     /* json[0..json_len) holds EarlyNoise */
	TG_TS_EARLY_ABSENT = 2,   /* no early payload: pass hdr[0..9) on */
};

struct tg_ts_early {
	uint8_t hdr[TG_TS_EARLY_HDR];
	size_t hdr_have;
	uint32_t json_len;
	size_t json_have;
	uint8_t json[TG_TS_EARLY_JSON_MAX];
	int state;
};
void tg_ts_early_init(struct tg_ts_early *e);
/*
 * Feed decrypted server bytes. *consumed gets the bytes taken; bytes after
 * a DONE/ABSENT result are not taken and belong to HTTP/2. When ABSENT,
 * the caller must deliver e->hdr[0..9) to HTTP/2 before those bytes.
 * Returns a tg_ts_early_state or TG_TS_F_EARLY_LEN.
 */
int tg_ts_early_feed(struct tg_ts_early *e, const uint8_t *in, size_t len,
		     size_t *consumed);
/* Writes the 9-byte header for a JSON of json_len bytes (server side). */
void tg_ts_early_hdr(uint8_t out[TG_TS_EARLY_HDR], uint32_t json_len);

/* --- map response framing ---------------------------------------------- */
#define TG_TS_MAP_LEN_HDR 4

struct tg_ts_map_dec {
	size_t cap;            /* hard cap per message payload */
	uint8_t lenbuf[4];
	size_t len_have;
	uint32_t want;         /* validated payload length */
	uint8_t *buf;          /* grows with arrived bytes, <= want */
	size_t buf_size, have;
	bool is_dead;
};
/* cap: largest accepted payload (1..UINT32_MAX). */
void tg_ts_map_dec_init(struct tg_ts_map_dec *d, size_t cap);
void tg_ts_map_dec_free(struct tg_ts_map_dec *d);
/*
 * Feed body bytes. Returns 1 when a whole message is ready in
 * d->buf[0..d->want) (call tg_ts_map_dec_next after using it), 0 when more
 * input is needed, or a negative error (TG_TS_F_MAP_LEN, TG_TS_F_NOMEM).
 */
int tg_ts_map_dec_feed(struct tg_ts_map_dec *d, const uint8_t *in, size_t len,
		       size_t *consumed);
void tg_ts_map_dec_next(struct tg_ts_map_dec *d);
/* The 4-byte little-endian length prefix (server side / tests). */
void tg_ts_map_len_put(uint8_t out[4], uint32_t len);

#endif
