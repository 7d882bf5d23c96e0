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

cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "udp and dst port 9"
udp_flows 1 20000 5000 9
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
