/*
 * Binds the UAPI applier's device hooks (struct cp_uapi_dev) to the
 * WireGuard device model (wg_device.h); a listen-port change is also
 * published to the dataplane's netcfg. Event-loop thread only.
 */
#ifndef CP_UAPI_WGDEV_H
#define CP_UAPI_WGDEV_H

#include "region.h"
#include "uapi.h"
#include "wg_device.h"

struct cp_uapi_wgdev {
	struct cp_wg_device *dev;
	struct tg_region *region;
};

/* `b` must outlive `out`. */
void cp_uapi_dev_bind(struct cp_uapi_dev *out, struct cp_uapi_wgdev *b);

#endif
