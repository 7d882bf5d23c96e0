#!/usr/bin/env bash
# 26-punt-ring-full (tailgate only): the control plane stops draining the
# punt ring. The gateway starts with tables.ring_slots = 16; tailgate-cp is
# stopped (SIGSTOP) and 200 handshake initiations (type 1, 148 bytes of
# junk) arrive at the WireGuard port from c1's underlay address. The ring
# takes what fits; every further one is dropped and counted punt_ring_full
# (never queued without bound, never passed on). Data traffic does not go
# through the cp and keeps flowing meanwhile. After SIGCONT the cp drains
# the ring (the junk fails its mac1 check) and a real handshake still
# completes: c2 forgets its session (its gateway peer removed and added
# again) and must handshake anew before its ping passes.
#
#   tgl-c1 ul0 --200 x type-1 junk--> tgl-gw :51820 --punt ring (16)--> tailgate-cp (stopped)
#                                        the rest: punt_ring_full
#   tgl-c1 / tgl-c2 --(tunnel)--> tgl-gw --> tgl-inet   (data: no cp involved)
#
export TGL_TABLES_CONF='ring_slots = 16;'
. "$(dirname "$0")/lib.sh"
tgl_scenario 26-punt-ring-full tailgate-only

wait_for 10 ping1 1 $INET || tgl_fail "c1: tunnel not up"
wait_for 10 ping1 2 $INET || tgl_fail "c2: tunnel not up"
base=$(gw_drops punt_ring_full)
[ -n "$base" ] || tgl_fail "no drop counter punt_ring_full on /metrics"
gw_metric() {
	in_gw curl -s -m 2 http://127.0.0.1:9100/metrics | awk -v n="$1" '$1 == n {print $2}'
}
resp0=$(gw_metric tailgate_handshake_responses_sent_total)
mac0=$(gw_metric tailgate_handshake_failed_mac1_total)
[ -n "$resp0" ] && [ -n "$mac0" ] || tgl_fail "no handshake counters on /metrics"
cp_pid=$(cat "$TGL_STATE/pids/tailgate-cp.pid")
kill -STOP "$cp_pid" || tgl_fail "cannot stop tailgate-cp"
trap 'kill -CONT '"$cp_pid"' 2>/dev/null; tgl_cleanup' EXIT

out=$(in_c 1 $PY - "$GW_UL" 2>&1 <<'PYEOF'
import os, socket, sys, time
gw = sys.argv[1]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("0.0.0.0", 40000))
for i in range(200):
    s.sendto(b"\x01\x00\x00\x00" + os.urandom(144), (gw, 51820))
    if i % 32 == 31:
        time.sleep(0.005)
print("sent")
PYEOF
)
grep -q '^sent' <<<"$out" || tgl_fail "junk from c1 failed: $(tail -3 <<<"$out" | tr '\n' ' ')"
# /metrics is served by the stopped cp: read the dp's counters once it runs again.
ping1 1 $INET || tgl_check_fail "c1's data traffic stopped while the cp was stopped"
kill -CONT "$cp_pid"
trap tgl_cleanup EXIT
wait_for 5 drops_above punt_ring_full $((base + 150)) ||
	tgl_check_fail "200 initiations into a 16-slot ring: punt_ring_full only $base -> $(gw_drops punt_ring_full)"
full=$(( $(gw_drops punt_ring_full) - base ))
[ "$full" -le 200 ] || tgl_check_fail "punt_ring_full rose by $full for 200 messages"

# c2 forgets its session: a fresh handshake must get through the cp.
gwpub=$(cat "$TGL_STATE/keys/gw.pub")
in_c 2 wg set "$(c_if 2)" peer "$gwpub" remove || tgl_fail "c2: remove peer"
in_c 2 wg set "$(c_if 2)" peer "$gwpub" endpoint "$GW_UL:51820" allowed-ips 0.0.0.0/0 ||
	tgl_fail "c2: add peer"
wait_for 15 ping1 2 $INET || tgl_check_fail "c2: no traffic after a fresh handshake once the cp resumed"
# The re-added peer started without a session: a handshake completed,
# and the cp answered it (its responses counter moved; the junk it
# drained failed the mac1 check).
c_has_handshake 2 || tgl_check_fail "c2 shows no handshake with the gateway"
[ "$(gw_metric tailgate_handshake_responses_sent_total)" -gt "$resp0" ] ||
	tgl_check_fail "tailgate-cp sent no handshake response after resuming"
[ "$(gw_metric tailgate_handshake_failed_mac1_total)" -gt "$mac0" ] ||
	tgl_check_fail "tailgate-cp did not drain the junk (failed_mac1 did not move)"
echo "  punt_ring_full +$full of 200" >&2
tgl_done
