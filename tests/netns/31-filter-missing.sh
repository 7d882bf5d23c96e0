#!/usr/bin/env bash
# 31-filter-missing (tailgate only): a control plane that demands a packet
# filter and then publishes garbage. With tailgate-cp stopped (SIGSTOP),
# tg_inject_probe (tests/netns/tg_inject_probe.c) sets the netcfg's
# "filter required" flag and writes junk into the filter copy. The
# dataplane refuses the blob (filter_reload_failed) and fails closed:
# every packet from c1 is dropped filter_no_filter and nothing reaches
# the internet host. Restarting tailgate-cp republishes its own netcfg
# (static mode without wireguard.filter_file: no filter) and c1's traffic
# passes again.
#
#   tg_inject_probe --netcfg: filter required; filter: junk--> region
#   tgl-c1 --(tunnel)--> [tgl-gw: no valid filter -> filter_no_filter] -X-> tgl-inet
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 31-filter-missing tailgate-only
build_inject_probe

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
base=$(gw_drops filter_no_filter)
[ -n "$base" ] || tgl_fail "no drop counter filter_no_filter on /metrics"
rf0=$(gw_path filter_reload_failed)
[ -n "$rf0" ] || tgl_fail "no path counter filter_reload_failed on /metrics"

cp_pid=$(cat "$TGL_STATE/pids/tailgate-cp.pid")
kill -STOP "$cp_pid" || tgl_fail "cannot stop tailgate-cp"
trap 'kill -CONT '"$cp_pid"' 2>/dev/null; tgl_cleanup' EXIT
out=$(in_gw "$TGL_TMP/probe" "$(lab_region)" filter 2>&1)
kill -CONT "$cp_pid"
trap tgl_cleanup EXIT
grep -q '^filter required, junk published$' <<<"$out" || tgl_fail "tg_inject_probe: $out"

cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "icmp and src host $GW_EGRESS"
if ping1 1 $INET; then tgl_check_fail "c1's ping passed without a valid filter"; fi
wait_for 5 drops_above filter_no_filter "$base" ||
	tgl_check_fail "no valid filter: filter_no_filter $base -> $(gw_drops filter_no_filter)"
[ "$(gw_path filter_reload_failed)" -gt "$rf0" ] ||
	tgl_check_fail "the junk filter was not refused (filter_reload_failed $rf0 -> $(gw_path filter_reload_failed))"
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"
n=$(tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_check_fail "$n packet(s) reached the internet host without a valid filter"

bash "$TGL_LAB" restart-cp >"$TGL_TMP/restart.log" 2>&1 || tgl_fail "restart-cp: $(tail -3 "$TGL_TMP/restart.log" | tr '\n' ' ')"
wait_for 10 ping1 1 $INET || tgl_check_fail "c1's traffic did not come back after the cp republished its netcfg"
tgl_done
