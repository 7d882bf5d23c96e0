#!/usr/bin/env bash
# 32-first-contact: the first packet to a host the gateway has never
# talked to on its own link is not lost while the gateway resolves the
# host's MAC. The internet host gets a second address on the egress link,
# 198.51.100.20, that nothing has used; c1's single ping to it must be
# answered (one echo request, one try, 2 s). A kernel router queues such a
# packet while ARP runs; tailgate holds it too (path counter tx_parked,
# docs/dataplane.md "Next hops"), where it used to drop it as no_neighbor.
# Then, with the host gone, a ping to 198.51.100.21 (no such host) is held
# for at most a second and dropped as no_neighbor, nothing reaching the
# link but ARP.
#
#   tgl-c1 --(tunnel)--> [tgl-gw: MAC of 198.51.100.20? ARP; hold] --> tgl-inet eth0 .2, .20
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 32-first-contact

NEW=198.51.100.20
wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
in_gw ip neigh show $NEW | grep -q . && tgl_fail "gateway already has a neighbour entry for $NEW: $(in_gw ip neigh show $NEW)"
in_inet ip addr add $NEW/24 dev eth0 || tgl_fail "add $NEW on the internet host"
p0=0; n0=0
if gw_is_tailgate; then
	p0=$(gw_path tx_parked); n0=$(gw_drops no_neighbor)
	[ -n "$p0" ] && [ -n "$n0" ] || tgl_fail "no tx_parked / no_neighbor counter on /metrics"
fi
t0=$(now_ms)
in_c 1 ping -n -c1 -W2 $NEW >/dev/null 2>&1 || tgl_fail "c1: the first ping to $NEW (never contacted) was not answered"
echo "      first ping to a new on-link host: $(( $(now_ms) - t0 )) ms"
if gw_is_tailgate; then
	p=$(( $(gw_path tx_parked) - p0 ))
	[ "$p" -ge 1 ] || tgl_fail "the ping was answered but did not wait for the MAC (tx_parked +$p): was $NEW resolved before?"
	[ "$(gw_drops no_neighbor)" = "$n0" ] || tgl_fail "no_neighbor moved: $n0 -> $(gw_drops no_neighbor)"
fi

# no such host: held, then dropped and counted; nothing but ARP on the link
cap_start $INET_NS eth0 "$TGL_TMP/absent.pcap" "host 198.51.100.21 and not arp"
in_c 1 ping -n -c1 -W1 198.51.100.21 >/dev/null 2>&1 && tgl_fail "a ping to 198.51.100.21 (no such host) was answered"
if gw_is_tailgate; then
	expect_drop no_neighbor "$n0" 4 "a ping to an absent on-link host (held 1 s, then dropped)"
fi
cap_stop "$CAP_PID" "$TGL_TMP/absent.pcap"
n=$(tcpdump -r "$TGL_TMP/absent.pcap" -n 2>/dev/null | wc -l)
[ "$n" -eq 0 ] || tgl_check_fail "$n packet(s) to the absent host left the gateway: $(tcpdump -r "$TGL_TMP/absent.pcap" -n 2>/dev/null | head -2 | tr '\n' ' ')"
tgl_done
