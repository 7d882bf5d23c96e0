/*
 * Tailscale key text forms (protocol/control.md §4.5, types/key in the
 * reference client): prefix table, strict hex parse, lowercase format.
 * Pure code, any thread. Hex digits are decoded without branches or table
 * lookups on the digit value, because privkey:/nlpriv: carry secrets.
 */
#include <errno.h>
#include <string.h>

#include "crypto.h"
#include "ts_keys.h"

static const struct {
	const char *prefix;
	const char *alt;     /* second accepted prefix on parse, or NULL */
	size_t raw_len;
} kinds[TG_TS_KEY__COUNT] = {
	[TG_TS_KEY_NODE] = { "nodekey:", NULL, 32 },
	[TG_TS_KEY_DISCO] = { "discokey:", NULL, 32 },
	[TG_TS_KEY_MACHINE] = { "mkey:", NULL, 32 },
	[TG_TS_KEY_NLPUB] = { "nlpub:", "tlpub:", 32 },
	[TG_TS_KEY_CHALPUB] = { "chalpub:", NULL, 32 },
	[TG_TS_KEY_PRIV] = { "privkey:", NULL, 32 },
	[TG_TS_KEY_NLPRIV] = { "nlpriv:", NULL, 64 },
	[TG_TS_KEY_HWATTEST] = { "hwattestpub:", NULL, 65 },
};

_Static_assert(TG_TS_KEY_MAX_TEXT >= 12 + 1 + 2 * 65, "text buffer size");

static bool kind_ok(enum tg_ts_key_kind kind)
{
	return (unsigned)kind < TG_TS_KEY__COUNT;
}

size_t tg_ts_key_raw_len(enum tg_ts_key_kind kind)
{
	return kind_ok(kind) ? kinds[kind].raw_len : 0;
}

const char *tg_ts_key_prefix(enum tg_ts_key_kind kind)
{
	return kind_ok(kind) ? kinds[kind].prefix : NULL;
}

/*
 * One hex digit to 0..15, or 0x100 when c is not a hex digit, with no
 * data-dependent branch: each range test becomes an all-ones mask.
 */
static unsigned nibble(unsigned char c)
{
	unsigned v = c;
	/* mask = 0xff..ff when lo <= v <= hi (v, lo, hi < 256). */
#define IN(lo, hi) ((((v - (lo)) | ((hi) - v)) >> 8 & 1) ^ 1)
	unsigned d = IN('0', '9'), u = IN('A', 'F'), l = IN('a', 'f');
#undef IN
	unsigned r = ((0u - d) & (v - '0')) | ((0u - u) & (v - 'A' + 10)) |
		     ((0u - l) & (v - 'a' + 10));
	unsigned bad = (d | u | l) ^ 1;
	return (r & 0xf) | (bad << 8);
}

static bool has_prefix(const char *text, size_t len, const char *p,
		       size_t *plen)
{
	size_t n;

	if (!p)
		return false;
	n = strlen(p);
	if (len < n || memcmp(text, p, n) != 0)
		return false;
	*plen = n;
	return true;
}

int tg_ts_key_parse(enum tg_ts_key_kind kind, const char *text, size_t len,
		    uint8_t *raw)
{
	size_t plen = 0, n;
	unsigned bad = 0;

	if (!kind_ok(kind) || !text || !raw)
		return -EINVAL;
	n = kinds[kind].raw_len;
	if (!has_prefix(text, len, kinds[kind].prefix, &plen) &&
	    !has_prefix(text, len, kinds[kind].alt, &plen))
		return -EINVAL;
	if (len - plen != 2 * n) {
		memset(raw, 0, n);
		return -EINVAL;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned hi = nibble((unsigned char)text[plen + 2 * i]);
		unsigned lo = nibble((unsigned char)text[plen + 2 * i + 1]);
		bad |= (hi | lo) >> 8;
		raw[i] = (uint8_t)(hi << 4 | (lo & 0xf));
	}
	if (bad) {
		tg_wipe(raw, n);
		return -EINVAL;
	}
	return 0;
}

int tg_ts_key_format(enum tg_ts_key_kind kind, const uint8_t *raw, char *out,
		     size_t cap)
{
	size_t plen, n;

	if (!kind_ok(kind) || !raw || !out)
		return -EINVAL;
	plen = strlen(kinds[kind].prefix);
	n = kinds[kind].raw_len;
	if (cap < plen + 2 * n + 1)
		return -ENOSPC;
	memcpy(out, kinds[kind].prefix, plen);
	for (size_t i = 0; i < n; i++) {
		/* Branch-free lowercase hex: 0..9 -> '0'.., 10..15 -> 'a'.. */
		unsigned hi = raw[i] >> 4, lo = raw[i] & 0xf;
		out[plen + 2 * i] = (char)('0' + hi + (((9u - hi) >> 8) & 39));
		out[plen + 2 * i + 1] = (char)('0' + lo + (((9u - lo) >> 8) & 39));
	}
	out[plen + 2 * n] = '\0';
	return (int)(plen + 2 * n);
}

bool tg_ts_key_eq(enum tg_ts_key_kind kind, const uint8_t *a, const uint8_t *b)
{
	if (!kind_ok(kind))
		return false;
	return tg_ct_eq(a, b, kinds[kind].raw_len);
}

bool tg_ts_key_is_zero(enum tg_ts_key_kind kind, const uint8_t *raw)
{
	static const uint8_t zero[TG_TS_KEY_MAX_RAW];

	if (!kind_ok(kind))
		return false;
	return tg_ct_eq(raw, zero, kinds[kind].raw_len);
}
