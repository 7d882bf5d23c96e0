#!/usr/bin/env bash
# 10-egress-only-egress-addr: whatever the clients send (ICMP, TCP, UDP, DNS,
# to every internet address), the internet host only ever sees the gateway's
# egress address 198.51.100.1 as source: never a tunnel (100.64.0.0/10) or
# underlay (192.0.2.0/24) address.
#
#   tgl-c1 --+                                       tcpdump: src of all IPv4
#            +- br0 -- [tgl-gw] -- inet0 == eth0 ------ tgl-inet
#   tgl-c2 --+          198.51.100.1    198.51.100.2, 203.0.113.10/.20
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 10-egress-only-egress-addr

cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" ip
for i in 1 2; do
	wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"
	for dst in $INET $REMOTE1 $REMOTE2; do
		ping1 "$i" $dst || tgl_fail "c$i: ping $dst"
		in_c "$i" curl -s --max-time 5 -o /dev/null "http://$dst/hello.txt" || tgl_fail "c$i: HTTP to $dst"
		out=$(in_c "$i" timeout 10 $PY "$TGL_ROOT/tests/netns/udp_check.py" $dst 7 10 100 2>&1) || tgl_fail "c$i: UDP to $dst: $out"
	done
	out=$(in_c "$i" timeout 5 busybox nslookup www.tgl.test $INET 2>&1)
	grep -q "Address: $REMOTE1" <<<"$out" || tgl_fail "c$i: DNS: $out"
done
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"

srcs=$(tcpdump -n -r "$TGL_TMP/inet.pcap" 2>/dev/null | awk '$2 == "IP" {print $3}' | sed -E 's/^([0-9]+\.[0-9]+\.[0-9]+\.[0-9]+).*/\1/' | sort | uniq -c)
foreign=$(echo "$srcs" | awk '{print $2}' | grep -vxE "198\.51\.100\.[12]|203\.0\.113\.(10|20)" || true)
[ -z "$foreign" ] || tgl_fail "internet host saw sources other than the egress address: $(echo "$foreign" | tr '\n' ' ')"
n=$(echo "$srcs" | awk '$2 == "198.51.100.1" {print $1}')
[ "${n:-0}" -ge 30 ] || tgl_fail "only ${n:-0} packets from the egress address; the capture saw too little"
tgl_pass
