#!/usr/bin/env bash
# uapi-wait.sh NS IFNAME [SECONDS]: wait until a userspace WireGuard
# (wireguard-go) started in namespace NS listens on its UAPI socket
# /var/run/wireguard/IFNAME.sock, without ever connecting to it.
#
# Why not poll with `wg show IFNAME`: wireguard-go binds the socket file
# and calls listen() a moment later; a connect() in between is refused,
# and the stock `wg` tool treats a refused socket as left over from a dead
# process and unlinks it. wireguard-go then listens on a file that no
# longer exists and exits ("Failed to listen on uapi socket: no such file
# or directory"). So the first `wg` must come after listen(), which `ss`
# shows (state LISTEN; a bound socket not yet listening is UNCONN).
# Unix sockets are listed per network namespace, hence NS.
# Exit 0 when listening, 1 on timeout.
set -u
ns=$1 ifname=$2 secs=${3:-10}
path=/var/run/wireguard/$ifname.sock
end=$(( $(date +%s%N) / 1000000 + secs * 1000 ))
while :; do
	ip netns exec "$ns" ss -xlH 2>/dev/null | awk -v p="$path" '$2 == "LISTEN" && $5 == p { f = 1 } END { exit !f }' && exit 0
	[ $(( $(date +%s%N) / 1000000 )) -lt "$end" ] || exit 1
	sleep 0.02
done
