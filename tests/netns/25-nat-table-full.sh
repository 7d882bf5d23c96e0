#!/usr/bin/env bash
# 25-nat-table-full (tailgate only): the conntrack table runs out before
# the ports do. The gateway starts with tables.nat_sessions = 1024 (the
# minimum; one worker, one partition) and c1, which already has a ping
# flow through the NAT, opens 1500 UDP flows to the internet host (one
# datagram each from source ports 30000..31499, raw IP on its WireGuard
# interface). About 1024 mappings fit (the region's NAT area holds
# nat_sessions entries, a few more from rounding); the rest are dropped as
# nat_table_full, never as nat_port_exhausted (4536 ports are free). The
# internet host sees only the egress address from the NAT range and no
# more distinct ports than the table holds, and the established ping flow
# keeps working while new flows are refused (fail closed for new state,
# nothing broken for old).
#
#   tgl-c1 (ping + 1500 flows) --(tunnel)--> [tgl-gw NAT: 1024 entries] --> tgl-inet :9
#                                              the rest: nat_table_full
#
export TGL_TABLES_CONF='nat_sessions = 1024;'
. "$(dirname "$0")/lib.sh"
tgl_scenario 25-nat-table-full tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
tf=$(gw_drops nat_table_full)
pe=$(gw_drops nat_port_exhausted)
[ -n "$tf" ] && [ -n "$pe" ] || tgl_fail "no drop counters nat_table_full / nat_port_exhausted on /metrics"

# The established flow: one ping process (one ICMP id, one mapping).
bg in_c 1 stdbuf -oL ping -n -i 0.1 "$INET"
ping_log=$TGL_TMP/bg.log
replies() { grep -c "bytes from $INET" "$ping_log"; }
replies_ge() { [ "$(replies)" -ge "$1" ]; }
wait_for 5 replies_ge 3 || tgl_fail "c1: background ping gets no replies"
cap_start $INET_NS eth0 "$TGL_TMP/inet.pcap" "udp and dst port 9"
udp_flows 1 30000 1500 9
wait_for 10 drops_above nat_table_full $((tf + 300)) ||
	tgl_check_fail "1500 flows over 1024 entries: nat_table_full only $tf -> $(gw_drops nat_table_full)"
[ "$(gw_drops nat_port_exhausted)" = "$pe" ] ||
	tgl_check_fail "nat_port_exhausted moved ($pe -> $(gw_drops nat_port_exhausted)): the table, not the ports, must run out"
# The flow that was there before the table filled still passes; a new
# one (a new ping, a new ICMP id) does not.
r0=$(replies)
wait_for 5 replies_ge $((r0 + 5)) ||
	tgl_check_fail "c1's established ping flow broke when the table filled ($r0 -> $(replies) replies)"
if ping1 1 $INET; then tgl_check_fail "a new flow passed through a full table"; fi
cap_stop "$CAP_PID" "$TGL_TMP/inet.pcap"
tcpdump -r "$TGL_TMP/inet.pcap" -n 2>/dev/null | awk '{print $3}' >"$TGL_TMP/srcs"
bad=$(grep -vcE "^$GW_EGRESS\.(6[1-5][0-9]{3})$" "$TGL_TMP/srcs")
[ "$bad" -eq 0 ] || tgl_check_fail "$bad datagram(s) not from the egress NAT range: $(grep -vE "^$GW_EGRESS\." "$TGL_TMP/srcs" | head -3 | tr '\n' ' ')"
ports=$(sort -u "$TGL_TMP/srcs" | wc -l)
[ "$ports" -le 1100 ] || tgl_check_fail "$ports distinct NAT ports used, the table holds ~1024 entries"
[ "$ports" -ge 900 ] || tgl_check_fail "only $ports flows reached the internet host"
echo "  flows through: $ports of 1500; nat_table_full +$(( $(gw_drops nat_table_full) - tf ))" >&2
tgl_done
