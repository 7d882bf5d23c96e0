/*
 * Configuration as a WireGuard device model, and SIGHUP reload: the
 * config's private key, listen port and static peers become a UAPI set
 * request with replace_peers (uapi.h), applied by diff, so a reload keeps
 * the sessions of every peer that stays and never touches a peer whose
 * configuration did not change. Event-loop thread only.
 */
#ifndef CP_RELOAD_H
#define CP_RELOAD_H

#include <stddef.h>

#include "config.h"
#include "filter_static.h"
#include "region.h"
#include "uapi.h"

/*
 * The device part of cfg as a set request (reads the private key file and
 * the peers' preshared key files). 0, or -errno with a message in err;
 * free with cp_uapi_set_free.
 */
int cp_config_device_model(const struct tg_config *cfg, struct cp_uapi_set *out,
			   char *err, size_t errlen);

/*
 * Reload cur->path: load and validate it, compile and publish the static
 * packet filter (wireguard.filter_file; fs may be NULL: not handled), apply
 * the device model by diff,
 * republish the netcfg, apply `logging`, then replace *cur. Keys that need
 * a restart (dataplane, tables, metrics, control, wireguard.interface) keep
 * their running values and are named in a warning. On any error nothing changes
 * and -errno is returned with a message in err.
 */
int cp_reload(struct tg_config *cur, struct tg_region *r,
	      const struct cp_uapi_dev *dev, struct cp_filter_static *fs,
	      char *err, size_t errlen);

#endif
