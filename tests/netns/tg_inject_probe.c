/*
 * A misbehaving control plane for tests/netns/29-inject-bad.sh and
 * 31-filter-missing.sh: attaches to a live region and writes what a buggy
 * cp could. Run it only while tailgate-cp is stopped (SIGSTOP): the cp is
 * the single writer of the inject rings, the netcfg and the filter, and a
 * stopped cp is not inside a write in any way that matters here (it only
 * writes on handshake, timer and config events, which the tests avoid).
 *
 *   tg_inject_probe REGION inject   malformed slots into worker 0's inject
 *                                   ring, one per check of dataplane/inject.c;
 *                                   prints "queued N"
 *   tg_inject_probe REGION filter   netcfg says a filter is required, and the
 *                                   filter copy holds junk; prints
 *                                   "filter required, junk published"
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "region.h"
#include "wg_wire.h"

static int put(struct tg_ring *ring, uint16_t kind, uint32_t peer, const struct tg_endpoint *dst,
	       const void *data, uint16_t len)
{
	struct tg_ring_meta m;

	memset(&m, 0, sizeof(m));
	m.kind = kind;
	m.len = len;
	m.peer = peer;
	if (dst)
		m.dst = *dst;
	return tg_ring_enqueue(ring, &m, data);
}

static int filter_junk(struct tg_region *r)
{
	struct tg_netcfg *n = tg_netcfg_stage(r);
	size_t cap = 0;
	uint8_t *f;
	int rc;

	if (!n)
		return -EBUSY;
	n->flags |= TG_NETCFG_F_FILTER;
	if ((rc = tg_netcfg_commit(r, 1000000000ull)) < 0)
		return rc;
	f = tg_filter_stage(r, &cap);
	if (!f || cap < 256)
		return -ENOSPC;
	memset(f, 0xa5, 256);
	return tg_filter_commit(r, 256, 1000000000ull);
}

int main(int argc, char **argv)
{
	struct tg_region r;
	struct tg_endpoint v6 = { .family = 6 }, noport = { .family = 4 };
	uint8_t junk[64], badip[40], hs[TG_WG_INITIATION_LEN];
	char err[256];
	int n = 0;

	if (argc != 3 || (strcmp(argv[2], "inject") && strcmp(argv[2], "filter"))) {
		fprintf(stderr, "usage: tg_inject_probe REGION inject|filter\n");
		return 2;
	}
	if (tg_region_attach(&r, argv[1], NULL, err, sizeof(err)) < 0) {
		fprintf(stderr, "tg_inject_probe: %s\n", err);
		return 1;
	}
	if (!strcmp(argv[2], "filter")) {
		int rc = filter_junk(&r);

		tg_region_detach(&r);
		if (rc < 0) {
			fprintf(stderr, "tg_inject_probe: filter: %s\n", strerror(-rc));
			return 1;
		}
		printf("filter required, junk published\n");
		return 0;
	}
	struct tg_ring *ring = tg_region_inject(&r, 0);

	memset(junk, 0x5a, sizeof(junk));
	inet_pton(AF_INET6, "2001:db8::99", v6.addr);
	v6.port = htons(9);
	inet_pton(AF_INET, "192.0.2.99", noport.addr);
	memset(badip, 0, sizeof(badip));
	badip[0] = 0x55; /* version 5 */
	badip[3] = sizeof(badip);
	memset(hs, 0, sizeof(hs));
	hs[0] = MESSAGE_HANDSHAKE_INITIATION;

	n += put(ring, 99, TG_NONE, NULL, junk, sizeof(junk)) == 0;             /* unknown kind */
	n += put(ring, TG_INJECT_TX, TG_NONE, &v6, junk, sizeof(junk)) == 0;     /* TX to IPv6 */
	n += put(ring, TG_INJECT_TX, TG_NONE, &noport, junk, sizeof(junk)) == 0; /* TX to port 0 */
	n += put(ring, TG_INJECT_ENCRYPT, TG_NONE, NULL, badip, sizeof(badip)) == 0; /* no peer */
	n += put(ring, TG_INJECT_ENCRYPT, 0, NULL, badip, sizeof(badip)) == 0;   /* bad IPv4 header */
	n += put(ring, TG_INJECT_DECRYPT, TG_NONE, NULL, hs, sizeof(hs)) == 0;   /* not a data message */
	tg_region_detach(&r);
	printf("queued %d\n", n);
	return n == 6 ? 0 : 1;
}
