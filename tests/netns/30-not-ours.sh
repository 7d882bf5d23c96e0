#!/usr/bin/env bash
# 30-not-ours (tailgate only): frames that are neither WireGuard nor NAT
# return traffic. The internet host sends the gateway 5 frames of a
# non-IP ethertype (0x88b5) and 5 UDP datagrams to its egress address,
# port 9999.
#  - afxdp: our XDP program passes them to the kernel; the dataplane
#    counts no drop for them and the kernel answers the UDP with ICMP
#    port unreachable.
#  - dpdk, with the net_af_xdp PMD's own catch-all XDP program
#    (TGL_DPDK_CATCH_ALL=1: every frame reaches the dataplane) and no
#    exception port: there is no kernel to hand them to, so they are
#    dropped and counted rx_not_ip and not_for_us (not "passed"), and
#    nothing answers. ARP cannot reach the kernel either, so every
#    neighbour in the lab is made static first (on both backends).
# Either way c1's traffic through the gateway is unaffected.
#
#   tgl-inet --5 x ethertype 0x88b5, 5 x UDP :9999--> tgl-gw inet0
#            afxdp: kernel (ICMP unreachable back)   dpdk catch-all: rx_not_ip, not_for_us
#
export TGL_DPDK_CATCH_ALL=1
. "$(dirname "$0")/lib.sh"
tgl_scenario 30-not-ours tailgate-only

mac_of() { ip -n "$1" link show "$2" | awk '/link\/ether/ {print $2}'; }
for i in 1 2; do
	ip -n $GW_NS neigh replace "$(c_ul "$i")" lladdr "$(mac_of "$(c_ns "$i")" ul0)" dev ul0 nud permanent &&
		ip -n "$(c_ns "$i")" neigh replace $GW_UL lladdr "$(gw_mac ul0)" dev ul0 nud permanent ||
		tgl_fail "static neighbours for c$i"
done
ip -n $GW_NS neigh replace $INET lladdr "$(mac_of $INET_NS eth0)" dev inet0 nud permanent &&
	ip -n $INET_NS neigh replace $GW_EGRESS lladdr "$(gw_mac inet0)" dev eth0 nud permanent ||
	tgl_fail "static neighbours for the internet host"
wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
nip=$(gw_drops rx_not_ip)
nfu=$(gw_drops not_for_us)
[ -n "$nip" ] && [ -n "$nfu" ] || tgl_fail "no drop counters rx_not_ip / not_for_us on /metrics"

cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "icmp and src host $GW_EGRESS"
out=$(in_inet $PY - "$(gw_mac inet0)" "$GW_EGRESS" 2>&1 <<'PYEOF'
import socket, sys
mac, gw = sys.argv[1:3]
dst = bytes.fromhex(mac.replace(":", ""))
raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
raw.bind(("eth0", 0))
src = raw.getsockname()[4]
for i in range(5):
    raw.send(dst + src + b"\x88\xb5" + b"not-ip-%d" % i + bytes(40))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(5):
    u.sendto(b"not-ours-%d" % i, (gw, 9999))
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "frames from the internet host failed: $(tail -3 <<<"$out" | tr '\n' ' ')"
if [ "$LAB_BACKEND" = dpdk ]; then
	wait_for 5 drops_above rx_not_ip $((nip + 4)) ||
		tgl_check_fail "5 non-IP frames, no kernel path: rx_not_ip $nip -> $(gw_drops rx_not_ip)"
	wait_for 5 drops_above not_for_us $((nfu + 4)) ||
		tgl_check_fail "5 datagrams to port 9999, no kernel path: not_for_us $nfu -> $(gw_drops not_for_us)"
else
	unreach() { [ "$(tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | grep -c 'udp port 9999 unreachable')" -ge 1 ]; }
	wait_for 5 unreach || tgl_check_fail "the gateway's kernel did not answer UDP :9999 (not passed to it?)"
	[ "$(gw_drops rx_not_ip)" = "$nip" ] && [ "$(gw_drops not_for_us)" = "$nfu" ] ||
		tgl_check_fail "afxdp counted frames the kernel gets: rx_not_ip $nip -> $(gw_drops rx_not_ip), not_for_us $nfu -> $(gw_drops not_for_us)"
fi
ping1 1 $INET || tgl_check_fail "c1's traffic broke"
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"
if [ "$LAB_BACKEND" = dpdk ]; then
	n=$(tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | grep -c 'unreachable')
	[ "$n" -eq 0 ] || tgl_check_fail "$n ICMP unreachable(s) came back: something passed the frames on"
fi
tgl_done
