#!/usr/bin/env bash
# 12-dp-restart (tailgate only): killing tailgate-dp stops forwarding (fail
# closed, nothing leaks through the kernel), and a new dp re-attaches to the
# region and resumes: ping answered within 1 s of the restart (plus
# TGL_DP_START_GRACE, default 0, for slow DPDK EAL start-up), and the TCP
# download that was running completes intact.
#
#   tgl-c1 (downloading, pinging) --+- br0 -- [tgl-gw: tailgate-dp killed -9,
#                                                     started again; cp stays]
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 12-dp-restart tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
slow_download 1 dp.bin $((3 * 1024 * 1024)) 1M
wait_for 10 dl_past dp.bin $((512 * 1024)) || tgl_fail "download did not start"

out=$(bash "$TGL_LAB" kill-dp 2>&1) || tgl_fail "kill-dp: $out"
wait_for 2 ping_fails 1 $INET || tgl_fail "c1: pings still answered with the dataplane dead"
at=$(dl_size dp.bin)
out=$(bash "$TGL_LAB" restart-dp 2>&1) || tgl_fail "restart-dp: $out"
t0=$(now_ms)
grace=${TGL_DP_START_GRACE:-0}
wait_for "$((1 + grace))" ping_fast 1 $INET ||
	tgl_fail "c1: no ping answered within $((1 + grace)) s of the dp restart"
echo "  dp restart: first reply after $(( $(now_ms) - t0 )) ms" >&2
dl_finish dp.bin >"$TGL_TMP/dl.out" || tgl_fail "c1: $(cat "$TGL_TMP/dl.out") (dp killed at $at bytes)"
tgl_pass
