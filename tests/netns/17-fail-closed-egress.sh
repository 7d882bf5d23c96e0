#!/usr/bin/env bash
# 17-fail-closed-egress (tailgate only): while traffic without a keypair, a
# route or a conntrack entry is offered, nothing leaves the gateway's egress
# port. Offered, with a capture on the gateway's internet link running:
#  - WireGuard data messages for receiver indexes nobody holds (no keypair),
#    sent to the gateway's listen port from c1's namespace;
#  - a removed peer (c2) that keeps sending through its old session;
#  - packets from the internet host to the egress address inside the NAT
#    port range with no conntrack entry, TCP and UDP.
# Each must be dropped and counted; the capture of what the gateway sends
# out of inet0 must stay empty (ARP aside).
#
#   tgl-c1 (forged type-4) --+
#   tgl-c2 (removed peer) ---+- br0 -- [tgl-gw] -- inet0 == tgl-inet (offers NAT-range packets)
#                                              ^ capture: src 198.51.100.1
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 17-fail-closed-egress tailgate-only

for i in 1 2; do wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"; done
wg set $GW_IF peer "$(c_pub 2)" remove || tgl_fail "remove c2"
drops() { in_gw curl -s -m 2 http://127.0.0.1:9100/metrics | awk -v r="$1" -F'[ ]' '$1 == "tailgate_drops_total{reason=\""r"\"}" {print $2}'; }
idx0=$(drops wg_unknown_index); nat0=$(drops nat_no_session)

cap_start $GW_NS inet0 "$TGL_TMP/egress.pcap" "src host $GW_EGRESS and not arp"
# forged data messages: type 4, random receiver index, counter, 32 bytes
in_c 1 $PY - "$GW_UL" <<'PYEOF'
import os, socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(50):
    msg = struct.pack("<BxxxIQ", 4, int.from_bytes(os.urandom(4), "little") | 1, i) + os.urandom(32)
    s.sendto(msg, (sys.argv[1], 51820))
PYEOF
# NAT-range packets with no conntrack entry, from the internet host
in_inet $PY - "$GW_EGRESS" <<'PYEOF'
import socket, sys
for port in (61000, 61001, 62000, 65535):
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b"no conntrack", (sys.argv[1], port))
    t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    t.settimeout(0.3)
    try:
        t.connect((sys.argv[1], port))
    except OSError:
        pass
    t.close()
PYEOF
# the removed peer keeps sending through its old session (foreground: ~1 s)
in_c 2 ping -n -c 10 -i 0.1 -W 1 $INET >/dev/null 2>&1 && tgl_fail "removed peer c2 got replies"
cap_stop "$CAP_PID" "$TGL_TMP/egress.pcap"

n=$(tcpdump -r "$TGL_TMP/egress.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_fail "the gateway sent $n packet(s) out of its egress port: $(tcpdump -r "$TGL_TMP/egress.pcap" -n 2>/dev/null | head -3 | tr '\n' ' ')"
[ "$(drops wg_unknown_index)" -ge $(( ${idx0:-0} + 50 )) ] || tgl_fail "forged data messages not counted as wg_unknown_index ($idx0 -> $(drops wg_unknown_index))"
[ "$(drops nat_no_session)" -gt "${nat0:-0}" ] || tgl_fail "NAT-range packets without conntrack not counted as nat_no_session ($nat0 -> $(drops nat_no_session))"
ping1 2 $INET && tgl_fail "removed peer c2 still gets through"
tgl_pass
