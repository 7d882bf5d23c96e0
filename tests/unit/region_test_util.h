/* Helpers for the shared-region suites (region, aip, rxidx, ring). */
#ifndef TG_REGION_TEST_UTIL_H
#define TG_REGION_TEST_UTIL_H

#include <stddef.h>

/* A region name unique to this process and call: "tgreg-<pid>-<n>". */
void tg_test_region_name(char *buf, size_t len);

#endif
