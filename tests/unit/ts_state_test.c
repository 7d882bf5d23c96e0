/*
 * Tailscale state file (controlplane/ts_state.c): created with fresh keys
 * and mode 0600, reloaded byte-identical, rotation kept, atomic replace (a
 * stale temp file never shadows the real one, no temp file is left), a
 * group/other-readable file or a malformed one is refused, request bodies
 * (ts_req.c) carry the keys in their text forms.
 */
#include <CUnit/CUnit.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crypto.h"
#include "test_util.h"
#include "ts_keys.h"
#include "ts_req.h"
#include "ts_state.h"

void ts_state_test_register(void);

static char dir[64];

static int setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/tgtc-state-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int cleanup(void)
{
	char p[128];

	snprintf(p, sizeof(p), "%s/%s", dir, CP_TS_STATE_FILE);
	unlink(p);
	snprintf(p, sizeof(p), "%s/%s.tmp", dir, CP_TS_STATE_FILE);
	unlink(p);
	rmdir(dir);
	return 0;
}

static void path(char *out, size_t cap, const char *suffix)
{
	snprintf(out, cap, "%s/%s%s", dir, CP_TS_STATE_FILE, suffix);
}

static void write_file(const char *p, const char *text, mode_t mode)
{
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, mode);

	CU_ASSERT_FATAL(fd >= 0);
	CU_ASSERT(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	fchmod(fd, mode);
	close(fd);
}

static void test_create_reload(void)
{
	struct cp_ts_state a, b;
	char err[256], p[128];
	bool created;
	struct stat sb;

	cleanup();
	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT(cp_ts_state_load(dir, &a, err, sizeof(err)) == -ENOENT);
	CU_ASSERT_FATAL(cp_ts_state_open(dir, &a, &created, err, sizeof(err)) == 0);
	CU_ASSERT(created);
	path(p, sizeof(p), "");
	CU_ASSERT_FATAL(stat(p, &sb) == 0);
	CU_ASSERT((sb.st_mode & 0777) == 0600);
	path(p, sizeof(p), ".tmp");
	CU_ASSERT(access(p, F_OK) < 0);
	CU_ASSERT(memcmp(a.machine_priv, a.node_priv, 32) != 0);
	CU_ASSERT_FATAL(cp_ts_state_open(dir, &b, &created, err, sizeof(err)) == 0);
	CU_ASSERT(!created);
	CU_ASSERT(!memcmp(a.machine_priv, b.machine_priv, 32));
	CU_ASSERT(!memcmp(a.node_priv, b.node_priv, 32));
	CU_ASSERT(!b.has_old_node && !b.logged_out);

	/* Rotation: old key kept until the caller clears it. */
	cp_ts_state_rotate_node(&b);
	CU_ASSERT(b.has_old_node && !memcmp(b.old_node_priv, a.node_priv, 32));
	CU_ASSERT(memcmp(b.node_priv, a.node_priv, 32) != 0);
	b.logged_out = true;
	/* A stale temp file from a crash is simply replaced. */
	path(p, sizeof(p), ".tmp");
	write_file(p, "garbage", 0644);
	CU_ASSERT_FATAL(cp_ts_state_save(dir, &b, err, sizeof(err)) == 0);
	CU_ASSERT(access(p, F_OK) < 0);
	CU_ASSERT_FATAL(cp_ts_state_load(dir, &a, err, sizeof(err)) == 0);
	CU_ASSERT(a.has_old_node && a.logged_out);
	CU_ASSERT(!memcmp(a.node_priv, b.node_priv, 32));
	CU_ASSERT(!memcmp(a.old_node_priv, b.old_node_priv, 32));
	path(p, sizeof(p), "");
	CU_ASSERT(stat(p, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	cp_ts_state_wipe(&a);
	cp_ts_state_wipe(&b);
}

static void test_refuse(void)
{
	struct cp_ts_state st;
	char err[256], p[128], good[512];
	bool created;

	cleanup();
	CU_ASSERT_FATAL(setup() == 0);
	CU_ASSERT_FATAL(cp_ts_state_open(dir, &st, &created, err, sizeof(err)) == 0);
	path(p, sizeof(p), "");
	FILE *f = fopen(p, "r");
	CU_ASSERT_FATAL(f != NULL);
	size_t n = fread(good, 1, sizeof(good) - 1, f);
	good[n] = '\0';
	fclose(f);
	/* Readable by others: refused, the message names the mode. */
	chmod(p, 0644);
	CU_ASSERT(cp_ts_state_load(dir, &st, err, sizeof(err)) == -EPERM);
	CU_ASSERT(strstr(err, "644") != NULL);
	static const char *const bad[] = {
		"", "[]", "{", "{\"machine_key\":\"privkey:00\",\"node_key\":\"privkey:00\"}",
		"{\"node_key\":\"privkey:0000000000000000000000000000000000000000000000000000000000000000\"}",
		"{\"machine_key\":7,\"node_key\":\"privkey:0000000000000000000000000000000000000000000000000000000000000000\"}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		write_file(p, bad[i], 0600);
		CU_ASSERT(cp_ts_state_load(dir, &st, err, sizeof(err)) == -EINVAL);
	}
	/* open() never overwrites a bad file with fresh keys. */
	CU_ASSERT(cp_ts_state_open(dir, &st, &created, err, sizeof(err)) == -EINVAL);
	write_file(p, good, 0600);
	CU_ASSERT(cp_ts_state_load(dir, &st, err, sizeof(err)) == 0);
	cp_ts_state_wipe(&st);
}

static void test_requests(void)
{
	uint8_t np[32], dp[32], op[32];
	char t[TG_TS_KEY_MAX_TEXT];
	const char *tags[] = { "tag:exit" };
	struct cp_ts_hostinfo hi = { "exit1", "0123", tags, 1 };

	memset(np, 0x11, 32);
	memset(dp, 0x22, 32);
	memset(op, 0x33, 32);
	struct cp_ts_register r = { .node_pub = np, .old_node_pub = op, .auth_key = "tskey-auth-X",
				    .expiry = CP_TS_LOGOUT_TIME, .ephemeral = true, .hi = &hi };
	char *s = cp_ts_req_register(&r);
	json_t *j = json_loads(s, 0, NULL);
	CU_ASSERT_FATAL(j != NULL);
	tg_ts_key_format(TG_TS_KEY_NODE, np, t, sizeof(t));
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "NodeKey")), t);
	tg_ts_key_format(TG_TS_KEY_NODE, op, t, sizeof(t));
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "OldNodeKey")), t);
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "Expiry")), "1970-01-01T00:02:03Z");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(json_object_get(j, "Auth"), "AuthKey")),
			       "tskey-auth-X");
	CU_ASSERT(json_is_true(json_object_get(j, "Ephemeral")));
	CU_ASSERT(json_is_null(json_object_get(j, "NodeKeySignature")));
	json_t *h = json_object_get(j, "Hostinfo");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(h, "Hostname")), "exit1");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_array_get(json_object_get(h, "RequestTags"), 0)),
			       "tag:exit");
	CU_ASSERT(json_array_size(json_object_get(h, "RoutableIPs")) == 2);
	json_decref(j);
	free(s);
	/* No auth key, no old key: Auth omitted, zero OldNodeKey, zero expiry. */
	struct cp_ts_register r2 = { .node_pub = np, .hi = &hi };
	s = cp_ts_req_register(&r2);
	j = json_loads(s, 0, NULL);
	CU_ASSERT(json_object_get(j, "Auth") == NULL);
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "OldNodeKey")),
			       "nodekey:0000000000000000000000000000000000000000000000000000000000000000");
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "Expiry")), CP_TS_ZERO_TIME);
	json_decref(j);
	free(s);
	const char *eps[] = { "203.0.113.1:41641" };
	s = cp_ts_req_map_lite(np, dp, &hi, eps, 1);
	j = json_loads(s, 0, NULL);
	CU_ASSERT(json_is_false(json_object_get(j, "Stream")));
	CU_ASSERT(json_is_true(json_object_get(j, "OmitPeers")));
	CU_ASSERT_STRING_EQUAL(json_string_value(json_array_get(json_object_get(j, "Endpoints"), 0)),
			       "203.0.113.1:41641");
	tg_ts_key_format(TG_TS_KEY_DISCO, dp, t, sizeof(t));
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "DiscoKey")), t);
	json_decref(j);
	free(s);
	s = cp_ts_req_map_stream(np, dp, &hi);
	j = json_loads(s, 0, NULL);
	CU_ASSERT(json_is_true(json_object_get(j, "Stream")));
	CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(j, "Compress")), "zstd");
	CU_ASSERT(json_is_true(json_object_get(j, "KeepAlive")));
	json_decref(j);
	free(s);
}

void ts_state_test_register(void)
{
	TG_ADD_SUITE("ts_state", setup, cleanup,
		     { "create, reload, rotate, atomic replace", test_create_reload },
		     { "refuse public or malformed files", test_refuse },
		     { "register/map request bodies", test_requests });
}
