/*
 * Listening unix stream sockets for the cp's local APIs (UAPI, tailgatectl):
 * creates the parent directory, refuses to steal a socket another live
 * process answers on, removes a stale one, binds with the given mode under a
 * temporary name and renames it into place once it listens, so the path
 * never names a socket of ours that refuses connections.
 * Setup path of the cp event-loop thread.
 */
#ifndef CP_UNIX_LISTEN_H
#define CP_UNIX_LISTEN_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

/* The socket file a listener created (device, inode, change time). */
struct cp_unix_file {
	dev_t dev;
	ino_t ino;
	struct timespec ctime;
};

/* Returns a non-blocking listening fd, or -errno with a message in err;
 * *own identifies the file it bound. */
int cp_unix_listen(const char *path, mode_t dir_mode, mode_t sock_mode,
		   struct cp_unix_file *own, char *err, size_t errlen);

/* Remove path only if it is still the file `own` names: a process that
 * bound the same path since (a restart that overlapped this one's exit)
 * keeps its socket. */
void cp_unix_unlink_own(const char *path, const struct cp_unix_file *own);

#endif
