/*
 * Unique shared-region names for the unit suites (declared in
 * tests/unit/region_test_util.h). Lives here because the files in tests/oracle/ are
 * what the Makefile links into the unit runner besides the *_test.c files.
 */
#include <stdio.h>
#include <unistd.h>

#include "unit/region_test_util.h"

void tg_test_region_name(char *buf, size_t len)
{
	static unsigned n;

	snprintf(buf, len, "tgreg-%ld-%u", (long)getpid(), n++);
}
