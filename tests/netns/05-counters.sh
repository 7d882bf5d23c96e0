#!/usr/bin/env bash
# 05-counters: per-peer byte counters agree across the tunnel: what the
# gateway says it received from / sent to each client (`wg show tgl-gw0
# transfer`, the UAPI socket of wireguard-go or of tailgate-cp) matches the
# client's own `wg show tgl-wg-cN transfer`, and an idle peer's counters do
# not move while the other one transfers.
#
#   tgl-c1 (1 MiB down, 256 KiB up) --+
#                                     +- br0 -- [tgl-gw: per-peer rx/tx] -- inet
#   tgl-c2 (idle after handshake)   --+
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 05-counters

for i in 1 2; do wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"; done
blob=$(make_blob blob.bin $((1024 * 1024)))

# UDP datagrams the kernel dropped before the receiver read them (socket
# buffer full on a busy machine): the receiver never counts those bytes.
udp_drops() {
	nsx "$1" awk '/^Udp:/ { if (!h) { for (i = 1; i <= NF; i++) n[$i] = i; h = 1 }
		else print $n["InErrors"] + $n["RcvbufErrors"] }' /proc/net/snmp
}
# The sender's tx counter is never below the receiver's rx counter (slack:
# 1 KiB in flight) and exceeds it by no more than what the receiving
# namespace dropped (1500 B per dropped datagram). In tailgate mode the
# gateway's receive path bypasses the kernel: its drops are the dp's.
dir_ok() { # sender_tx receiver_rx receiver_ns
	local d=$(( $1 - $2 )) drops=0
	[ "$3" = $GW_NS ] && gw_is_tailgate && drops=1000000 || drops=$(udp_drops "$3")
	[ $d -ge -1024 ] && [ $d -le $(( drops * 1500 + 1024 )) ]
}
agree() {
	local i=$1 crx ctx grx gtx
	read -r crx ctx <<<"$(c_transfer "$i")"
	read -r grx gtx <<<"$(gw_transfer "$i")"
	[ -n "$grx" ] && [ -n "$crx" ] || return 1
	dir_ok "$ctx" "$grx" $GW_NS && dir_ok "$gtx" "$crx" "$(c_ns "$i")"
}
wait_for 5 agree 2 || tgl_fail "c2: counters disagree before traffic: client $(c_transfer 2) gateway $(gw_transfer 2)"
read -r c2rx0 c2tx0 <<<"$(c_transfer 2)"
read -r g1rx0 g1tx0 <<<"$(gw_transfer 1)"

in_c 1 curl -sS --max-time 15 --limit-rate 8M -o "$TGL_TMP/down.bin" "http://$INET/$blob" || tgl_fail "c1: download failed"
head -c $((256 * 1024)) /dev/urandom >"$TGL_TMP/up.bin"
out=$(nc_upload 1 "$TGL_TMP/up.bin" 9001) || tgl_fail "c1: $out"

wait_for 10 agree 1 || tgl_fail "c1: counters disagree: client rx/tx $(c_transfer 1), gateway rx/tx $(gw_transfer 1), UDP drops client $(udp_drops "$(c_ns 1)") gateway $(udp_drops $GW_NS)"
cmp -s "$TGL_TMP/down.bin" "$TGL_STATE/www/$blob" || tgl_fail "c1: downloaded file differs"
read -r g1rx g1tx <<<"$(gw_transfer 1)"
drx=$((g1rx - g1rx0)); dtx=$((g1tx - g1tx0))
[ $dtx -ge $((1024 * 1024)) ] || tgl_fail "gateway tx to c1 grew by $dtx, less than the 1 MiB download"
[ $drx -ge $((256 * 1024)) ] || tgl_fail "gateway rx from c1 grew by $drx, less than the 256 KiB upload"
# With encryption overhead (32 B per packet + headers) but not wildly more.
[ $dtx -le $((1024 * 1024 * 13 / 10)) ] || tgl_fail "gateway tx to c1 grew by $dtx for a 1 MiB download"

read -r c2rx c2tx <<<"$(c_transfer 2)"
[ $((c2rx - c2rx0)) -le 256 ] && [ $((c2tx - c2tx0)) -le 256 ] ||
	tgl_fail "idle c2's counters moved: rx $c2rx0 -> $c2rx, tx $c2tx0 -> $c2tx"
agree 2 || tgl_fail "c2: counters disagree: client $(c_transfer 2) gateway $(gw_transfer 2)"

# Exact agreement on a quiet path: 20 pings (no loss on the underlay at this
# rate), then the byte deltas must be equal, to the byte, on both ends:
# client tx = gateway rx and gateway tx = client rx (handshake bytes and the
# 32 B of WireGuard framing per packet included on both sides).
read -r c1rx0 c1tx0 <<<"$(c_transfer 1)"
read -r g1rx0 g1tx0 <<<"$(gw_transfer 1)"
in_c 1 ping -n -c 20 -i 0.05 -W 2 $INET >"$TGL_TMP/ping.out" 2>&1 || tgl_fail "c1: pings lost: $(grep 'packet loss' "$TGL_TMP/ping.out")"
exact() {
	read -r c1rx c1tx <<<"$(c_transfer 1)"
	read -r g1rx g1tx <<<"$(gw_transfer 1)"
	[ $((c1tx - c1tx0)) -eq $((g1rx - g1rx0)) ] && [ $((g1tx - g1tx0)) -eq $((c1rx - c1rx0)) ]
}
wait_for 5 exact || tgl_fail "c1: byte counters not exact over 20 pings: client tx +$((c1tx - c1tx0)) vs gateway rx +$((g1rx - g1rx0)); gateway tx +$((g1tx - g1tx0)) vs client rx +$((c1rx - c1rx0))"
[ $((c1tx - c1tx0)) -gt 0 ] || tgl_fail "no bytes counted for 20 pings"

if gw_is_tailgate; then
	# The metrics endpoint reports the same per-peer bytes.
	m=$(in_gw curl -s -m 2 http://127.0.0.1:9100/metrics) || tgl_fail "metrics endpoint unreachable"
	echo "$m" | grep -q '^tailgate_peer_' || tgl_fail "no tailgate_peer_* series on /metrics"
fi
tgl_pass
