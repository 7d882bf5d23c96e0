/*
 * ts_probe: drives our ts2021 client pieces (common/ts_*.c,
 * controlplane/ts_conn.c, controlplane/ts_zstd.c) against a control server
 * over one blocking socket, and prints what happens as lines on stdout:
 *   key mkey:<hex>            GET /key?v=<ver> result
 *   early <json>              EarlyNoise
 *   register <status> <json>  RegisterResponse
 *   lite <status> <len>       non-streaming OmitPeers map update
 *   map <json>                every message of the streaming map poll
 *   logout <status> <json>    after --logout-after N map messages
 *   closed <stream> <code>    the map stream ended
 * Exit 0 when the run completed, 1 on any error (reason on stderr).
 * Test tool only (tests/control/run_interop.sh builds it).
 *
 * Usage: ts_probe --server unix:/path|HOST:PORT --authkey KEY
 *                 [--node-key privkey:..] [--machine-key privkey:..]
 *                 [--logout-after N] [--version V]
 */
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <jansson.h>

#include "crypto.h"
#include "ts_conn.h"
#include "ts_frame.h"
#include "ts_keys.h"
#include "ts_zstd.h"

struct probe {
	struct cp_ts_conn *conn;
	int fd;
	int32_t reg_stream, lite_stream, map_stream, logout_stream;
	int status[4];
	char *body[4];
	size_t body_len[4];
	bool done[4];
	struct tg_ts_map_dec mapdec;
	int map_count, logout_after;
	bool map_closed, failed;
};

static void fail(const char *what, const char *why)
{
	fprintf(stderr, "ts_probe: %s: %s\n", what, why);
	exit(1);
}

static int dial(const char *server)
{
	int fd;

	if (!strncmp(server, "unix:", 5)) {
		struct sockaddr_un sun = { .sun_family = AF_UNIX };
		if (strlen(server + 5) >= sizeof(sun.sun_path))
			fail("server path too long", server);
		strcpy(sun.sun_path, server + 5);
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if (fd < 0 || connect(fd, (struct sockaddr *)&sun, sizeof(sun)) < 0)
			fail(server, strerror(errno));
		return fd;
	}
	char host[256], *port;
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *ai;
	snprintf(host, sizeof(host), "%s", server);
	port = strrchr(host, ':');
	if (!port)
		fail("server must be HOST:PORT or unix:PATH", server);
	*port++ = '\0';
	if (getaddrinfo(host, port, &hints, &ai) != 0)
		fail("cannot resolve", server);
	fd = socket(ai->ai_family, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, ai->ai_addr, ai->ai_addrlen) < 0)
		fail(server, strerror(errno));
	freeaddrinfo(ai);
	return fd;
}

/* GET /key?v=N over plain HTTP; returns the Noise key. */
static void fetch_key(const char *server, int version, uint8_t pub[32])
{
	char req[128], buf[65536];
	size_t n = 0;
	ssize_t r;
	int fd = dial(server);

	snprintf(req, sizeof(req), "GET /key?v=%d HTTP/1.1\r\nHost: control\r\n"
		 "Connection: close\r\n\r\n", version);
	if (write(fd, req, strlen(req)) != (ssize_t)strlen(req))
		fail("write /key", strerror(errno));
	while (n < sizeof(buf) - 1 && (r = read(fd, buf + n, sizeof(buf) - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = '\0';
	close(fd);
	char *body = strstr(buf, "\r\n\r\n");
	if (strncmp(buf, "HTTP/1.1 200", 12) != 0 || !body)
		fail("/key", buf);
	json_error_t jerr;
	json_t *j = json_loads(body + 4, 0, &jerr);
	const char *k = j ? json_string_value(json_object_get(j, "publicKey")) : NULL;
	if (!k || tg_ts_key_parse(TG_TS_KEY_MACHINE, k, strlen(k), pub) != 0)
		fail("/key publicKey", body + 4);
	printf("key %s\n", k);
	json_decref(j);
}

static int slot(struct probe *p, int32_t s)
{
	if (s == p->reg_stream) return 0;
	if (s == p->lite_stream) return 1;
	if (s == p->map_stream) return 2;
	if (s == p->logout_stream) return 3;
	return -1;
}

static void on_early(void *arg, const uint8_t *json, size_t len)
{
	printf("early %.*s\n", (int)len, (const char *)json);
}

static void on_status(void *arg, int32_t s, int status)
{
	struct probe *p = arg;
	int i = slot(p, s);

	if (i >= 0)
		p->status[i] = status;
}

static void map_bytes(struct probe *p, const uint8_t *d, size_t len)
{
	while (len) {
		size_t used;
		int rc = tg_ts_map_dec_feed(&p->mapdec, d, len, &used);
		uint8_t *json;
		size_t jl;

		d += used;
		len -= used;
		if (rc < 0)
			fail("map frame", tg_ts_frame_strerror(rc));
		if (rc == 0)
			continue;
		rc = cp_ts_zstd_decode(p->mapdec.buf, p->mapdec.want, CP_TS_ZSTD_DEFAULT_CAP,
				       &json, &jl);
		if (rc < 0)
			fail("map zstd", strerror(-rc));
		printf("map %s\n", (char *)json);
		free(json);
		tg_ts_map_dec_next(&p->mapdec);
		p->map_count++;
	}
}

static void on_data(void *arg, int32_t s, const uint8_t *d, size_t len)
{
	struct probe *p = arg;
	int i = slot(p, s);

	if (i == 2 && p->status[2] == 200) {
		map_bytes(p, d, len);
		return;
	}
	if (i < 0)
		return;
	p->body[i] = realloc(p->body[i], p->body_len[i] + len + 1);
	memcpy(p->body[i] + p->body_len[i], d, len);
	p->body_len[i] += len;
	p->body[i][p->body_len[i]] = '\0';
}

static void on_close(void *arg, int32_t s, uint32_t code)
{
	struct probe *p = arg;
	int i = slot(p, s);

	if (i < 0)
		return;
	p->done[i] = true;
	if (i == 2) {
		p->map_closed = true;
		printf("closed %d %u\n", s, code);
	}
}

/* One round of I/O: write pending output, read what is there. */
static void pump(struct probe *p)
{
	const uint8_t *out;
	size_t n = cp_ts_conn_output(p->conn, &out);
	struct pollfd pfd = { .fd = p->fd, .events = POLLIN | (n ? POLLOUT : 0) };
	uint8_t buf[16384];

	fflush(stdout);
	if (poll(&pfd, 1, 15000) <= 0)
		fail("poll", "timeout or error");
	if ((pfd.revents & POLLOUT) && n) {
		ssize_t w = write(p->fd, out, n);
		if (w < 0)
			fail("write", strerror(errno));
		cp_ts_conn_consumed(p->conn, (size_t)w);
	}
	if (pfd.revents & (POLLIN | POLLHUP | POLLERR)) {
		ssize_t r = read(p->fd, buf, sizeof(buf));
		if (r < 0)
			fail("read", strerror(errno));
		if (r == 0)
			fail("read", cp_ts_conn_is_dead(p->conn) ?
			     cp_ts_conn_error(p->conn) : "server closed the connection");
		if (cp_ts_conn_recv(p->conn, buf, (size_t)r) < 0)
			fail("connection", cp_ts_conn_error(p->conn));
	}
}

static int32_t post_json(struct probe *p, const char *path, json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT);
	int32_t id = cp_ts_conn_request(p->conn, "POST", path, (uint8_t *)s, strlen(s));

	free(s);
	json_decref(j);
	if (id < 0)
		fail("request", path);
	return id;
}

static json_t *hostinfo(void)
{
	return json_pack("{s:s,s:s,s:s,s:s,s:[s,s],s:{s:i}}",
			 "IPNVersion", "1.98.0-cclient", "BackendLogID", "0123456789abcdef",
			 "OS", "linux", "Hostname", "exit1",
			 "RoutableIPs", "0.0.0.0/0", "::/0", "NetInfo", "PreferredDERP", 900);
}

static json_t *register_req(int version, const char *nk, const char *auth,
			    const char *expiry)
{
	return json_pack("{s:i,s:s,s:s,s:s,s:{s:s},s:s,s:s,s:o,s:n}",
			 "Version", version, "NodeKey", nk,
			 "OldNodeKey", "nodekey:0000000000000000000000000000000000000000000000000000000000000000",
			 "NLKey", "nlpub:0000000000000000000000000000000000000000000000000000000000000000",
			 "Auth", "AuthKey", auth, "Expiry", expiry, "Followup", "",
			 "Hostinfo", hostinfo(), "NodeKeySignature");
}

static void key_arg(const char *text, uint8_t out[32])
{
	if (tg_ts_key_parse(TG_TS_KEY_PRIV, text, strlen(text), out) != 0)
		fail("bad private key (want privkey:<64 hex>)", text);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "server", required_argument, NULL, 's' },
		{ "authkey", required_argument, NULL, 'a' },
		{ "node-key", required_argument, NULL, 'n' },
		{ "machine-key", required_argument, NULL, 'm' },
		{ "logout-after", required_argument, NULL, 'l' },
		{ "version", required_argument, NULL, 'v' },
		{ 0 }
	};
	const char *server = NULL, *auth = "";
	uint8_t mpriv[32], npriv[32], npub[32], ctrl[32], eph[32], dpriv[32], dpub[32];
	char nk[80], dk[80];
	int version = 145, c;
	struct probe p = { .reg_stream = -1, .lite_stream = -1, .map_stream = -1,
			   .logout_stream = -1, .logout_after = 1 << 30 };

	if (tg_crypto_init() != 0)
		fail("init", "crypto");
	tg_random(mpriv, 32);
	tg_random(npriv, 32);
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 's': server = optarg; break;
		case 'a': auth = optarg; break;
		case 'n': key_arg(optarg, npriv); break;
		case 'm': key_arg(optarg, mpriv); break;
		case 'l': p.logout_after = atoi(optarg); break;
		case 'v': version = atoi(optarg); break;
		default: fail("usage", "see the comment at the top of ts_probe.c");
		}
	}
	if (!server)
		fail("usage", "--server is required");
	setvbuf(stdout, NULL, _IOLBF, 0);
	tg_x25519_public(npub, npriv);
	tg_ts_key_format(TG_TS_KEY_NODE, npub, nk, sizeof(nk));
	tg_x25519_generate(dpriv, dpub);
	tg_ts_key_format(TG_TS_KEY_DISCO, dpub, dk, sizeof(dk));
	fetch_key(server, version, ctrl);

	tg_random(eph, 32);
	struct cp_ts_conn_params prm = { (uint16_t)version, mpriv, ctrl, eph, "control.test" };
	struct cp_ts_conn_cbs cbs = { on_early, on_status, on_data, on_close };
	if (cp_ts_conn_new(&p.conn, &prm, &cbs, &p) != 0)
		fail("conn", "setup");
	tg_wipe(eph, 32);
	tg_ts_map_dec_init(&p.mapdec, 16u << 20);
	p.fd = dial(server);

	p.reg_stream = post_json(&p, "/machine/register",
				 register_req(version, nk, auth, "0001-01-01T00:00:00Z"));
	while (!p.done[0])
		pump(&p);
	printf("register %d %s\n", p.status[0], p.body[0] ? p.body[0] : "");
	if (p.status[0] != 200)
		return 1;

	p.lite_stream = post_json(&p, "/machine/map", json_pack(
		"{s:i,s:s,s:b,s:s,s:s,s:b,s:o,s:[s],s:[i],s:b}",
		"Version", version, "Compress", "zstd", "KeepAlive", 1, "NodeKey", nk,
		"DiscoKey", dk, "Stream", 0, "Hostinfo", hostinfo(),
		"Endpoints", "203.0.113.7:41641", "EndpointTypes", 2, "OmitPeers", 1));
	while (!p.done[1])
		pump(&p);
	printf("lite %d %zu\n", p.status[1], p.body_len[1]);

	p.map_stream = post_json(&p, "/machine/map", json_pack(
		"{s:i,s:s,s:b,s:s,s:s,s:b,s:o}",
		"Version", version, "Compress", "zstd", "KeepAlive", 1, "NodeKey", nk,
		"DiscoKey", dk, "Stream", 1, "Hostinfo", hostinfo()));
	while (!p.map_closed) {
		pump(&p);
		if (p.map_count >= p.logout_after && p.logout_stream < 0)
			p.logout_stream = post_json(&p, "/machine/register",
				register_req(version, nk, auth, "1970-01-01T00:02:03Z"));
	}
	if (p.status[2] != 200)
		printf("map-status %d %s\n", p.status[2], p.body[2] ? p.body[2] : "");
	if (p.logout_stream >= 0) {
		while (!p.done[3])
			pump(&p);
		printf("logout %d %s\n", p.status[3], p.body[3] ? p.body[3] : "");
	}
	tg_ts_map_dec_free(&p.mapdec);
	cp_ts_conn_free(p.conn);
	close(p.fd);
	for (int i = 0; i < 4; i++)
		free(p.body[i]);
	return 0;
}
