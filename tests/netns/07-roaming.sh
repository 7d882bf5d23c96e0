#!/usr/bin/env bash
# 07-roaming: mid-download, c1's underlay address and WireGuard port change
# (192.0.2.11:51820 -> 192.0.2.111:51999). The gateway follows the new
# endpoint from the next authenticated packet; the TCP flow completes intact.
#
#   tgl-c1 ul0 192.0.2.11:51820  ==(roam)==>  192.0.2.111:51999
#      \                                      /
#       +------------ br0 (tgl-ul) ----------+-- [tgl-gw] -- inet (http :80)
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 07-roaming

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
blob=$(make_blob roam.bin $((8 * 1024 * 1024)))  # ~8 s at 1 MB/s: the roam lands mid-flow even on a loaded machine
ep() { wg show $GW_IF endpoints | awk -v k="$(c_pub 1)" '$1==k {print $2}'; }
[ "$(ep)" = "$(c_ul 1):51820" ] || tgl_fail "unexpected initial endpoint $(ep)"

in_c 1 curl -sS --max-time 25 --limit-rate 1M -o "$TGL_TMP/roam.bin" "http://$INET/$blob" 2>"$TGL_TMP/curl.err" &
dl=$!
TGL_BG_PIDS+=("$dl")
size() { stat -c %s "$TGL_TMP/roam.bin" 2>/dev/null || echo 0; }
started() { [ "$(size)" -ge $((512 * 1024)) ]; }
wait_for 10 started || tgl_fail "download did not start (got $(size) bytes)"

ns=$(c_ns 1)
ip -n "$ns" addr add 192.0.2.111/24 dev ul0 || tgl_fail "add new underlay address"
ip -n "$ns" addr del "$(c_ul 1)/24" dev ul0 || tgl_fail "remove old underlay address"
wg set "$(c_if 1)" listen-port 51999 || tgl_fail "change listen port"
at=$(size)

# The gateway finds a roamed client by its next authenticated packet (as
# kernel WireGuard does). Mid-download c1 may have nothing to send for a
# while: what the gateway sent to the old address is lost, its TCP then
# waits, and wireguard-go's own timers send only after 15 s. So c1 sends
# one ping, as a client's next packet; the reply to it is the gateway's
# first packet to a new on-link address (its MAC resolved on the fly).
roamed() { [ "$(ep)" = "192.0.2.111:51999" ]; }
found() { ping1 1 $INET && roamed; }
wait_for 20 found || tgl_fail "c1 not reached after roaming: gateway endpoint $(ep), want 192.0.2.111:51999"
wait $dl || tgl_fail "download failed after roaming (at $at bytes when roamed): $(cat "$TGL_TMP/curl.err")"
[ "$at" -lt $((8 * 1024 * 1024)) ] || tgl_fail "download finished before the roam; nothing tested"
cmp -s "$TGL_TMP/roam.bin" "$TGL_STATE/www/$blob" || tgl_fail "file differs after roaming"
ping1 1 $REMOTE1 || tgl_fail "c1: no ping after roaming"

# Part 2: c1 roams again (192.0.2.112:51998) and starts over with a
# handshake (its peer removed and re-added: no session). The gateway's
# handshake response is its first packet to that address: it waits for the
# MAC (as the kernel's queue would), so the handshake completes now, not
# after wireguard-go's 5 s retry.
parked0=0
gw_is_tailgate && parked0=$(gw_path inject_parked)
ip -n "$ns" addr add 192.0.2.112/24 dev ul0 || tgl_fail "add second underlay address"
ip -n "$ns" addr del 192.0.2.111/24 dev ul0 || tgl_fail "remove roamed address"
gwpub=$(wg show "$(c_if 1)" peers)
wg set "$(c_if 1)" listen-port 51998 peer "$gwpub" remove || tgl_fail "remove the gateway peer on c1"
wg set "$(c_if 1)" peer "$gwpub" endpoint "$GW_UL:51820" allowed-ips 0.0.0.0/0 || tgl_fail "re-add the gateway peer on c1"
t0=$(now_ms)
in_c 1 ping -n -c1 -W 4 $INET >/dev/null 2>&1 || tgl_fail "c1: no ping after the second roam within 4 s"
dt=$(( $(now_ms) - t0 ))
[ "$(ep)" = "192.0.2.112:51998" ] || tgl_fail "gateway endpoint for c1 is $(ep), want 192.0.2.112:51998"
echo "      handshake + first ping from a new on-link address: $dt ms"
[ "$dt" -lt 3000 ] || tgl_fail "first ping from the new address took $dt ms (the handshake response was lost?)"
if gw_is_tailgate; then
	parked=$(( $(gw_path inject_parked) - parked0 ))
	[ "$parked" -ge 1 ] || tgl_fail "no handshake response waited for the new address's MAC (inject_parked +$parked)"
fi
tgl_pass
