#!/usr/bin/env bash
# 18-rekey-under-traffic (tailgate only, test build): the gateway initiates
# the session (as in 15-gw-initiates), so its timers own the rekey; with
# REKEY_AFTER_TIME shortened to 3 s (test-build knob TG_TEST_REKEY_AFTER_TIME)
# it rekeys (once or twice: at most one initiation per REKEY_TIMEOUT) under a
# download and a 20 pings/s stream. The
# rotation (new keypair current, the old one kept as previous for packets
# in flight) must lose nothing: every ping answered, the file intact.
#
#   tgl-c1 (download + pings) --- br0 --- [tgl-gw: tailgate, REKEY_AFTER_TIME 3 s]
#
. "$(dirname "$0")/lib.sh"
[ "${NETNS_TEST_BUILD:-0}" = 1 ] && export TG_TEST_REKEY_AFTER_TIME=${TG_TEST_REKEY_AFTER_TIME:-3}
tgl_scenario 18-rekey-under-traffic tailgate-only
[ -n "${TG_TEST_REKEY_AFTER_TIME:-}" ] || tgl_skip "needs a TG_TEST_BUILD gateway (TG_TEST_REKEY_AFTER_TIME)"

metric() { in_gw curl -s -m 2 http://127.0.0.1:9100/metrics | awk -v n="$1" '$1 == n {print $2}'; }
wg set $GW_IF peer "$(c_pub 1)" endpoint "$(c_ul 1):51820" persistent-keepalive 1 ||
	tgl_fail "wg set endpoint/persistent-keepalive on the gateway"
wait_for 10 c_has_handshake 1 || tgl_fail "c1: no handshake initiated by the gateway"
wait_for 5 ping1 1 $INET || tgl_fail "c1: tunnel not up"
done0=$(metric tailgate_handshake_completed_total)

slow_download 1 rekey.bin $((8 * 1024 * 1024)) 1M
in_c 1 ping -n -c 200 -i 0.05 -W 2 $INET >"$TGL_TMP/ping.out" 2>&1
dl_finish rekey.bin >"$TGL_TMP/dl.out" || tgl_fail "c1: $(cat "$TGL_TMP/dl.out") across rekeys"
done1=$(metric tailgate_handshake_completed_total)
[ "$(( ${done1:-0} - ${done0:-0} ))" -ge 1 ] ||
	tgl_fail "expected a rekey during ~10 s of traffic, saw $(( ${done1:-0} - ${done0:-0} ))"
grep -q " 0% packet loss" "$TGL_TMP/ping.out" ||
	tgl_fail "pings lost across rekeys: $(grep 'packet loss' "$TGL_TMP/ping.out")"
echo "  rekeys: $(( done1 - done0 )); $(grep 'packet loss' "$TGL_TMP/ping.out")" >&2
tgl_pass
