#!/usr/bin/env bash
# 13-cp-kill-reject (tailgate only): with the control plane dead nobody
# rekeys, and the dataplane ages keys out itself: egress stops no later than
# REJECT_AFTER_TIME after the last handshake (fail closed), and stays
# stopped. Needs a test build whose REJECT_AFTER_TIME is shortened through
# TG_TEST_REJECT_AFTER_TIME (seconds, passed to tailgate-dp/cp's environment).
#
#   tgl-c1 (ping every 200 ms) --+- br0 -- [tgl-gw: tailgate-dp alive,
#                                           tailgate-cp killed -9]
#
. "$(dirname "$0")/lib.sh"
# Only this scenario's gateway gets the short key lifetime (the lab is
# brought up fresh for each scenario and inherits the environment).
[ "${NETNS_TEST_BUILD:-0}" = 1 ] && export TG_TEST_REJECT_AFTER_TIME=${TG_TEST_REJECT_AFTER_TIME:-8}
tgl_scenario 13-cp-kill-reject tailgate-only

reject=${TG_TEST_REJECT_AFTER_TIME:-}
[ -n "$reject" ] || tgl_skip "TG_TEST_REJECT_AFTER_TIME not set (needs a TG_TEST_BUILD gateway)"
[ "$reject" -le 20 ] || tgl_skip "TG_TEST_REJECT_AFTER_TIME=$reject is too long for this suite (max 20)"

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
# As responder the cp records the handshake on its next tick (50 ms) after
# the dp decrypted c1's first data; the ping's reply may come back sooner.
wait_for 2 gw_has_handshake 1 || tgl_fail "no handshake time for c1 on the gateway"
hs=$(gw_handshake "$(c_pub 1)")
out=$(bash "$TGL_LAB" kill-cp 2>&1) || tgl_fail "kill-cp: $out"
ping_fast 1 $INET || ping1 1 $INET || tgl_fail "c1: egress stopped at once when the cp died (dp should keep forwarding until keys expire)"

# Poll until egress stops; it must by hs + REJECT_AFTER_TIME (+1 s slack for
# the 1 s resolution of the handshake time).
limit=$(( hs + reject + 1 ))
left=$(( limit - $(date +%s) + 2 ))
[ $left -gt 0 ] || left=1
wait_for "$left" ping_fails 1 $INET || tgl_fail "c1: egress still works $(( $(date +%s) - hs )) s after the last handshake (REJECT_AFTER_TIME $reject s)"
stopped=$(date +%s)
[ "$stopped" -le "$limit" ] || tgl_fail "egress stopped $(( stopped - hs )) s after the handshake, later than REJECT_AFTER_TIME $reject s"
holds 2 ping_fails 1 $INET || tgl_fail "c1: egress came back with the cp still dead"
tgl_pass
