/*
 * Static-mode packet filter (controlplane/filter_static.c): PacketFilter
 * JSON text -> compiled -> published into a region, checked through the
 * dataplane's view; bad input keeps the previous filter; the serial
 * changes on every publish; deny-all on legacy SrcBits.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "filter.h"
#include "filter_static.h"
#include "region.h"
#include "unit/test_util.h"

static struct tg_filter_pkt udp(const char *src, const char *dst, uint16_t dport)
{
	struct tg_filter_pkt p = { .len = 28, .family = 4, .proto = 17, .sport = 5000,
				   .dport = dport };
	struct in_addr a;

	inet_pton(AF_INET, src, &a);
	p.src.lo = ntohl(a.s_addr);
	inet_pton(AF_INET, dst, &a);
	p.dst.lo = ntohl(a.s_addr);
	return p;
}

static void test_apply(void)
{
	const struct tg_region_sizes sz = { .max_peers = 4, .max_keypairs = 12,
		.max_allowed_ips = 8, .max_workers = 1, .nat_sessions = 1024,
		.max_filter_rules = 8, .ring_slots = 16, .filter_bytes = 65536 };
	struct tg_filter_pfx host[1] = { { .family = 4, .bits = 24, .addr = { 198, 51, 100, 1 } } };
	struct cp_filter_static fs = { 0 };
	struct tg_region r;
	struct tg_filter f;
	struct tg_filter_pkt p;
	char name[64], err[512];
	uint32_t serial;

	snprintf(name, sizeof(name), "tgf2-fst-%d", (int)getpid());
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &sz, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(cp_filter_static_apply(&fs, &r,
		"[{\"SrcIPs\":[\"100.64.0.11\"],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":\"*\"}]},"
		" {\"SrcIPs\":[\"100.64.0.12\"],\"DstPorts\":[{\"IP\":\"203.0.113.0/24\","
		"\"Ports\":{\"First\":53,\"Last\":53}},{\"IP\":\"bogus\"}]}]",
		host, 1, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(fs.skipped, 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "bogus"));
	CU_ASSERT_EQUAL(json_array_size(fs.rules), 2);
	memset(&f, 0, sizeof(f));
	CU_ASSERT_EQUAL_FATAL(tg_filter_load(&r, &f, err, sizeof(err)), 0);
	serial = f.serial;
	p = udp("100.64.0.11", "203.0.113.5", 80);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).rule, 0);
	p = udp("100.64.0.12", "203.0.113.5", 53);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).rule, 1);
	p = udp("100.64.0.12", "203.0.113.5", 80);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).reason, TG_FILTER_R_no_rule);
	/* the host's LAN, RFC 1918 and other peers are not local */
	p = udp("100.64.0.11", "198.51.100.77", 80);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).reason, TG_FILTER_R_not_local);
	p = udp("100.64.0.11", "10.0.0.1", 80);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).reason, TG_FILTER_R_not_local);
	p = udp("100.64.0.11", "100.64.0.12", 80);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).reason, TG_FILTER_R_not_local);

	/* the same input again: nothing republished (hit counts kept) */
	CU_ASSERT_EQUAL(cp_filter_static_apply(&fs, &r,
		"[{\"SrcIPs\":[\"100.64.0.11\"],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":\"*\"}]},"
		" {\"SrcIPs\":[\"100.64.0.12\"],\"DstPorts\":[{\"IP\":\"203.0.113.0/24\","
		"\"Ports\":{\"First\":53,\"Last\":53}},{\"IP\":\"bogus\"}]}]",
		host, 1, err, sizeof(err)), 0);
	CU_ASSERT(!tg_filter_changed(&r, &f));
	CU_ASSERT_EQUAL(fs.serial, serial);
	/* bad input: error, previous filter (and rules) kept */
	CU_ASSERT(cp_filter_static_apply(&fs, &r, "[{\"SrcIPs\": 5}]", host, 1, err, sizeof(err)) < 0);
	CU_ASSERT(cp_filter_static_apply(&fs, &r, "{nope", host, 1, err, sizeof(err)) == -EINVAL);
	CU_ASSERT(cp_filter_static_apply(&fs, &r, "42", host, 1, err, sizeof(err)) == -EINVAL);
	CU_ASSERT(!tg_filter_changed(&r, &f));
	CU_ASSERT_EQUAL(json_array_size(fs.rules), 2);

	/* object form; a new publish gets a new serial */
	CU_ASSERT_EQUAL(cp_filter_static_apply(&fs, &r,
		"{\"PacketFilters\":{\"b\":[{\"SrcIPs\":[\"*\"],\"DstPorts\":[{\"IP\":\"203.0.113.9\","
		"\"Ports\":{\"First\":1,\"Last\":2}}]}]}}", host, 1, err, sizeof(err)), 0);
	CU_ASSERT(tg_filter_changed(&r, &f));
	CU_ASSERT_EQUAL_FATAL(tg_filter_load(&r, &f, err, sizeof(err)), 0);
	CU_ASSERT_NOT_EQUAL(f.serial, serial);
	p = udp("100.64.0.99", "203.0.113.9", 2);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).accept, 1);

	/* legacy SrcBits: the reference enforces no rules at all */
	CU_ASSERT_EQUAL(cp_filter_static_apply(&fs, &r,
		"[{\"SrcIPs\":[\"*\"],\"SrcBits\":[32],\"DstPorts\":[{\"IP\":\"*\",\"Ports\":\"*\"}]}]",
		host, 1, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_filter_load(&r, &f, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(tg_filter_check(&f, &p).reason, TG_FILTER_R_no_rule);

	cp_filter_static_free(&fs);
	tg_region_detach(&r);
	tg_region_unlink(name);
}

void filter_static_test_register(void)
{
	TG_ADD_SUITE("filter_static", NULL, NULL, { "apply", test_apply });
}
