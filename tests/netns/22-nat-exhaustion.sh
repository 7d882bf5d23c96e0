#!/usr/bin/env bash
# 22-nat-exhaustion (tailgate only): the NAT runs out of ports. The lab's
# NAT range is 61000..65535 (4536 ports per protocol); c1 opens 5000 UDP
# flows to the internet host (one datagram each from source ports
# 20000..24999, raw IP written onto its WireGuard interface), so the ports
# run out and the rest are dropped as nat_port_exhausted. Every datagram the
# internet host sees comes from the egress address inside the NAT range, and
# no more distinct ports than the range holds are used.
#
#   tgl-c1 (5000 flows) --(tunnel)--> [tgl-gw NAT: 4536 ports] --> tgl-inet :9
#                                       the rest: nat_port_exhausted
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 22-nat-exhaustion tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
b=$(gw_drops nat_port_exhausted)
[ -n "$b" ] || tgl_fail "no drop counter nat_port_exhausted on /metrics"

ip -n "$(c_ns 1)" link set "$(c_if 1)" txqueuelen 10000 || tgl_fail "c1: txqueuelen"
cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "udp and dst port 9"
out=$(in_c 1 $PY - "$(c_if 1)" "$(c_tun 1)" "$INET" 2>&1 <<'PYEOF'
import socket, struct, sys, time
ifc, me, inet = sys.argv[1:4]
src, dst = socket.inet_aton(me), socket.inet_aton(inet)
def csum(b):
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM)
for i, sport in enumerate(range(20000, 25000)):
    udp = struct.pack("!HHHH", sport, 9, 12, 0) + b"exha"
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), i & 0xffff, 0, 64, 17, 0, src, dst)
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    s.sendto(h + udp, (ifc, 0x0800))
    if i % 128 == 127:
        time.sleep(0.01)  # pacing, so no queue on the way overflows
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "flows from c1 failed: $(tail -3 <<<"$out" | tr '\n' ' ')"
wait_for 10 drops_above nat_port_exhausted $((b + 400)) ||
	tgl_check_fail "5000 flows over 4536 NAT ports: nat_port_exhausted only $b -> $(gw_drops nat_port_exhausted)"
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"
tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | awk '{print $3}' >"$TGL_TMP/srcs"
bad=$(grep -vcE "^$GW_EGRESS\.(6[1-5][0-9]{3})$" "$TGL_TMP/srcs")
[ "$bad" -eq 0 ] || tgl_check_fail "$bad datagram(s) not from the egress NAT range: $(grep -vE "^$GW_EGRESS\." "$TGL_TMP/srcs" | head -3 | tr '\n' ' ')"
ports=$(sort -u "$TGL_TMP/srcs" | wc -l)
[ "$ports" -le 4536 ] || tgl_check_fail "$ports distinct NAT ports used, the range holds 4536"
[ "$ports" -ge 4000 ] || tgl_check_fail "only $ports flows reached the internet host"
tgl_done
