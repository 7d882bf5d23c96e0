#!/usr/bin/env bash
# 14-teardown: `lab.sh down` leaves nothing behind, also after a crash:
# no tgl-* namespace, none of the lab's processes, no UAPI socket
# /var/run/wireguard/tgl-*.sock, no XDP program that was attached in the lab,
# no shared region /dev/shm/tailgate-tgl* or /dev/hugepages/tailgate-tgl*. `up` twice and `down` on nothing
# both succeed. Runs for every gateway (the reference one too).
#
#   [tgl-c1 tgl-c2 tgl-ul tgl-gw tgl-inet] --down--> (nothing)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 14-teardown

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
out=$(bash "$TGL_LAB" up 2>&1) || tgl_fail "second up failed: $out"
ping1 1 $INET || tgl_fail "c1: second up broke the lab"

# What the lab holds now, to check it is all gone afterwards.
snapshot() {
	PIDS=()
	local ns p
	for ns in $(ip netns list | awk '$1 ~ /^tgl-/ {print $1}'); do
		for p in $(ip netns pids "$ns"); do PIDS+=("$p"); done
	done
	XDP_IDS=$(for ns in tgl-gw tgl-ul tgl-inet; do ip -n "$ns" -d link show 2>/dev/null; done |
		grep -oE 'prog/xdp[a-z]* id [0-9]+' | awk '{print $3}' | sort -u)
}
check_clean() {
	local what=$1 p left
	left=$(ip netns list | awk '$1 ~ /^tgl-/ {print $1}' | tr '\n' ' ')
	[ -z "$left" ] || tgl_fail "$what: namespaces left: $left"
	for p in "${PIDS[@]}"; do
		is_alive "$p" && tgl_fail "$what: process $p ($(cat /proc/"$p"/comm 2>/dev/null)) still running"
	done
	left=$(ls /var/run/wireguard/tgl-*.sock 2>/dev/null | tr '\n' ' ')
	[ -z "$left" ] || tgl_fail "$what: UAPI sockets left: $left"
	left=$(ls /dev/shm/tailgate-tgl* /dev/hugepages/tailgate-tgl* 2>/dev/null | tr '\n' ' ')
	[ -z "$left" ] || tgl_fail "$what: shared regions left: $left"
	for p in $XDP_IDS; do
		bpftool prog show id "$p" >/dev/null 2>&1 && tgl_fail "$what: XDP program id $p still loaded"
	done
	[ ! -e "$TGL_STATE" ] || tgl_fail "$what: state dir $TGL_STATE left"
}

snapshot
[ ${#PIDS[@]} -ge 6 ] || tgl_fail "expected the lab's processes, found ${#PIDS[@]}"
if gw_is_tailgate; then
	[ -n "$(ls /dev/shm/tailgate-tgl* /dev/hugepages/tailgate-tgl* 2>/dev/null)" ] ||
		tgl_fail "no shared region tailgate-tgl* in /dev/shm or /dev/hugepages while up"
	[ -n "$XDP_IDS" ] || [ "$LAB_BACKEND" = dpdk ] || tgl_fail "no XDP program attached in tgl-gw while up (afxdp)"
fi
out=$(bash "$TGL_LAB" down 2>&1) || tgl_fail "down failed: $out"
check_clean "after down"

# A crash: every lab process killed -9 and the state dir lost.
out=$(bash "$TGL_LAB" up 2>&1) || tgl_fail "up after down failed: $out"
snapshot
kill -KILL "${PIDS[@]}" 2>/dev/null
rm -rf "$TGL_STATE"
out=$(bash "$TGL_LAB" down 2>&1) || tgl_fail "down after a crash failed: $out"
check_clean "after a crash and down"
out=$(bash "$TGL_LAB" down 2>&1) || tgl_fail "down on nothing failed: $out"
tgl_pass
