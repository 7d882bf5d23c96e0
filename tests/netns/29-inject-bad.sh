#!/usr/bin/env bash
# 29-inject-bad (tailgate only): a control plane that writes malformed
# inject-ring slots. tailgate-cp is stopped (SIGSTOP) and tg_inject_probe
# (tests/netns/tg_inject_probe.c, built here against libtgcommon) stands in
# for a buggy one: it queues six slots, one per check the dataplane makes
# (unknown kind; TX to an IPv6 / a port-0 destination; ENCRYPT without a
# peer / with a bad IPv4 header; DECRYPT of a non-data message). Each is
# dropped and counted inject_bad, exactly six; nothing is sent to the
# probe's destinations on either side; after SIGCONT the gateway forwards
# c1's traffic as before.
#
#   tg_inject_probe --6 bad slots--> inject ring --> tgl-gw dataplane: inject_bad x6
#                                                    (tailgate-cp stopped meanwhile)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 29-inject-bad tailgate-only

build_inject_probe

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
base=$(gw_drops inject_bad)
[ -n "$base" ] || tgl_fail "no drop counter inject_bad on /metrics"
region=$(lab_region)
[ -n "$region" ] || tgl_fail "no region_name in the lab's config"

cap_start $GW_NS ul0 "$TGL_TMP/ul.pcap" "host 192.0.2.99 or ip6"
cp_pid=$(cat "$TGL_STATE/pids/tailgate-cp.pid")
kill -STOP "$cp_pid" || tgl_fail "cannot stop tailgate-cp"
trap 'kill -CONT '"$cp_pid"' 2>/dev/null; tgl_cleanup' EXIT
out=$(in_gw "$TGL_TMP/probe" "$region" inject 2>&1)
kill -CONT "$cp_pid"
trap tgl_cleanup EXIT
grep -q '^queued 6$' <<<"$out" || tgl_fail "tg_inject_probe: $out"
wait_for 5 drops_above inject_bad $((base + 5)) ||
	tgl_check_fail "6 malformed inject slots: inject_bad $base -> $(gw_drops inject_bad)"
got=$(( $(gw_drops inject_bad) - base ))
[ "$got" -eq 6 ] || tgl_check_fail "inject_bad rose by $got for 6 malformed slots"
ping1 1 $INET || tgl_check_fail "c1's traffic broke after the bad slots"
cap_stop "$CAP_PID" "$TGL_TMP/ul.pcap"
n=$(tcpdump -r "$TGL_TMP/ul.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_check_fail "$n packet(s) to the probe's destinations left the gateway"
tgl_done
