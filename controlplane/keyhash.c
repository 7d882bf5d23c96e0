/*
 * Key -> value set for the cp's device model (controlplane/keyhash.h).
 * Written here rather than taken from a library: none of the Debian 12
 * dependencies offers a hash table whose keys live outside it (jansson's
 * is string-keyed and copies keys); SipHash itself is libsodium's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "keyhash.h"

static uint32_t home(const struct cp_keyhash *h, const uint8_t *key)
{
	uint8_t out[crypto_shorthash_BYTES];
	uint64_t x;

	crypto_shorthash(out, key, h->klen, h->hkey);
	memcpy(&x, out, sizeof(x));
	return (uint32_t)(x ^ (x >> 32)) & h->mask;
}

int cp_keyhash_init(struct cp_keyhash *h, uint32_t max, uint32_t klen,
		    cp_keyhash_key_fn key_of, void *ctx)
{
	uint64_t cap = 16;

	memset(h, 0, sizeof(*h));
	if (klen < 1 || klen > 32)
		return -EINVAL;
	h->klen = klen;
	while (cap < 2 * (uint64_t)max)
		cap *= 2;
	if (cap > (1ull << 31))
		return -ENOMEM;
	h->v = malloc(cap * sizeof(*h->v));
	if (!h->v)
		return -ENOMEM;
	memset(h->v, 0xff, cap * sizeof(*h->v));
	h->mask = (uint32_t)cap - 1;
	h->max = max;
	h->key_of = key_of;
	h->ctx = ctx;
	randombytes_buf(h->hkey, sizeof(h->hkey));
	return 0;
}

void cp_keyhash_free(struct cp_keyhash *h)
{
	free(h->v);
	h->v = NULL;
	h->count = 0;
}

void cp_keyhash_clear(struct cp_keyhash *h)
{
	memset(h->v, 0xff, ((uint64_t)h->mask + 1) * sizeof(*h->v));
	h->count = 0;
}

/* Position of key, or of the empty slot ending its probe chain. */
static uint32_t probe(const struct cp_keyhash *h, const uint8_t *key, bool *found)
{
	uint32_t i = home(h, key);

	for (;; i = (i + 1) & h->mask) {
		uint32_t v = h->v[i];

		if (v == CP_KEYHASH_EMPTY) {
			*found = false;
			return i;
		}
		if (!memcmp(h->key_of(h->ctx, v), key, h->klen)) {
			*found = true;
			return i;
		}
	}
}

uint32_t cp_keyhash_find(const struct cp_keyhash *h, const uint8_t *key)
{
	bool found;
	uint32_t i;

	if (!h->v || !h->count)
		return CP_KEYHASH_EMPTY;
	i = probe(h, key, &found);
	return found ? h->v[i] : CP_KEYHASH_EMPTY;
}

int cp_keyhash_add(struct cp_keyhash *h, const uint8_t *key, uint32_t value)
{
	bool found;
	uint32_t i;

	if (value == CP_KEYHASH_EMPTY)
		return -EINVAL;
	i = probe(h, key, &found);
	if (found)
		return -EEXIST;
	if (h->count >= h->max)
		return -ENOSPC;
	h->v[i] = value;
	h->count++;
	return 0;
}

int cp_keyhash_del(struct cp_keyhash *h, const uint8_t *key)
{
	bool found;
	uint32_t i, j;

	if (!h->v || !h->count)
		return -ENOENT;
	i = probe(h, key, &found);
	if (!found)
		return -ENOENT;
	/* Backward shift: pull later entries of the chain into the hole
	 * unless their home lies cyclically in (hole, j]. */
	for (j = i;;) {
		j = (j + 1) & h->mask;
		if (h->v[j] == CP_KEYHASH_EMPTY)
			break;
		uint32_t k = home(h, h->key_of(h->ctx, h->v[j]));
		bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);

		if (!stays) {
			h->v[i] = h->v[j];
			i = j;
		}
	}
	h->v[i] = CP_KEYHASH_EMPTY;
	h->count--;
	return 0;
}
