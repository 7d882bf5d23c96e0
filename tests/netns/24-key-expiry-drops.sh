#!/usr/bin/env bash
# 24-key-expiry-drops (tailgate only, test build): after REJECT_AFTER_TIME
# (shortened to 8 s through TG_TEST_REJECT_AFTER_TIME) with the control
# plane dead, so nobody rekeys or clears the keypair, the dataplane refuses
# the session in both directions and counts each:
#  - c1 keeps sending on its old session             -> wg_key_expired
#  - the internet host answers c1's UDP flow through
#    its NAT port: nothing to encrypt with           -> no_keypair
# The metrics are served by the cp, so it is restarted (it re-attaches to
# the region, the dataplane's counters included) before they are read.
#
#   tgl-c1 :45001 --(tunnel, key expires)--> [tgl-gw: dp alive, cp killed]
#                                               ^-- tgl-inet :9998 -> egress:P
#
. "$(dirname "$0")/lib.sh"
[ "${NETNS_TEST_BUILD:-0}" = 1 ] && export TG_TEST_REJECT_AFTER_TIME=${TG_TEST_REJECT_AFTER_TIME:-8}
tgl_scenario 24-key-expiry-drops tailgate-only

reject=${TG_TEST_REJECT_AFTER_TIME:-}
[ -n "$reject" ] || tgl_skip "TG_TEST_REJECT_AFTER_TIME not set (needs a TG_TEST_BUILD gateway)"
[ "$reject" -le 20 ] || tgl_skip "TG_TEST_REJECT_AFTER_TIME=$reject is too long for this suite (max 20)"

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
exp0=$(gw_drops wg_key_expired); nk0=$(gw_drops no_keypair)
[ -n "$exp0" ] && [ -n "$nk0" ] || tgl_fail "no wg_key_expired/no_keypair counters on /metrics"

# c1's UDP flow; the internet host learns its NAT port
in_inet $PY -c 'import socket,sys
u=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.settimeout(10); u.bind((sys.argv[1], 9998))
d,(a,p)=u.recvfrom(64); print(a, p, flush=True)' $INET >"$TGL_TMP/flow" 2>"$TGL_TMP/flow.err" &
TGL_BG_PIDS+=($!)
c1_send() {
	in_c 1 $PY -c 'import socket,sys
u=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
u.bind(("0.0.0.0", 45001)); u.sendto(b"open", (sys.argv[1], 9998))' $INET
	[ -s "$TGL_TMP/flow" ]
}
wait_for 5 c1_send || tgl_fail "the internet host never saw c1's UDP flow: $(cat "$TGL_TMP/flow.err")"
read -r _ port <"$TGL_TMP/flow"

out=$(bash "$TGL_LAB" kill-cp 2>&1) || tgl_fail "kill-cp: $out"
wait_for $((reject + 4)) ping_fails 1 $INET || tgl_fail "c1: egress still works after REJECT_AFTER_TIME ($reject s) with the cp dead"
in_c 1 ping -n -c 3 -i 0.05 -W 0.2 $INET >/dev/null 2>&1
in_inet $PY -c 'import socket,sys
u=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
u.bind((sys.argv[1], 9998))
for i in range(3): u.sendto(b"after expiry", (sys.argv[2], int(sys.argv[3])))' $INET $GW_EGRESS "$port" ||
	tgl_fail "internet host: send to the NAT port"

out=$(bash "$TGL_LAB" restart-cp 2>&1) || tgl_fail "restart-cp: $out"
wait_for 5 drops_above wg_key_expired -1 || tgl_fail "metrics not back after restarting the cp"
expect_drop wg_key_expired "$exp0" 2 "c1's data messages on its expired session"
expect_drop no_keypair "$nk0" 2 "replies to c1's flow after its session expired"
tgl_done
