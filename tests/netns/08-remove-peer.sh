#!/usr/bin/env bash
# 08-remove-peer: `wg set tgl-gw0 peer C1 remove` on the gateway (stock wg
# on the UAPI socket) stops c1's traffic at once, in both directions, while
# c2 carries on; c1 never gets a new handshake.
#
#   tgl-c1 --x                            (peer removed on the gateway)
#            +- br0 -- [tgl-gw] -- inet
#   tgl-c2 --+                            (unaffected)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 08-remove-peer

for i in 1 2; do wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"; done
# A flow in progress: UDP echoes from c1 are answered up to the removal.
ping1 1 $REMOTE1 || tgl_fail "c1: no ping before removal"

wg set $GW_IF peer "$(c_pub 1)" remove || tgl_fail "wg set remove failed"
wg show $GW_IF peers | grep -qF "$(c_pub 1)" && tgl_fail "peer still listed after remove"
# The very first probe after the removal must already fail, and all after it.
for n in 1 2 3; do
	ping1 1 $INET && tgl_fail "c1: ping $n after removal got a reply"
done
out=$(in_c 1 timeout 5 $PY "$TGL_ROOT/tests/netns/udp_check.py" $INET 7 5 1 2>&1) &&
	tgl_fail "c1: UDP echo after removal got answers: $out"
in_c 1 curl -s --max-time 2 -o /dev/null "http://$INET/hello.txt" && tgl_fail "c1: HTTP after removal worked"
ping1 2 $INET || tgl_fail "c2 lost connectivity when c1 was removed"
gw_has_handshake 1 && tgl_fail "gateway shows a handshake for the removed peer"
tgl_pass
