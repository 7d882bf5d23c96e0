#!/usr/bin/env bash
# 28-tx-stall (tailgate only, test build): a NIC whose transmit queue stays
# full. veth never stays full, so the test build's fault knob stands in:
# SIGUSR2 to tailgate-dp makes every port's TX take nothing until the next
# SIGUSR2. While c1 pings the internet host through the gateway: the stall
# stops the replies, every frame the dataplane could not transmit is
# dropped and counted tx_full (no buffer is held: afterwards a 4 MiB
# download still arrives intact), nothing reaches the internet host from
# the gateway's dataplane, and the ping recovers once the stall ends.
#
#   tgl-c1 --(tunnel)--> [tgl-gw: TX stalled -> tx_full] -X-> tgl-inet
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 28-tx-stall tailgate-only
[ "${NETNS_TEST_BUILD:-0}" = 1 ] || tgl_skip "needs a TG_TEST_BUILD gateway (SIGUSR2 TX stall knob)"

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
base=$(gw_drops tx_full)
[ -n "$base" ] || tgl_fail "no drop counter tx_full on /metrics"
dp_pid=$(cat "$TGL_STATE/pids/tailgate-dp.pid")
bg in_c 1 stdbuf -oL ping -n -i 0.1 "$INET"
replies() { grep -c "bytes from $INET" "$TGL_TMP/bg.log"; }
replies_ge() { [ "$(replies)" -ge "$1" ]; }
wait_for 5 replies_ge 3 || tgl_fail "c1: background ping gets no replies"

kill -USR2 "$dp_pid" || tgl_fail "cannot signal tailgate-dp"
trap 'kill -USR2 '"$dp_pid"' 2>/dev/null; tgl_cleanup' EXIT
wait_for 5 drops_above tx_full $((base + 2)) ||
	tgl_fail "TX stalled under a ping flow: tx_full only $base -> $(gw_drops tx_full)"
cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "icmp and src host $GW_EGRESS"
r0=$(replies)
wait_for 5 drops_above tx_full $((base + 15)) ||
	tgl_check_fail "TX stalled under a ping flow: tx_full only $base -> $(gw_drops tx_full)"
r1=$(replies)
[ "$r1" -le $((r0 + 1)) ] || tgl_check_fail "replies went on during the stall ($r0 -> $r1)"
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"
kill -USR2 "$dp_pid"
trap tgl_cleanup EXIT
n=$(tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_check_fail "$n echo request(s) reached the internet host during the stall"
wait_for 5 replies_ge $((r1 + 5)) || tgl_check_fail "ping did not recover after the stall ($r1 -> $(replies))"

# No buffer was kept: a transfer that needs many of them still works.
blob=$(make_blob stall.bin $((4 * 1024 * 1024)))
in_c 1 curl -sS --max-time 20 -o "$TGL_TMP/stall.bin" "http://$INET/$blob" 2>"$TGL_TMP/curl.err" ||
	tgl_check_fail "c1: download after the stall failed: $(cat "$TGL_TMP/curl.err")"
[ "$(sha "$TGL_TMP/stall.bin")" = "$(sha "$TGL_STATE/www/$blob")" ] ||
	tgl_check_fail "c1: download after the stall corrupted"
echo "  tx_full +$(( $(gw_drops tx_full) - base )) during the stall" >&2
tgl_done
