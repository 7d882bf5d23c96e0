/*
 * Internals shared by the configuration loader's files (config.c: schema
 * and load; config_walk.c: table walk and error messages; config_check.c:
 * cross-key rules). Not for use outside common/config*.c. Setup path only.
 */
#ifndef TG_CONFIG_INT_H
#define TG_CONFIG_INT_H

#include <libconfig.h>
#include <stdbool.h>
#include <stddef.h>

#include "config.h"

#define TG_CFG_PATH 160    /* longest key path, with list indices */
#define TG_CFG_MAX_CPU 1023
#define TG_CFG_MAX_KEYS 80 /* >= tg_cfg_n_keys (checked at load) */

enum tg_cfg_kind {
	TG_KT_GROUP,  /* { ... }: members are the rows "path.name" */
	TG_KT_LIST,   /* ( { ... }, ... ): members are the rows "path.[].name" */
	TG_KT_STR,
	TG_KT_INT,
	TG_KT_BOOL,
	TG_KT_ARRAY,  /* [ scalar, ... ] */
};

struct tg_cfg_ld;
struct tg_cfg_key;
typedef int tg_cfg_parse_fn(struct tg_cfg_ld *ld, const config_setting_t *s,
			    const struct tg_cfg_key *k, void *base);

/* One schema row. `base` passed to parse is the struct tg_config, or the
 * port / static peer for rows under a list. */
struct tg_cfg_key {
	const char *path;       /* "wireguard.peers.[].endpoint" */
	enum tg_cfg_kind kind;
	bool required;
	long long min, max;     /* value, string length or entry count */
	tg_cfg_parse_fn *parse; /* NULL for groups */
	size_t off, size;       /* field in base (0, 0: parser knows) */
};

extern const struct tg_cfg_key tg_cfg_keys[];
extern const size_t tg_cfg_n_keys;

/* Loader state for one tg_config_load call. */
struct tg_cfg_ld {
	struct tg_config *cfg;
	const char *file;
	char *err;
	size_t errlen;
	config_t lc;
	char include_dir[TG_CFG_STR];
	char file_buf[2 * TG_CFG_STR]; /* an included file's path, for errors */
	bool seen[TG_CFG_MAX_KEYS]; /* row present in the file */
};

/* Record "FILE:LINE: path: what (got VALUE)" for setting s; returns -1. */
int tg_cfg_fail(struct tg_cfg_ld *ld, const config_setting_t *s,
		const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Same with everything explicit; got is printed as is. Returns -1. */
int tg_cfg_fail_raw(struct tg_cfg_ld *ld, const char *file, int line,
		    const char *path, const char *got, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* The path to show for a file libconfig names (NULL: the main file). */
const char *tg_cfg_file_name(struct tg_cfg_ld *ld, const char *libconfig_name);

/* Walk the members of group grp whose schema path is kp ("" for the root). */
int tg_cfg_walk_group(struct tg_cfg_ld *ld, const config_setting_t *grp,
		      const char *kp, void *base);

/* Value of s as the error message shows it ("x", 5, [1, 2], { ... }). */
void tg_cfg_render(const config_setting_t *s, char *buf, size_t len);

/* Whether the row with this path was present in the file. */
bool tg_cfg_seen(const struct tg_cfg_ld *ld, const char *path);

/* Reject integer literals libconfig 1.5 would silently truncate. */
int tg_cfg_scan_ints(struct tg_cfg_ld *ld, const char *file);

/* Cross-key rules and derived defaults, after the walk. */
int tg_cfg_check(struct tg_cfg_ld *ld);

#endif
