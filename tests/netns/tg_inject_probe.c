/*
 * A misbehaving control plane for tests/netns/29-inject-bad.sh: attaches
 * to a live region and writes malformed slots into worker 0's inject ring,
 * one for each check of dataplane/inject.c. Run it only while tailgate-cp
 * is stopped (SIGSTOP): the inject ring has a single producer, the cp, and
 * a stopped cp is not inside an enqueue in any way that matters here (it
 * only enqueues on handshake and timer events, which the test avoids).
 *
 *   tg_inject_probe REGION     prints "queued N" on success
 */
#include <arpa/inet.h>
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

int main(int argc, char **argv)
{
	struct tg_region r;
	struct tg_endpoint v6 = { .family = 6 }, noport = { .family = 4 };
	uint8_t junk[64], badip[40], hs[TG_WG_INITIATION_LEN];
	char err[256];
	int n = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: tg_inject_probe REGION\n");
		return 2;
	}
	if (tg_region_attach(&r, argv[1], NULL, err, sizeof(err)) < 0) {
		fprintf(stderr, "tg_inject_probe: %s\n", err);
		return 1;
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
