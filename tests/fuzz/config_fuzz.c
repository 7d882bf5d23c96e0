/*
 * libFuzzer target: the configuration loader (common/config.c and
 * config_walk.c / config_values.c / config_check.c via tg_config_load).
 * The input is written to a temporary file and loaded. Runs on libFuzzer's
 * thread; owns only its temporary directory.
 *
 * Must never crash, and every error must have the documented shape
 *   FILE:LINE: key.path: what (got VALUE)
 * with FILE the loaded file, LINE a line number within it (>= 1), a
 * non-empty key path without spaces, a non-empty message and the "(got ...)"
 * echo. Inputs with @include are skipped (they would read other files).
 * A successful load must be freeable, and a second load of the same file
 * must give the same result.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static char dir[64], file[96];

static void cleanup(void)
{
	unlink(file);
	rmdir(dir);
}

static void fail(const char *why, const char *err)
{
	fprintf(stderr, "config_fuzz: %s: \"%s\"\n", why, err);
	abort();
}

static bool has_include(const uint8_t *d, size_t n)
{
	static const char pat[] = "include";

	for (size_t i = 0; i + sizeof(pat) - 1 <= n; i++)
		if (strncasecmp((const char *)d + i, pat, sizeof(pat) - 1) == 0)
			return true;
	return false;
}

static size_t count_lines(const uint8_t *d, size_t n)
{
	size_t lines = 1;

	for (size_t i = 0; i < n; i++)
		lines += d[i] == '\n';
	return lines;
}

/* FILE:LINE: key.path: what (got VALUE) */
static void check_shape(const char *err, size_t max_line)
{
	size_t fl = strlen(file);
	const char *p = err, *path, *colon;
	char *end;
	unsigned long line;

	if (strncmp(p, file, fl) != 0 || p[fl] != ':')
		fail("error does not start with FILE:", err);
	p += fl + 1;
	if (*p < '0' || *p > '9')
		fail("no LINE after FILE:", err);
	line = strtoul(p, &end, 10);
	if (line < 1 || line > max_line)
		fail("LINE outside the file", err);
	if (end[0] != ':' || end[1] != ' ')
		fail("no ': ' after LINE", err);
	path = end + 2;
	colon = strstr(path, ": ");
	if (!colon || colon == path)
		fail("no key path", err);
	for (const char *c = path; c < colon; c++)
		if (*c == ' ' || (unsigned char)*c < 0x21)
			fail("key path with a space or control character", err);
	if (!colon[2])
		fail("empty message", err);
	if (!strstr(colon + 2, " (got "))
		fail("no (got VALUE) echo", err);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "/tmp/tgfuzz-config-%d", (int)getpid());
	if (mkdir(dir, 0700) != 0)
		abort();
	snprintf(file, sizeof(file), "%s/tailgate.conf", dir);
	/* Keep the NAT-range check independent of this host's sysctl. */
	tg_config_set_ephemeral_range_path("/nonexistent");
	atexit(cleanup);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tg_config cfg, again;
	char err[512], err2[512];
	FILE *f;
	int rc, rc2;

	if (size > 65536 || has_include(data, size))
		return 0;
	f = fopen(file, "w");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	memset(err, 0x7f, sizeof(err));
	rc = tg_config_load(&cfg, file, err, sizeof(err));
	if (rc != 0) {
		if (rc != -1)
			fail("tg_config_load returned neither 0 nor -1", err);
		if (!memchr(err, 0, sizeof(err)))
			fail("error not terminated", "");
		check_shape(err, count_lines(data, size) + 1);
	} else {
		if (err[0] != 0)
			fail("error text on success", err);
	}
	rc2 = tg_config_load(&again, file, err2, sizeof(err2));
	if (rc2 != rc || (rc && strcmp(err, err2) != 0))
		fail("a second load of the same file differs", rc ? err : err2);
	if (rc == 0) {
		if (again.wireguard.n_peers != cfg.wireguard.n_peers)
			fail("a second load has another peer count", "");
		tg_config_free(&cfg);
		tg_config_free(&cfg); /* idempotent */
		tg_config_free(&again);
	}
	return 0;
}
