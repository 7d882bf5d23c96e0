/*
 * Issue row 1, the crypto ceiling: ChaCha20-Poly1305 seal and open alone on
 * one core (whitepaper §5.4.6 data messages: WireGuard nonce, no AAD), at
 * 64, 512 and 1420 bytes, for every AEAD implementation linked in, called
 * the way a dataplane worker does: bursts of 32 packets, each with its own
 * counter and a key picked from a small table (8 peers).
 * Runs on: the main thread only; single core by construction.
 * Each implementation first passes a self-check against libsodium's own
 * ChaCha20-Poly1305 (called directly); one that fails is reported as
 * "n/a (self-check failed)" and never timed.
 * Output format: tests/bench/bench_util.h.
 */
#include <sodium.h>
#include <stdbool.h>
#include <string.h>

#include "aead_impls.h"
#include "bench/bench_util.h"
#include "crypto.h"

/* Present only when linked (tg_aead_impls lists it, with -lIPSec_MB). */
#if TG_HAVE_IPSECMB
#pragma weak tg_aead_ipsecmb
#pragma weak tg_aead_ipsecmb_seal_burst
#pragma weak tg_aead_ipsecmb_open_burst
#pragma weak tg_aead_ipsecmb_arch
#endif

#define BURST 32
#define NKEYS 8
#define MAX_SIZE 1420
#define MAX_IMPLS 10

static const size_t sizes[] = { 64, 512, 1420 };
#define NSIZES (sizeof(sizes) / sizeof(sizes[0]))
enum { OP_SEAL, OP_OPEN, NOPS };
static const char *const op_name[NOPS] = { "seal", "open" };

struct impl {
	const char *name;
	const char *how;
	const struct tg_aead_ops *ops;  /* per-packet calls, or NULL */
	bool is_burst;                  /* ipsec-mb burst API */
	char skip[128];                 /* non-empty: n/a with this reason */
};

struct result {
	bool ok;
	char why[96];
	double ns_pkt, mpps, gbps, cyc_byte;
	double spread;                  /* (fastest - slowest) / fastest, % */
	/* while measuring */
	uint64_t burst_no;
	double best_rate, worst_rate, best_cyc;
};

static struct impl impls[MAX_IMPLS];
static int n_impls;
static struct result res[MAX_IMPLS][NOPS][NSIZES];

static uint8_t keys[NKEYS][TG_KEY_LEN];
static uint8_t src[BURST][MAX_SIZE + TG_AEAD_TAG_LEN];
static uint8_t dst[BURST][MAX_SIZE + TG_AEAD_TAG_LEN];
static double tsc_per_ns;

/* libsodium called directly: the oracle for the self-check. */
static void nonce_of(uint8_t n[12], uint64_t c)
{
	memset(n, 0, 12);
	for (int i = 0; i < 8; i++)
		n[4 + i] = (uint8_t)(c >> (8 * i));
}

static void sod_seal(uint8_t *d, const uint8_t *s, size_t len, uint64_t c,
		     const uint8_t key[TG_KEY_LEN])
{
	uint8_t n[12];

	nonce_of(n, c);
	crypto_aead_chacha20poly1305_ietf_encrypt_detached(d, d + len, NULL,
		s, len, NULL, 0, NULL, n, key);
}

static int sod_open(uint8_t *d, const uint8_t *s, size_t len, uint64_t c,
		    const uint8_t key[TG_KEY_LEN])
{
	uint8_t n[12];

	if (len < TG_AEAD_TAG_LEN)
		return -1;
	nonce_of(n, c);
	return crypto_aead_chacha20poly1305_ietf_decrypt_detached(d, NULL, s,
		len - TG_AEAD_TAG_LEN, s + len - TG_AEAD_TAG_LEN, NULL, 0, n,
		key) == 0 ? 0 : -1;
}

/* ---- one burst through either path ----------------------------------- */

#if TG_HAVE_IPSECMB
static struct tg_aead_burst_item items[BURST];
#endif

static unsigned key_of(unsigned i, uint64_t burst_no)
{
	return (unsigned)((i * 5 + burst_no) % NKEYS);
}

/* Seal: fresh counters. Open: the slot's fixed (key, counter). */
static unsigned run_burst(const struct impl *im, int op, size_t size,
			  uint64_t burst_no)
{
	unsigned ok = 0;
	uint64_t ctr = burst_no * BURST;

	if (im->is_burst) {
#if TG_HAVE_IPSECMB
		for (unsigned i = 0; i < BURST; i++) {
			items[i].dst = dst[i];
			items[i].src = src[i];
			items[i].len = op == OP_SEAL ? size
						     : size + TG_AEAD_TAG_LEN;
			items[i].counter = op == OP_SEAL ? ctr + i : i;
			items[i].key = keys[key_of(i, op == OP_SEAL ? burst_no
								   : 0)];
		}
		return op == OP_SEAL ? tg_aead_ipsecmb_seal_burst(items, BURST)
				     : tg_aead_ipsecmb_open_burst(items, BURST);
#endif
	}
	if (op == OP_SEAL) {
		for (unsigned i = 0; i < BURST; i++)
			im->ops->seal(dst[i], src[i], size, ctr + i,
				      keys[key_of(i, burst_no)]);
		return BURST;
	}
	for (unsigned i = 0; i < BURST; i++)
		ok += im->ops->open(dst[i], src[i], size + TG_AEAD_TAG_LEN, i,
				    keys[key_of(i, 0)]) == 0;
	return ok;
}

/* Open measures ciphertexts made by the oracle for slot i's key/counter. */
static void prepare(int op, size_t size)
{
	for (unsigned i = 0; i < BURST; i++) {
		randombytes_buf(src[i], size);
		if (op == OP_OPEN) {
			uint8_t pt[MAX_SIZE];

			memcpy(pt, src[i], size);
			sod_seal(src[i], pt, size, i, keys[key_of(i, 0)]);
		}
	}
}

/* One timed slice; keeps the fastest and slowest. False on a failure. */
static bool time_slice(const struct impl *im, int op, size_t size,
		       uint64_t slice_ns, struct result *r)
{
	uint64_t t0 = bench_now_ns(), c0 = bench_tsc(), t1, pk = 0;
	double rate, cyc;

	do {
		if (run_burst(im, op, size, r->burst_no++) != BURST) {
			snprintf(r->why, sizeof(r->why),
				 "n/a (%s failed while timed)", op_name[op]);
			return false;
		}
		pk += BURST;
		t1 = bench_now_ns();
	} while (t1 - t0 < slice_ns);
	rate = (double)pk / (double)(t1 - t0); /* packets per ns */
	cyc = (double)(bench_tsc() - c0) / (double)pk;
	if (rate > r->best_rate) {
		r->best_rate = rate;
		r->best_cyc = cyc;
	}
	if (r->worst_rate == 0 || rate < r->worst_rate)
		r->worst_rate = rate;
	return true;
}

/*
 * All implementations for one (op, size), slices interleaved round-robin so
 * that other load on a shared machine hits each of them alike. The figure
 * kept is the fastest slice: interference only ever slows a slice down.
 */
static void measure_all(int op, size_t si)
{
	int slices = bench_slices();
	uint64_t slice_ns = (uint64_t)(bench_seconds() * 1e9 / slices);
	size_t size = sizes[si];
	bool live[MAX_IMPLS];

	prepare(op, size);
	for (int i = 0; i < n_impls; i++) {
		struct result *r = &res[i][op][si];

		live[i] = !impls[i].skip[0];
		if (live[i] && run_burst(&impls[i], op, size,
					 r->burst_no++) != BURST) {
			snprintf(r->why, sizeof(r->why),
				 "n/a (%s failed on warm-up)", op_name[op]);
			live[i] = false;
		}
	}
	for (int sl = 0; sl < slices; sl++)
		for (int i = 0; i < n_impls; i++)
			if (live[i])
				live[i] = time_slice(&impls[i], op, size,
						     slice_ns, &res[i][op][si]);
	for (int i = 0; i < n_impls; i++) {
		struct result *r = &res[i][op][si];

		if (!live[i])
			continue;
		r->mpps = r->best_rate * 1e3;
		r->ns_pkt = 1.0 / r->best_rate;
		r->gbps = r->best_rate * (double)size * 8.0;
		r->cyc_byte = tsc_per_ns > 0 ? r->best_cyc / (double)size : 0;
		r->spread = 100.0 * (r->best_rate - r->worst_rate) /
			    r->best_rate;
		r->ok = true;
	}
}

/* ---- self-check against the oracle ------------------------------------ */

static const char *self_check(const struct impl *im)
{
	static const size_t lens[] = { 0, 1, 63, 64, 65, 512, 1419, 1420 };
	uint8_t want[MAX_SIZE + TG_AEAD_TAG_LEN];

	for (size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		size_t len = lens[k];

		prepare(OP_SEAL, len);
		for (unsigned i = 0; i < BURST; i++) /* open compares to this */
			memcpy(dst[i] + MAX_SIZE - len, src[i], len);
		if (run_burst(im, OP_SEAL, len, 7) != BURST)
			return "seal reported failure";
		for (unsigned i = 0; i < BURST; i++) {
			sod_seal(want, src[i], len, 7 * BURST + i,
				 keys[key_of(i, 7)]);
			if (memcmp(want, dst[i], len + TG_AEAD_TAG_LEN))
				return "seal output differs from libsodium";
		}
		prepare(OP_OPEN, len);
		if (run_burst(im, OP_OPEN, len, 0) != BURST)
			return "open rejected libsodium's ciphertext";
		for (unsigned i = 0; i < BURST; i++)
			if (sod_open(want, src[i], len + TG_AEAD_TAG_LEN, i,
				     keys[key_of(i, 0)]) ||
			    memcmp(want, dst[i], len))
				return "open output differs from libsodium";
		src[3][len] ^= 0x40; /* tamper with one tag: one must fail */
		if (run_burst(im, OP_OPEN, len, 0) != BURST - 1)
			return "open accepted a tampered tag";
	}
	return NULL;
}

/* ---- implementations --------------------------------------------------- */

static void add(const char *name, const char *how,
		const struct tg_aead_ops *ops, bool is_burst)
{
	for (int i = 0; i < n_impls; i++)
		if (ops && impls[i].ops == ops)
			return;
	if (n_impls == MAX_IMPLS)
		return;
	impls[n_impls].name = name;
	impls[n_impls].how = how;
	impls[n_impls].ops = ops;
	impls[n_impls].is_burst = is_burst;
	n_impls++;
}

static void collect(void)
{
	for (int i = 0; tg_aead_impls[i]; i++)
		add(tg_aead_impls[i]->name, "tg_aead_impls[] ops, per packet",
		    tg_aead_impls[i], false);
	add("openssl", "tg_aead_openssl (EVP), per packet", &tg_aead_openssl,
	    false);
#if TG_HAVE_IPSECMB
	if (&tg_aead_ipsecmb != NULL)
		add("ipsec-mb", "tg_aead_ipsecmb (job API), per packet",
		    &tg_aead_ipsecmb, false);
	else
		add("ipsec-mb", "tg_aead_ipsecmb (job API)", NULL, false);
	if (&tg_aead_ipsecmb_seal_burst != NULL)
		add("ipsec-mb burst", "tg_aead_ipsecmb_seal/open_burst: 32 jobs "
		    "queued, then flushed", NULL, true);
#else
	add("ipsec-mb", "tg_aead_ipsecmb (job API)", NULL, false);
#endif
	for (int i = 0; i < n_impls; i++) {
		const char *bad;

		if (!impls[i].ops && !impls[i].is_burst) {
			snprintf(impls[i].skip, sizeof(impls[i].skip),
				 "n/a (not in this binary: built without "
				 "<intel-ipsec-mb.h> or not linked with "
				 "-lIPSec_MB)");
			continue;
		}
		bad = self_check(&impls[i]);
		if (bad)
			snprintf(impls[i].skip, sizeof(impls[i].skip),
				 "n/a (self-check failed: %s)", bad);
	}
}

/* ---- report ------------------------------------------------------------ */

static int best_of(int op, size_t s)
{
	int b = -1;

	for (int i = 0; i < n_impls; i++)
		if (res[i][op][s].ok &&
		    (b < 0 || res[i][op][s].mpps > res[b][op][s].mpps))
			b = i;
	return b;
}

static void print_table(int op)
{
	printf("\n### %s\n\n", op_name[op]);
	printf("| implementation | size (B) | ns/packet | Mpps | Gbit/s "
	       "(payload) | TSC cycles/B | vs best | slice spread |\n");
	printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
	for (int i = 0; i < n_impls; i++)
		for (size_t s = 0; s < NSIZES; s++) {
			const struct result *r = &res[i][op][s];
			int b = best_of(op, s);

			if (impls[i].skip[0] || !r->ok) {
				printf("| %s | %zu | %s | | | | | |\n",
				       impls[i].name, sizes[s],
				       impls[i].skip[0] ? impls[i].skip
							: r->why);
				continue;
			}
			printf("| %s | %zu | %.0f | %.3f | %.2f | %.2f | "
			       "%.2f | %.0f %% |\n", impls[i].name, sizes[s],
			       r->ns_pkt, r->mpps, r->gbps, r->cyc_byte,
			       r->mpps / res[b][op][s].mpps, r->spread);
		}
}

static void print_summary(void)
{
	int d = -1; /* libsodium, the default implementation */

	for (int i = 0; i < n_impls; i++)
		if (!strcmp(impls[i].name, "libsodium"))
			d = i;
	for (int op = 0; op < NOPS; op++)
		for (size_t s = 0; s < NSIZES; s++) {
			int b = best_of(op, s);

			if (b < 0) {
				printf("SUMMARY\t1. Crypto ceiling (1 core)\t"
				       "%s %zu B\tn/a (no implementation "
				       "measured)\n", op_name[op], sizes[s]);
				continue;
			}
			printf("SUMMARY\t1. Crypto ceiling (1 core)\t%s %zu B, "
			       "best = %s\t%.2f Mpps, %.2f Gbit/s, %.2f TSC "
			       "cycles/B", op_name[op], sizes[s],
			       impls[b].name, res[b][op][s].mpps,
			       res[b][op][s].gbps, res[b][op][s].cyc_byte);
			if (d >= 0 && d != b && res[d][op][s].ok)
				printf("; %.2fx libsodium (%.2f Mpps)",
				       res[b][op][s].mpps / res[d][op][s].mpps,
				       res[d][op][s].mpps);
			printf("\n");
			printf("VALUE\tcrypto.%s.%zu.best_mpps\t%.4f\n",
			       op_name[op], sizes[s], res[b][op][s].mpps);
			printf("VALUE\tcrypto.%s.%zu.best_gbps\t%.4f\n",
			       op_name[op], sizes[s], res[b][op][s].gbps);
		}
}

int main(void)
{
	if (sodium_init() < 0) {
		printf("SUMMARY\t1. Crypto ceiling (1 core)\tall\tn/a "
		       "(sodium_init failed)\n");
		return 0;
	}
	if (tg_crypto_init() != 0) {
		printf("SUMMARY\t1. Crypto ceiling (1 core)\tall\tn/a "
		       "(tg_crypto_init failed)\n");
		return 0;
	}
	for (int k = 0; k < NKEYS; k++)
		randombytes_buf(keys[k], TG_KEY_LEN);
	tsc_per_ns = bench_tsc_per_ns();
	collect();
	for (int op = 0; op < NOPS; op++)
		for (size_t s = 0; s < NSIZES; s++)
			measure_all(op, s);

	printf("## 1. Crypto ceiling: ChaCha20-Poly1305 on one core\n\n");
	printf("WireGuard data-message AEAD (nonce = 4 zero bytes || le64 "
	       "counter, no AAD, 16-byte tag), bursts of %d packets, each "
	       "with its own counter and a key from a table of %d, separate "
	       "source and destination buffers (open: ciphertexts made by "
	       "libsodium, every tag checked). Each cell: the fastest of %d "
	       "slices of %.2f s, the implementations' slices interleaved "
	       "round-robin (other load only slows a slice down; the spread "
	       "between fastest and slowest slice shows how much there was). Gbit/s counts payload bytes. TSC runs at "
	       "%.3f GHz (calibrated against CLOCK_MONOTONIC in this run); "
	       "cycles are TSC cycles, not core cycles.\n\n", BURST, NKEYS,
	       bench_slices(), bench_seconds() / bench_slices(), tsc_per_ns);
	printf("Implementations:\n\n");
	for (int i = 0; i < n_impls; i++)
		printf("- **%s**: %s%s%s\n", impls[i].name, impls[i].how,
		       impls[i].skip[0] ? " — " : "", impls[i].skip);
#if TG_HAVE_IPSECMB
	if (&tg_aead_ipsecmb_arch != NULL)
		printf("\nintel-ipsec-mb code path on this CPU: %s\n",
		       tg_aead_ipsecmb_arch());
#endif
	print_table(OP_SEAL);
	print_table(OP_OPEN);
	printf("\n");
	print_summary();
	return 0;
}
