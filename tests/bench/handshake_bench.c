/*
 * Issue row 2, handshake rate: Noise IK handshakes per second on one core
 * (whitepaper §5.4.2-5.4.3). The full handshake needs common/noise.c, which
 * is written in parallel; until it is merged the row is printed as
 * "n/a (not measured yet)". What can be measured now is its dominant
 * primitive, X25519 (libsodium), reported as its own row: a responder does
 * 3 variable-base and 1 fixed-base X25519 per handshake once the
 * static-static DH is precomputed per peer, so this bounds the rate from
 * above; it is not the handshake rate.
 * Runs on: the main thread; single core.
 * Output format: tests/bench/bench_util.h.
 */
#include <sodium.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "bench/bench_util.h"

#define ROW "2. Handshake rate (1 core)"

/* x25519 ops per second, median of 5 slices; 0 on failure. */
static double x25519_rate(bool fixed_base, double *tsc_cycles)
{
	uint8_t sk[32], pk[32], out[32];
	double rate[5], cyc[5];
	uint64_t slice = (uint64_t)(bench_seconds() * 1e9 / 5);

	randombytes_buf(sk, sizeof(sk));
	crypto_scalarmult_base(pk, sk);
	for (int s = 0; s < 5; s++) {
		uint64_t t0 = bench_now_ns(), c0 = bench_tsc(), t1, n = 0;

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
		rate[s] = (double)n * 1e9 / (double)(t1 - t0);
		cyc[s] = (double)(bench_tsc() - c0) / (double)n;
	}
	qsort(rate, 5, sizeof(double), bench_cmp_double);
	qsort(cyc, 5, sizeof(double), bench_cmp_double);
	*tsc_cycles = cyc[2];
	return rate[2];
}

int main(void)
{
	const char *na = "n/a (not measured yet: needs common/noise.c)";
	double var_cyc = 0, fix_cyc = 0, var, fix;

	printf("## 2. Handshake rate\n\n");
	printf("| measurement | value |\n|---|---:|\n");
	printf("| handshakes/s (initiation + response, one core) | %s |\n", na);
	printf("SUMMARY\t" ROW "\thandshakes/s\t%s\n", na);
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
	printf("| upper bound from X25519 alone (3 variable + 1 fixed per "
	       "responder handshake), handshakes/s | %.0f |\n\n",
	       1.0 / (3.0 / var + 1.0 / fix));
	printf("SUMMARY\t" ROW "\tX25519 ops/s (libsodium; bound, not the "
	       "handshake rate)\t%.0f variable-base, %.0f fixed-base\n",
	       var, fix);
	return 0;
}
