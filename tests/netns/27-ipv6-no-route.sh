#!/usr/bin/env bash
# 27-ipv6-no-route (tailgate only): IPv6 is on (egress.ipv6 = true) but
# tailgate has no IPv6 egress yet (docs/status.md). c1 is allowed an IPv6
# tunnel address (fd00:64::11/128 on the gateway, ::/0 on c1) and sends
# IPv6 UDP through the tunnel to 2001:db8::1 (raw IPv6 on its WireGuard
# interface; the lab's namespaces have no IPv6 stack of their own). The
# gateway decrypts it, accepts the source, finds no route and drops it as
# no_route (in static mode the gateway has no tailnet IPv6 address to
# answer from, so no ICMPv6 error); nothing IPv6 leaves on the internet
# side; c1's IPv4 traffic is unaffected.
#
#   tgl-c1 (fd00:64::11 -> 2001:db8::1) --(tunnel)--> [tgl-gw: no IPv6 route] -X-> tgl-inet
#                                                     no_route
#
export TGL_EGRESS_CONF='ipv6 = true;'
. "$(dirname "$0")/lib.sh"
tgl_scenario 27-ipv6-no-route tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
base=$(gw_drops no_route)
[ -n "$base" ] || tgl_fail "no drop counter no_route on /metrics"
wg set $GW_IF peer "$(c_pub 1)" allowed-ips "$(c_tun 1)/32,fd00:64::11/128" ||
	tgl_fail "gateway: IPv6 allowed IP for c1 refused"
in_c 1 wg set "$(c_if 1)" peer "$(cat "$TGL_STATE/keys/gw.pub")" allowed-ips 0.0.0.0/0,::/0 ||
	tgl_fail "c1: ::/0 for the gateway"
srcrej=$(gw_drops inner_src_not_allowed)

cap_start $GW_NS inet0 "$TGL_TMP/inet6.pcap" ip6
out=$(in_c 1 $PY - "$(c_if 1)" 2>&1 <<'PYEOF'
import socket, struct, sys
ifc = sys.argv[1]
src = socket.inet_pton(socket.AF_INET6, "fd00:64::11")
dst = socket.inet_pton(socket.AF_INET6, "2001:db8::1")
s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM)
for i in range(10):
    pl = b"no-route-%02d" % i
    ulen = 8 + len(pl)
    ph = src + dst + struct.pack("!I3xB", ulen, 17)
    udp = struct.pack("!HHHH", 40000 + i, 9, ulen, 0) + pl
    b = ph + udp + (b"\0" if len(udp) % 2 else b"")
    c = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while c >> 16:
        c = (c & 0xffff) + (c >> 16)
    udp = udp[:6] + struct.pack("!H", (~c & 0xffff) or 0xffff) + udp[8:]
    ip6 = struct.pack("!IHBB", 6 << 28, ulen, 17, 64) + src + dst
    s.sendto(ip6 + udp, (ifc, 0x86DD))
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "IPv6 from c1 failed: $(tail -3 <<<"$out" | tr '\n' ' ')"
wait_for 5 drops_above no_route $((base + 9)) ||
	tgl_check_fail "10 IPv6 datagrams without a route: no_route $base -> $(gw_drops no_route)"
[ "$(gw_drops inner_src_not_allowed)" = "$srcrej" ] ||
	tgl_check_fail "the allowed IPv6 source was refused (inner_src_not_allowed $srcrej -> $(gw_drops inner_src_not_allowed))"
ping1 1 $INET || tgl_check_fail "c1's IPv4 traffic broke"
cap_stop "$CAP_PID" "$TGL_TMP/inet6.pcap"
n=$(tcpdump -r "$TGL_TMP/inet6.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_check_fail "$n IPv6 packet(s) left on the internet side"
echo "  no_route +$(( $(gw_drops no_route) - base )) of 10" >&2
tgl_done
