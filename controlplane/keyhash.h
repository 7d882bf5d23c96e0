/*
 * A set of fixed-size keys (WireGuard public keys, 32-bit handshake
 * indexes) mapped to uint32 values,
 * for O(1) lookups in tailgate-cp's device model (controlplane/wg_device.c).
 * The table stores only the values; the key of a value comes from a
 * callback, so the set holds no second copy of a key. Keyed SipHash
 * (libsodium crypto_shorthash, random key per table) so keys chosen by a
 * control server or a UAPI client cannot build long probe chains. Linear
 * probing, at most half full, backward-shift deletion (no tombstones).
 * Not thread-safe; the cp event loop only.
 */
#ifndef CP_KEYHASH_H
#define CP_KEYHASH_H

#include <stdbool.h>
#include <stdint.h>

typedef const uint8_t *(*cp_keyhash_key_fn)(void *ctx, uint32_t value);

struct cp_keyhash {
	uint32_t *v;          /* values; CP_KEYHASH_EMPTY when free */
	uint32_t mask;        /* capacity - 1 */
	uint32_t count, max;  /* entries now; at most `max` */
	uint32_t klen;        /* key bytes, 1..32 */
	uint8_t hkey[16];     /* SipHash key */
	cp_keyhash_key_fn key_of;
	void *ctx;
};

#define CP_KEYHASH_EMPTY UINT32_MAX

/* Room for `max` entries (values < UINT32_MAX) of `klen`-byte keys (1..32);
 * 0, -EINVAL or -ENOMEM. */
int cp_keyhash_init(struct cp_keyhash *h, uint32_t max, uint32_t klen,
		    cp_keyhash_key_fn key_of, void *ctx);
void cp_keyhash_free(struct cp_keyhash *h);
void cp_keyhash_clear(struct cp_keyhash *h);
/* The value stored for key, or CP_KEYHASH_EMPTY. */
uint32_t cp_keyhash_find(const struct cp_keyhash *h, const uint8_t *key);
/* Add value under key: 0, -EEXIST (key present), -ENOSPC (at max). */
int cp_keyhash_add(struct cp_keyhash *h, const uint8_t *key, uint32_t value);
/* Remove key: 0, or -ENOENT. */
int cp_keyhash_del(struct cp_keyhash *h, const uint8_t *key);

#endif
