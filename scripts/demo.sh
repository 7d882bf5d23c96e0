#!/usr/bin/env bash
# `make demo`: bring up the namespace lab (scripts/lab.sh) with two WireGuard
# clients and the tailgate exit gateway, push real traffic through it (ping,
# an HTTP download, iperf3 from both clients), show a live per-peer view for
# about ten seconds, print a summary and tear everything down.
#
#   DEMO_KEEP=1      leave the lab running afterwards
#   DEMO_SECONDS=10  length of the live view
#   LAB_GATEWAY=tailgate (default) | reference
#
# LAB_GATEWAY=reference runs the same lab with wireguard-go + kernel
# forwarding + nft masquerade as the exit, for comparison.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LAB=$ROOT/scripts/lab.sh
export LAB_CLIENTS=2
export LAB_GATEWAY=${LAB_GATEWAY:-tailgate}
export LAB_BACKEND=${LAB_BACKEND:-afxdp}
export TGL_STATE=${TGL_STATE:-/run/tgl}
SECONDS_LIVE=${DEMO_SECONDS:-10}
GW_IF=tgl-gw0
INET=198.51.100.2
METRICS_URL=http://127.0.0.1:9100/metrics
TMP=$(mktemp -d /tmp/tgl-demo.XXXXXX)
BG=()

[ "$(id -u)" -eq 0 ] || { echo "demo: run as root (sudo make demo): it creates network namespaces" >&2; exit 1; }

cleanup() {
	local p
	for p in "${BG[@]}"; do kill "$p" 2>/dev/null; done
	for p in "${BG[@]}"; do wait "$p" 2>/dev/null; done
	rm -rf "$TMP"
	if [ "${DEMO_KEEP:-0}" = 1 ]; then
		return
	fi
	bash "$LAB" down >/dev/null 2>&1 && echo "demo: lab torn down"
}
trap cleanup EXIT
trap 'exit 130' INT TERM


echo "demo: bringing up the lab ($LAB_GATEWAY gateway, 2 clients)"
out=$(bash "$LAB" up 2>&1); rc=$?
if [ $rc -eq 3 ]; then
	echo "$out" >&2
	echo "demo: the tailgate gateway did not come up (logs: $TGL_STATE/logs/)." >&2
	echo "demo: LAB_GATEWAY=reference shows the same lab with wireguard-go as the exit." >&2
	exit 1
fi
[ $rc -eq 0 ] || { echo "$out" >&2; echo "demo: lab up failed" >&2; exit 1; }

name_of() { # pubkey -> c1/c2
	local i
	for i in 1 2; do [ "$1" = "$(cat "$TGL_STATE/keys/c$i.pub")" ] && { echo "c$i"; return; }; done
	echo "${1:0:8}..."
}

echo
echo "== traffic =="
for i in 1 2; do
	if ip netns exec tgl-c$i ping -n -c 3 -i 0.2 -W 2 $INET >"$TMP/ping$i" 2>&1; then
		echo "c$i: ping $INET through the tunnel: $(grep -o '[0-9]*% packet loss' "$TMP/ping$i"), $(grep -o 'rtt.*' "$TMP/ping$i" | cut -d' ' -f4 | cut -d/ -f2) ms avg"
	else
		echo "c$i: ping $INET FAILED"
	fi
done
head -c $((16 * 1024 * 1024)) /dev/urandom >"$TGL_STATE/www/demo.bin"
want=$(sha256sum "$TGL_STATE/www/demo.bin" | cut -d' ' -f1)
for i in 1 2; do
	t0=$(date +%s%N)
	if ip netns exec tgl-c$i curl -sS --max-time 30 -o "$TMP/dl$i" http://$INET/demo.bin; then
		ms=$(( ($(date +%s%N) - t0) / 1000000 ))
		got=$(sha256sum "$TMP/dl$i" | cut -d' ' -f1)
		[ "$got" = "$want" ] && ok="sha256 ok" || ok="SHA256 MISMATCH"
		echo "c$i: HTTP download of 16 MiB in $ms ms ($ok)"
	else
		echo "c$i: HTTP download FAILED"
	fi
done
iperf_t=$(( SECONDS_LIVE > 2 ? SECONDS_LIVE - 1 : 2 ))
ip netns exec tgl-c1 iperf3 -c $INET -p 5201 -t "$iperf_t" --json >"$TMP/iperf1" 2>&1 &
BG+=($!)
ip netns exec tgl-c2 iperf3 -c $INET -p 5202 -t "$iperf_t" -R --json >"$TMP/iperf2" 2>&1 &
BG+=($!)
echo "iperf3: c1 upload and c2 download for ${iperf_t}s, live view below"

# ---- live view: per-peer rates from the gateway's UAPI socket (wg show
# works the same on wireguard-go and on tailgate-cp), plus tailgate metrics.
declare -A last_rx last_tx
snap() { wg show $GW_IF dump 2>/dev/null | tail -n +2; }
while read -r pk _ _ _ _ rx tx _; do last_rx[$pk]=$rx; last_tx[$pk]=$tx; done < <(snap)
tty=0; [ -t 1 ] && tty=1
for s in $(seq 1 "$SECONDS_LIVE"); do
	sleep 1 # display cadence, not a protocol wait
	now=$(date +%s)
	view=$(
		echo "== live ($s/$SECONDS_LIVE s) gateway $GW_IF [$LAB_GATEWAY] =="
		printf '%-5s %-20s %10s %14s %14s %12s %12s\n' peer endpoint handshake "rx Mbit/s" "tx Mbit/s" "rx total" "tx total"
		while read -r pk _ ep _ hs rx tx _; do
			drx=$(( rx - ${last_rx[$pk]:-$rx} )); dtx=$(( tx - ${last_tx[$pk]:-$tx} ))
			age="never"; [ "$hs" -gt 0 ] && age="$(( now - hs ))s ago"
			printf '%-5s %-20s %10s %14s %14s %12s %12s\n' "$(name_of "$pk")" "$ep" "$age" \
				"$(awk -v b=$drx 'BEGIN{printf "%.1f", b*8/1e6}')" "$(awk -v b=$dtx 'BEGIN{printf "%.1f", b*8/1e6}')" \
				"$(numfmt --to=iec "$rx")B" "$(numfmt --to=iec "$tx")B"
			echo "$pk $rx $tx" >>"$TMP/last"
		done < <(snap)
		if [ "$LAB_GATEWAY" = tailgate ]; then
			m=$(ip netns exec tgl-gw curl -s -m 1 $METRICS_URL)
			echo "-- tailgate metrics ($METRICS_URL in tgl-gw)"
			echo "$m" | grep -E '^tailgate_peer_' | head -12
			echo "-- drops by reason (non-zero)"
			echo "$m" | grep -E '^tailgate_.*drop' | grep -v ' 0$' | head -12
		fi
	)
	[ $tty = 1 ] && printf '\033[H\033[2J'
	echo "$view"
	if [ -f "$TMP/last" ]; then
		while read -r pk rx tx; do last_rx[$pk]=$rx; last_tx[$pk]=$tx; done <"$TMP/last"
		rm -f "$TMP/last"
	fi
done
for p in "${BG[@]}"; do wait "$p" 2>/dev/null; done
BG=()

echo
echo "== summary =="
echo "gateway: $LAB_GATEWAY$( [ "$LAB_GATEWAY" = tailgate ] && echo " ($LAB_BACKEND)")"
for f in 1 2; do
	r=$(/usr/bin/python3 -c '
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    e = d["end"]
    print("%.1f Mbit/s" % (e["sum_received"]["bits_per_second"] / 1e6))
except Exception as x:
    print("failed (%s)" % (d.get("error", x) if isinstance(d, dict) else x))
' "$TMP/iperf$f" 2>/dev/null)
	[ $f = 1 ] && what="c1 -> internet (upload)" || what="internet -> c2 (download)"
	echo "iperf3 $what: $r"
done
wg show $GW_IF | sed 's/^/  /'

if [ "${DEMO_KEEP:-0}" = 1 ]; then
	echo
	echo "The lab keeps running (DEMO_KEEP=1):"
	echo "  enter a client:      ip netns exec tgl-c1 bash     (then: curl http://$INET/hello.txt)"
	echo "  gateway peers:       wg show $GW_IF"
	[ "$LAB_GATEWAY" = tailgate ] && echo "  metrics:             ip netns exec tgl-gw curl -s $METRICS_URL"
	echo "  logs:                $TGL_STATE/logs/"
	echo "  tear down:           bash scripts/lab.sh down"
fi
