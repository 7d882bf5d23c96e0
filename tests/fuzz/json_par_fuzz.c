/*
 * libFuzzer target for controlplane/json_par.c: on any input the
 * multi-threaded parse must give exactly what one json_loadb gives: both
 * fail with the same error, or both succeed with equal trees. The split
 * is forced for every size (threshold 0) with 2 and 3 threads.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json_par.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t e1, e2;
	json_t *want = json_loadb((const char *)data, size, 0, &e1);

	for (unsigned threads = 2; threads <= 3; threads++) {
		json_t *got = cp_json_loadb_par_ex((const char *)data, size, "Peers", threads, 0, &e2);

		if (!want != !got)
			abort();
		if (want && !json_equal(want, got))
			abort();
		if (!want && (e1.line != e2.line || e1.column != e2.column ||
			      e1.position != e2.position || strcmp(e1.text, e2.text)))
			abort();
		json_decref(got);
	}
	json_decref(want);
	return 0;
}
