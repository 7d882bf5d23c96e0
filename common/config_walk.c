/*
 * The schema walk of the configuration loader: matches every setting in the
 * file against the key table (config.c), so an unknown key, a wrong type and
 * a missing required key are found the same way at any depth; and the one
 * error format, FILE:LINE: key.path: what is wrong (got VALUE), with key
 * paths in libconfig's own syntax (wireguard.peers.[1].endpoint).
 * Also the lexical pre-pass for 32-bit integer overflow. Setup path only.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config_int.h"

/* ---- paths ---------------------------------------------------------------- */

/* Dotted path of s; list/array members as "[i]" (or "[]" if !index). */
static void setting_path(const config_setting_t *s, char *buf, size_t len,
			 bool index)
{
	const config_setting_t *chain[16];
	int n = 0;
	size_t off = 0;

	for (; s && !config_setting_is_root(s) && n < 16; s = config_setting_parent(s))
		chain[n++] = s;
	buf[0] = 0;
	while (n-- > 0 && off < len) {
		const config_setting_t *c = chain[n];
		const char *sep = off ? "." : "";
		int w;

		if (config_setting_name(c))
			w = snprintf(buf + off, len - off, "%s%s", sep, config_setting_name(c));
		else if (index)
			w = snprintf(buf + off, len - off, "%s[%d]", sep, config_setting_index(c));
		else
			w = snprintf(buf + off, len - off, "%s[]", sep);
		off += w > 0 ? (size_t)w : 0;
	}
}

static const struct tg_cfg_key *find_key(const char *path)
{
	for (size_t i = 0; i < tg_cfg_n_keys; i++)
		if (!strcmp(tg_cfg_keys[i].path, path))
			return &tg_cfg_keys[i];
	return NULL;
}

bool tg_cfg_seen(const struct tg_cfg_ld *ld, const char *path)
{
	const struct tg_cfg_key *k = find_key(path);

	return k && ld->seen[k - tg_cfg_keys];
}

/* ---- values as the messages show them ------------------------------------ */

static size_t put(char *buf, size_t len, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static size_t put(char *buf, size_t len, size_t off, const char *fmt, ...)
{
	va_list ap;
	int w;

	if (off >= len)
		return off;
	va_start(ap, fmt);
	w = vsnprintf(buf + off, len - off, fmt, ap);
	va_end(ap);
	return w < 0 ? off : off + (size_t)w;
}

/* A string quoted, control bytes escaped, cut after 64 characters. */
static size_t render_str(const char *v, char *buf, size_t len, size_t off)
{
	size_t i;

	off = put(buf, len, off, "\"");
	for (i = 0; v[i] && i < 64; i++) {
		unsigned char c = (unsigned char)v[i];

		if (c < 0x20 || c >= 0x7f)
			off = put(buf, len, off, "\\x%02x", c);
		else if (c == '"' || c == '\\')
			off = put(buf, len, off, "\\%c", c);
		else
			off = put(buf, len, off, "%c", c);
	}
	return put(buf, len, off, v[i] ? "...\"" : "\"");
}

static size_t render_at(const config_setting_t *s, char *buf, size_t len,
			size_t off)
{
	int n;

	switch (config_setting_type(s)) {
	case CONFIG_TYPE_INT:
	case CONFIG_TYPE_INT64:
		if (config_setting_get_format(s) == CONFIG_FORMAT_HEX)
			return put(buf, len, off, "0x%llx", config_setting_get_int64(s));
		return put(buf, len, off, "%lld", config_setting_get_int64(s));
	case CONFIG_TYPE_FLOAT: /* keep it visibly a float: 32.0, not 32 */
		if (config_setting_get_float(s) == (double)(long long)config_setting_get_float(s))
			return put(buf, len, off, "%.1f", config_setting_get_float(s));
		return put(buf, len, off, "%g", config_setting_get_float(s));
	case CONFIG_TYPE_BOOL:
		return put(buf, len, off, config_setting_get_bool(s) ? "true" : "false");
	case CONFIG_TYPE_STRING:
		return render_str(config_setting_get_string(s), buf, len, off);
	case CONFIG_TYPE_GROUP:
		return put(buf, len, off, "{ ... }");
	default:
		break;
	}
	n = config_setting_length(s);
	off = put(buf, len, off, config_setting_is_array(s) ? "[" : "(");
	for (int i = 0; i < n && i < 8; i++) {
		off = put(buf, len, off, i ? ", " : "");
		off = render_at(config_setting_get_elem(s, (unsigned)i), buf, len, off);
	}
	off = put(buf, len, off, n > 8 ? ", ..." : "");
	return put(buf, len, off, config_setting_is_array(s) ? "]" : ")");
}

void tg_cfg_render(const config_setting_t *s, char *buf, size_t len)
{
	buf[0] = 0;
	render_at(s, buf, len, 0);
}

/* ---- errors ---------------------------------------------------------------- */

static int vfail(struct tg_cfg_ld *ld, const char *file, int line,
		 const char *path, const char *got, const char *fmt, va_list ap)
{
	char what[256];

	if (!ld->err || !ld->errlen)
		return -1;
	vsnprintf(what, sizeof(what), fmt, ap);
	snprintf(ld->err, ld->errlen, "%s:%d: %s: %s (got %s)", file, line, path,
		 what, got);
	return -1;
}

int tg_cfg_fail_raw(struct tg_cfg_ld *ld, const char *file, int line,
		    const char *path, const char *got, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(ld, file, line, path, got, fmt, ap);
	va_end(ap);
	return -1;
}

/* libconfig names an included file as written; show the path opened. */
const char *tg_cfg_file_name(struct tg_cfg_ld *ld, const char *f)
{
	if (!f || !strcmp(f, ld->file))
		return ld->file;
	if (f[0] == '/' || !ld->include_dir[0])
		return f;
	snprintf(ld->file_buf, sizeof(ld->file_buf), "%s/%s", ld->include_dir, f);
	return ld->file_buf;
}

static const char *file_of(struct tg_cfg_ld *ld, const config_setting_t *s)
{
	return tg_cfg_file_name(ld, config_setting_source_file(s));
}

int tg_cfg_fail(struct tg_cfg_ld *ld, const config_setting_t *s,
		const char *fmt, ...)
{
	char path[TG_CFG_PATH], got[160];
	va_list ap;

	if (!s) /* a cross-check lost its setting: still fail, never pass */
		return tg_cfg_fail_raw(ld, ld->file, 0, "(internal)", "nothing",
				       "setting not found");
	setting_path(s, path, sizeof(path), true);
	tg_cfg_render(s, got, sizeof(got));
	va_start(ap, fmt);
	vfail(ld, file_of(ld, s), (int)config_setting_source_line(s), path, got,
	      fmt, ap);
	va_end(ap);
	return -1;
}

/* A missing key is reported at its enclosing group's line (1 at top level). */
static int fail_missing(struct tg_cfg_ld *ld, const config_setting_t *grp,
			const char *name, bool is_group)
{
	char path[TG_CFG_PATH], full[TG_CFG_PATH + 64];
	int line = (int)config_setting_source_line(grp);

	setting_path(grp, path, sizeof(path), true);
	snprintf(full, sizeof(full), "%s%s%s", path, *path ? "." : "", name);
	return tg_cfg_fail_raw(ld, file_of(ld, grp), line ? line : 1, full,
			       "nothing", is_group ? "required section missing"
						   : "required key missing");
}

/* ---- the walk ------------------------------------------------------------- */

static bool kind_ok(const config_setting_t *s, enum tg_cfg_kind kind)
{
	int t = config_setting_type(s);

	switch (kind) {
	case TG_KT_GROUP: return t == CONFIG_TYPE_GROUP;
	case TG_KT_LIST:
		return t == CONFIG_TYPE_LIST ||
		       (t == CONFIG_TYPE_ARRAY && config_setting_length(s) == 0);
	case TG_KT_STR: return t == CONFIG_TYPE_STRING;
	case TG_KT_INT: return t == CONFIG_TYPE_INT || t == CONFIG_TYPE_INT64;
	case TG_KT_BOOL: return t == CONFIG_TYPE_BOOL;
	case TG_KT_ARRAY: return t == CONFIG_TYPE_ARRAY || t == CONFIG_TYPE_LIST;
	}
	return false;
}

static const char *const kind_expect[] = {
	[TG_KT_GROUP] = "expected a group { ... }",
	[TG_KT_LIST] = "expected a list ( { ... }, ... )",
	[TG_KT_STR] = "expected a string",
	[TG_KT_INT] = "expected an integer",
	[TG_KT_BOOL] = "expected true or false",
	[TG_KT_ARRAY] = "expected an array [ ... ]",
};

static int visit(struct tg_cfg_ld *ld, const config_setting_t *s,
		 const struct tg_cfg_key *k, void *base)
{
	if (!kind_ok(s, k->kind))
		return tg_cfg_fail(ld, s, "%s", kind_expect[k->kind]);
	ld->seen[k - tg_cfg_keys] = true;
	if (k->kind == TG_KT_GROUP)
		return tg_cfg_walk_group(ld, s, k->path, base);
	return k->parse(ld, s, k, base);
}

/* Rows directly under kp that are required and absent from grp. */
static int check_required(struct tg_cfg_ld *ld, const config_setting_t *grp,
			  const char *kp)
{
	size_t kl = strlen(kp);

	for (size_t i = 0; i < tg_cfg_n_keys; i++) {
		const struct tg_cfg_key *k = &tg_cfg_keys[i];
		const char *name = k->path + (kl ? kl + 1 : 0);

		if (!k->required || (kl && (strncmp(k->path, kp, kl) || k->path[kl] != '.')))
			continue;
		if (strchr(name, '.'))
			continue; /* deeper row */
		if (!config_setting_get_member(grp, name))
			return fail_missing(ld, grp, name, k->kind == TG_KT_GROUP);
	}
	return 0;
}

/* Edit distance, capped: enough to spot a typo in a key name. */
static unsigned distance(const char *a, const char *b)
{
	unsigned row[40], n = (unsigned)strlen(b);

	if (n >= 40 || strlen(a) >= 40)
		return 99;
	for (unsigned j = 0; j <= n; j++)
		row[j] = j;
	for (unsigned i = 1; a[i - 1]; i++) {
		unsigned diag = row[0];

		row[0] = i;
		for (unsigned j = 1; j <= n; j++) {
			unsigned up = row[j];
			unsigned best = diag + (a[i - 1] != b[j - 1]);

			best = up + 1 < best ? up + 1 : best;
			row[j] = row[j - 1] + 1 < best ? row[j - 1] + 1 : best;
			diag = up;
		}
	}
	return row[n];
}

/* "unknown key", naming the sibling key it most likely meant. */
static int unknown_key(struct tg_cfg_ld *ld, const config_setting_t *s,
		       const char *kp)
{
	size_t kl = strlen(kp);
	const char *best = NULL;
	unsigned best_d = 3; /* suggest only within 2 edits */

	for (size_t i = 0; i < tg_cfg_n_keys; i++) {
		const char *p = tg_cfg_keys[i].path;
		const char *name = p + (kl ? kl + 1 : 0);
		unsigned d;

		if ((kl && (strncmp(p, kp, kl) || p[kl] != '.')) || strchr(name, '.'))
			continue;
		d = distance(config_setting_name(s), name);
		if (d < best_d)
			best_d = d, best = name;
	}
	if (best)
		return tg_cfg_fail(ld, s, "unknown key; did you mean %s?", best);
	return tg_cfg_fail(ld, s, "unknown key");
}

int tg_cfg_walk_group(struct tg_cfg_ld *ld, const config_setting_t *grp,
		      const char *kp, void *base)
{
	int n = config_setting_length(grp);

	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(grp, (unsigned)i);
		char path[TG_CFG_PATH];
		const struct tg_cfg_key *k;

		snprintf(path, sizeof(path), "%s%s%s", kp, *kp ? "." : "",
			 config_setting_name(s));
		k = find_key(path);
		if (!k)
			return unknown_key(ld, s, kp);
		if (visit(ld, s, k, base))
			return -1;
	}
	return check_required(ld, grp, kp);
}

/* ---- 32-bit integer pre-pass ------------------------------------------------ */

/*
 * libconfig 1.5 stores an integer literal without an L suffix in an int and
 * silently truncates (5000000000 reads as 705032704). Scan the text for such
 * literals, skipping strings and comments, before trusting any value.
 */
static const char *skip_comment(const char *p, int *line)
{
	if (*p == '#' || (p[0] == '/' && p[1] == '/'))
		return p + strcspn(p, "\n");
	for (p += 2; *p && !(p[0] == '*' && p[1] == '/'); p++)
		*line += *p == '\n';
	return *p ? p + 2 : p;
}

static const char *skip_string(const char *p, int *line)
{
	for (p++; *p && *p != '"'; p++) {
		*line += *p == '\n';
		if (*p == '\\' && p[1])
			p++;
	}
	return *p ? p + 1 : p;
}

/* 0 if the number token [p, end) is a float, has an L suffix or fits. */
static int int_overflows(const char *p, const char *end)
{
	char tok[64];
	size_t n = (size_t)(end - p);
	bool hex;
	char *e;

	if (n >= sizeof(tok))
		return 1;
	memcpy(tok, p, n);
	tok[n] = 0;
	hex = strstr(tok, "0x") || strstr(tok, "0X");
	if (end[-1] == 'L' || (!hex && strpbrk(tok, ".eE")))
		return 0;
	errno = 0;
	if (hex) {
		unsigned long long u = strtoull(tok + (tok[0] == '-' || tok[0] == '+'), &e, 16);
		return errno || u > 0x7fffffffULL;
	}
	long long v = strtoll(tok, &e, 10);
	return errno || v > 2147483647LL || v < -2147483648LL;
}

static int scan_text(struct tg_cfg_ld *ld, const char *file, const char *p)
{
	int line = 1;

	while (*p) {
		const char *start = p;

		if (*p == '\n') {
			line++, p++;
		} else if (*p == '#' || (p[0] == '/' && (p[1] == '/' || p[1] == '*'))) {
			p = skip_comment(p, &line);
		} else if (*p == '"') {
			p = skip_string(p, &line);
		} else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '*') {
			p += strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-*");
		} else if ((*p >= '0' && *p <= '9') ||
			   ((*p == '-' || *p == '+') && p[1] >= '0' && p[1] <= '9')) {
			p += 1 + strspn(p + 1, "0123456789abcdefABCDEFxX.+-L");
			if (int_overflows(start, p)) {
				char got[72];

				snprintf(got, sizeof(got), "%.*s", (int)(p - start > 64 ? 64 : p - start), start);
				return tg_cfg_fail_raw(ld, file, line, "(syntax)", got,
						       "integer does not fit in 32 bits");
			}
		} else {
			p++;
		}
	}
	return 0;
}

int tg_cfg_scan_ints(struct tg_cfg_ld *ld, const char *file)
{
	FILE *f = fopen(file, "r");
	char *text = NULL;
	size_t cap = 0, n = 0;
	int rc;

	if (!f)
		return tg_cfg_fail_raw(ld, file, 0, "(file)", strerror(errno),
				       "cannot open the configuration file");
	for (;;) {
		if (n + 4096 + 1 > cap) {
			char *t = realloc(text, cap = cap * 2 + 8192);

			if (!t) {
				free(text);
				fclose(f);
				return tg_cfg_fail_raw(ld, file, 0, "(file)", "ENOMEM", "out of memory");
			}
			text = t;
		}
		size_t r = fread(text + n, 1, 4096, f);
		n += r;
		if (r < 4096)
			break;
	}
	fclose(f);
	text[n] = 0;
	rc = scan_text(ld, file, text);
	free(text);
	return rc;
}
