/*
 * Bounded zstd decoding of one map-response message (protocol/control.md
 * §4.2): the payload of one length-prefixed map frame must be exactly one
 * complete zstd frame (RFC 8878), checksum optional; its decoded size is
 * capped. Runs on the cp event loop; allocates the output only as decoded
 * bytes are produced, never past the cap.
 */
#ifndef CP_TS_ZSTD_H
#define CP_TS_ZSTD_H

#include <stddef.h>
#include <stdint.h>

/* Go's tsp client caps each decoded message at 4 MiB; we allow more. */
#define CP_TS_ZSTD_DEFAULT_CAP (16u << 20)

/*
 * Decode in[0..inlen). On success returns 0, *out is a malloc'd buffer of
 * *outlen bytes plus a NUL (so JSON parsers can take it) that the caller
 * frees. Errors: -EMSGSIZE (decoded size exceeds cap), -EBADMSG (not one
 * valid frame, trailing bytes, bad checksum), -ENOMEM.
 */
int cp_ts_zstd_decode(const uint8_t *in, size_t inlen, size_t cap,
		      uint8_t **out, size_t *outlen);

#endif
