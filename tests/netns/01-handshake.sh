#!/usr/bin/env bash
# 01-handshake: both clients complete a handshake with the gateway, seen by
# `wg show` on both ends; a client whose key the gateway does not know never
# completes one (and gets no traffic through).
#
#   tgl-c1 [tgl-wg-c1 key c1] ---+
#                                +-- br0 (tgl-ul) -- ul0 [tgl-gw: tgl-gw0, peers c1, c2]
#   tgl-c2 [tgl-wg-c2 key X ] ---+        X: a fresh key, not a gateway peer
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 01-handshake

# c2 switches to a private key the gateway has never seen, before any traffic.
(umask 077; wg genkey >"$TGL_TMP/rogue.key")
wg set "$(c_if 2)" private-key "$TGL_TMP/rogue.key" || tgl_fail "wg set private-key on c2"

# Trigger handshakes from both (wireguard-go initiates on first packet).
bg in_c 1 ping -n -c 20 -i 0.2 -W1 $INET
bg in_c 2 ping -n -c 20 -i 0.2 -W1 $INET

wait_for 10 c_has_handshake 1 || tgl_fail "c1: no handshake within 10 s (client side)"
wait_for 5 gw_has_handshake 1 || tgl_fail "c1: the gateway reports no handshake"
wait_for 5 ping1 1 $INET || tgl_fail "c1: handshake done but no ping through"

# The rogue client keeps initiating; give it the time c1 needed plus 2 s
# (its first initiation is sent at once, the next after REKEY_TIMEOUT).
no_hs_c2() { ! c_has_handshake 2; }
holds 3 no_hs_c2 ||
	tgl_fail "c2 with an unknown key completed a handshake"
gw_has_handshake 2 && tgl_fail "the gateway shows a handshake for c2's registered key"
ping1 2 $INET && tgl_fail "c2 with an unknown key got a ping through"
tgl_pass
