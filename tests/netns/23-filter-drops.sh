#!/usr/bin/env bash
# 23-filter-drops (tailgate only): with a static packet filter
# (wireguard.filter_file, docs/filter.md "Static mode"), what the filter
# refuses is dropped and counted under the filter's reason. The lab's
# generated config gets a filter_file letting c1 reach only the internet
# host's UDP echo port on 203.0.113.10, and the cp is restarted to load
# it (rules name 203.0.113.10: 198.51.100.0/24 is the gateway's own LAN,
# never local for an exit node). c1 then writes raw IP packets onto its WireGuard interface:
#  - UDP to the internet host's port 9 (no rule)      -> filter_no_rule
#  - UDP to 100.64.0.99 (CGNAT: not local for an exit) -> filter_local_denied
#  - UDP to 224.0.0.5                                  -> filter_multicast
#  - UDP to 169.254.1.1                                -> filter_link_local
#  - UDP with a 4-byte (truncated) header, which the
#    filter's decoder cannot parse                     -> filter_bad_packet
# while UDP echo through the exit still works.
#
#   tgl-c1: AF_PACKET on tgl-wg-c1 --(tunnel)--> [tgl-gw: decap, filter] -x-> inet0
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 23-filter-drops tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
cat >"$TGL_TMP/filter.json" <<EOF
[ { "SrcIPs": ["$(c_tun 1)"], "DstPorts": [ { "IP": "$REMOTE1", "Ports": { "First": 7, "Last": 7 } } ] } ]
EOF
cfg=$TGL_STATE/tailgate.cfg
grep -q '^ *listen_port = ' "$cfg" || tgl_fail "no listen_port line in $cfg"
sed -i "s|^\( *\)listen_port = \(.*\)|&\n\1filter_file = \"$TGL_TMP/filter.json\";|" "$cfg"
out=$(bash "$TGL_LAB" restart-cp 2>&1) || tgl_fail "restart-cp with a filter_file: $(tail -2 <<<"$out" | tr '\n' ' ')"
for i in 1 2; do
	wg set $GW_IF peer "$(c_pub $i)" allowed-ips "$(c_tun $i)/32" || tgl_fail "re-add peer c$i"
done
echo_ok() {
	in_c 1 $PY -c 'import socket,sys
u=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.settimeout(0.5)
u.sendto(b"filter", (sys.argv[1], 7)); sys.exit(0 if u.recv(64) == b"filter" else 1)' $REMOTE1
}
wait_for 10 echo_ok || tgl_fail "c1: UDP echo through the exit does not work with the filter loaded"

reasons="filter_no_rule filter_local_denied filter_multicast filter_link_local filter_bad_packet"
declare -A base
for r in $reasons; do base[$r]=$(gw_drops "$r"); [ -n "${base[$r]}" ] || tgl_fail "no drop counter $r on /metrics"; done
out=$(in_c 1 $PY - "$(c_if 1)" "$(c_tun 1)" "$REMOTE1" 2>&1 <<'PYEOF'
import socket, sys
from scapy.all import IP, UDP, Raw
ifc, me, inet = sys.argv[1:4]
s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM)
for dst, l4 in ((inet, UDP(sport=41000, dport=9)), ("100.64.0.99", UDP(sport=41001, dport=7)),
                ("224.0.0.5", UDP(sport=41002, dport=7)), ("169.254.1.1", UDP(sport=41003, dport=7)),
                (inet, None)):
    pkt = IP(src=me, dst=dst) / l4 / Raw(b"filtered") if l4 else IP(src=me, dst=dst, proto=17) / Raw(b"\xa0\x28\x00\x07")
    s.sendto(bytes(pkt), (ifc, 0x0800))
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "crafting on c1 failed: $(tail -3 <<<"$out" | tr '\n' ' ')"
expect_drop filter_no_rule "${base[filter_no_rule]}" 2 "UDP to a port no rule allows"
expect_drop filter_local_denied "${base[filter_local_denied]}" 2 "UDP to 100.64.0.99"
expect_drop filter_multicast "${base[filter_multicast]}" 2 "UDP to 224.0.0.5"
expect_drop filter_link_local "${base[filter_link_local]}" 2 "UDP to 169.254.1.1"
expect_drop filter_bad_packet "${base[filter_bad_packet]}" 2 "a truncated UDP header"
echo_ok || tgl_check_fail "c1: UDP echo broken after the filtered packets"
tgl_done
