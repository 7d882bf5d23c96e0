#!/usr/bin/env bash
# 09-capture: on the underlay there is nothing but WireGuard: a capture of
# the gateway's bridge port (everything to and from the gateway) holds only ARP and UDP whose payload is
# a well-formed WireGuard message (types 1-4), and a marker string sent
# through the tunnel (HTTP URL, UDP payload) never appears in it, while the
# internet host's capture does show the marker (so the test can see it).
#
#   tgl-c1 --+                                 tcpdump (plaintext side)
#            +- br0 -(gw port: tcpdump)- [tgl-gw] -- inet0 == eth0 tgl-inet
#   tgl-c2 --+   (ciphertext only)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 09-capture

marker="tgl-marker-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cap_start $UL_NS gw "$TGL_TMP/ul.pcap"
ulcap=$CAP_PID
cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap"
inetcap=$CAP_PID

for i in 1 2; do
	wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"
	in_c "$i" curl -s --max-time 5 -o /dev/null "http://$INET/hello.txt?$marker" || tgl_fail "c$i: HTTP failed"
	in_c "$i" $PY -c "
import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(2)
s.sendto(b'$marker', ('$REMOTE2', 7)); assert s.recv(100) == b'$marker'" || tgl_fail "c$i: UDP echo failed"
done
cap_stop $ulcap "$TGL_TMP/ul.pcap"
cap_stop $inetcap "$TGL_TMP/inet.pcap"

grep -qaF "$marker" "$TGL_TMP/inet.pcap" || tgl_fail "positive control: marker not seen on the internet side"
out=$($PY "$TGL_ROOT/tests/netns/pcap_wg_check.py" "$TGL_TMP/ul.pcap" "$marker" 2>&1) ||
	tgl_fail "underlay capture: $(echo "$out" | tr '\n' ' ')"
# The capture began before any traffic: it holds both handshakes and data.
echo "$out" | grep -Eq "1: [1-9].*2: [1-9].*4: [1-9]" || tgl_fail "underlay capture lacks handshake or data messages: $out"
tgl_pass
