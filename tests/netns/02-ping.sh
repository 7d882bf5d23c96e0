#!/usr/bin/env bash
# 02-ping: ICMP echo through the tunnel to the internet host and to the
# "remote internet" addresses behind it, from every client.
#
#   tgl-c1 --+                                    +-- 198.51.100.2 (eth0)
#            +- br0 -- [tgl-gw] -- inet0 == eth0 -+-- 203.0.113.10 (lo)
#   tgl-c2 --+     underlay    tunnel -> NAT      +-- 203.0.113.20 (lo)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 02-ping

for i in $(seq 1 "$LAB_CLIENTS"); do
	for dst in $INET $REMOTE1 $REMOTE2; do
		# The first packet waits for the handshake; poll, bounded.
		wait_for 10 ping1 "$i" "$dst" || tgl_fail "c$i: no echo reply from $dst"
	done
	out=$(in_c "$i" ping -n -c 5 -i 0.2 -W1 $REMOTE1 2>&1)
	echo "$out" | grep -q ' 0% packet loss' || tgl_fail "c$i: loss pinging $REMOTE1: $(echo "$out" | grep loss)"
	# Larger than the tunnel MTU would allow unfragmented: still answered.
	in_c "$i" ping -n -c 1 -W 2 -s 1300 $INET >/dev/null || tgl_fail "c$i: 1300-byte ping to $INET failed"
done
tgl_pass
