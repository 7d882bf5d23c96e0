/*
 * Unix-socket listener setup for the UAPI and ctl sockets (see
 * unix_listen.h). Setup path; cp event-loop thread.
 */
#include "unix_listen.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static int mkdir_parent(const char *path, mode_t mode, char *err, size_t errlen)
{
	char dir[sizeof(((struct sockaddr_un *)0)->sun_path)];
	char *slash;

	snprintf(dir, sizeof(dir), "%s", path);
	slash = strrchr(dir, '/');
	if (!slash || slash == dir)
		return 0;
	*slash = '\0';
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0755) < 0 && errno != EEXIST)
			goto fail;
		*p = '/';
	}
	if (mkdir(dir, mode) < 0 && errno != EEXIST)
		goto fail;
	return 0;
fail:
	snprintf(err, errlen, "cannot create directory %s: %s", dir, strerror(errno));
	return -errno;
}

/* 1 when something accepts connections on path, 0 when not. */
static int is_live(const struct sockaddr_un *sa)
{
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int live;

	if (fd < 0)
		return 0;
	live = connect(fd, (const struct sockaddr *)sa, sizeof(*sa)) == 0;
	close(fd);
	return live;
}

/* The name a socket is bound under before it listens: the final name's
 * directory, a name no tool lists (not "*.sock"), unique per process. */
static int tmp_name(const char *path, char *out, size_t outlen)
{
	const char *slash = strrchr(path, '/');
	int dirlen = slash ? (int)(slash - path) : 0;
	int n;

	n = snprintf(out, outlen, "%.*s%s.tgtmp-%ld", dirlen, path, slash ? "/" : "",
		     (long)getpid());
	return n > 0 && (size_t)n < outlen ? 0 : -1;
}

int cp_unix_listen(const char *path, mode_t dir_mode, mode_t sock_mode,
		   struct cp_unix_file *own, char *err, size_t errlen)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX }, tmp = { .sun_family = AF_UNIX };
	struct stat st;
	int fd, rc;
	mode_t old;

	if (strlen(path) >= sizeof(sa.sun_path) || tmp_name(path, tmp.sun_path, sizeof(tmp.sun_path)) < 0) {
		snprintf(err, errlen, "socket path too long (max %zu): %s",
			 sizeof(sa.sun_path) - 1, path);
		return -ENAMETOOLONG;
	}
	memcpy(sa.sun_path, path, strlen(path) + 1);
	if ((rc = mkdir_parent(path, dir_mode, err, errlen)) < 0)
		return rc;
	if (is_live(&sa)) {
		snprintf(err, errlen, "%s is in use by another running process", path);
		return -EADDRINUSE;
	}
	/* A stale file goes now rather than by the rename below: a `wg` that
	 * found it refusing would unlink by name whatever is there by then. */
	unlink(path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		rc = -errno;
		snprintf(err, errlen, "socket: %s", strerror(errno));
		return rc;
	}
	/* Bound under a temporary name and renamed into place once it
	 * listens: a socket file that exists but refuses connections (between
	 * bind and listen) is what the stock `wg` tool takes for a dead
	 * process's and unlinks, so `wg show` polling for a starting gateway
	 * could remove its socket. */
	unlink(tmp.sun_path); /* left by a crashed process with our pid */
	old = umask((mode_t)(~sock_mode & 0777));
	rc = bind(fd, (struct sockaddr *)&tmp, sizeof(tmp));
	umask(old);
	if (rc < 0) {
		rc = -errno;
		snprintf(err, errlen, "cannot bind %s: %s", tmp.sun_path, strerror(errno));
		close(fd);
		return rc;
	}
	*own = (struct cp_unix_file){ 0 };
	if (chmod(tmp.sun_path, sock_mode) < 0 || listen(fd, 16) < 0 ||
	    rename(tmp.sun_path, path) < 0 || stat(path, &st) < 0) {
		rc = -errno;
		snprintf(err, errlen, "cannot listen on %s: %s", path, strerror(errno));
		close(fd);
		unlink(tmp.sun_path);
		return rc;
	}
	own->dev = st.st_dev;
	own->ino = st.st_ino;
	own->ctime = st.st_ctim;
	return fd;
}

void cp_unix_unlink_own(const char *path, const struct cp_unix_file *own)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct stat st;

	/* An inode number freed by an unlink may be reused at once: the
	 * change time (set by our chmod) tells the files apart, and a file
	 * somebody answers on is not ours (our listener is closed by now). */
	if (!own->ino || strlen(path) >= sizeof(sa.sun_path) || stat(path, &st) < 0 ||
	    st.st_dev != own->dev || st.st_ino != own->ino ||
	    st.st_ctim.tv_sec != own->ctime.tv_sec || st.st_ctim.tv_nsec != own->ctime.tv_nsec)
		return;
	memcpy(sa.sun_path, path, strlen(path) + 1);
	if (!is_live(&sa))
		unlink(path);
}
