/*
 * Listening unix stream sockets for the cp's local APIs (UAPI, tailgatectl):
 * creates the parent directory, refuses to steal a socket another live
 * process answers on, removes a stale one, binds with the given mode.
 * Setup path of the cp event-loop thread.
 */
#ifndef CP_UNIX_LISTEN_H
#define CP_UNIX_LISTEN_H

#include <stddef.h>
#include <sys/types.h>

/* Returns a non-blocking listening fd, or -errno with a message in err. */
int cp_unix_listen(const char *path, mode_t dir_mode, mode_t sock_mode,
		   char *err, size_t errlen);

#endif
