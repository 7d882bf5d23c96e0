/*
 * Control-plane log calls, mapped onto common/log.h (levels, prefix,
 * stderr/syslog, per-call-site rate limit). Never pass a private or
 * preshared key; name peers by tg_log_key_fingerprint. Any cp thread.
 */
#ifndef CP_LOG_H
#define CP_LOG_H

#include "log.h"

#define cp_log_err(...) tg_log(TG_LOG_ERR, __VA_ARGS__)
#define cp_log_warn(...) tg_log(TG_LOG_WARN, __VA_ARGS__)
#define cp_log_info(...) tg_log(TG_LOG_INFO, __VA_ARGS__)

#endif
