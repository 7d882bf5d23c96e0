/*
 * Owns: the OpenSSL implementation of the data-message AEAD
 * (struct tg_aead_ops "openssl"): ChaCha20-Poly1305, RFC 8439 §2.8, with the
 * WireGuard nonce (whitepaper §5.4.6) through OpenSSL 3's
 * EVP_chacha20_poly1305.
 * Runs on: any thread (dataplane workers, the control plane, tests). Each
 * thread gets its own pair of EVP contexts (seal, open), made once and
 * re-keyed per packet with EVP_CipherInit_ex(ctx, NULL, ...), which skips
 * the cipher fetch; they are freed by a pthread key destructor at thread
 * exit.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "aead_impls.h"

struct ossl_tls {
	EVP_CIPHER_CTX *enc;
	EVP_CIPHER_CTX *dec;
};

static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_key_t tls_key;
static int key_err;
static __thread struct ossl_tls *tls;

static void tls_free(void *p)
{
	struct ossl_tls *t = p;

	EVP_CIPHER_CTX_free(t->enc); /* clears the key schedule */
	EVP_CIPHER_CTX_free(t->dec);
	free(t);
}

static void make_key(void)
{
	key_err = pthread_key_create(&tls_key, tls_free);
}

static EVP_CIPHER_CTX *new_ctx(int enc)
{
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();

	if (c && EVP_CipherInit_ex(c, EVP_chacha20_poly1305(), NULL, NULL,
				   NULL, enc) != 1) {
		EVP_CIPHER_CTX_free(c);
		return NULL;
	}
	return c;
}

int tg_aead_openssl_thread_prepare(void)
{
	struct ossl_tls *t;

	if (tls)
		return 0;
	pthread_once(&key_once, make_key);
	if (key_err)
		return -key_err;
	t = calloc(1, sizeof(*t));
	if (!t)
		return -ENOMEM;
	t->enc = new_ctx(1);
	t->dec = new_ctx(0);
	if (!t->enc || !t->dec || pthread_setspecific(tls_key, t) != 0)
		goto err_free;
	tls = t;
	return 0;
err_free:
	tls_free(t);
	return -ENOMEM;
}

static void rfc_seal(uint8_t *dst, const uint8_t *src, size_t len,
		     const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
		     const uint8_t key[TG_KEY_LEN])
{
	int outl, ok;
	EVP_CIPHER_CTX *c;

	if (len > INT32_MAX || adlen > INT32_MAX) {
		fprintf(stderr, "aead openssl: seal of %zu bytes is too long\n",
			len);
		abort();
	}
	if (!tls && tg_aead_openssl_thread_prepare() != 0) {
		fprintf(stderr, "aead openssl: cannot create EVP context\n");
		abort();
	}
	c = tls->enc;
	ok = EVP_CipherInit_ex(c, NULL, NULL, key, nonce, 1) == 1;
	if (adlen)
		ok &= EVP_CipherUpdate(c, NULL, &outl, ad, (int)adlen) == 1;
	if (len)
		ok &= EVP_CipherUpdate(c, dst, &outl, src, (int)len) == 1;
	ok &= EVP_CipherFinal_ex(c, dst + len, &outl) == 1;
	ok &= EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, TG_AEAD_TAG_LEN,
				  dst + len) == 1;
	if (!ok) {
		/* Only on a library fault; never send an unauthenticated packet. */
		fprintf(stderr, "aead openssl: seal failed\n");
		abort();
	}
}

static int rfc_open(uint8_t *dst, const uint8_t *src, size_t len,
		    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
		    const uint8_t key[TG_KEY_LEN])
{
	uint8_t tag[TG_AEAD_TAG_LEN];
	size_t plen;
	int outl, ok;
	EVP_CIPHER_CTX *c;

	if (len < TG_AEAD_TAG_LEN || len - TG_AEAD_TAG_LEN > INT32_MAX ||
	    adlen > INT32_MAX)
		return -1;
	if (!tls && tg_aead_openssl_thread_prepare() != 0)
		return -1;
	plen = len - TG_AEAD_TAG_LEN;
	/* Copy the tag first: dst == src may overwrite nothing of it, but
	 * keep the code independent of that. */
	memcpy(tag, src + plen, TG_AEAD_TAG_LEN);
	c = tls->dec;
	ok = EVP_CipherInit_ex(c, NULL, NULL, key, nonce, 0) == 1;
	ok &= EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_SET_TAG, TG_AEAD_TAG_LEN,
				  tag) == 1;
	if (adlen)
		ok &= EVP_CipherUpdate(c, NULL, &outl, ad, (int)adlen) == 1;
	if (plen)
		ok &= EVP_CipherUpdate(c, dst, &outl, src, (int)plen) == 1;
	/* Final compares the tag in constant time. */
	ok &= EVP_CipherFinal_ex(c, dst + plen, &outl) == 1;
	if (!ok) {
		OPENSSL_cleanse(dst, plen);
		return -1;
	}
	return 0;
}

static void wg_nonce(uint8_t nonce[12], uint64_t counter)
{
	memset(nonce, 0, 4);
	for (int i = 0; i < 8; i++)
		nonce[4 + i] = (uint8_t)(counter >> (8 * i));
}

static void wg_seal(uint8_t *dst, const uint8_t *src, size_t len,
		    uint64_t counter, const uint8_t key[TG_KEY_LEN])
{
	uint8_t nonce[12];

	wg_nonce(nonce, counter);
	rfc_seal(dst, src, len, NULL, 0, nonce, key);
}

static int wg_open(uint8_t *dst, const uint8_t *src, size_t len,
		   uint64_t counter, const uint8_t key[TG_KEY_LEN])
{
	uint8_t nonce[12];

	wg_nonce(nonce, counter);
	return rfc_open(dst, src, len, NULL, 0, nonce, key);
}

const struct tg_aead_ops tg_aead_openssl = {
	.name = "openssl",
	.seal = wg_seal,
	.open = wg_open,
};

const struct tg_aead_rfc_ops tg_aead_openssl_rfc = {
	.name = "openssl",
	.seal = rfc_seal,
	.open = rfc_open,
};
