/*
 * Text forms of the Tailscale key types as they appear in control-protocol
 * JSON (protocol/control.md §4.5): "<prefix><lowercase hex of the raw
 * bytes>", e.g. "nodekey:50d2...f765". Parsing is strict: the exact prefix,
 * exactly 2 x raw-length hex digits (upper or lower case accepted, as the Go
 * parser does), nothing before or after. Formatting always emits lowercase.
 *
 * Pure functions: no allocation, no I/O; safe from any thread. Hex decoding
 * is branch-free on the digit values, so private keys ("privkey:",
 * "nlpriv:") are not leaked through timing; tg_ts_key_eq compares in
 * constant time.
 */
#ifndef TG_TS_KEYS_H
#define TG_TS_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tg_ts_key_kind {
	TG_TS_KEY_NODE,      /* "nodekey:"  node (WireGuard) public, 32 */
	TG_TS_KEY_DISCO,     /* "discokey:" disco public, 32 */
	TG_TS_KEY_MACHINE,   /* "mkey:"     machine / control Noise public, 32 */
	TG_TS_KEY_NLPUB,     /* "nlpub:" (parse also "tlpub:") Ed25519, 32 */
	TG_TS_KEY_CHALPUB,   /* "chalpub:"  EarlyNoise challenge public, 32 */
	TG_TS_KEY_PRIV,      /* "privkey:"  node or machine private, 32 */
	TG_TS_KEY_NLPRIV,    /* "nlpriv:"   Ed25519 private (64-byte form) */
	TG_TS_KEY_HWATTEST,  /* "hwattestpub:" uncompressed P-256 point, 65 */
	TG_TS_KEY__COUNT,
};

/* Longest raw key (hwattestpub) and longest text form incl. NUL. */
#define TG_TS_KEY_MAX_RAW 65
#define TG_TS_KEY_MAX_TEXT (12 + 2 * TG_TS_KEY_MAX_RAW + 1)

/* Raw length of a kind (32, 64 or 65); 0 for an unknown kind. */
size_t tg_ts_key_raw_len(enum tg_ts_key_kind kind);
/* Canonical prefix ("nodekey:" ...); NULL for an unknown kind. */
const char *tg_ts_key_prefix(enum tg_ts_key_kind kind);

/*
 * Parse text[0..len) (not NUL-terminated necessarily) into raw, which must
 * hold tg_ts_key_raw_len(kind) bytes. 0 on success; -EINVAL on a wrong
 * prefix, wrong length or a non-hex digit (raw is zeroed then).
 */
__attribute__((warn_unused_result))
int tg_ts_key_parse(enum tg_ts_key_kind kind, const char *text, size_t len,
		    uint8_t *raw);

/*
 * Write the text form of raw with a NUL into out[0..cap). Returns the text
 * length (without NUL) or -ENOSPC when cap is too small, -EINVAL for an
 * unknown kind.
 */
int tg_ts_key_format(enum tg_ts_key_kind kind, const uint8_t *raw, char *out,
		     size_t cap);

/* Constant-time equality of two raw keys of the same kind. */
bool tg_ts_key_eq(enum tg_ts_key_kind kind, const uint8_t *a, const uint8_t *b);

/* True when every raw byte is zero (the "zero key" Go emits), in constant time. */
bool tg_ts_key_is_zero(enum tg_ts_key_kind kind, const uint8_t *raw);

#endif
