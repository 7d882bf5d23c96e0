#!/usr/bin/env bash
# 21-return-drops (tailgate only): packets from the internet to the egress
# address, inside the NAT port range, that the return path must drop. c1
# opens a UDP flow (c1:45000 -> internet host :9999) and the internet host
# learns its NAT port from what arrives; then the internet host sends, from
# :9999 unless said otherwise:
#  - 1460 bytes with DF, above the tunnel MTU (1420)   -> ret_too_big
#    (and a Frag Needed comes back to the internet host)
#  - a datagram with TTL 1                             -> ret_ttl_exceeded
#  - a TCP segment 4 bytes long to a NAT port          -> rx_short
#  - Port Unreachable quoting a fragment of our flow   -> icmp_unsupported
#  - Port Unreachable quoting an unknown flow          -> nat_no_session
#  - a datagram after c1's tunnel address has moved to
#    c2's allowed IPs                                   -> peer_mismatch
#  - a datagram after nobody holds that address        -> no_peer
#
#   tgl-c1 :45000 --(tunnel)--> [tgl-gw NAT egress:P] --> tgl-inet :9999
#   tgl-c1       <-x-(dropped)-- [tgl-gw return path] <-- tgl-inet (crafted)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 21-return-drops tailgate-only

for i in 1 2; do wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"; done
reasons="ret_too_big ret_ttl_exceeded rx_short icmp_unsupported nat_no_session peer_mismatch no_peer"
declare -A base
for r in $reasons; do base[$r]=$(gw_drops "$r"); [ -n "${base[$r]}" ] || tgl_fail "no drop counter $r on /metrics"; done

cat >"$TGL_TMP/inet.py" <<'PYEOF'
import socket, struct, sys
from scapy.all import IP, UDP, ICMP, Raw
step, inet, egress = sys.argv[1:4]
def sock():
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    u.bind((inet, 9999))
    return u
if step == "listen":
    u = sock(); u.settimeout(10)
    data, (a, p) = u.recvfrom(2048)
    print(a, p, flush=True)
    sys.exit(0)
port = int(sys.argv[4])
if step == "toobig":
    u = sock()
    u.setsockopt(socket.IPPROTO_IP, 10, 2)  # IP_MTU_DISCOVER = IP_PMTUDISC_DO
    u.sendto(b"B" * 1460, (egress, port))
elif step == "ttl1":
    u = sock()
    u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 1)
    u.sendto(b"ttl one", (egress, port))
elif step == "short":
    t = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_TCP)
    t.sendto(struct.pack("!HH", 9999, port), (egress, 0))
elif step in ("quotefrag", "quoteunknown"):
    frag = 1 if step == "quotefrag" else 0
    dport = 9999 if frag else 9
    q = IP(src=egress, dst=inet, frag=frag, ttl=63) / UDP(sport=port, dport=dport, len=16) / Raw(b"\0" * 8)
    r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    r.sendto(bytes(ICMP(type=3, code=3) / Raw(bytes(q)[:28])), (egress, 0))
elif step == "plain":
    sock().sendto(b"late reply", (egress, port))
print("sent", step)
PYEOF
in_inet $PY "$TGL_TMP/inet.py" listen $INET $GW_EGRESS >"$TGL_TMP/flow" 2>"$TGL_TMP/flow.err" &
TGL_BG_PIDS+=($!)
flow_seen() { [ -s "$TGL_TMP/flow" ]; }
c1_send() {
	in_c 1 $PY -c 'import socket,sys; u=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); u.bind(("0.0.0.0", 45000)); u.sendto(b"open", (sys.argv[1], 9999))' $INET
	flow_seen
}
wait_for 5 c1_send || tgl_fail "the internet host never saw c1's UDP flow: $(cat "$TGL_TMP/flow.err")"
read -r src port <"$TGL_TMP/flow"
[ "$src" = "$GW_EGRESS" ] || tgl_fail "c1's flow arrived from $src, not the egress address"
[ "$port" -ge 61000 ] 2>/dev/null || tgl_fail "c1's flow has NAT port '$port' outside 61000..65535"

inet_step() { in_inet $PY "$TGL_TMP/inet.py" "$1" $INET $GW_EGRESS "$port" >/dev/null 2>"$TGL_TMP/step.err" || tgl_fail "internet host, step $1: $(tail -2 "$TGL_TMP/step.err" | tr '\n' ' ')"; }

cap_start $INET_NS eth0 "$TGL_TMP/fn.pcap" "icmp and src host $GW_EGRESS"
inet_step toobig
expect_drop ret_too_big "${base[ret_too_big]}" 2 "1460 bytes with DF on the return path"
cap_stop "$CAP_PID" "$TGL_TMP/fn.pcap"
tcpdump -r "$TGL_TMP/fn.pcap" -n -v 2>/dev/null | grep -q "unreachable - need to frag (mtu 1420)" ||
	tgl_check_fail "no Frag Needed (mtu 1420) came back to the internet host: $(tcpdump -r "$TGL_TMP/fn.pcap" -n 2>/dev/null | head -2 | tr '\n' ' ')"
inet_step ttl1
expect_drop ret_ttl_exceeded "${base[ret_ttl_exceeded]}" 2 "TTL 1 on the return path"
inet_step short
expect_drop rx_short "${base[rx_short]}" 2 "a 4-byte TCP segment to a NAT port"
inet_step quotefrag
expect_drop icmp_unsupported "${base[icmp_unsupported]}" 2 "Port Unreachable quoting a fragment"
inet_step quoteunknown
expect_drop nat_no_session "${base[nat_no_session]}" 2 "Port Unreachable quoting an unknown flow"

wg set $GW_IF peer "$(c_pub 2)" allowed-ips "$(c_tun 2)/32,$(c_tun 1)/32" || tgl_fail "move c1's address to c2"
inet_step plain
expect_drop peer_mismatch "${base[peer_mismatch]}" 2 "a reply for c1's flow after its address moved to c2"
wg set $GW_IF peer "$(c_pub 2)" allowed-ips "$(c_tun 2)/32" || tgl_fail "drop c1's address from c2"
inet_step plain
expect_drop no_peer "${base[no_peer]}" 2 "a reply for c1's flow after nobody holds its address"
tgl_done
