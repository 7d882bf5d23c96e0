/*
 * Tailscale identity file (see ts_state.h). JSON with jansson:
 *   {"version":1,"machine_key":"privkey:..","node_key":"privkey:..",
 *    "old_node_key":"privkey:.." (optional),"logged_out":false}
 * Written to a temp file in the same directory with mode 0600, fsync'd,
 * renamed over the old file, then the directory is fsync'd. A file that is
 * not private (group/other bits) is refused on load. Event-loop thread.
 */
#include "ts_state.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crypto.h"
#include "ts_keys.h"

#define STATE_MAX (64 * 1024)

static int path_of(char *out, size_t cap, const char *dir, const char *suffix)
{
	int n = snprintf(out, cap, "%s/%s%s", dir, CP_TS_STATE_FILE, suffix);

	return n < 0 || (size_t)n >= cap ? -ENAMETOOLONG : 0;
}

static int get_key(json_t *o, const char *k, uint8_t out[32], bool required,
		   bool *present, const char *path, char *err, size_t errlen)
{
	json_t *v = json_object_get(o, k);

	*present = false;
	if (!v || json_is_null(v)) {
		if (!required)
			return 0;
		snprintf(err, errlen, "%s: %s missing", path, k);
		return -EINVAL;
	}
	if (!json_is_string(v) ||
	    tg_ts_key_parse(TG_TS_KEY_PRIV, json_string_value(v), json_string_length(v), out) != 0) {
		snprintf(err, errlen, "%s: %s is not privkey:<64 hex>", path, k);
		return -EINVAL;
	}
	*present = true;
	return 0;
}

int cp_ts_state_load(const char *dir, struct cp_ts_state *st, char *err, size_t errlen)
{
	char path[512], *buf = NULL;
	struct stat sb;
	ssize_t n;
	int fd, rc;
	bool present;

	memset(st, 0, sizeof(*st));
	if (path_of(path, sizeof(path), dir, "") < 0) {
		snprintf(err, errlen, "state_dir too long (got %s)", dir);
		return -ENAMETOOLONG;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		rc = -errno;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return rc;
	}
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode) || sb.st_size > STATE_MAX) {
		snprintf(err, errlen, "%s: not a regular file of at most %d bytes", path, STATE_MAX);
		close(fd);
		return -EINVAL;
	}
	if (sb.st_mode & 077) {
		snprintf(err, errlen, "%s: mode %03o lets others read the keys (want 0600)", path,
			 (unsigned)(sb.st_mode & 0777));
		close(fd);
		return -EPERM;
	}
	buf = calloc(1, (size_t)sb.st_size + 1);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	n = read(fd, buf, (size_t)sb.st_size);
	close(fd);
	if (n != sb.st_size) {
		snprintf(err, errlen, "%s: short read", path);
		tg_wipe(buf, (size_t)sb.st_size);
		free(buf);
		return -EIO;
	}
	json_error_t je;
	json_t *j = json_loadb(buf, (size_t)n, 0, &je);
	tg_wipe(buf, (size_t)sb.st_size);
	free(buf);
	if (!json_is_object(j)) {
		snprintf(err, errlen, "%s: not a JSON object (%s)", path, j ? "wrong type" : je.text);
		json_decref(j);
		return -EINVAL;
	}
	rc = get_key(j, "machine_key", st->machine_priv, true, &present, path, err, errlen);
	if (!rc)
		rc = get_key(j, "node_key", st->node_priv, true, &present, path, err, errlen);
	if (!rc)
		rc = get_key(j, "old_node_key", st->old_node_priv, false, &st->has_old_node, path,
			     err, errlen);
	st->logged_out = json_is_true(json_object_get(j, "logged_out"));
	/* jansson keeps the key strings in its own buffers; nothing to wipe
	 * there that we can reach without its internals. */
	json_decref(j);
	if (rc)
		cp_ts_state_wipe(st);
	return rc;
}

int cp_ts_state_save(const char *dir, const struct cp_ts_state *st, char *err,
		     size_t errlen)
{
	char path[512], tmp[512], mk[80], nk[80], ok[80], text[512];
	int fd, rc = 0, n;

	if (path_of(path, sizeof(path), dir, "") < 0 || path_of(tmp, sizeof(tmp), dir, ".tmp") < 0) {
		snprintf(err, errlen, "state_dir too long (got %s)", dir);
		return -ENAMETOOLONG;
	}
	tg_ts_key_format(TG_TS_KEY_PRIV, st->machine_priv, mk, sizeof(mk));
	tg_ts_key_format(TG_TS_KEY_PRIV, st->node_priv, nk, sizeof(nk));
	if (st->has_old_node)
		tg_ts_key_format(TG_TS_KEY_PRIV, st->old_node_priv, ok, sizeof(ok));
	n = snprintf(text, sizeof(text),
		     "{\"version\":1,\"machine_key\":\"%s\",\"node_key\":\"%s\",%s%s%s"
		     "\"logged_out\":%s}\n", mk, nk,
		     st->has_old_node ? "\"old_node_key\":\"" : "", st->has_old_node ? ok : "",
		     st->has_old_node ? "\"," : "", st->logged_out ? "true" : "false");
	tg_wipe(mk, sizeof(mk));
	tg_wipe(nk, sizeof(nk));
	tg_wipe(ok, sizeof(ok));
	(void)mkdir(dir, 0700);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		rc = -errno;
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		goto out;
	}
	if (fchmod(fd, 0600) < 0 || write(fd, text, (size_t)n) != n || fsync(fd) < 0) {
		rc = errno ? -errno : -EIO;
		snprintf(err, errlen, "%s: write failed: %s", tmp, strerror(-rc));
		close(fd);
		unlink(tmp);
		goto out;
	}
	close(fd);
	if (rename(tmp, path) < 0) {
		rc = -errno;
		snprintf(err, errlen, "rename %s -> %s: %s", tmp, path, strerror(errno));
		unlink(tmp);
		goto out;
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
out:
	tg_wipe(text, sizeof(text));
	return rc;
}

int cp_ts_state_open(const char *dir, struct cp_ts_state *st, bool *created,
		     char *err, size_t errlen)
{
	uint8_t pub[32];
	int rc = cp_ts_state_load(dir, st, err, errlen);

	*created = false;
	if (rc != -ENOENT)
		return rc;
	memset(st, 0, sizeof(*st));
	tg_x25519_generate(st->machine_priv, pub);
	tg_x25519_generate(st->node_priv, pub);
	rc = cp_ts_state_save(dir, st, err, errlen);
	if (rc < 0) {
		cp_ts_state_wipe(st);
		return rc;
	}
	*created = true;
	return 0;
}

void cp_ts_state_rotate_node(struct cp_ts_state *st)
{
	uint8_t pub[32];

	memcpy(st->old_node_priv, st->node_priv, 32);
	st->has_old_node = true;
	tg_x25519_generate(st->node_priv, pub);
}

void cp_ts_state_wipe(struct cp_ts_state *st)
{
	tg_wipe(st, sizeof(*st));
}
