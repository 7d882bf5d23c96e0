/*
 * dataplane/aead_select.c: "auto" measures and selects one of
 * tg_aead_impls[] and says which, with the numbers; a configured name is
 * used as is; an unknown name is refused with the value echoed; a worker
 * thread's preparation succeeds for whichever implementation is selected.
 * The selected implementation is checked against libsodium's own
 * ChaCha20-Poly1305 (called directly, the oracle). tg_aead is restored to
 * libsodium afterwards.
 */
#include <errno.h>
#include <pthread.h>
#include <sodium.h>
#include <string.h>

#include "aead_select.h"
#include "crypto.h"
#include "unit/test_util.h"

static int in_list(const struct tg_aead_ops *o)
{
	for (size_t i = 0; tg_aead_impls[i]; i++)
		if (tg_aead_impls[i] == o)
			return 1;
	return 0;
}

/* Selected implementation vs libsodium called directly. */
static void check_against_sodium(void)
{
	uint8_t key[32], pt[1420], ct[1436], want[1436], back[1420], nonce[12] = { 0 };
	uint64_t ctr = 0x1122334455667788ull;

	tg_random(key, sizeof(key));
	tg_random(pt, sizeof(pt));
	for (int i = 0; i < 8; i++)
		nonce[4 + i] = (uint8_t)(ctr >> (8 * i));
	crypto_aead_chacha20poly1305_ietf_encrypt_detached(want, want + sizeof(pt), NULL, pt,
							   sizeof(pt), NULL, 0, NULL, nonce, key);
	tg_aead->seal(ct, pt, sizeof(pt), ctr, key);
	CU_ASSERT_EQUAL(memcmp(ct, want, sizeof(want)), 0);
	CU_ASSERT_EQUAL(tg_aead->open(back, want, sizeof(want), ctr, key), 0);
	CU_ASSERT_EQUAL(memcmp(back, pt, sizeof(pt)), 0);
}

static void test_auto(void)
{
	char msg[1024];

	CU_ASSERT_EQUAL_FATAL(dp_aead_choose("auto", 5, msg, sizeof(msg)), 0);
	CU_ASSERT_TRUE(in_list(tg_aead));
	CU_ASSERT_PTR_NOT_NULL(strstr(msg, "selected "));
	CU_ASSERT_PTR_NOT_NULL(strstr(msg, tg_aead->name));
	/* every built-in implementation was measured (numbers in the log) */
	for (size_t i = 0; tg_aead_impls[i]; i++)
		CU_ASSERT_PTR_NOT_NULL(strstr(msg, tg_aead_impls[i]->name));
	check_against_sodium();
	CU_ASSERT_EQUAL(tg_aead_select("libsodium"), 0);
}

static void test_named(void)
{
	char msg[512];

	for (size_t i = 0; tg_aead_impls[i]; i++) {
		CU_ASSERT_EQUAL(dp_aead_choose(tg_aead_impls[i]->name, 5, msg, sizeof(msg)), 0);
		CU_ASSERT_PTR_EQUAL(tg_aead, tg_aead_impls[i]);
		check_against_sodium();
	}
	CU_ASSERT_EQUAL(tg_aead_select("libsodium"), 0);
}

static void test_unknown(void)
{
	char msg[512];
	const struct tg_aead_ops *before = tg_aead;

	CU_ASSERT_EQUAL(dp_aead_choose("aes-gcm", 5, msg, sizeof(msg)), -ENOENT);
	CU_ASSERT_PTR_NOT_NULL(strstr(msg, "\"aes-gcm\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(msg, "\"libsodium\""));
	CU_ASSERT_PTR_EQUAL(tg_aead, before);
}

static void *prep_thread(void *arg)
{
	*(int *)arg = dp_aead_thread_prepare();
	if (*(int *)arg == 0)
		check_against_sodium();
	return NULL;
}

static void test_thread_prepare(void)
{
	char msg[512];

	for (size_t i = 0; tg_aead_impls[i]; i++) {
		pthread_t th;
		int rc = -1;

		CU_ASSERT_EQUAL_FATAL(dp_aead_choose(tg_aead_impls[i]->name, 5, msg, sizeof(msg)), 0);
		CU_ASSERT_EQUAL_FATAL(pthread_create(&th, NULL, prep_thread, &rc), 0);
		pthread_join(th, NULL);
		CU_ASSERT_EQUAL(rc, 0);
	}
	CU_ASSERT_EQUAL(tg_aead_select("libsodium"), 0);
}

void aead_select_test_register(void)
{
	TG_ADD_SUITE("aead_select", NULL, NULL,
		     { "auto", test_auto },
		     { "named", test_named },
		     { "unknown", test_unknown },
		     { "thread_prepare", test_thread_prepare });
}
