/*
 * One zstd frame -> bytes with a hard output cap (control.md §4.2 map
 * messages). Owns nothing persistent: a decompression context per call.
 * Runs on the cp event loop.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <zstd.h>

#include "ts_zstd.h"

/* Largest back-reference window we accept (16 MiB). */
#define WINDOW_LOG_MAX 24

static int grow(uint8_t **buf, size_t *size, size_t cap)
{
	size_t n = *size ? *size * 2 : 4096;
	uint8_t *nb;

	if (n > cap + 1)
		n = cap + 1;
	nb = realloc(*buf, n);
	if (!nb)
		return -ENOMEM;
	*buf = nb;
	*size = n;
	return 0;
}

int cp_ts_zstd_decode(const uint8_t *in, size_t inlen, size_t cap,
		      uint8_t **out, size_t *outlen)
{
	ZSTD_DCtx *dctx = NULL;
	ZSTD_inBuffer ib = { in, inlen, 0 };
	uint8_t *buf = NULL;
	size_t size = 0, produced = 0, ret = 1;
	unsigned long long csize;
	int rc = -EBADMSG;

	*out = NULL;
	*outlen = 0;
	/* Exactly one frame, nothing after it. */
	if (ZSTD_findFrameCompressedSize(in, inlen) != inlen)
		return -EBADMSG;
	csize = ZSTD_getFrameContentSize(in, inlen);
	if (csize == ZSTD_CONTENTSIZE_ERROR)
		return -EBADMSG;
	if (csize != ZSTD_CONTENTSIZE_UNKNOWN && csize > cap)
		return -EMSGSIZE;
	dctx = ZSTD_createDCtx();
	if (!dctx)
		return -ENOMEM;
	if (ZSTD_isError(ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax,
						WINDOW_LOG_MAX)))
		goto out;
	while (ret != 0) {
		ZSTD_outBuffer ob;

		/* One spare byte beyond cap detects overflow (and holds NUL). */
		if (produced == size) {
			if (size == cap + 1) {
				rc = -EMSGSIZE;
				goto out;
			}
			if ((rc = grow(&buf, &size, cap)) < 0)
				goto out;
			rc = -EBADMSG;
		}
		ob.dst = buf;
		ob.size = size;
		ob.pos = produced;
		ret = ZSTD_decompressStream(dctx, &ob, &ib);
		if (ZSTD_isError(ret))
			goto out;
		produced = ob.pos;
		if (produced > cap) {
			rc = -EMSGSIZE;
			goto out;
		}
		if (ret != 0 && ib.pos == ib.size && ob.pos < ob.size)
			goto out; /* truncated frame */
	}
	if (produced == size && (rc = grow(&buf, &size, cap)) < 0)
		goto out;
	buf[produced] = '\0';
	*out = buf;
	*outlen = produced;
	buf = NULL;
	rc = 0;
out:
	free(buf);
	ZSTD_freeDCtx(dctx);
	return rc;
}
