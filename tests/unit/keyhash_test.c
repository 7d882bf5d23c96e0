/*
 * controlplane/keyhash.c: the key -> value set against a plain array
 * oracle, with random adds and deletes dense enough to wrap probe chains
 * around the table end and exercise backward-shift deletion; keys that
 * differ only in late bytes; the capacity limit.
 */
#include <CUnit/CUnit.h>
#include <errno.h>
#include <string.h>

#include "crypto.h"
#include "keyhash.h"
#include "test_util.h"

void keyhash_test_register(void);

#define NKEYS 200

static uint8_t keys[NKEYS][32];

static const uint8_t *key_of(void *ctx, uint32_t v)
{
	(void)ctx;
	return keys[v];
}

static void test_oracle(void)
{
	uint64_t s = tg_test_seed() ^ 0x6b657968ULL;
	bool in[NKEYS] = { false };
	struct cp_keyhash h;
	uint32_t count = 0;

	CU_ASSERT_FATAL(tg_crypto_init() == 0);
	for (int i = 0; i < NKEYS; i++) {
		memset(keys[i], 0x5a, 32);
		keys[i][31] = (uint8_t)i;      /* differ only at the end */
		keys[i][30] = (uint8_t)(i >> 8);
	}
	/* max 100: capacity 256, so up to 39% full with NKEYS candidates. */
	CU_ASSERT_FATAL(cp_keyhash_init(&h, 100, 32, key_of, NULL) == 0);
	for (int round = 0; round < 20000; round++) {
		uint32_t k = (uint32_t)(tg_test_rand(&s) % NKEYS);

		if (tg_test_rand(&s) % 2) {
			int rc = cp_keyhash_add(&h, keys[k], k);

			if (in[k]) {
				CU_ASSERT(rc == -EEXIST);
			} else if (count == 100) {
				CU_ASSERT(rc == -ENOSPC);
			} else if (rc == 0) {
				in[k] = true;
				count++;
			} else {
				CU_FAIL("add refused below max");
			}
		} else {
			int rc = cp_keyhash_del(&h, keys[k]);

			CU_ASSERT(rc == (in[k] ? 0 : -ENOENT));
			if (in[k] && rc == 0) {
				in[k] = false;
				count--;
			}
		}
		if (round % 97 == 0) {
			for (uint32_t i = 0; i < NKEYS; i++) {
				uint32_t v = cp_keyhash_find(&h, keys[i]);

				if (v != (in[i] ? i : CP_KEYHASH_EMPTY)) {
					fprintf(stderr, "seed %llu round %d: key %u -> %u\n",
						tg_test_seed(), round, i, v);
					CU_FAIL("lookup disagrees with the oracle");
					round = 20000;
					break;
				}
			}
		}
		CU_ASSERT(h.count == count);
	}
	cp_keyhash_clear(&h);
	CU_ASSERT(h.count == 0 && cp_keyhash_find(&h, keys[0]) == CP_KEYHASH_EMPTY);
	cp_keyhash_free(&h);
}

void keyhash_test_register(void)
{
	TG_ADD_SUITE("keyhash", NULL, NULL,
		     { "random adds/deletes vs oracle", test_oracle });
}
