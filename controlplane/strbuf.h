/*
 * A growable text buffer for the control plane's text outputs (UAPI replies,
 * Prometheus exposition, JSON-free tables). Allocation failure is sticky:
 * once `is_oom` is set every later append is a no-op, so a caller checks once
 * at the end. Any single thread; the owner frees it.
 */
#ifndef CP_STRBUF_H
#define CP_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

struct cp_strbuf {
	char *p;     /* NUL-terminated when len > 0 */
	size_t len;
	size_t cap;
	bool is_oom;
};

void cp_strbuf_init(struct cp_strbuf *b);
void cp_strbuf_free(struct cp_strbuf *b);
void cp_strbuf_reset(struct cp_strbuf *b);
void cp_strbuf_append(struct cp_strbuf *b, const char *s, size_t n);
void cp_strbuf_puts(struct cp_strbuf *b, const char *s);
void cp_strbuf_printf(struct cp_strbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
