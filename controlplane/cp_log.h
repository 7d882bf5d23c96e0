/*
 * Control-plane log lines on stderr (journald adds the timestamp), until the
 * shared common/log.h lands; then these macros map onto it. Never pass a key.
 * Any cp thread (stderr writes of one line are atomic enough for our use).
 */
#ifndef CP_LOG_H
#define CP_LOG_H

#include <stdio.h>

#define cp_log_err(fmt, ...) fprintf(stderr, "tailgate-cp: error: " fmt "\n", ##__VA_ARGS__)
#define cp_log_warn(fmt, ...) fprintf(stderr, "tailgate-cp: warning: " fmt "\n", ##__VA_ARGS__)
#define cp_log_info(fmt, ...) fprintf(stderr, "tailgate-cp: " fmt "\n", ##__VA_ARGS__)

#endif
