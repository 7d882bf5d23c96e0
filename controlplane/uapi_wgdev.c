/*
 * UAPI hooks onto the WireGuard device model (see uapi_wgdev.h); the listen
 * port also goes to the region's netcfg (netcfg.c). The device
 * has no way to read a peer's preshared key back (wg_device.h keeps it
 * internal), so get=1 reports an all-zero preshared_key; see
 * docs/operations.md. Runs on the cp event-loop thread.
 */
#include "uapi_wgdev.h"

#include "cp_log.h"
#include "netcfg.h"

#define DEV(c) (((struct cp_uapi_wgdev *)(c))->dev)

static bool get_key(void *c, uint8_t out[32])
{
	return cp_wg_device_get_private_key(DEV(c), out);
}

static int set_key(void *c, const uint8_t *k)
{
	return cp_wg_device_set_private_key(DEV(c), k);
}

static uint16_t port(void *c)
{
	return cp_wg_device_listen_port(DEV(c));
}

/* The dataplane classifies by the netcfg's listen port: publish it first,
 * so a refused publish leaves both unchanged. */
static int set_port(void *c, uint16_t p)
{
	struct cp_uapi_wgdev *b = c;
	int rc = cp_netcfg_set_listen_port(b->region, p);

	return rc < 0 ? rc : cp_wg_device_set_listen_port(b->dev, p);
}

static int upsert(void *c, const struct cp_wg_peer_cfg *cfg)
{
	return cp_wg_device_peer_upsert(DEV(c), cfg);
}

static int remove_peer(void *c, const uint8_t pub[32])
{
	return cp_wg_device_peer_remove(DEV(c), pub);
}

static bool exists(void *c, const uint8_t pub[32])
{
	return cp_wg_device_peer_exists(DEV(c), pub);
}

static size_t count(void *c)
{
	return cp_wg_device_peer_count(DEV(c));
}

static int info(void *c, size_t i, struct cp_wg_peer_info *out)
{
	return cp_wg_device_peer_info(DEV(c), i, out);
}

static bool psk(void *c, const uint8_t pub[32], uint8_t out[32])
{
	return cp_wg_device_peer_psk(DEV(c), pub, out);
}

static void log_error(void *c, const char *msg)
{
	(void)c;
	cp_log_warn("uapi: set refused: %s", msg);
}

void cp_uapi_dev_bind(struct cp_uapi_dev *out, struct cp_uapi_wgdev *b)
{
	*out = (struct cp_uapi_dev){
		.ctx = b, .get_private_key = get_key, .set_private_key = set_key,
		.listen_port = port, .set_listen_port = set_port,
		.peer_upsert = upsert, .peer_remove = remove_peer,
		.peer_exists = exists, .peer_count = count, .peer_info = info,
		.peer_psk = psk, .log_error = log_error,
	};
}
