/*
 * Growable text buffer (see strbuf.h). Used by the cp event-loop thread and
 * by tailgatectl; no shared state.
 */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cp_strbuf_init(struct cp_strbuf *b)
{
	memset(b, 0, sizeof(*b));
}

void cp_strbuf_free(struct cp_strbuf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

void cp_strbuf_reset(struct cp_strbuf *b)
{
	b->len = 0;
	b->is_oom = false;
	if (b->p)
		b->p[0] = '\0';
}

static bool reserve(struct cp_strbuf *b, size_t extra)
{
	if (b->is_oom)
		return false;
	if (b->len + extra + 1 <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1) {
		if (cap > ((size_t)1 << 40)) {
			b->is_oom = true;
			return false;
		}
		cap *= 2;
	}
	char *p = realloc(b->p, cap);
	if (!p) {
		b->is_oom = true;
		return false;
	}
	b->p = p;
	b->cap = cap;
	return true;
}

void cp_strbuf_append(struct cp_strbuf *b, const char *s, size_t n)
{
	if (!reserve(b, n))
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void cp_strbuf_puts(struct cp_strbuf *b, const char *s)
{
	cp_strbuf_append(b, s, strlen(s));
}

void cp_strbuf_printf(struct cp_strbuf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];

	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->is_oom = true;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		cp_strbuf_append(b, small, (size_t)n);
		return;
	}
	if (!reserve(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}
