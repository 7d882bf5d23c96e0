/*
 * Extra implementations of the data-message AEAD (struct tg_aead_ops in
 * crypto.h): ChaCha20-Poly1305 (RFC 8439) with the WireGuard nonce
 * 4 zero bytes || le64(counter) and no associated data (whitepaper §5.4.6).
 * Which one the dataplane uses is chosen once at start (tg_aead_select), by
 * measurement: see docs/bench.md (`make bench`).
 *
 *   tg_aead_openssl  OpenSSL 3 EVP_chacha20_poly1305, one EVP context per
 *                    thread and direction, created on first use.
 *   tg_aead_ipsecmb  intel-ipsec-mb job API, one IMB_MGR per thread created
 *                    on first use. Only present when <intel-ipsec-mb.h> was
 *                    found at build time (TG_HAVE_IPSECMB); needs -lIPSec_MB.
 *
 * Calling context: any thread. Per-thread state is allocated on the first
 * call in a thread (one allocation, never again; freed at thread exit); a
 * worker can call tg_aead_*_thread_prepare() at start so that no packet pays
 * for it. If that first allocation fails, seal aborts the process (it cannot
 * report an error) and open returns -1.
 * On a bad tag, open wipes the len - 16 bytes of dst it may have written.
 *
 * The *_rfc entry points take a full 12-byte nonce and associated data; they
 * exist so that tests can check each implementation against the RFC 8439
 * test vectors, which the WireGuard-shaped ops cannot express.
 */
#ifndef TG_AEAD_IMPLS_H
#define TG_AEAD_IMPLS_H

#include <stddef.h>
#include <stdint.h>

#include "crypto.h"

#if defined(__has_include)
#if __has_include(<intel-ipsec-mb.h>)
#define TG_HAVE_IPSECMB 1
#endif
#endif
#ifndef TG_HAVE_IPSECMB
#define TG_HAVE_IPSECMB 0
#endif

/* Seal/open with an arbitrary 12-byte nonce and associated data. */
struct tg_aead_rfc_ops {
	const char *name;
	void (*seal)(uint8_t *dst, const uint8_t *src, size_t len,
		     const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
		     const uint8_t key[TG_KEY_LEN]);
	int (*open)(uint8_t *dst, const uint8_t *src, size_t len,
		    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
		    const uint8_t key[TG_KEY_LEN]);
};

extern const struct tg_aead_ops tg_aead_openssl;
extern const struct tg_aead_rfc_ops tg_aead_openssl_rfc;
/* 0, or -ENOMEM if this thread's EVP contexts could not be created. */
int tg_aead_openssl_thread_prepare(void);

#if TG_HAVE_IPSECMB
extern const struct tg_aead_ops tg_aead_ipsecmb;
extern const struct tg_aead_rfc_ops tg_aead_ipsecmb_rfc;
/* 0, or -ENOMEM if this thread's IMB_MGR could not be created. */
int tg_aead_ipsecmb_thread_prepare(void);
/* The library's code path on this CPU ("avx512", "avx2", "sse", ...). */
const char *tg_aead_ipsecmb_arch(void);

/*
 * Burst form: the whole burst is queued to the multi-buffer manager before
 * anything is flushed, so on CPUs where ipsec-mb has multi-lane
 * ChaCha20-Poly1305 (AVX-512) several packets are processed together.
 * Same per-packet semantics as seal/open; result is 0 or -1 per item
 * (open: -1 on a bad tag or a length < 16; seal: -1 only if the library
 * rejected the job). Returns the number of items with result 0.
 */
struct tg_aead_burst_item {
	uint8_t *dst;
	const uint8_t *src;
	size_t len;          /* seal: plaintext; open: ciphertext incl. tag */
	uint64_t counter;
	const uint8_t *key;  /* TG_KEY_LEN bytes */
	int result;
	/* scratch owned by the implementation while the burst runs */
	uint8_t nonce[12];
	uint8_t tag[TG_AEAD_TAG_LEN];
};
unsigned tg_aead_ipsecmb_seal_burst(struct tg_aead_burst_item *items,
				    unsigned n);
unsigned tg_aead_ipsecmb_open_burst(struct tg_aead_burst_item *items,
				    unsigned n);
#endif

#endif
