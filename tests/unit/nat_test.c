/* NAT: EIM mappings, return path, timeouts on an injected clock, ICMP
 * echo and error translation (RFC 5508), MSS clamp, exhaustion and
 * table-full, all against the naive oracle with checksums recomputed
 * independently (tests/oracle). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nat.h"
#include "oracle/oracle.h"
#include "pkt.h"
#include "stages.h"
#include "unit/test_util.h"

#define NS 1000000000ULL
#define EGRESS 0x0a7100cbu /* 203.0.113.10 in memory order (LE host) */

static uint32_t a4(uint8_t a, uint8_t b, uint8_t c, uint8_t d)
{
	uint8_t x[4] = { a, b, c, d };
	uint32_t v;

	memcpy(&v, x, 4);
	return v;
}

/* Build an IPv4 packet with correct checksums (oracle_csum). Returns len. */
static uint16_t build(uint8_t *ip, uint8_t proto, uint32_t src, uint32_t dst,
		      uint16_t sport, uint16_t dport, uint16_t plen, uint8_t flags_or_type)
{
	uint16_t l4h = proto == 6 ? 24 : 8, tot = (uint16_t)(20 + l4h + plen);
	uint8_t *l4 = ip + 20;

	memset(ip, 0, tot);
	ip[0] = 0x45;
	ip[2] = (uint8_t)(tot >> 8);
	ip[3] = (uint8_t)tot;
	ip[6] = 0x40; /* DF */
	ip[8] = 64;
	ip[9] = proto;
	memcpy(ip + 12, &src, 4);
	memcpy(ip + 16, &dst, 4);
	for (uint16_t i = 0; i < plen; i++)
		l4[l4h + i] = (uint8_t)(i * 7 + 1);
	if (proto == 1) {
		l4[0] = flags_or_type;
		dp_put_be16(l4 + 4, sport);
		dp_put_be16(l4 + 6, 1);
		dp_put_be16(l4 + 2, oracle_csum(l4, 8u + plen, 0));
	} else {
		dp_put_be16(l4, sport);
		dp_put_be16(l4 + 2, dport);
		uint32_t ps = 0;
		for (int i = 12; i < 20; i += 2)
			ps += (uint32_t)ip[i] * 256 + ip[i + 1];
		ps += proto + (uint32_t)(l4h + plen);
		if (proto == 17) {
			dp_put_be16(l4 + 4, (uint16_t)(8 + plen));
			dp_put_be16(l4 + 6, oracle_csum(l4, 8u + plen, ps));
		} else {
			l4[12] = 6 << 4; /* 24-byte header: one MSS option */
			l4[13] = flags_or_type;
			l4[20] = 2;
			l4[21] = 4;
			dp_put_be16(l4 + 22, 1460);
			dp_put_be16(l4 + 16, oracle_csum(l4, l4h + plen, ps));
		}
	}
	dp_put_be16(ip + 10, oracle_csum(ip, 20, 0));
	return tot;
}

static void *area;
static size_t area_len;
static struct dp_nat nat;

static int setup_nat(size_t bytes, uint32_t parts, uint16_t lo, uint16_t hi)
{
	free(area);
	area_len = bytes;
	area = calloc(1, bytes);
	CU_ASSERT_EQUAL_FATAL(dp_nat_format(area, bytes, parts, lo, hi, 42), 0);
	CU_ASSERT_EQUAL_FATAL(dp_nat_attach(&nat, area, bytes), 0);
	return 0;
}

static int out(uint8_t *ip, uint16_t len, uint32_t part, uint64_t now, enum tg_drop *why)
{
	enum tg_path path;

	return dp_nat_out(&nat, part, ip, len, EGRESS, 7, now, why, &path);
}

static int in(uint8_t *ip, uint16_t len, uint64_t now, enum tg_drop *why)
{
	bool is_err;
	uint32_t peer;

	return dp_nat_in(&nat, ip, len, EGRESS, now, why, &is_err, &peer);
}

static void test_basic_udp_tcp_icmp(void)
{
	uint8_t p[256], r[256];
	enum tg_drop why;
	uint32_t cli = a4(100, 64, 0, 2), srv = a4(198, 51, 100, 7);
	uint16_t len, ext;

	setup_nat(1 << 20, 1, 40000, 40999);
	/* UDP out */
	len = build(p, 17, cli, srv, 5555, 53, 10, 0);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, 1 * NS, &why), 0);
	CU_ASSERT_EQUAL(dp_raw32(p + 12), EGRESS);
	ext = dp_be16(p + 20);
	CU_ASSERT(ext >= 40000 && ext <= 40999);
	CU_ASSERT(oracle_ip4_csums_ok(p, len));
	/* EIM: another destination, same internal endpoint -> same port */
	len = build(p, 17, cli, a4(198, 51, 100, 8), 5555, 443, 3, 0);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, 2 * NS, &why), 0);
	CU_ASSERT_EQUAL(dp_be16(p + 20), ext);
	/* reply */
	len = build(r, 17, srv, EGRESS, 53, ext, 20, 0);
	CU_ASSERT_EQUAL_FATAL(in(r, len, 3 * NS, &why), 0);
	CU_ASSERT_EQUAL(dp_raw32(r + 16), cli);
	CU_ASSERT_EQUAL(dp_be16(r + 22), 5555);
	CU_ASSERT(oracle_ip4_csums_ok(r, len));
	/* filtering: unknown remote port, unknown remote address */
	len = build(r, 17, srv, EGRESS, 54, ext, 20, 0);
	CU_ASSERT_EQUAL(in(r, len, 3 * NS, &why), -1);
	CU_ASSERT_EQUAL(why, TG_DROP_nat_no_session);
	len = build(r, 17, a4(192, 0, 2, 1), EGRESS, 53, ext, 20, 0);
	CU_ASSERT_EQUAL(in(r, len, 3 * NS, &why), -1);
	/* UDP checksum 0 stays 0 */
	len = build(p, 17, cli, srv, 6000, 53, 4, 0);
	p[26] = p[27] = 0;
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, 3 * NS, &why), 0);
	CU_ASSERT(p[26] == 0 && p[27] == 0);
	/* TCP SYN + MSS clamp */
	len = build(p, 6, cli, srv, 33000, 80, 0, DP_TCP_F_SYN);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, 4 * NS, &why), 0);
	CU_ASSERT(dp_mss_clamp4(p, len, 1240));
	CU_ASSERT_EQUAL(dp_be16(p + 20 + 22), 1240);
	CU_ASSERT(oracle_ip4_csums_ok(p, len));
	CU_ASSERT(!dp_mss_clamp4(p, len, 1300)); /* already lower */
	/* ICMP echo */
	len = build(p, 1, cli, srv, 0x1234, 0, 16, DP_ICMP_ECHO_REQUEST);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, 5 * NS, &why), 0);
	ext = dp_be16(p + 24);
	CU_ASSERT(ext >= 40000 && ext <= 40999);
	CU_ASSERT(oracle_ip4_csums_ok(p, len));
	len = build(r, 1, srv, EGRESS, ext, 0, 16, DP_ICMP_ECHO_REPLY);
	CU_ASSERT_EQUAL_FATAL(in(r, len, 6 * NS, &why), 0);
	CU_ASSERT_EQUAL(dp_be16(r + 24), 0x1234);
	CU_ASSERT_EQUAL(dp_raw32(r + 16), cli);
	CU_ASSERT(oracle_ip4_csums_ok(r, len));
	/* unsupported */
	len = build(p, 1, cli, srv, 1, 0, 0, 13); /* timestamp request */
	CU_ASSERT_EQUAL(out(p, len, 0, 6 * NS, &why), -1);
	CU_ASSERT_EQUAL(why, TG_DROP_icmp_unsupported);
	len = build(p, 17, cli, srv, 1, 2, 0, 0);
	p[9] = 47; /* GRE */
	CU_ASSERT_EQUAL(out(p, len, 0, 6 * NS, &why), -1);
	CU_ASSERT_EQUAL(why, TG_DROP_nat_unsupported_proto);
}

static void test_icmp_error_translation(void)
{
	uint8_t p[256], e[600];
	enum tg_drop why;
	uint32_t cli = a4(100, 64, 0, 9), srv = a4(198, 51, 100, 9), rtr = a4(192, 0, 2, 254);
	uint16_t len, ext, elen;
	bool is_err;
	uint32_t peer = 0;

	setup_nat(1 << 20, 2, 50000, 50099);
	len = build(p, 17, cli, srv, 7777, 9999, 12, 0);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 1, NS, &why), 0);
	ext = dp_be16(p + 20);
	CU_ASSERT(ext >= 50050 && ext <= 50099); /* partition 1's half */
	/* a router's Time Exceeded quoting the whole translated packet */
	elen = (uint16_t)(20 + 8 + len);
	memset(e, 0, elen);
	e[0] = 0x45;
	dp_put_be16(e + 2, elen);
	e[8] = 60;
	e[9] = 1;
	memcpy(e + 12, &rtr, 4);
	uint32_t eg = EGRESS;
	memcpy(e + 16, &eg, 4);
	dp_put_be16(e + 10, oracle_csum(e, 20, 0));
	e[20] = DP_ICMP_TIME_EXCEEDED;
	memcpy(e + 28, p, len);
	dp_put_be16(e + 22, oracle_csum(e + 20, 8u + len, 0));
	CU_ASSERT_EQUAL_FATAL(dp_nat_in(&nat, e, elen, EGRESS, 2 * NS, &why, &is_err, &peer), 0);
	CU_ASSERT(is_err);
	CU_ASSERT_EQUAL(peer, 7);                     /* the mapping's creator */
	CU_ASSERT_EQUAL(dp_raw32(e + 16), cli);       /* outer dst */
	CU_ASSERT_EQUAL(dp_raw32(e + 28 + 12), cli);  /* quoted src */
	CU_ASSERT_EQUAL(dp_be16(e + 48), 7777);       /* quoted sport */
	CU_ASSERT_EQUAL(dp_raw32(e + 28 + 16), srv);
	CU_ASSERT(oracle_ip4_csums_ok(e, elen));
	CU_ASSERT(oracle_ip4_csums_ok(e + 28, len)); /* quoted UDP too */
	/* an error quoting a flow we never sent */
	dp_put_be16(e + 28 + 22, 1);
	CU_ASSERT_EQUAL(dp_nat_in(&nat, e, elen, EGRESS, 2 * NS, &why, &is_err, &peer), -1);
	CU_ASSERT_EQUAL(why, TG_DROP_nat_no_session);
	/* truncated quote */
	CU_ASSERT_EQUAL(dp_nat_in(&nat, e, 20 + 8 + 20 + 4, EGRESS, 2 * NS, &why, &is_err, &peer), -1);
	CU_ASSERT_EQUAL(why, TG_DROP_icmp_unsupported);

	/* outbound: the client's Port Unreachable about an inbound packet */
	uint8_t r[256];
	len = build(r, 17, srv, EGRESS, 9999, ext, 12, 0);
	CU_ASSERT_EQUAL_FATAL(in(r, len, 3 * NS, &why), 0); /* now srv -> cli:7777 */
	elen = (uint16_t)(20 + 8 + len);
	memset(e, 0, elen);
	e[0] = 0x45;
	dp_put_be16(e + 2, elen);
	e[8] = 64;
	e[9] = 1;
	memcpy(e + 12, &cli, 4);
	memcpy(e + 16, &srv, 4);
	dp_put_be16(e + 10, oracle_csum(e, 20, 0));
	e[20] = DP_ICMP_DEST_UNREACH;
	e[21] = 3;
	memcpy(e + 28, r, len);
	dp_put_be16(e + 22, oracle_csum(e + 20, 8u + len, 0));
	CU_ASSERT_EQUAL_FATAL(out(e, elen, 1, 4 * NS, &why), 0);
	CU_ASSERT_EQUAL(dp_raw32(e + 12), EGRESS);
	CU_ASSERT_EQUAL(dp_raw32(e + 28 + 16), EGRESS); /* quoted dst */
	CU_ASSERT_EQUAL(dp_be16(e + 28 + 22), ext);      /* quoted dport */
	CU_ASSERT(oracle_ip4_csums_ok(e, elen));
	CU_ASSERT(oracle_ip4_csums_ok(e + 28, len));
}

static void test_timeouts(void)
{
	uint8_t p[256], r[256];
	enum tg_drop why;
	uint32_t cli = a4(100, 64, 1, 1), srv = a4(198, 51, 100, 1);
	uint16_t len, ext;
	uint64_t t0 = 1000 * NS;

	setup_nat(1 << 20, 1, 40000, 40999);
	/* UDP: 120 s */
	len = build(p, 17, cli, srv, 1000, 53, 0, 0);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, t0, &why), 0);
	ext = dp_be16(p + 20);
	len = build(r, 17, srv, EGRESS, 53, ext, 0, 0);
	CU_ASSERT_EQUAL(in(r, len, t0 + 119 * NS, &why), 0); /* refreshes */
	len = build(r, 17, srv, EGRESS, 53, ext, 0, 0);
	CU_ASSERT_EQUAL(in(r, len, t0 + 238 * NS, &why), 0);
	len = build(r, 17, srv, EGRESS, 53, ext, 0, 0);
	CU_ASSERT_EQUAL(in(r, len, t0 + 358 * NS, &why), -1);
	/* ICMP: 60 s */
	len = build(p, 1, cli, srv, 77, 0, 0, DP_ICMP_ECHO_REQUEST);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, t0, &why), 0);
	ext = dp_be16(p + 24);
	len = build(r, 1, srv, EGRESS, ext, 0, 0, DP_ICMP_ECHO_REPLY);
	CU_ASSERT_EQUAL(in(r, len, t0 + 60 * NS, &why), -1);
	/* TCP: SYN only -> transitory 240 s; established -> 7440 s */
	len = build(p, 6, cli, srv, 2000, 443, 0, DP_TCP_F_SYN);
	CU_ASSERT_EQUAL_FATAL(out(p, len, 0, t0, &why), 0);
	ext = dp_be16(p + 20);
	len = build(r, 6, srv, EGRESS, 443, ext, 0, DP_TCP_F_SYN | DP_TCP_F_ACK);
	CU_ASSERT_EQUAL(in(r, len, t0 + 239 * NS, &why), 0);
	len = build(r, 6, srv, EGRESS, 443, ext, 0, DP_TCP_F_ACK);
	CU_ASSERT_EQUAL(in(r, len, t0 + 239 * NS + 7439 * NS, &why), 0);
	len = build(r, 6, srv, EGRESS, 443, ext, 0, DP_TCP_F_FIN | DP_TCP_F_ACK);
	CU_ASSERT_EQUAL(in(r, len, t0 + (239 + 7439 + 7440) * NS, &why), -1); /* 7440 s idle */
	/* an expired session is replaced (and counted) on the next packet */
	uint64_t lazy = nat.lazy_expired;
	len = build(p, 17, cli, srv, 1000, 53, 0, 0);
	CU_ASSERT_EQUAL(out(p, len, 0, t0 + 1000 * NS, &why), 0);
	CU_ASSERT_EQUAL(nat.lazy_expired, lazy + 1);
	/* the sweep reclaims everything eventually */
	uint32_t n = dp_nat_part_sessions(&nat), freed = 0;
	freed = dp_nat_sweep(&nat, 0, t0 + 100000 * NS, n);
	CU_ASSERT(freed >= 1);
	CU_ASSERT_EQUAL(dp_nat_live_sessions(&nat, 0), 0);
}

static void test_exhaustion(void)
{
	uint8_t p[256];
	enum tg_drop why;
	uint16_t len;
	int ok = 0, exhausted = 0;

	setup_nat(1 << 20, 1, 40000, 40003); /* 4 ports */
	for (int i = 0; i < 10; i++) {
		len = build(p, 17, a4(100, 64, 2, (uint8_t)i), a4(198, 51, 100, 1), 1000, 53, 0, 0);
		if (out(p, len, 0, NS, &why) == 0)
			ok++;
		else if (why == TG_DROP_nat_port_exhausted)
			exhausted++;
	}
	CU_ASSERT_EQUAL(ok, 4);
	CU_ASSERT_EQUAL(exhausted, 6);
	/* table full: a tiny area */
	setup_nat(20000, 1, 40000, 40999);
	uint32_t cap = dp_nat_part_sessions(&nat);
	int full = 0;
	ok = 0;
	for (uint32_t i = 0; i < cap + 5; i++) {
		len = build(p, 17, a4(100, 64, 3, 1), a4(198, 51, 100, (uint8_t)i), 1000,
			    (uint16_t)(53 + i), 0, 0);
		if (out(p, len, 0, NS, &why) == 0)
			ok++;
		else if (why == TG_DROP_nat_table_full)
			full++;
	}
	CU_ASSERT_EQUAL((uint32_t)ok, cap);
	CU_ASSERT_EQUAL(full, 5);
	/* after expiry the space comes back */
	dp_nat_sweep(&nat, 0, 1000 * NS, cap);
	len = build(p, 17, a4(100, 64, 3, 1), a4(198, 51, 100, 1), 1000, 53, 0, 0);
	CU_ASSERT_EQUAL(out(p, len, 0, 1000 * NS, &why), 0);
}

/* A restarted dp keeps its sessions: format with the same parameters
 * rebuilds the indexes (here after a simulated crash that left the
 * partition's bucket heads and free lists scrambled). */
static void test_restart_keeps_sessions(void)
{
	uint8_t p[256], r[256];
	enum tg_drop why;
	uint16_t len, ext[20];
	uint32_t cli = a4(100, 64, 4, 1), srv = a4(198, 51, 100, 4);

	setup_nat(1 << 20, 1, 40000, 40999);
	for (int i = 0; i < 20; i++) {
		len = build(p, 17, cli, srv, (uint16_t)(2000 + i), 53, 0, 0);
		CU_ASSERT_EQUAL_FATAL(out(p, len, 0, NS, &why), 0);
		ext[i] = dp_be16(p + 20);
	}
	/* scramble: everything after the area and partition headers except the
	 * entries themselves (buckets, port maps), and the partition header */
	uint8_t *part0 = (uint8_t *)area + 128; /* after the area header */
	memset(part0, 0x5a, 64 + 4096);
	CU_ASSERT_EQUAL_FATAL(dp_nat_format(area, area_len, 1, 40000, 40999, 42), 0);
	CU_ASSERT_EQUAL(dp_nat_live_sessions(&nat, 0), 20);
	for (int i = 0; i < 20; i++) {
		len = build(r, 17, srv, EGRESS, 53, ext[i], 0, 0);
		CU_ASSERT_EQUAL(in(r, len, 2 * NS, &why), 0);
		CU_ASSERT_EQUAL(dp_be16(r + 22), 2000 + i);
		/* and the mapping is still endpoint-independent */
		len = build(p, 17, cli, a4(198, 51, 100, 5), (uint16_t)(2000 + i), 53, 0, 0);
		CU_ASSERT_EQUAL(out(p, len, 0, 2 * NS, &why), 0);
		CU_ASSERT_EQUAL(dp_be16(p + 20), ext[i]);
	}
	/* a new port range starts over */
	CU_ASSERT_EQUAL_FATAL(dp_nat_format(area, area_len, 1, 41000, 41999, 42), 0);
	CU_ASSERT_EQUAL(dp_nat_live_sessions(&nat, 0), 0);
}

static void test_random_vs_oracle(void)
{
	uint64_t s = tg_test_seed() ^ 0x6e6174ULL;
	struct nat_oracle o;
	uint8_t p[256];
	enum tg_drop why;
	uint64_t now = 10 * NS;
	int bad = 0;

	setup_nat(1 << 21, 2, 30000, 30199);
	nat_oracle_init(&o);
	for (int i = 0; i < 20000 && !bad; i++) {
		uint64_t r = tg_test_rand(&s);
		static const uint8_t protos[] = { 17, 17, 6, 1 };
		uint8_t proto = protos[r % 4];
		uint32_t cli = a4(100, 64, 0, (uint8_t)(1 + (r >> 8) % 6));
		uint16_t cport = (uint16_t)(1000 + (r >> 16) % 4);
		uint32_t srv = a4(198, 51, 100, (uint8_t)(1 + (r >> 24) % 5));
		uint16_t sport = proto == 1 ? 0 : (uint16_t)(80 + (r >> 32) % 3);
		uint8_t fl = proto == 6 ? (uint8_t)((r >> 40) % 4 == 0 ? DP_TCP_F_SYN :
			     (r >> 40) % 4 == 1 ? (DP_TCP_F_SYN | DP_TCP_F_ACK) : DP_TCP_F_ACK) :
			     (uint8_t)(proto == 1 ? DP_ICMP_ECHO_REQUEST : 0);
		uint16_t len;

		now += (r >> 48) % 8 == 0 ? (uint64_t)((r >> 52) % 200) * NS : (r >> 52) % 1000;
		if ((r >> 44) % 2 == 0) {
			/* outbound from the worker owning the client's peer */
			len = build(p, proto, cli, srv, cport, sport, 4, fl);
			uint16_t want = nat_oracle_mapping(&o, proto, cli, cport, now);
			int rc = out(p, len, (cli >> 24) % 2, now, &why);
			if (rc != 0) {
				printf("\nnat: out failed (%s) at step %d\n", tg_drop_names[why], i);
				bad = 1;
				break;
			}
			uint16_t ext = dp_be16(p + (proto == 1 ? 24 : 20));
			if ((want && ext != want) ||
			    (!want && nat_oracle_port_taken(&o, proto, ext, cli, cport, now)) ||
			    !oracle_ip4_csums_ok(p, len) || dp_raw32(p + 12) != EGRESS) {
				printf("\nnat: step %d proto %u ext %u want %u\n", i, proto, ext, want);
				bad = 1;
			}
			nat_oracle_out(&o, proto, cli, cport, srv, sport, ext,
				       proto == 6 ? fl : 0, now);
		} else {
			/* inbound: a reply to some (maybe expired) session, or junk */
			uint16_t ext = (uint16_t)(30000 + (r >> 20) % 200);
			if (o.n && (r >> 30) % 4 != 0) {
				struct nat_oracle_sess *os = &o.s[(r >> 8) % o.n];
				ext = os->ext_port;
				proto = os->proto;
				srv = os->raddr;
				sport = os->rport;
			}
			uint8_t rf = proto == 6 ? (uint8_t)((r >> 36) % 5 == 0 ? DP_TCP_F_FIN : DP_TCP_F_ACK)
						: (uint8_t)(proto == 1 ? DP_ICMP_ECHO_REPLY : 0);
			len = build(p, proto, srv, EGRESS, sport, ext, 4, rf);
			if (proto == 1)
				dp_put_be16(p + 24, ext), dp_put_be16(p + 22, 0),
				dp_put_be16(p + 22, oracle_csum(p + 20, 12, 0));
			struct nat_oracle_sess *os = nat_oracle_in(&o, proto, ext, srv, sport,
								   proto == 6 ? rf : 0, now);
			int rc = in(p, len, now, &why);
			if ((rc == 0) != (os != NULL)) {
				printf("\nnat: in step %d proto %u ext %u: got %d want %d\n", i, proto,
				       ext, rc, os != NULL);
				bad = 1;
			} else if (os && (dp_raw32(p + 16) != os->int_addr ||
					  dp_be16(p + (proto == 1 ? 24 : 22)) != os->int_port ||
					  !oracle_ip4_csums_ok(p, len))) {
				printf("\nnat: in step %d translated wrongly\n", i);
				bad = 1;
			}
		}
		if (i % 16 == 0) {
			dp_nat_sweep(&nat, 0, now, DP_NAT_SWEEP_PER_LOOP);
			dp_nat_sweep(&nat, 1, now, DP_NAT_SWEEP_PER_LOOP);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	nat_oracle_free(&o);
}

static int cleanup(void)
{
	free(area);
	area = NULL;
	return 0;
}

void nat_test_register(void)
{
	TG_ADD_SUITE("nat", NULL, cleanup, { "basic_udp_tcp_icmp", test_basic_udp_tcp_icmp },
		     { "icmp_error_translation", test_icmp_error_translation },
		     { "timeouts", test_timeouts }, { "exhaustion", test_exhaustion },
		     { "restart_keeps_sessions", test_restart_keeps_sessions },
		     { "random_vs_oracle", test_random_vs_oracle });
}
