/*
 * wg_hs_probe: a minimal WireGuard peer built only from our protocol core
 * (common/noise.c, cookie.c, crypto.c) and a UDP socket, used by
 * tests/netns/wg_handshake_interop.sh to prove the handshake and transport
 * keys interoperate with wireguard-go (an implementation we did not write)
 * before the dataplane exists. Not part of the product; the script compiles
 * it against build/libtgcommon.a.
 *
 *   wg_hs_probe initiate|respond|respond-cookie PRIV_B64 PEER_PUB_B64 BIND_PORT PEER_IP
 *               PEER_PORT OUR_TUN_IP PEER_TUN_IP
 *
 * initiate: handshake to the peer, send an ICMP echo request through the
 * tunnel, expect the echo reply. respond: wait for the peer's initiation,
 * answer, expect an ICMP echo request through the tunnel and answer it.
 * respond-cookie: as respond, but first act under load: answer the
 * initiation with a cookie reply and require the retry's mac2 to verify.
 * Prints "OK ..." and exits 0 on success; exits 1 with a reason otherwise.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "cookie.h"
#include "crypto.h"
#include "noise.h"

static struct tg_clock clk;
static struct tg_noise_local local;
static struct tg_noise_handshake hs;
static struct tg_cookie_maker maker;
static struct tg_cookie_checker checker;
static struct tg_noise_keypair kp;
static int fd;
static struct sockaddr_in peer;
static uint32_t our_tun, peer_tun;
static uint64_t send_ctr;

static void die(const char *why)
{
	fprintf(stderr, "wg_hs_probe: %s\n", why);
	exit(1);
}

static struct tg_noise_handshake *by_static(void *ctx, const uint8_t pub[32])
{
	return memcmp(pub, hs.remote_static, 32) == 0 ? &hs : NULL;
}

static struct tg_noise_handshake *by_index(void *ctx, uint32_t idx)
{
	return idx == hs.local_index ? &hs : NULL;
}

static ssize_t rx(uint8_t *buf, size_t cap, struct sockaddr_in *from)
{
	socklen_t fl = sizeof(*from);
	ssize_t n = recvfrom(fd, buf, cap, 0, (struct sockaddr *)from, &fl);

	if (n < 0)
		die("timed out waiting for the peer");
	return n;
}

static void tx(const void *buf, size_t len)
{
	if (sendto(fd, buf, len, 0, (struct sockaddr *)&peer, sizeof(peer)) != (ssize_t)len)
		die("sendto failed");
}

static uint16_t csum(const uint8_t *p, size_t len)
{
	uint32_t s = 0;

	for (size_t i = 0; i + 1 < len; i += 2)
		s += (uint32_t)p[i] << 8 | p[i + 1];
	if (len & 1)
		s += (uint32_t)p[len - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

/* IPv4 + ICMP echo (type 8 request / 0 reply); returns length. */
static size_t icmp_packet(uint8_t *p, uint8_t type, uint32_t src, uint32_t dst,
			  uint16_t id, uint16_t seq)
{
	static const char payload[] = "tailgate-interop";
	size_t ilen = 8 + sizeof(payload) - 1, len = 20 + ilen;
	uint16_t c;

	memset(p, 0, len);
	p[0] = 0x45;
	p[2] = (uint8_t)(len >> 8);
	p[3] = (uint8_t)len;
	p[8] = 64;
	p[9] = 1;
	memcpy(p + 12, &src, 4);
	memcpy(p + 16, &dst, 4);
	c = csum(p, 20);
	p[10] = (uint8_t)(c >> 8);
	p[11] = (uint8_t)c;
	p[20] = type;
	p[24] = (uint8_t)(id >> 8);
	p[25] = (uint8_t)id;
	p[26] = (uint8_t)(seq >> 8);
	p[27] = (uint8_t)seq;
	memcpy(p + 28, payload, sizeof(payload) - 1);
	c = csum(p + 20, ilen);
	p[22] = (uint8_t)(c >> 8);
	p[23] = (uint8_t)c;
	return len;
}

static void send_data(const uint8_t *pkt, size_t len)
{
	uint8_t msg[16 + 1500 + 16], plain[1500];
	size_t padded = (len + 15) & ~(size_t)15;

	memset(plain, 0, padded);
	memcpy(plain, pkt, len);
	memset(msg, 0, 16);
	msg[0] = MESSAGE_DATA;
	tg_le32_put(msg + 4, kp.remote_index);
	tg_le64_put(msg + 8, send_ctr);
	tg_aead->seal(msg + 16, plain, padded, send_ctr++, kp.send_key);
	tx(msg, 16 + padded + 16);
}

/* Next data message with an ICMP packet of `type`; keepalives skipped. */
static void recv_icmp(uint8_t type, uint16_t *id, uint16_t *seq)
{
	uint8_t buf[2048], plain[2048];
	struct sockaddr_in from;

	for (;;) {
		ssize_t n = rx(buf, sizeof(buf), &from);
		uint32_t src;

		if (tg_wg_classify(buf, (size_t)n) != MESSAGE_DATA)
			continue;
		if (tg_le32_get(buf + 4) != kp.local_index)
			die("data message for another receiver index");
		if (tg_aead->open(plain, buf + 16, (size_t)n - 16, tg_le64_get(buf + 8),
				  kp.recv_key))
			die("data message did not decrypt with our keys");
		if (n == TG_WG_DATA_MIN_LEN)
			continue; /* keepalive: authenticated, nothing inside */
		memcpy(&src, plain + 12, 4);
		if ((plain[0] >> 4) != 4 || plain[9] != 1 || plain[20] != type ||
		    src != peer_tun)
			die("decrypted packet is not the expected ICMP packet");
		*id = (uint16_t)(plain[24] << 8 | plain[25]);
		*seq = (uint16_t)(plain[26] << 8 | plain[27]);
		return;
	}
}

static void initiate(void)
{
	struct tg_wg_initiation init;
	struct tg_noise_handshake *got;
	struct sockaddr_in from;
	uint8_t buf[2048], pkt[128];
	uint16_t id, seq;
	ssize_t n;

	if (tg_noise_create_initiation(&local, &hs, tg_noise_random_index(NULL, NULL),
				       &clk, &init))
		die("cannot create initiation");
	tg_cookie_add_macs(&maker, (uint8_t *)&init, sizeof(init), &clk);
	tx(&init, sizeof(init));
	do
		n = rx(buf, sizeof(buf), &from);
	while (tg_wg_classify(buf, (size_t)n) != MESSAGE_HANDSHAKE_RESPONSE);
	if (tg_cookie_validate(&checker, buf, (size_t)n, NULL, false, &clk) !=
	    TG_COOKIE_MAC1_OK)
		die("response mac1 invalid");
	if (tg_noise_consume_response(&local, buf, (size_t)n, by_index, NULL, &got))
		die("response rejected by noise");
	if (tg_noise_derive_keypair(&hs, &clk, &kp))
		die("key derivation failed");
	send_data(pkt, icmp_packet(pkt, 8, our_tun, peer_tun, 0x4242, 1));
	recv_icmp(0, &id, &seq);
	if (id != 0x4242 || seq != 1)
		die("echo reply id/seq mismatch");
	printf("OK initiator: handshake with peer, echo reply decrypted\n");
}

static ssize_t rx_initiation(uint8_t *buf, size_t cap)
{
	ssize_t n;

	do
		n = rx(buf, cap, &peer);
	while (tg_wg_classify(buf, (size_t)n) != MESSAGE_HANDSHAKE_INITIATION);
	return n;
}

static void src_of_peer(struct tg_cookie_src *s)
{
	memset(s, 0, sizeof(*s));
	s->family = 4;
	memcpy(s->addr, &peer.sin_addr, 4);
	s->port = peer.sin_port;
}

/* Act under load: answer the first initiation with a cookie reply; the
 * peer's retry must carry a mac2 our checker accepts. */
static ssize_t cookie_round(uint8_t *buf, size_t cap)
{
	struct tg_wg_cookie_reply r;
	struct tg_cookie_src s;
	ssize_t n = rx_initiation(buf, cap);

	src_of_peer(&s);
	if (tg_cookie_validate(&checker, buf, (size_t)n, &s, true, &clk) !=
	    TG_COOKIE_MAC1_OK)
		die("first initiation: expected valid mac1 and no valid mac2");
	tg_cookie_reply_create(&checker, &r, buf, (size_t)n, &s, &clk);
	tx(&r, sizeof(r));
	n = rx_initiation(buf, cap);
	src_of_peer(&s);
	if (tg_cookie_validate(&checker, buf, (size_t)n, &s, true, &clk) !=
	    TG_COOKIE_MAC2_OK)
		die("retry after our cookie reply has no valid mac2");
	printf("OK cookie: peer consumed our cookie reply, its retry carries a valid mac2\n");
	return n;
}

static void respond(bool with_cookie)
{
	struct tg_wg_response resp;
	struct tg_noise_handshake *got;
	uint8_t buf[2048], pkt[128];
	uint16_t id, seq;
	ssize_t n;

	if (with_cookie)
		n = cookie_round(buf, sizeof(buf));
	else
		n = rx_initiation(buf, sizeof(buf));
	if (tg_cookie_validate(&checker, buf, (size_t)n, NULL, false, &clk) !=
	    TG_COOKIE_MAC1_OK)
		die("initiation mac1 invalid");
	if (tg_noise_consume_initiation(&local, buf, (size_t)n, by_static, NULL, &clk,
					&got))
		die("initiation rejected by noise");
	if (tg_noise_create_response(&hs, tg_noise_random_index(NULL, NULL), &resp))
		die("cannot create response");
	tg_cookie_add_macs(&maker, (uint8_t *)&resp, sizeof(resp), &clk);
	if (tg_noise_derive_keypair(&hs, &clk, &kp))
		die("key derivation failed");
	tx(&resp, sizeof(resp));
	recv_icmp(8, &id, &seq);
	send_data(pkt, icmp_packet(pkt, 0, our_tun, peer_tun, id, seq));
	printf("OK responder: peer's initiation accepted, echo request decrypted, reply sent\n");
}

int main(int argc, char **argv)
{
	uint8_t priv[32], ppub[32];
	struct sockaddr_in me = { .sin_family = AF_INET };
	struct timeval tv = { .tv_sec = 12 };

	if (argc != 9)
		die("usage: initiate|respond PRIV PEER_PUB BIND_PORT PEER_IP PEER_PORT OUR_TUN PEER_TUN");
	if (tg_crypto_init())
		die("crypto init");
	clk = TG_CLOCK_SYSTEM;
	if (tg_key_from_base64(priv, argv[2]) || tg_key_from_base64(ppub, argv[3]))
		die("bad key");
	tg_noise_local_set(&local, priv);
	tg_wipe(priv, 32);
	tg_noise_handshake_init(&hs, &local, ppub, NULL);
	tg_cookie_maker_init(&maker, ppub);
	tg_cookie_checker_init(&checker, local.pub);
	peer.sin_family = AF_INET;
	peer.sin_port = htons((uint16_t)atoi(argv[6]));
	if (inet_pton(AF_INET, argv[5], &peer.sin_addr) != 1 ||
	    inet_pton(AF_INET, argv[7], &our_tun) != 1 ||
	    inet_pton(AF_INET, argv[8], &peer_tun) != 1)
		die("bad address");
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	me.sin_port = htons((uint16_t)atoi(argv[4]));
	if (fd < 0 || bind(fd, (struct sockaddr *)&me, sizeof(me)) ||
	    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)))
		die("socket");
	if (!strcmp(argv[1], "initiate"))
		initiate();
	else if (!strcmp(argv[1], "respond"))
		respond(false);
	else if (!strcmp(argv[1], "respond-cookie"))
		respond(true);
	else
		die("mode must be initiate or respond");
	return 0;
}
