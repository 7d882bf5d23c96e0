/*
 * Binds the UAPI applier's device hooks (struct cp_uapi_dev) to the
 * WireGuard device model (wg_device.h). Event-loop thread only.
 */
#ifndef CP_UAPI_WGDEV_H
#define CP_UAPI_WGDEV_H

#include "uapi.h"
#include "wg_device.h"

void cp_uapi_dev_bind(struct cp_uapi_dev *out, struct cp_wg_device *d);

#endif
