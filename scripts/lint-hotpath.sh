#!/usr/bin/env bash
# Hot-path lint: the dataplane's per-packet files must not allocate, print,
# log, lock, sleep or make syscalls (STYLE.md "Dataplane"). Setup files
# (main, io backend init, neighbour listener) are exempt by name; a line in
# a hot file may opt out with a trailing `/* lint: setup */` comment.
set -euo pipefail
cd "$(dirname "$0")/.."
hot=$(ls dataplane/*.c 2>/dev/null | grep -vE '/(main|setup|neigh|io_[a-z_]+_setup)\.c$' || true)
[ -n "$hot" ] || { echo "lint: no hot-path files"; exit 0; }
bad=$(grep -nE '\b(malloc|calloc|realloc|free|printf|fprintf|puts|syslog|tg_log|pthread_mutex_lock|usleep|nanosleep|sleep|sendto|recvfrom|write|read)\s*\(' $hot \
      | grep -v 'lint: setup' || true)
if [ -n "$bad" ]; then
  echo "lint: forbidden calls in dataplane hot-path files:"
  echo "$bad"
  exit 1
fi
echo "lint: dataplane hot path clean ($(echo $hot | wc -w) files)"
