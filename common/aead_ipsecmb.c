/*
 * Owns: the intel-ipsec-mb implementation of the data-message AEAD
 * (struct tg_aead_ops "ipsec-mb"): ChaCha20-Poly1305, RFC 8439 §2.8, with the
 * WireGuard nonce (whitepaper §5.4.6), through the library's job API
 * (IMB_CIPHER_CHACHA20_POLY1305 / IMB_AUTH_CHACHA20_POLY1305), plus a burst
 * form that queues a whole burst before flushing.
 * Runs on: any thread. Each thread owns one IMB_MGR (the job queue is not
 * thread-safe), made on first use and freed by a pthread key destructor.
 * Decryption: the library writes plaintext and the computed tag; the tag is
 * compared here in constant time and the plaintext wiped on a mismatch.
 * Compiled only when <intel-ipsec-mb.h> exists; link with -lIPSec_MB.
 */
#include "aead_impls.h"

#if TG_HAVE_IPSECMB
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <intel-ipsec-mb.h>

static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_key_t tls_key;
static int key_err;
static __thread IMB_MGR *tls_mgr;
/* Code path init_mb_mgr_auto picked; same CPU for every thread. */
static _Atomic int picked_arch = IMB_ARCH_NONE;
/* Some library versions reject a NULL AAD pointer even with length 0. */
static const uint8_t no_ad[1];

/*
 * The manager's memory (allocated here, so its size is known) may hold
 * key-derived lane state: wiped before it is freed.
 */
static void mgr_free(void *p)
{
	explicit_bzero(p, imb_get_mb_mgr_size());
	free(p);
}

static void make_key(void)
{
	key_err = pthread_key_create(&tls_key, mgr_free);
}

int tg_aead_ipsecmb_thread_prepare(void)
{
	IMB_MGR *m;
	IMB_ARCH arch = IMB_ARCH_NONE;
	void *mem;

	if (tls_mgr)
		return 0;
	pthread_once(&key_once, make_key);
	if (key_err)
		return -key_err;
	if (posix_memalign(&mem, 64, imb_get_mb_mgr_size()) != 0)
		return -ENOMEM;
	m = imb_set_pointers_mb_mgr(mem, 0, 1);
	if (!m)
		goto err_free;
	init_mb_mgr_auto(m, &arch);
	if (imb_get_errno(m) != 0 || pthread_setspecific(tls_key, mem) != 0)
		goto err_free;
	tls_mgr = m;
	picked_arch = arch;
	return 0;
err_free:
	free(mem);
	return -ENOMEM;
}

const char *tg_aead_ipsecmb_arch(void)
{
	static const char *const names[IMB_ARCH_NUM] = {
		[IMB_ARCH_NONE] = "none", [IMB_ARCH_NOAESNI] = "noaesni",
		[IMB_ARCH_SSE] = "sse", [IMB_ARCH_AVX] = "avx",
		[IMB_ARCH_AVX2] = "avx2", [IMB_ARCH_AVX512] = "avx512",
	};
	int a = picked_arch;

	if (a == IMB_ARCH_NONE && tg_aead_ipsecmb_thread_prepare() == 0)
		a = picked_arch;
	return a >= 0 && a < IMB_ARCH_NUM && names[a] ? names[a] : "unknown";
}

static IMB_MGR *mgr_or_null(void)
{
	if (!tls_mgr && tg_aead_ipsecmb_thread_prepare() != 0)
		return NULL;
	return tls_mgr;
}

static bool ct_eq16(const uint8_t *a, const uint8_t *b)
{
	volatile uint8_t d = 0;

	for (int i = 0; i < TG_AEAD_TAG_LEN; i++)
		d |= a[i] ^ b[i];
	return d == 0;
}

static void fill_job(IMB_JOB *j, struct tg_aead_burst_item *it, size_t plen,
		     const uint8_t *ad, size_t adlen, int enc)
{
	j->cipher_mode = IMB_CIPHER_CHACHA20_POLY1305;
	j->hash_alg = IMB_AUTH_CHACHA20_POLY1305;
	j->cipher_direction = enc ? IMB_DIR_ENCRYPT : IMB_DIR_DECRYPT;
	j->chain_order = enc ? IMB_ORDER_CIPHER_HASH : IMB_ORDER_HASH_CIPHER;
	j->enc_keys = it->key;
	j->dec_keys = it->key;
	j->key_len_in_bytes = TG_KEY_LEN;
	j->src = it->src;
	j->dst = it->dst;
	j->cipher_start_src_offset_in_bytes = 0;
	j->msg_len_to_cipher_in_bytes = plen;
	j->hash_start_src_offset_in_bytes = 0;
	j->msg_len_to_hash_in_bytes = plen;
	j->iv = it->nonce;
	j->iv_len_in_bytes = sizeof(it->nonce);
	j->u.CHACHA20_POLY1305.aad = ad ? ad : no_ad;
	j->u.CHACHA20_POLY1305.aad_len_in_bytes = adlen;
	j->auth_tag_output = enc ? it->dst + plen : it->tag;
	j->auth_tag_output_len_in_bytes = TG_AEAD_TAG_LEN;
	j->user_data = it;
	j->user_data2 = (void *)(uintptr_t)enc;
}

/* Result of one finished job into its item. */
static void complete(IMB_JOB *j)
{
	struct tg_aead_burst_item *it = j->user_data;
	size_t plen = j->msg_len_to_cipher_in_bytes;

	if (j->status != IMB_STATUS_COMPLETED) {
		it->result = -1;
		explicit_bzero(it->dst, plen + (j->user_data2 ? TG_AEAD_TAG_LEN : 0));
		return;
	}
	if (j->user_data2) {
		it->result = 0;
		return;
	}
	it->result = ct_eq16(it->tag, it->src + plen) ? 0 : -1;
	if (it->result)
		explicit_bzero(it->dst, plen);
}

static unsigned drain(IMB_MGR *m, IMB_JOB *done)
{
	unsigned n = 0;

	while (done) {
		complete(done);
		n++;
		done = IMB_GET_COMPLETED_JOB(m);
	}
	return n;
}

static void wg_nonce(uint8_t nonce[12], uint64_t counter)
{
	memset(nonce, 0, 4);
	for (int i = 0; i < 8; i++)
		nonce[4 + i] = (uint8_t)(counter >> (8 * i));
}

/* Queue items (nonce already set), flush, count successes. */
static unsigned run(struct tg_aead_burst_item *items, unsigned n,
		    const uint8_t *ad, size_t adlen, int enc)
{
	IMB_MGR *m = mgr_or_null();
	unsigned ok = 0;

	if (!m) {
		for (unsigned i = 0; i < n; i++)
			items[i].result = -1;
		return 0;
	}
	for (unsigned i = 0; i < n; i++) {
		struct tg_aead_burst_item *it = &items[i];

		it->result = -1;
		if (!enc && it->len < TG_AEAD_TAG_LEN)
			continue;
		fill_job(IMB_GET_NEXT_JOB(m), it,
			 enc ? it->len : it->len - TG_AEAD_TAG_LEN, ad, adlen,
			 enc);
		drain(m, IMB_SUBMIT_JOB(m));
	}
	for (IMB_JOB *j; (j = IMB_FLUSH_JOB(m)) != NULL;)
		drain(m, j);
	for (unsigned i = 0; i < n; i++)
		ok += items[i].result == 0;
	return ok;
}

unsigned tg_aead_ipsecmb_seal_burst(struct tg_aead_burst_item *items,
				    unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		wg_nonce(items[i].nonce, items[i].counter);
	return run(items, n, NULL, 0, 1);
}

unsigned tg_aead_ipsecmb_open_burst(struct tg_aead_burst_item *items,
				    unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		wg_nonce(items[i].nonce, items[i].counter);
	return run(items, n, NULL, 0, 0);
}

static void rfc_seal(uint8_t *dst, const uint8_t *src, size_t len,
		     const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
		     const uint8_t key[TG_KEY_LEN])
{
	struct tg_aead_burst_item it = {
		.dst = dst, .src = src, .len = len, .key = key,
	};

	memcpy(it.nonce, nonce, sizeof(it.nonce));
	if (run(&it, 1, ad, adlen, 1) != 1) {
		/* Never send an unauthenticated packet. */
		fprintf(stderr, "aead ipsec-mb: seal failed\n");
		abort();
	}
}

static int rfc_open(uint8_t *dst, const uint8_t *src, size_t len,
		    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
		    const uint8_t key[TG_KEY_LEN])
{
	struct tg_aead_burst_item it = {
		.dst = dst, .src = src, .len = len, .key = key,
	};

	memcpy(it.nonce, nonce, sizeof(it.nonce));
	return run(&it, 1, ad, adlen, 0) == 1 ? 0 : -1;
}

static void wg_seal(uint8_t *dst, const uint8_t *src, size_t len,
		    uint64_t counter, const uint8_t key[TG_KEY_LEN])
{
	struct tg_aead_burst_item it = {
		.dst = dst, .src = src, .len = len, .counter = counter,
		.key = key,
	};

	if (tg_aead_ipsecmb_seal_burst(&it, 1) != 1) {
		fprintf(stderr, "aead ipsec-mb: seal failed\n");
		abort();
	}
}

static int wg_open(uint8_t *dst, const uint8_t *src, size_t len,
		   uint64_t counter, const uint8_t key[TG_KEY_LEN])
{
	struct tg_aead_burst_item it = {
		.dst = dst, .src = src, .len = len, .counter = counter,
		.key = key,
	};

	return tg_aead_ipsecmb_open_burst(&it, 1) == 1 ? 0 : -1;
}

const struct tg_aead_ops tg_aead_ipsecmb = {
	.name = "ipsec-mb",
	.seal = wg_seal,
	.open = wg_open,
};

const struct tg_aead_rfc_ops tg_aead_ipsecmb_rfc = {
	.name = "ipsec-mb",
	.seal = rfc_seal,
	.open = rfc_open,
};
#endif
