/*
 * Issue row 2, handshake rate: WireGuard Noise_IKpsk2 handshakes per second
 * on one core (whitepaper §5.4.2-5.4.5), two in-memory peers driven through
 * common/noise.h with an injected clock (each handshake 1 s of protocol time
 * after the last, so the replay and flood rules pass). Reported: the
 * responder's work per handshake (consume initiation, create response,
 * derive keys), the initiator's (create initiation, consume response, derive
 * keys), and both together. mac1/mac2 (two BLAKE2s) and table lookups are
 * not included. Every handshake's keys are checked to match.
 * The X25519 rate (libsodium), the handshake's dominant primitive, is
 * reported as its own line (an upper bound, not the handshake rate).
 * Runs on: the main thread; single core.
 * Output format: tests/bench/bench_util.h.
 */
#include <sodium.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "bench/bench_util.h"
#include "crypto.h"
#include "noise.h"
#define ROW "2. Handshake rate (1 core)"

/* x25519 ops per second, fastest slice; 0 on failure. */
static double x25519_rate(bool fixed_base, double *tsc_cycles)
{
	uint8_t sk[32], pk[32], out[32];
	uint64_t slice = (uint64_t)(bench_seconds() * 1e9 / bench_slices());
	double best = 0;

	randombytes_buf(sk, sizeof(sk));
	crypto_scalarmult_base(pk, sk);
	for (int s = 0; s < bench_slices(); s++) {
		uint64_t t0 = bench_now_ns(), c0 = bench_tsc(), t1, n = 0;
		double rate;

		do {
			for (int i = 0; i < 16; i++) {
				sk[0] = (uint8_t)(n + (uint64_t)i);
				if (fixed_base)
					crypto_scalarmult_base(out, sk);
				else if (crypto_scalarmult(out, sk, pk) != 0)
					return 0;
			}
			n += 16;
			t1 = bench_now_ns();
		} while (t1 - t0 < slice);
		rate = (double)n * 1e9 / (double)(t1 - t0);
		if (rate > best) {
			best = rate;
			*tsc_cycles = (double)(bench_tsc() - c0) / (double)n;
		}
	}
	return best;
}

/* Peer A initiates to peer B. */
struct pair {
	struct tg_noise_local a, b;
	struct tg_noise_handshake a_to_b, b_to_a;
	struct tg_manual_clock clk;
};

static struct tg_noise_handshake *by_static(void *ctx, const uint8_t pub[32])
{
	struct pair *p = ctx;

	return memcmp(pub, p->a.pub, 32) == 0 ? &p->b_to_a : NULL;
}

static struct tg_noise_handshake *by_index(void *ctx, uint32_t idx)
{
	struct pair *p = ctx;

	return idx == p->a_to_b.local_index ? &p->a_to_b : NULL;
}

static void pair_init(struct pair *p)
{
	uint8_t k[32];

	memset(p, 0, sizeof(*p));
	tg_random(k, sizeof(k));
	tg_noise_local_set(&p->a, k);
	tg_random(k, sizeof(k));
	tg_noise_local_set(&p->b, k);
	tg_wipe(k, sizeof(k));
	tg_noise_handshake_init(&p->a_to_b, &p->a, p->b.pub, NULL);
	tg_noise_handshake_init(&p->b_to_a, &p->b, p->a.pub, NULL);
	tg_manual_clock_init(&p->clk, 1000000000ull, 1700000000000000000ull);
}

/* One full handshake; adds each side's ns. 0, or a step's error name. */
static const char *handshake(struct pair *p, uint32_t n, uint64_t *ns_init,
			     uint64_t *ns_resp)
{
	struct tg_wg_initiation init;
	struct tg_wg_response resp;
	struct tg_noise_keypair ka, kb;
	struct tg_noise_handshake *hs;
	uint64_t t0, t1, t2, t3;

	p->clk.mono += 1000000000ull;
	p->clk.wall += 1000000000ull;
	t0 = bench_now_ns();
	if (tg_noise_create_initiation(&p->a, &p->a_to_b, 2 * n + 1,
				       &p->clk.clock, &init))
		return "create_initiation";
	t1 = bench_now_ns();
	if (tg_noise_consume_initiation(&p->b, (const uint8_t *)&init,
					sizeof(init), by_static, p,
					&p->clk.clock, &hs) || hs != &p->b_to_a)
		return "consume_initiation";
	if (tg_noise_create_response(hs, 2 * n + 2, &resp))
		return "create_response";
	if (tg_noise_derive_keypair(hs, &p->clk.clock, &kb))
		return "derive_keypair (responder)";
	t2 = bench_now_ns();
	if (tg_noise_consume_response(&p->a, (const uint8_t *)&resp,
				      sizeof(resp), by_index, p, &hs) ||
	    hs != &p->a_to_b)
		return "consume_response";
	if (tg_noise_derive_keypair(hs, &p->clk.clock, &ka))
		return "derive_keypair (initiator)";
	t3 = bench_now_ns();
	*ns_init += (t1 - t0) + (t3 - t2);
	*ns_resp += t2 - t1;
	if (memcmp(ka.send_key, kb.recv_key, 32) ||
	    memcmp(ka.recv_key, kb.send_key, 32))
		return "keys differ";
	tg_wipe(&ka, sizeof(ka));
	tg_wipe(&kb, sizeof(kb));
	return NULL;
}

static void noise_rows(void)
{
	uint64_t slice = (uint64_t)(bench_seconds() * 1e9 / bench_slices());
	double best_both = 0, best_init = 0, best_resp = 0;
	const char *bad = NULL;
	struct pair p;
	uint32_t n = 0;

	if (tg_crypto_init() != 0) {
		bad = "tg_crypto_init";
		goto out;
	}
	pair_init(&p);
	for (int s = 0; s < bench_slices() && !bad; s++) {
		uint64_t t0 = bench_now_ns(), ni = 0, nr = 0, k = 0;

		do {
			bad = handshake(&p, n++, &ni, &nr);
			k++;
		} while (!bad && bench_now_ns() - t0 < slice);
		if (bad)
			break;
		if (k * 1e9 / (double)(ni + nr) > best_both) {
			best_both = k * 1e9 / (double)(ni + nr);
			best_init = k * 1e9 / (double)ni;
			best_resp = k * 1e9 / (double)nr;
		}
	}
	tg_noise_handshake_wipe(&p.a_to_b);
	tg_noise_handshake_wipe(&p.b_to_a);
	tg_wipe(&p.a, sizeof(p.a));
	tg_wipe(&p.b, sizeof(p.b));
out:
	if (bad) {
		printf("| handshakes/s | n/a (%s failed) |\n", bad);
		printf("SUMMARY\t" ROW "\thandshakes/s\tn/a (%s failed)\n", bad);
		return;
	}
	printf("| responder handshakes/s (consume initiation + create "
	       "response + derive keys) | %.0f |\n", best_resp);
	printf("| initiator handshakes/s (create initiation + consume "
	       "response + derive keys) | %.0f |\n", best_init);
	printf("| both sides on one core, handshakes/s | %.0f |\n", best_both);
	printf("SUMMARY\t" ROW "\thandshakes/s as responder (Noise only, "
	       "no mac1/mac2)\t%.0f (initiator %.0f; both sides %.0f)\n",
	       best_resp, best_init, best_both);
	printf("VALUE\thandshake.responder_per_s\t%.0f\n", best_resp);
}

int main(void)
{
	double var_cyc = 0, fix_cyc = 0, var, fix;

	printf("## 2. Handshake rate\n\n");
	printf("Fastest of %d slices of %.2f s.\n\n", bench_slices(),
	       bench_seconds() / bench_slices());
	printf("| measurement | value |\n|---|---:|\n");
	noise_rows();
	if (sodium_init() < 0) {
		printf("| X25519 | n/a (sodium_init failed) |\n\n");
		return 0;
	}
	var = x25519_rate(false, &var_cyc);
	fix = x25519_rate(true, &fix_cyc);
	if (var <= 0 || fix <= 0) {
		printf("| X25519 | n/a (crypto_scalarmult failed) |\n\n");
		return 0;
	}
	printf("| X25519 variable base (libsodium), ops/s | %.0f (%.0f TSC "
	       "cycles) |\n", var, var_cyc);
	printf("| X25519 fixed base (libsodium), ops/s | %.0f (%.0f TSC "
	       "cycles) |\n", fix, fix_cyc);
	printf("| bound from X25519 alone (3 variable + 1 fixed per "
	       "responder handshake), handshakes/s | %.0f |\n\n",
	       1.0 / (3.0 / var + 1.0 / fix));
	printf("SUMMARY\t" ROW "\tX25519 ops/s (libsodium; a bound, not the "
	       "handshake rate)\t%.0f variable-base, %.0f fixed-base\n",
	       var, fix);
	return 0;
}
