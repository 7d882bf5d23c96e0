#!/usr/bin/env bash
# 16-icmp-errors (tailgate only): ICMP errors the gateway generates come back
# through the tunnel.
#  - Time Exceeded: c1 pings the internet host with TTL 1; the dataplane
#    answers with ICMP Time Exceeded, encrypted to c1.
#  - Fragmentation Needed: c1's tunnel MTU is raised above the gateway's
#    egress MTU (1500) and c1 sends a DF packet of 1572 bytes; the dataplane
#    answers with Frag Needed carrying MTU 1500, and c1's kernel learns it.
#
#   tgl-c1 --(WireGuard)--> [tgl-gw: TTL/MTU checks] -x-> inet0 (1500)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 16-icmp-errors tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"

out=$(in_c 1 ping -n -c 1 -t 1 -W 2 $INET 2>&1)
grep -qi "time to live exceeded" <<<"$out" || tgl_fail "c1: no Time Exceeded for TTL 1 (ping said: $(tr '\n' ' ' <<<"$out"))"

ip -n "$(c_ns 1)" link set "$(c_if 1)" mtu 1600 || tgl_fail "raise c1's tunnel MTU"
out=$(in_c 1 ping -n -c 2 -M do -s 1544 -W 2 $INET 2>&1)
grep -qiE "frag needed|message too long|mtu ?= ?1500" <<<"$out" ||
	tgl_fail "c1: no Fragmentation Needed (mtu 1500) for a 1572-byte DF packet (ping said: $(tr '\n' ' ' <<<"$out"))"
in_c 1 ip route get $INET 2>/dev/null | grep -q "mtu 1500" ||
	tgl_fail "c1's kernel did not learn path MTU 1500: $(in_c 1 ip route get $INET | tr '\n' ' ')"
tgl_pass
