#!/usr/bin/env bash
# 15-gw-initiates (tailgate only): the gateway is the initiator. Before c1
# sends anything, the gateway is given c1's endpoint and a persistent
# keepalive with the stock wg tool; tailgate-cp's timers then initiate, the
# wireguard-go client responds, and both ends report the handshake. The
# gateway's own counters say it sent the initiation and got the response.
#
#   tgl-c1 [wireguard-go, silent] --- br0 --- ul0 [tgl-gw: tailgate-cp
#                                                   initiates via the dp]
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 15-gw-initiates tailgate-only

c_has_handshake 1 && tgl_fail "c1 already has a handshake before the test"
metric() { in_gw curl -s -m 2 http://127.0.0.1:9100/metrics | awk -v n="$1" '$1 == n {print $2}'; }
sent0=$(metric tailgate_handshake_initiations_sent_total)
wg set $GW_IF peer "$(c_pub 1)" endpoint "$(c_ul 1):51820" persistent-keepalive 1 ||
	tgl_fail "wg set endpoint/persistent-keepalive on the gateway"

wait_for 10 c_has_handshake 1 || tgl_fail "c1: no handshake initiated by the gateway within 10 s"
wait_for 5 gw_has_handshake 1 || tgl_fail "the gateway reports no handshake with c1"
sent=$(metric tailgate_handshake_initiations_sent_total)
got=$(metric tailgate_handshake_responses_received_total)
[ "${sent:-0}" -gt "${sent0:-0}" ] || tgl_fail "gateway initiations_sent did not move ($sent0 -> $sent)"
[ "${got:-0}" -ge 1 ] || tgl_fail "gateway received no handshake response (got $got)"
# and the session carries traffic in both directions
wait_for 5 ping1 1 $INET || tgl_fail "c1: no ping through the gateway-initiated session"
tgl_pass
