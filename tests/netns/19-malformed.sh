#!/usr/bin/env bash
# 19-malformed (tailgate only): malformed packets on the underlay, to the
# gateway's WireGuard port, are dropped and each is counted under its own
# reason. c1 writes Ethernet frames with scapy straight onto its underlay
# veth (so the kernel neither fixes checksums nor fragments for us):
#  - an IPv4 header with a wrong header checksum         -> ip_bad_header
#  - an IP total length beyond the frame                 -> ip_bad_length
#  - a first IP fragment (MF) of a UDP datagram to :51820 -> ip_fragment
#  - WireGuard type 7                                    -> wg_bad_type
#  - a type-1 (initiation) message of the wrong length   -> wg_bad_length
#  - a real data message, captured on c1's underlay while c1 sends through
#    the tunnel, replayed as captured                    -> wg_replay
#    and sent again with one bit of its tag flipped      -> wg_bad_tag
#  - persistent keepalive switched on at c1 (empty data) -> wg_keepalive
# The tunnel still works afterwards.
#
#   tgl-c1: wireguard-go tgl-wg-c1 ---+
#           scapy sendp on ul0 -------+- ul0 == br0 (tgl-ul) == ul0 [tgl-gw :51820]
#           (sniffs its own data msgs)                        drops counted
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 19-malformed tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
# With br_netfilter loaded (it is on this machine) the underlay bridge
# validates IPv4 headers and silently drops bad ones before they reach the
# gateway: switch that off for the lab's bridge namespace only.
if [ -e /proc/sys/net/bridge/bridge-nf-call-iptables ]; then
	nsx $UL_NS sysctl -qw net.bridge.bridge-nf-call-iptables=0 ||
		tgl_fail "cannot turn off bridge-nf-call-iptables in $UL_NS"
fi
mac=$(gw_mac ul0)
[ -n "$mac" ] || tgl_fail "no MAC on the gateway's ul0"
reasons="ip_bad_header ip_bad_length ip_fragment wg_bad_type wg_bad_length wg_replay wg_bad_tag wg_keepalive"
declare -A base
for r in $reasons; do base[$r]=$(gw_drops "$r"); [ -n "${base[$r]}" ] || tgl_fail "no drop counter $r on /metrics"; done

out=$(in_c 1 $PY - "$mac" "$(c_ul 1)" "$GW_UL" "$INET" 2>&1 <<'PYEOF'
import socket, sys, time
from scapy.all import Ether, IP, UDP, Raw, AsyncSniffer, sendp, conf
conf.verb = 0
mac, me, gw, inet = sys.argv[1:5]
def frame(ip_kw={}, payload=b"\x07\x00\x00\x00" + b"x" * 28):
    return Ether(dst=mac) / IP(src=me, dst=gw, **ip_kw) / UDP(sport=40000, dport=51820) / Raw(payload)
# wrong header checksum
sendp(frame({"chksum": 0x1234}), iface="ul0")
# total length 400 on a ~60-byte packet (header checksum correct)
sendp(frame({"len": 400}), iface="ul0")
# first fragment: MF set, offset 0, valid WireGuard-looking payload
sendp(frame({"flags": "MF", "id": 4242}), iface="ul0")
# unknown WireGuard type, then an initiation (type 1) of 100 bytes
sendp(frame(), iface="ul0")
sendp(frame(payload=b"\x01\x00\x00\x00" + b"\x00" * 96), iface="ul0")
# capture one of c1's own data messages (type 4, not a keepalive)
sn = AsyncSniffer(iface="ul0", filter="udp and dst port 51820",
                  lfilter=lambda p: Raw in p and bytes(p[Raw])[:1] == b"\x04" and len(bytes(p[Raw])) > 32,
                  count=1, timeout=5)
sn.start()
time.sleep(0.3)  # let the sniffer attach (socket setup, not protocol time)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(5):
    u.sendto(b"capture me", (inet, 7))
    time.sleep(0.05)
sn.join()
pk = sn.results
if not pk:
    print("no data message captured"); sys.exit(1)
orig = pk[0]
time.sleep(0.2)
sendp(orig, iface="ul0")                       # replay
raw = bytearray(bytes(orig[Raw]))
raw[-1] ^= 0x01                                 # flip a bit of the tag
bad = orig.copy()
bad[Raw].load = bytes(raw)
del bad[UDP].chksum
sendp(bad, iface="ul0")
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "crafting on c1 failed: $(tail -3 <<<"$out" | tr '\n' ' ')"

wg set "$(c_if 1)" peer "$(cat "$TGL_STATE/keys/gw.pub")" persistent-keepalive 1 ||
	tgl_fail "persistent keepalive on c1"

expect_drop ip_bad_header "${base[ip_bad_header]}" 2 "an IPv4 header with a bad checksum"
expect_drop ip_bad_length "${base[ip_bad_length]}" 2 "an IP total length beyond the frame"
expect_drop ip_fragment "${base[ip_fragment]}" 2 "a first fragment to the WireGuard port"
expect_drop wg_bad_type "${base[wg_bad_type]}" 2 "WireGuard type 7"
expect_drop wg_bad_length "${base[wg_bad_length]}" 2 "a 100-byte initiation"
expect_drop wg_replay "${base[wg_replay]}" 2 "a replayed data message"
expect_drop wg_bad_tag "${base[wg_bad_tag]}" 2 "a data message with a flipped tag bit"
expect_drop wg_keepalive "${base[wg_keepalive]}" 4 "c1's persistent keepalives"
ping1 1 $INET || tgl_check_fail "c1: tunnel broken after the malformed packets"
tgl_done
