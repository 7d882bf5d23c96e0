#!/usr/bin/env bash
# 06-allowed-ips: the gateway forwards a decrypted packet only if its inner
# source is inside the sending peer's allowed IPs. c1 (allowed 100.64.0.11/32)
# sends pings from c2's address and from an unassigned tunnel address: none
# reaches the internet host; its own pings (same size marker) do.
#
#   tgl-c1 [tgl-wg-c1: 100.64.0.11, +100.64.0.12 (c2's), +100.64.0.99] --+
#                                   br0 -- [tgl-gw: c1 allowed 100.64.0.11/32]
#   tgl-ul port c1 <- tcpdump: the spoofed packets do go out, encrypted
#   tgl-inet eth0 <- tcpdump: ICMP of total length 805 (ping -s 777)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 06-allowed-ips

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
wait_for 10 ping1 2 $INET || tgl_fail "c2: tunnel not up"
ip -n "$(c_ns 1)" addr add 100.64.0.12/32 dev "$(c_if 1)" || tgl_fail "add spoof address"
ip -n "$(c_ns 1)" addr add 100.64.0.99/32 dev "$(c_if 1)" || tgl_fail "add spoof address"

cap="$TGL_TMP/inet.pcap"
cap_start $INET_NS eth0 "$cap" icmp and 'ip[2:2] = 805'

# Watch c1's underlay port: each spoofed 805-byte packet leaves c1 as one
# WireGuard data message of 16 + 816 (padded) + 16 bytes, UDP length 856.
ulcap="$TGL_TMP/ul.pcap"
cap_start $UL_NS c1 "$ulcap" udp and dst port 51820 and 'udp[4:2] = 856'
ulpid=$CAP_PID
for src in 100.64.0.12 100.64.0.99; do
	in_c 1 ping -n -c 3 -i 0.2 -W 1 -s 777 -I "$src" $INET >/dev/null 2>&1 &&
		tgl_fail "c1: ping from $src (outside its allowed IPs) got a reply"
done
cap_stop "$ulpid" "$ulcap"
# The spoofed packets did go to the gateway, encrypted (so the drop happened there).
n=$(tcpdump -n -r "$ulcap" 2>/dev/null | wc -l)
[ "$n" -ge 6 ] || tgl_fail "only $n of the 6 spoofed packets left c1 towards the gateway"
# Positive control: the same marker from c1's own address is seen.
in_c 1 ping -n -c 2 -i 0.2 -W 1 -s 777 -I "$(c_tun 1)" $INET >/dev/null 2>&1 ||
	tgl_fail "c1: ping from its own address failed"
cap_stop "$CAP_PID" "$cap"
n=$(tcpdump -n -r "$cap" 2>/dev/null | grep -c "echo request")
[ "$n" -eq 2 ] || tgl_fail "the internet host saw $n marked echo requests, want exactly the 2 legitimate ones: $(tcpdump -n -r "$cap" 2>/dev/null | head -8 | tr '\n' ' ')"

# c2 (whose address c1 tried) is unaffected.
ping1 2 $INET || tgl_fail "c2 lost connectivity"
tgl_pass
