#!/usr/bin/env bash
# 11-cp-restart (tailgate only): restarting tailgate-cp under traffic loses no
# established flow: a TCP download running through the dataplane completes
# intact across the restart, the new cp re-attaches to the region and still
# knows both peers (wg show on its UAPI socket), and c2 still reaches out.
#
#   tgl-c1 (downloading) --+
#                          +- br0 -- [tgl-gw: tailgate-dp (keeps forwarding)
#   tgl-c2 ----------------+                  tailgate-cp (killed, restarted)]
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 11-cp-restart tailgate-only

for i in 1 2; do wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"; done
# ~6 s at 1 MB/s: the restart (TERM, exit, start, UAPI socket back) lands
# mid-flow even when the machine is slow; the size is taken as it begins.
size=$((6 * 1024 * 1024))
slow_download 1 cp.bin $size 1M
wait_for 10 dl_past cp.bin $((512 * 1024)) || tgl_fail "download did not start"

at=$(dl_size cp.bin)
t0=$(now_ms)
out=$(bash "$TGL_LAB" restart-cp 2>&1) || tgl_fail "restart-cp: $out"
echo "      cp restart took $(( $(now_ms) - t0 )) ms (download at $at bytes)"
for i in 1 2; do
	wg show $GW_IF peers | grep -qF "$(c_pub "$i")" || tgl_fail "restarted cp does not know c$i"
done
dl_finish cp.bin >"$TGL_TMP/dl.out" || tgl_fail "c1: $(cat "$TGL_TMP/dl.out") (restart at $at bytes)"
[ "$at" -lt "$size" ] || tgl_fail "download finished before the restart; nothing tested"
ping1 2 $REMOTE1 || tgl_fail "c2: no ping after cp restart"
tgl_pass
