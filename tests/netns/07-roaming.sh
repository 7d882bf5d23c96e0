#!/usr/bin/env bash
# 07-roaming: mid-download, c1's underlay address and WireGuard port change
# (192.0.2.11:51820 -> 192.0.2.111:51999). The gateway follows the new
# endpoint from the next authenticated packet; the TCP flow completes intact.
#
#   tgl-c1 ul0 192.0.2.11:51820  ==(roam)==>  192.0.2.111:51999
#      \                                      /
#       +------------ br0 (tgl-ul) ----------+-- [tgl-gw] -- inet (http :80)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 07-roaming

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
blob=$(make_blob roam.bin $((8 * 1024 * 1024)))  # ~8 s at 1 MB/s: the roam lands mid-flow even on a loaded machine
ep() { wg show $GW_IF endpoints | awk -v k="$(c_pub 1)" '$1==k {print $2}'; }
[ "$(ep)" = "$(c_ul 1):51820" ] || tgl_fail "unexpected initial endpoint $(ep)"

in_c 1 curl -sS --max-time 25 --limit-rate 1M -o "$TGL_TMP/roam.bin" "http://$INET/$blob" 2>"$TGL_TMP/curl.err" &
dl=$!
TGL_BG_PIDS+=("$dl")
size() { stat -c %s "$TGL_TMP/roam.bin" 2>/dev/null || echo 0; }
started() { [ "$(size)" -ge $((512 * 1024)) ]; }
wait_for 10 started || tgl_fail "download did not start (got $(size) bytes)"

ns=$(c_ns 1)
ip -n "$ns" addr add 192.0.2.111/24 dev ul0 || tgl_fail "add new underlay address"
ip -n "$ns" addr del "$(c_ul 1)/24" dev ul0 || tgl_fail "remove old underlay address"
wg set "$(c_if 1)" listen-port 51999 || tgl_fail "change listen port"
at=$(size)

roamed() { [ "$(ep)" = "192.0.2.111:51999" ]; }
wait_for 20 roamed || tgl_fail "gateway endpoint for c1 is $(ep), want 192.0.2.111:51999"
wait $dl || tgl_fail "download failed after roaming (at $at bytes when roamed): $(cat "$TGL_TMP/curl.err")"
[ "$at" -lt $((8 * 1024 * 1024)) ] || tgl_fail "download finished before the roam; nothing tested"
cmp -s "$TGL_TMP/roam.bin" "$TGL_STATE/www/$blob" || tgl_fail "file differs after roaming"
ping1 1 $REMOTE1 || tgl_fail "c1: no ping after roaming"
tgl_pass
