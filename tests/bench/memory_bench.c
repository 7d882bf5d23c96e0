/*
 * Issue row 3, memory: shared-region bytes per 1,000 peers and per 1,000,000
 * NAT sessions, from tg_region_size_for() (common/region.h) evaluated at
 * different table sizes — what the region contract really allocates, not an
 * estimate. Differences are taken over large deltas (1,000,000 peers,
 * 16,000,000 sessions) so that rounding of the total to a 2 MiB hugepage
 * moves the per-unit figure by at most 2 MiB / delta (printed with it).
 * Runs on: the main thread; no region is created.
 * Output format: tests/bench/bench_util.h.
 */
#include <stdio.h>
#include <string.h>

#include "bench/bench_util.h"
#include "region.h"

#define ROW "3. Memory (shared region)"


/* A small gateway; every figure below is a difference from it. */
static struct tg_region_sizes base(void)
{
	struct tg_region_sizes s = {
		.max_peers = 1000,
		.max_keypairs = 3000,
		.max_allowed_ips = 1000,
		.max_workers = 2,
		.nat_sessions = 65536,
		.max_filter_rules = 256,
		.ring_slots = 1024,
	};
	return s;
}

static struct tg_region_sizes with_peers(uint32_t peers)
{
	struct tg_region_sizes s = base();

	s.max_peers = peers;
	s.max_keypairs = 3 * peers;  /* current, previous, next */
	s.max_allowed_ips = peers;   /* one prefix per peer and family */
	return s;
}

static struct tg_region_sizes with_prefixes(uint32_t n)
{
	struct tg_region_sizes s = base();

	s.max_allowed_ips = n;
	return s;
}

static struct tg_region_sizes with_nat(uint32_t sessions)
{
	struct tg_region_sizes s = base();

	s.nat_sessions = sessions;
	return s;
}

static void mib(char *out, size_t n, double bytes)
{
	snprintf(out, n, "%.0f B (%.2f MiB)", bytes, bytes / 1048576.0);
}

static void per_unit(const char *what, const char *key,
		     struct tg_region_sizes lo, struct tg_region_sizes hi,
		     double units, double scale)
{
	size_t a = tg_region_size_for(&lo), b = tg_region_size_for(&hi);
	char txt[96];

	if (a == 0 || b == 0 || b < a) {
		printf("| %s | n/a (tg_region_size_for returned %zu / %zu) |\n",
		       what, a, b);
		printf("SUMMARY\t" ROW "\t%s\tn/a (tg_region_size_for "
		       "returned %zu / %zu)\n", what, a, b);
		return;
	}
	mib(txt, sizeof(txt), (double)(b - a) / units * scale);
	snprintf(txt + strlen(txt), sizeof(txt) - strlen(txt), " (page rounding ≤ %.0f B)",
		 2097152.0 / units * scale);
	printf("| %s | %s |\n", what, txt);
	printf("SUMMARY\t" ROW "\t%s\t%s\n", what, txt);
	printf("VALUE\tmem.%s\t%.0f\n", key,
	       (double)(b - a) / units * scale);
}

static void total(const char *what, struct tg_region_sizes s)
{
	size_t b = tg_region_size_for(&s);
	char txt[96];

	mib(txt, sizeof(txt), (double)b);
	printf("| %s | %s |\n", what, b ? txt : "n/a (rejected)");
}

int main(void)
{
	struct tg_region_sizes big = with_peers(100000);

	big.nat_sessions = 4000000;
	printf("## 3. Memory: shared region\n\n");
	printf("From `tg_region_size_for()` (layout version %u). Per peer: one "
	       "peer slot, 3 keypairs, 1 allowed-IP prefix per family; base: "
	       "1,000 peers, 65,536 NAT sessions, 2 workers, 256 filter rules, "
	       "1,024-slot rings.\n\n", TG_REGION_LAYOUT_VERSION);
	printf("| quantity | bytes |\n|---|---:|\n");
	per_unit("bytes per 1,000 peers", "per_1k_peers", with_peers(1000),
		 with_peers(1001000), 1000000.0, 1000);
	per_unit("of which 1,000 allowed-IP prefixes (max_allowed_ips)",
		 "per_1k_prefixes", with_prefixes(1000),
		 with_prefixes(1001000), 1000000.0, 1000);
	per_unit("bytes per 1,000,000 NAT sessions", "per_1m_nat",
		 with_nat(65536),
		 with_nat(65536 + 16000000), 16000000.0, 1000000);
	total("total: base", base());
	total("total: 100,000 peers + 4,000,000 NAT sessions", big);
	printf("\n");
	return 0;
}
