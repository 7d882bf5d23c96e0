/*
 * Reading a WireGuard key file (`wg genkey` / `wg genpsk` output: 44 base64
 * characters and a newline) for the cp's private key and static peers'
 * preshared keys. Refuses files other users could read; never echoes the
 * contents; wipes every buffer that held key material. Setup path of the
 * cp (main thread or a reload on its event loop).
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "config_values.h"

#define KEYFILE_MAX 128 /* a key plus generous whitespace */

static int key_fail(char *err, size_t errlen, int rc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int key_fail(char *err, size_t errlen, int rc, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return rc;
}

static int check_mode(int fd, const char *path, char *err, size_t errlen)
{
	struct stat st;

	if (fstat(fd, &st))
		return key_fail(err, errlen, -errno, "%s: cannot stat key file: %s",
				path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return key_fail(err, errlen, -EINVAL, "%s: key file is not a regular file",
				path);
	if (st.st_mode & 077)
		return key_fail(err, errlen, -EACCES,
				"%s: key file mode %04o lets group/other access it; run: chmod 600 %s",
				path, (unsigned)(st.st_mode & 07777), path);
	return 0;
}

/* Read up to cap-1 bytes; *n is the count. -errno or -EFBIG. */
static int read_all(int fd, char *buf, size_t cap, size_t *n)
{
	*n = 0;
	for (;;) {
		ssize_t r = read(fd, buf + *n, cap - 1 - *n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0)
			break;
		*n += (size_t)r;
		if (*n == cap - 1)
			return -EFBIG;
	}
	buf[*n] = 0;
	return 0;
}

static int decode(char *buf, size_t n, const char *path, uint8_t key[32],
		  char *err, size_t errlen)
{
	const char *why;

	while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' ' ||
		     buf[n - 1] == '\t'))
		buf[--n] = 0;
	if (n != 44)
		return key_fail(err, errlen, -EINVAL,
				"%s: not a WireGuard key (expected 44 base64 characters, got %zu characters)",
				path, n);
	if (tg_cfg_parse_key_b64(buf, key, &why))
		return key_fail(err, errlen, -EINVAL,
				"%s: not a WireGuard key (bad base64)", path);
	return 0;
}

int tg_config_read_key_file(const char *path, uint8_t key[32], char *err,
			    size_t errlen)
{
	char buf[KEYFILE_MAX];
	size_t n = 0;
	int fd, rc;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return key_fail(err, errlen, -errno, "%s: cannot open key file: %s",
				path, strerror(errno));
	rc = check_mode(fd, path, err, errlen);
	if (!rc) {
		rc = read_all(fd, buf, sizeof(buf), &n);
		if (rc == -EFBIG)
			key_fail(err, errlen, -EINVAL, "%s: not a WireGuard key (file too long)",
				 path);
		else if (rc)
			key_fail(err, errlen, rc, "%s: cannot read key file: %s", path,
				 strerror(-rc));
		else
			rc = decode(buf, n, path, key, err, errlen);
		if (rc == -EFBIG)
			rc = -EINVAL;
	}
	close(fd);
	sodium_memzero(buf, sizeof(buf));
	if (rc)
		sodium_memzero(key, 32);
	return rc;
}
