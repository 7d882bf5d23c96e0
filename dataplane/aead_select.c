/*
 * Owns: the choice of the data-message AEAD at tailgate-dp start
 * (aead_select.h; config dataplane.aead, docs/configuration.md) and the
 * worker-thread preparation of per-thread AEAD state (common/aead_impls.h).
 * "auto" times each implementation of tg_aead_impls[] the way the pipeline
 * calls it (one packet at a time, WireGuard nonce, no AAD) at 1420 and 64
 * bytes, seal and open, interleaved in rounds for about budget_ms, keeping
 * each one's fastest batch, and selects the smallest sum of the four
 * per-packet times. An implementation is only timed, or selected by name,
 * after it matched libsodium (seal output, open result, a tampered tag
 * rejected).
 * Runs on: dp_aead_choose on the dp main thread before workers start;
 * dp_aead_thread_prepare on each worker thread at its start. Setup only:
 * nothing here runs per packet.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "aead_impls.h"
#include "aead_select.h"
#include "crypto.h"

#define SEL_BATCH 16
#define SEL_MAX_LEN 1420
#define SEL_MAX_IMPLS 8

static const size_t sel_sizes[2] = { 1420, 64 };

static uint8_t sel_key[TG_KEY_LEN];
static uint8_t sel_pt[SEL_BATCH][SEL_MAX_LEN];
static uint8_t sel_ct[SEL_BATCH][SEL_MAX_LEN + TG_AEAD_TAG_LEN];
static uint8_t sel_out[SEL_BATCH][SEL_MAX_LEN + TG_AEAD_TAG_LEN];
static uint8_t sel_ref[SEL_MAX_LEN + TG_AEAD_TAG_LEN];

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static const struct tg_aead_ops *find(const char *name)
{
	for (size_t i = 0; tg_aead_impls[i]; i++)
		if (!strcmp(tg_aead_impls[i]->name, name))
			return tg_aead_impls[i];
	return NULL;
}

/* Same bytes as the reference for a few lengths; tampering detected. */
static bool matches(const struct tg_aead_ops *im, const struct tg_aead_ops *ref)
{
	static const size_t lens[] = { 0, 1, 63, 64, 65, 1419, 1420 };

	for (size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		size_t len = lens[k];
		uint64_t ctr = 0x0102030405060708ull + k;

		ref->seal(sel_ref, sel_pt[k], len, ctr, sel_key);
		im->seal(sel_out[0], sel_pt[k], len, ctr, sel_key);
		if (memcmp(sel_ref, sel_out[0], len + TG_AEAD_TAG_LEN))
			return false;
		if (im->open(sel_out[1], sel_ref, len + TG_AEAD_TAG_LEN, ctr, sel_key) ||
		    memcmp(sel_out[1], sel_pt[k], len))
			return false;
		sel_ref[len] ^= 0x20; /* first tag byte */
		if (im->open(sel_out[1], sel_ref, len + TG_AEAD_TAG_LEN, ctr, sel_key) == 0)
			return false;
	}
	return true;
}

/* ns per packet of one batch: op 0 seal, 1 open. */
static double batch_ns(const struct tg_aead_ops *im, int op, size_t len, uint64_t ctr)
{
	uint64_t t0 = now_ns();
	int bad = 0;

	for (unsigned i = 0; i < SEL_BATCH; i++) {
		if (op == 0)
			im->seal(sel_out[i], sel_pt[i], len, ctr + i, sel_key);
		else
			bad |= im->open(sel_out[i], sel_ct[i], len + TG_AEAD_TAG_LEN, i, sel_key);
	}
	if (bad)
		return -1;
	return (double)(now_ns() - t0) / SEL_BATCH;
}

static int choose_auto(const struct tg_aead_ops *ref, unsigned budget_ms,
		       char *msg, size_t msglen)
{
	const struct tg_aead_ops *ok[SEL_MAX_IMPLS];
	double best[SEL_MAX_IMPLS][2][2]; /* [impl][size][op] fastest ns/packet */
	int n = 0, pick = -1;
	uint64_t end, ctr = 1;
	size_t off;

	for (size_t i = 0; tg_aead_impls[i] && n < SEL_MAX_IMPLS; i++)
		if (tg_aead_impls[i] == ref || matches(tg_aead_impls[i], ref))
			ok[n++] = tg_aead_impls[i];
	for (int i = 0; i < n; i++)
		for (int s = 0; s < 2; s++)
			best[i][s][0] = best[i][s][1] = 1e18;
	end = now_ns() + (uint64_t)budget_ms * 1000000ull;
	for (int round = 0; round < 3 || now_ns() < end; round++) {
		for (int s = 0; s < 2; s++) {
			size_t len = sel_sizes[s];

			for (unsigned i = 0; i < SEL_BATCH; i++)
				ref->seal(sel_ct[i], sel_pt[i], len, i, sel_key);
			for (int i = 0; i < n; i++)
				for (int op = 0; op < 2; op++) {
					double t = batch_ns(ok[i], op, len, ctr);

					ctr += SEL_BATCH;
					if (t < 0) {
						best[i][s][op] = 1e18; /* never picked */
						continue;
					}
					if (t < best[i][s][op])
						best[i][s][op] = t;
				}
		}
		if (round > 10000)
			break;
	}
	off = (size_t)snprintf(msg, msglen, "dataplane.aead \"auto\":");
	for (int i = 0; i < n; i++) {
		double sum = best[i][0][0] + best[i][0][1] + best[i][1][0] + best[i][1][1];

		if (pick < 0 || sum < best[pick][0][0] + best[pick][0][1] +
					  best[pick][1][0] + best[pick][1][1])
			pick = i;
		if (off < msglen)
			off += (size_t)snprintf(msg + off, msglen - off,
				" %s seal/open ns per packet 1420 B %.0f/%.0f, 64 B %.0f/%.0f;",
				ok[i]->name, best[i][0][0], best[i][0][1], best[i][1][0],
				best[i][1][1]);
	}
	for (size_t i = 0; tg_aead_impls[i]; i++) {
		bool in = false;

		for (int j = 0; j < n; j++)
			in |= ok[j] == tg_aead_impls[i];
		if (!in && off < msglen)
			off += (size_t)snprintf(msg + off, msglen - off,
				" %s skipped (differs from libsodium);", tg_aead_impls[i]->name);
	}
	tg_aead_select(ok[pick]->name);
	if (off < msglen)
		snprintf(msg + off, msglen - off, " selected %s", ok[pick]->name);
	return 0;
}

int dp_aead_choose(const char *want, unsigned budget_ms, char *msg, size_t msglen)
{
	const struct tg_aead_ops *ref = find("libsodium"), *im;
	int rc = 0;

	if (!ref) {
		snprintf(msg, msglen, "dataplane.aead: libsodium implementation missing");
		return -ENOENT;
	}
	tg_random(sel_key, sizeof(sel_key));
	for (unsigned i = 0; i < SEL_BATCH; i++)
		tg_random(sel_pt[i], SEL_MAX_LEN);
	if (!strcmp(want, "auto")) {
		rc = choose_auto(ref, budget_ms, msg, msglen);
	} else if (!(im = find(want))) {
		size_t off = (size_t)snprintf(msg, msglen, "dataplane.aead: \"%s\" is not "
					      "built into this tailgate-dp (available: \"auto\"",
					      want);

		for (size_t i = 0; tg_aead_impls[i] && off < msglen; i++)
			off += (size_t)snprintf(msg + off, msglen - off, ", \"%s\"",
						tg_aead_impls[i]->name);
		if (off < msglen)
			snprintf(msg + off, msglen - off, ")");
		rc = -ENOENT;
	} else if (im != ref && !matches(im, ref)) {
		snprintf(msg, msglen, "dataplane.aead: \"%s\" gives results that "
			 "differ from libsodium; refusing it", want);
		rc = -EIO;
	} else {
		tg_aead_select(want);
		snprintf(msg, msglen, "dataplane.aead: using %s (configured)", want);
	}
	tg_wipe(sel_key, sizeof(sel_key));
	return rc;
}

int dp_aead_thread_prepare(void)
{
	if (tg_aead == &tg_aead_openssl)
		return tg_aead_openssl_thread_prepare();
#if TG_HAVE_IPSECMB
	if (tg_aead == &tg_aead_ipsecmb)
		return tg_aead_ipsecmb_thread_prepare();
#endif
	return 0;
}
