#!/usr/bin/env bash
# Next-hop learning from the kernel (dataplane/neigh.c) through
# `tailgate-dp --resolve IFACE ADDR`, which runs the same table, netlink
# listener and NTF_USE resolution requests the workers use. Topology from
# io_lib.sh: tgio-a 192.0.2.1/24 (dp side) <-> tgio-b 192.0.2.2/24 (peer).
#   TG_BUILD=build bash tests/netns/io_neigh.sh
. "$(dirname "$0")/io_lib.sh"

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP io_neigh: needs root"
	echo "0 passed, 0 failed"
	exit 0
fi
trap io_cleanup EXIT
if ! io_topology; then
	echo "FAIL io_neigh/topology: cannot create namespaces"
	io_summary
	exit 1
fi

resolve() { ip netns exec "$NS_DP" "$DP" --resolve "$IF_DP" "$1" 2>>"$TMP/resolve.err"; }
PEER_MAC=$(ip -n "$NS_PE" -br link show dev "$IF_PE" | awk '{print $3}')

# Empty neighbour table: the lookup misses, the kernel is asked, ARP runs.
ip -n "$NS_DP" neigh flush dev "$IF_DP"
out=$(resolve 192.0.2.2)
check neigh/onlink_resolved_via_kernel_arp "got \"$out\", peer is $PEER_MAC" \
	grep -qi "lladdr $PEER_MAC" <<<"$out"
check neigh/kernel_table_has_entry "kernel has no entry for 192.0.2.2" \
	sh -c "ip -n '$NS_DP' neigh show 192.0.2.2 | grep -qi '$PEER_MAC'"

if resolve 192.0.2.99 >/dev/null; then
	fail neigh/unanswered_is_unresolved "an address nobody has resolved"
else
	pass neigh/unanswered_is_unresolved
fi

if resolve 198.51.100.9 >/dev/null; then
	fail neigh/offlink_without_route_unresolved "resolved with no default route"
else
	pass neigh/offlink_without_route_unresolved
fi

# A default route added while the listener runs is picked up (route event),
# and off-link destinations then use the gateway's MAC.
resolve 198.51.100.9 >"$TMP/late.out" &
rpid=$!
sleep 0.5
ip -n "$NS_DP" route add default via 192.0.2.2
wait "$rpid"
rc=$?
check neigh/route_added_live_learnt "exit $rc, got \"$(cat "$TMP/late.out")\"" \
	sh -c "[ $rc -eq 0 ] && grep -qi 'lladdr $PEER_MAC' '$TMP/late.out'"

# The default gateway is resolved when the listener starts, before any
# packet needs it: with an empty kernel table and only an unanswerable
# on-link address asked for, the kernel still learns the gateway's MAC.
ip -n "$NS_DP" neigh flush dev "$IF_DP"
resolve 192.0.2.99 >/dev/null
check neigh/gateway_primed_at_start "kernel has no entry for the gateway 192.0.2.2: $(ip -n "$NS_DP" neigh show)" \
	sh -c "ip -n '$NS_DP' neigh show 192.0.2.2 | grep -qi '$PEER_MAC'"

if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

io_summary
