/*
 * WireGuard wire formats (WireGuard whitepaper §5.4) and protocol constants
 * (§6.1). The one place that knows message layouts: every other file uses
 * these structs or the accessors below. All structs are packed; multi-byte
 * integers on the wire are little-endian (le32/le64 accessors), because a UDP
 * payload after Ethernet+IPv4 is only 2-byte aligned.
 *
 * Any thread; no state.
 */
#ifndef TG_WG_WIRE_H
#define TG_WG_WIRE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum {
	MESSAGE_HANDSHAKE_INITIATION = 1,
	MESSAGE_HANDSHAKE_RESPONSE = 2,
	MESSAGE_HANDSHAKE_COOKIE = 3,
	MESSAGE_DATA = 4,
};

#define NOISE_PUBLIC_KEY_LEN 32
#define NOISE_SYMMETRIC_KEY_LEN 32
#define NOISE_TIMESTAMP_LEN 12
#define NOISE_AUTHTAG_LEN 16
#define NOISE_HASH_LEN 32
#define COOKIE_LEN 16
#define COOKIE_NONCE_LEN 24
#define WG_MAC_LEN 16

/* Protocol constants, whitepaper §6.1 (times in nanoseconds). */
#define TG_NS_PER_SEC 1000000000ULL
#define REKEY_AFTER_MESSAGES (1ULL << 60)
#define REJECT_AFTER_MESSAGES (UINT64_MAX - (1ULL << 13))
#ifdef TG_TEST_BUILD
/* Test builds only (make check's netns suite): TG_TEST_REJECT_AFTER_TIME
 * and TG_TEST_REKEY_AFTER_TIME (seconds) in the environment shorten key
 * lifetimes so "keys age out in the dataplane" and "rekey under traffic"
 * are observable in seconds. common/test_knobs.c. */
uint64_t tg_test_reject_after_time(void);
uint64_t tg_test_rekey_after_time(void);
#define REJECT_AFTER_TIME (tg_test_reject_after_time())
#define REKEY_AFTER_TIME (tg_test_rekey_after_time())
#else
#define REJECT_AFTER_TIME (180ULL * TG_NS_PER_SEC)
#define REKEY_AFTER_TIME (120ULL * TG_NS_PER_SEC)
#endif
#define REKEY_ATTEMPT_TIME (90ULL * TG_NS_PER_SEC)
#define REKEY_TIMEOUT (5ULL * TG_NS_PER_SEC)
#define REKEY_TIMEOUT_JITTER_MAX (TG_NS_PER_SEC / 3)
#define KEEPALIVE_TIMEOUT (10ULL * TG_NS_PER_SEC)
#define COOKIE_SECRET_MAX_AGE (120ULL * TG_NS_PER_SEC)
#define COOKIE_SECRET_LATENCY (5ULL * TG_NS_PER_SEC)
#define REPLAY_WINDOW_BITS 8192 /* counters accepted behind the highest */

struct tg_wg_macs {
	uint8_t mac1[WG_MAC_LEN];
	uint8_t mac2[WG_MAC_LEN];
} __attribute__((packed));

struct tg_wg_initiation {
	uint8_t type;      /* 1 */
	uint8_t reserved[3];
	uint8_t sender_index[4]; /* le32 */
	uint8_t unencrypted_ephemeral[NOISE_PUBLIC_KEY_LEN];
	uint8_t encrypted_static[NOISE_PUBLIC_KEY_LEN + NOISE_AUTHTAG_LEN];
	uint8_t encrypted_timestamp[NOISE_TIMESTAMP_LEN + NOISE_AUTHTAG_LEN];
	struct tg_wg_macs macs;
} __attribute__((packed));

struct tg_wg_response {
	uint8_t type;      /* 2 */
	uint8_t reserved[3];
	uint8_t sender_index[4];   /* le32 */
	uint8_t receiver_index[4]; /* le32 */
	uint8_t unencrypted_ephemeral[NOISE_PUBLIC_KEY_LEN];
	uint8_t encrypted_nothing[NOISE_AUTHTAG_LEN];
	struct tg_wg_macs macs;
} __attribute__((packed));

struct tg_wg_cookie_reply {
	uint8_t type;      /* 3 */
	uint8_t reserved[3];
	uint8_t receiver_index[4]; /* le32 */
	uint8_t nonce[COOKIE_NONCE_LEN];
	uint8_t encrypted_cookie[COOKIE_LEN + NOISE_AUTHTAG_LEN];
} __attribute__((packed));

struct tg_wg_data_hdr {
	uint8_t type;      /* 4 */
	uint8_t reserved[3];
	uint8_t receiver_index[4]; /* le32 */
	uint8_t counter[8];        /* le64 */
	/* encrypted, padded payload + 16-byte tag follow */
} __attribute__((packed));

#define TG_WG_INITIATION_LEN 148
#define TG_WG_RESPONSE_LEN 92
#define TG_WG_COOKIE_LEN 64
#define TG_WG_DATA_HDR_LEN 16
#define TG_WG_DATA_MIN_LEN (TG_WG_DATA_HDR_LEN + NOISE_AUTHTAG_LEN) /* keepalive */

_Static_assert(sizeof(struct tg_wg_initiation) == TG_WG_INITIATION_LEN, "init");
_Static_assert(sizeof(struct tg_wg_response) == TG_WG_RESPONSE_LEN, "resp");
_Static_assert(sizeof(struct tg_wg_cookie_reply) == TG_WG_COOKIE_LEN, "cookie");
_Static_assert(sizeof(struct tg_wg_data_hdr) == TG_WG_DATA_HDR_LEN, "data");
_Static_assert(offsetof(struct tg_wg_initiation, macs) == 116, "init mac1");
_Static_assert(offsetof(struct tg_wg_response, macs) == 60, "resp mac1");

static inline uint32_t tg_le32_get(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static inline void tg_le32_put(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static inline uint64_t tg_le64_get(const uint8_t *p)
{
	return (uint64_t)tg_le32_get(p) | (uint64_t)tg_le32_get(p + 4) << 32;
}

static inline void tg_le64_put(uint8_t *p, uint64_t v)
{
	tg_le32_put(p, (uint32_t)v);
	tg_le32_put(p + 4, (uint32_t)(v >> 32));
}

/*
 * Exact-length check by type, before anything else touches a message.
 * Returns the message type (1..4) or 0 if the type is unknown or the length
 * is wrong for it. Data messages: at least header + tag; WireGuard pads the
 * plaintext to 16, so (len - 32) % 16 == 0 for any conforming sender.
 */
static inline int tg_wg_classify(const uint8_t *p, size_t len)
{
	if (len < 4 || p[1] | p[2] | p[3])
		return 0;
	switch (p[0]) {
	case MESSAGE_HANDSHAKE_INITIATION:
		return len == TG_WG_INITIATION_LEN ? 1 : 0;
	case MESSAGE_HANDSHAKE_RESPONSE:
		return len == TG_WG_RESPONSE_LEN ? 2 : 0;
	case MESSAGE_HANDSHAKE_COOKIE:
		return len == TG_WG_COOKIE_LEN ? 3 : 0;
	case MESSAGE_DATA:
		return len >= TG_WG_DATA_MIN_LEN ? 4 : 0;
	default:
		return 0;
	}
}

#endif
