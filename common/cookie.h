/*
 * WireGuard cookies and the two MACs on handshake messages (whitepaper
 * §5.4.4 "Cookie MACs", §5.4.7 "Under Load: Cookie Reply Message").
 *
 *  - The checker (one per device, receive side): verifies mac1 with
 *    HASH("mac1----" || our public key), and, under load, mac2 against the
 *    cookie MAC(R, source address || source port) where the secret R is
 *    rotated every COOKIE_SECRET_MAX_AGE; builds cookie replies sealed with
 *    XChaCha20-Poly1305 under HASH("cookie--" || our public key), random
 *    nonce, AD = the mac1 of the message answered.
 *  - The maker (one per peer, send side): puts mac1 (and mac2 while a cookie
 *    from the peer is younger than COOKIE_SECRET_MAX_AGE -
 *    COOKIE_SECRET_LATENCY) on outgoing handshake messages and consumes that
 *    peer's cookie replies.
 *
 * Calling context: the cp event loop. Clock injected; no I/O, no globals.
 */
#ifndef TG_COOKIE_H
#define TG_COOKIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "clock.h"
#include "wg_wire.h"

/* The source of a message, as mac2's cookie binds it. */
struct tg_cookie_src {
	uint8_t family;   /* 4 or 6 */
	uint8_t addr[16]; /* network order; IPv4 in the first 4 bytes */
	uint16_t port;    /* network byte order, as on the wire */
};

struct tg_cookie_checker {
	bool has_key;
	uint8_t mac1_key[NOISE_SYMMETRIC_KEY_LEN];
	uint8_t cookie_key[NOISE_SYMMETRIC_KEY_LEN];
	uint8_t secret[NOISE_HASH_LEN];
	uint64_t secret_birth_ns; /* CLOCK_MONOTONIC; 0 = none yet */
};

struct tg_cookie_maker {
	uint8_t mac1_key[NOISE_SYMMETRIC_KEY_LEN];
	uint8_t cookie_key[NOISE_SYMMETRIC_KEY_LEN];
	uint8_t cookie[COOKIE_LEN];
	uint64_t cookie_birth_ns;
	bool has_cookie;
	bool has_last_mac1;
	uint8_t last_mac1[WG_MAC_LEN]; /* AD a reply to us must carry */
};

enum tg_cookie_verdict {
	TG_COOKIE_BAD_MAC1 = 0, /* drop */
	TG_COOKIE_MAC1_OK = 1,  /* mac1 fine; mac2 absent/invalid/unchecked */
	TG_COOKIE_MAC2_OK = 2,  /* mac1 and mac2 fine */
};

/* Set up the checker for our public key (NULL: reject everything). */
void tg_cookie_checker_init(struct tg_cookie_checker *c, const uint8_t *our_pub);
void tg_cookie_checker_wipe(struct tg_cookie_checker *c);

/*
 * Verify a whole handshake message (type 1 or 2; macs are its last 32
 * bytes). mac2 is checked only when check_mac2 (i.e. under load).
 */
__attribute__((warn_unused_result))
enum tg_cookie_verdict tg_cookie_validate(struct tg_cookie_checker *c,
					  const uint8_t *msg, size_t len,
					  const struct tg_cookie_src *src,
					  bool check_mac2,
					  const struct tg_clock *clk);

/*
 * Build the cookie reply to `msg` (type 1 or 2, already mac1-valid):
 * receiver index = msg's sender index, AD = msg's mac1.
 */
void tg_cookie_reply_create(struct tg_cookie_checker *c,
			    struct tg_wg_cookie_reply *out,
			    const uint8_t *msg, size_t len,
			    const struct tg_cookie_src *src,
			    const struct tg_clock *clk);

/* Set up the maker for a peer's public key. */
void tg_cookie_maker_init(struct tg_cookie_maker *m, const uint8_t peer_pub[32]);
void tg_cookie_maker_wipe(struct tg_cookie_maker *m);

/* Fill mac1 (and mac2 with a fresh cookie) of an outgoing message. */
void tg_cookie_add_macs(struct tg_cookie_maker *m, uint8_t *msg, size_t len,
			const struct tg_clock *clk);

/* Consume a cookie reply addressed to us: 0, or -1 (bad length, nothing
 * sent, or does not decrypt). */
__attribute__((warn_unused_result))
int tg_cookie_consume_reply(struct tg_cookie_maker *m, const uint8_t *msg,
			    size_t len, const struct tg_clock *clk);

#endif
