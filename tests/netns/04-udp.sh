#!/usr/bin/env bash
# 04-udp: UDP through the tunnel: datagrams of random size echoed back and
# checked byte for byte (every one must come back), a DNS query answered by
# the internet host's dnsmasq, and a short iperf3 -u run (20 Mbit/s) with little loss.
#
#   tgl-c1 --+                                   +-- udp echo :7, dnsmasq :53,
#            +- br0 -- [tgl-gw] -- inet0 == eth0 +   iperf3 -s :5201
#   tgl-c2 --+                                       (198.51.100.2, 203.0.113.x)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 04-udp

for i in $(seq 1 "$LAB_CLIENTS"); do
	wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"
	for dst in $INET $REMOTE2; do
		out=$(in_c "$i" timeout 20 $PY "$TGL_ROOT/tests/netns/udp_check.py" "$dst" 7 200 100 2>&1) ||
			tgl_fail "c$i: UDP echo via $dst: $out"
	done
done

out=$(in_c 1 timeout 5 busybox nslookup www.tgl.test $INET 2>&1)
echo "$out" | grep -q "Address: $REMOTE1" || tgl_fail "c1: DNS www.tgl.test via $INET: $(echo "$out" | tr '\n' ' ')"

json=$(in_c 2 timeout 15 iperf3 -c $INET -u -b 20M -l 1200 -t 2 --json 2>&1) || tgl_fail "c2: iperf3 -u failed: $(echo "$json" | grep -m1 error)"
res=$(echo "$json" | $PY -c '
import json, sys
s = json.load(sys.stdin)["end"]["sum"]
print(s["packets"], s["lost_percent"])') || tgl_fail "c2: could not read iperf3 result"
read -r pkts lost <<<"$res"
[ "$pkts" -gt 1000 ] || tgl_fail "c2: iperf3 -u sent only $pkts datagrams"
awk -v l="$lost" 'BEGIN { exit !(l < 5) }' || tgl_fail "c2: iperf3 -u lost $lost% (limit 5%)"
tgl_pass
