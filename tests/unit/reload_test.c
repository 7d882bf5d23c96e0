/*
 * Config as a device model and SIGHUP reload (controlplane/reload.c) on a
 * real region and the real WireGuard device: the first apply creates the
 * static peers; a reload that edits one peer, drops another and adds a
 * third keeps the untouched peer's region slot and its live keypair (the
 * session survives), retires the dropped one, and republishes the netcfg;
 * a broken config changes nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crypto.h"
#include "reload.h"
#include "uapi_wgdev.h"
#include "unit/test_util.h"

static char dir[64];

static void write_file(const char *name, const char *text)
{
	char path[160];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(text, f);
	fclose(f);
	chmod(path, 0600);
}

static void b64key(char out[45], uint8_t fill)
{
	uint8_t k[32];
	memset(k, fill, 32);
	tg_key_to_base64(out, k);
}

/* peers: the static peers as libconfig text */
static void write_config(const char *region, unsigned port, const char *peers)
{
	char text[4096];
	snprintf(text, sizeof(text),
		 "dataplane = { backend = \"mem\"; ports = ( { interface = \"tgcpmem1\"; } );\n"
		 "  region_name = \"%s\"; };\n"
		 "egress = { address = \"203.0.113.1\"; };\n"
		 "wireguard = { interface = \"tgcp7\"; listen_port = %u;\n"
		 "  private_key_file = \"%s/priv.key\"; peers = ( %s ); };\n"
		 "tables = { max_peers = 8; max_keypairs = 24; max_allowed_ips = 32; max_workers = 1;\n"
		 "  nat_sessions = 1024; max_filter_rules = 4; ring_slots = 16; };\n",
		 region, port, dir, peers);
	write_file("tg.cfg", text);
}

static void test_reload_keeps_sessions(void)
{
	static struct tg_config cfg;
	char name[64], err[512], path[160], peers[1024], ka[45], kb[45], kc[45], priv[45];
	struct tg_manual_clock clk;
	struct tg_region r;
	struct cp_uapi_set model;
	uint8_t pa[32], pb[32], pc[32];

	CU_ASSERT_FATAL(tg_crypto_init() == 0);
	snprintf(dir, sizeof(dir), "/tmp/tgcp-reload-XXXXXX");
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	snprintf(name, sizeof(name), "tgcp-reload-%d", (int)getpid());
	b64key(priv, 0x41);
	write_file("priv.key", priv);
	b64key(ka, 0x0a), b64key(kb, 0x0b), b64key(kc, 0x0c);
	memset(pa, 0x0a, 32), memset(pb, 0x0b, 32), memset(pc, 0x0c, 32);
	snprintf(peers, sizeof(peers),
		 "{ public_key = \"%s\"; endpoint = \"192.0.2.10:51820\"; allowed_ips = [ \"100.64.0.10/32\" ]; },"
		 "{ public_key = \"%s\"; allowed_ips = [ \"100.64.0.11/32\" ]; }", ka, kb);
	write_config(name, 51820, peers);
	snprintf(path, sizeof(path), "%s/tg.cfg", dir);
	if (tg_config_load(&cfg, path, err, sizeof(err)) < 0)
		printf("\n  config: %s\n", err);
	CU_ASSERT_FATAL(cfg.wireguard.n_peers == 2);

	CU_ASSERT_EQUAL_FATAL(tg_region_create(&r, name, &cfg.tables, err, sizeof(err)), 0);
	tg_manual_clock_init(&clk, 1000ULL * 1000000000ULL, 1700000000ULL * 1000000000ULL);
	struct cp_wg_device *dev = cp_wg_device_new(&r, &clk.clock);
	struct cp_uapi_wgdev b = { .dev = dev, .region = &r };
	struct cp_uapi_dev ud;
	cp_uapi_dev_bind(&ud, &b);
	CU_ASSERT_EQUAL_FATAL(cp_config_device_model(&cfg, &model, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(cp_uapi_apply_set(&ud, &model, err, sizeof(err)), 0);
	cp_uapi_set_free(&model);
	CU_ASSERT_EQUAL(cp_wg_device_peer_count(dev), 2);
	CU_ASSERT_EQUAL(cp_wg_device_listen_port(dev), 51820);

	/* a live session for A, as the device would have published it */
	uint32_t sa = cp_wg_device_peer_slot(dev, pa), sb = cp_wg_device_peer_slot(dev, pb);
	CU_ASSERT_FATAL(sa != TG_NONE && sb != TG_NONE);
	struct tg_keypair_init ki = { .peer = sa, .local_index = 4242, .remote_index = 7,
				      .birth_ns = clk.mono, .is_initiator = true };
	memset(ki.send_key, 1, 32);
	memset(ki.recv_key, 2, 32);
	uint32_t kslot;
	CU_ASSERT_EQUAL_FATAL(tg_keypair_install(&r, &ki, &kslot), 0);
	atomic_store(&tg_region_peer(&r, sa)->kp_current, kslot);

	/* reload: A's keepalive changes, B goes, C comes, the port moves */
	snprintf(peers, sizeof(peers),
		 "{ public_key = \"%s\"; endpoint = \"192.0.2.10:51820\"; persistent_keepalive = 25;"
		 "  allowed_ips = [ \"100.64.0.10/32\" ]; },"
		 "{ public_key = \"%s\"; allowed_ips = [ \"100.64.0.12/32\" ]; }", ka, kc);
	write_config(name, 51821, peers);
	CU_ASSERT_EQUAL(cp_reload(&cfg, &r, &ud, NULL, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL(cp_wg_device_peer_count(dev), 2);
	CU_ASSERT(cp_wg_device_peer_exists(dev, pc));
	CU_ASSERT(!cp_wg_device_peer_exists(dev, pb));
	CU_ASSERT_EQUAL(cp_wg_device_peer_slot(dev, pa), sa);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&r, sa)->state), TG_SLOT_LIVE);
	CU_ASSERT_EQUAL(atomic_load(&tg_region_peer(&r, sa)->kp_current), kslot);
	CU_ASSERT_PTR_NOT_NULL(tg_keypair_lookup(&r, 4242));
	CU_ASSERT_NOT_EQUAL(atomic_load(&tg_region_peer(&r, sb)->state), TG_SLOT_LIVE);
	CU_ASSERT_EQUAL(tg_region_netcfg(&r)->listen_port, 51821);
	CU_ASSERT_EQUAL(cfg.wireguard.listen_port, 51821);
	uint8_t a11[4] = { 100, 64, 0, 11 }, a12[4] = { 100, 64, 0, 12 };
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, a11), TG_NONE);
	CU_ASSERT_EQUAL(tg_aip_lookup4(&r, a12), cp_wg_device_peer_slot(dev, pc));

	/* a broken config: nothing changes */
	write_file("tg.cfg", "wireguard = { listen_port = 99999999; };\n");
	CU_ASSERT(cp_reload(&cfg, &r, &ud, NULL, err, sizeof(err)) < 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "tg.cfg"));
	CU_ASSERT_EQUAL(cp_wg_device_peer_count(dev), 2);
	CU_ASSERT_EQUAL(cp_wg_device_listen_port(dev), 51821);
	CU_ASSERT_PTR_NOT_NULL(tg_keypair_lookup(&r, 4242));

	cp_wg_device_free(dev);
	tg_region_detach(&r);
	tg_region_unlink(name);
	tg_config_free(&cfg);
	snprintf(path, sizeof(path), "%s/tg.cfg", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/priv.key", dir);
	unlink(path);
	rmdir(dir);
}

void reload_test_register(void)
{
	TG_ADD_SUITE("reload", NULL, NULL, { "keeps_sessions", test_reload_keeps_sessions });
}
