#!/usr/bin/env bash
# 20-inner-drops (tailgate only): inner packets the gateway must not forward,
# sent THROUGH the tunnel. c1 writes raw IP packets (built with scapy) onto
# its WireGuard interface with an AF_PACKET socket; wireguard-go encrypts
# whatever the kernel hands it (c1's peer gets ::/0 as well, so IPv6 goes
# in too). Each is dropped after decryption and counted:
#  - an IPv6 packet while the gateway's IPv6 is off     -> ipv6_disabled
#  - IPv4 with a bad header checksum                    -> inner_bad_packet
#  - source 100.64.0.99 (not c1's allowed IP)           -> inner_src_not_allowed
#  - destination 100.64.0.99 (CGNAT: another peer's)    -> dst_local_denied
#  - a first fragment (MF) of a UDP datagram            -> ip_fragment
#  - GRE (protocol 47) to the internet host             -> nat_unsupported_proto
#  - ICMP Timestamp request to the internet host        -> icmp_unsupported
#  - a 1572-byte packet without DF, above the egress
#    MTU (1500; no fragmentation)                       -> too_big
#  - UDP to 198.51.100.77, on the egress link but absent
#    (held 1 s while the kernel's ARP gets no answer)   -> no_neighbor
# Nothing of it reaches the internet host's link.
#
#   tgl-c1: AF_PACKET on tgl-wg-c1 --(wireguard-go, encrypted)--> [tgl-gw: decap,
#           checks, NAT] -x-> inet0 == tgl-inet (capture: must stay empty)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 20-inner-drops tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
wg set "$(c_if 1)" peer "$(cat "$TGL_STATE/keys/gw.pub")" allowed-ips 0.0.0.0/0,::/0 ||
	tgl_fail "c1: allowed-ips ::/0"
# the 1572-byte packet: the tunnel and the underlay must carry it (as in 16-*)
for l in "$(c_ns 1) ul0" "$UL_NS c1" "$UL_NS gw" "$UL_NS br0" "$GW_NS ul0"; do
	set -- $l
	ip -n "$1" link set "$2" mtu 1700 || tgl_fail "underlay MTU 1700 on $1/$2"
done
ip -n "$(c_ns 1)" link set "$(c_if 1)" mtu 1600 || tgl_fail "raise c1's tunnel MTU"

reasons="ipv6_disabled inner_bad_packet inner_src_not_allowed dst_local_denied ip_fragment nat_unsupported_proto icmp_unsupported too_big no_neighbor"
declare -A base
for r in $reasons; do base[$r]=$(gw_drops "$r"); [ -n "${base[$r]}" ] || tgl_fail "no drop counter $r on /metrics"; done

cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "not arp"
out=$(in_c 1 $PY - "$(c_if 1)" "$(c_tun 1)" "$INET" 2>&1 <<'PYEOF'
import socket, sys
from scapy.all import IP, IPv6, UDP, ICMP, GRE, Raw
ifc, me, inet = sys.argv[1:4]
def send(pkt, v6=False):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM)
    s.sendto(bytes(pkt), (ifc, 0x86DD if v6 else 0x0800))
    s.close()
send(IPv6(src="2001:db8::11", dst="2001:db8::2") / UDP(sport=40000, dport=7) / Raw(b"v6"), v6=True)
send(IP(src=me, dst=inet, chksum=0x1234) / UDP(sport=40001, dport=7) / Raw(b"bad csum"))
send(IP(src="100.64.0.99", dst=inet) / UDP(sport=40002, dport=7) / Raw(b"spoofed"))
send(IP(src=me, dst="100.64.0.99") / UDP(sport=40003, dport=7) / Raw(b"cgnat"))
send(IP(src=me, dst=inet, flags="MF", id=777) / UDP(sport=40004, dport=7) / Raw(b"f" * 64))
send(IP(src=me, dst=inet) / GRE() / Raw(b"gre"))
send(IP(src=me, dst=inet) / ICMP(type=13) / Raw(b"\0" * 12))
send(IP(src=me, dst=inet, flags=0) / UDP(sport=40005, dport=7) / Raw(b"b" * 1544))
send(IP(src=me, dst="198.51.100.77") / UDP(sport=40006, dport=7) / Raw(b"nobody"))
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "crafting on c1 failed: $(tail -3 <<<"$out" | tr '\n' ' ')"

expect_drop ipv6_disabled "${base[ipv6_disabled]}" 2 "an inner IPv6 packet"
expect_drop inner_bad_packet "${base[inner_bad_packet]}" 2 "an inner IPv4 header with a bad checksum"
expect_drop inner_src_not_allowed "${base[inner_src_not_allowed]}" 2 "inner source 100.64.0.99"
expect_drop dst_local_denied "${base[dst_local_denied]}" 2 "inner destination 100.64.0.99"
expect_drop ip_fragment "${base[ip_fragment]}" 2 "an inner first fragment"
expect_drop nat_unsupported_proto "${base[nat_unsupported_proto]}" 2 "inner GRE"
expect_drop icmp_unsupported "${base[icmp_unsupported]}" 2 "an inner ICMP Timestamp request"
expect_drop too_big "${base[too_big]}" 2 "a 1572-byte inner packet without DF"
expect_drop no_neighbor "${base[no_neighbor]}" 4 "UDP to an absent on-link host (held 1 s, then dropped)"
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"
n=$(tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_check_fail "$n packet(s) reached the internet host: $(tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | head -3 | tr '\n' ' ')"
ping1 1 $INET || tgl_check_fail "c1: tunnel broken after the crafted packets"
tgl_done
