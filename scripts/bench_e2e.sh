#!/usr/bin/env bash
# Issue row 4, end to end: TCP (iperf3, one stream, BENCH_E2E_SECONDS, default
# 3 s) from a wireguard-go client through the exit to a server behind it,
# twice on the same topology and in the same run:
#   tailgate  tailgate-cp + tailgate-dp (afxdp backend, one worker);
#   baseline  wireguard-go + kernel forwarding + nftables masquerade.
# Reports both rates and the ratio tailgate / baseline.
#
# Topology (documentation addresses only; namespaces tgb2-*):
#   tgb2-c1  wg0 100.64.0.11, tgb2-c 192.0.2.11 <-> tgb2-u 192.0.2.1 tgb2-gw
#   tgb2-gw  tgb2-e 198.51.100.1 <-> tgb2-s 198.51.100.2 tgb2-srv (iperf3 on
#            203.0.113.5)
# Output: bench_util.h records plus markdown on stdout; never fails on a
# number (an n/a row when something cannot run). Needs root.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SECS=${BENCH_E2E_SECONDS:-3}
ROW="4. End to end TCP (iperf3, wireguard-go client)"
T=$(mktemp -d /tmp/tgb2-e2e.XXXXXX)
chmod 700 "$T"
REGION=tgb2-e2e-$$
PIDS=()

na() {
	printf 'SUMMARY\t%s\tall\tn/a (%s)\n' "$ROW" "$1"
	exit 0
}

stop_pid() {
	[ -n "${1:-}" ] || return 0
	kill -TERM "$1" 2>/dev/null
	for _ in $(seq 30); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$1" 2>/dev/null
	wait "$1" 2>/dev/null
}

cleanup() {
	for p in "${PIDS[@]}"; do stop_pid "$p"; done
	for n in tgb2-c1 tgb2-gw tgb2-srv; do ip netns del $n 2>/dev/null; done
	rm -f "/dev/shm/$REGION" "/dev/shm/.$REGION.lock" "/dev/shm/.$REGION.dp.lock" "/dev/hugepages/$REGION" /var/run/wireguard/tgb2e0.sock \
		/var/run/wireguard/tgb2w0.sock /var/run/wireguard/tgb2c0.sock
	rm -rf "$T"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || na "needs root"
for b in "$BUILD/tailgate-dp" "$BUILD/tailgate-cp"; do [ -x "$b" ] || na "$b not built"; done
for t in wireguard-go wg iperf3 nft ethtool; do command -v $t >/dev/null || na "$t not installed (make deps)"; done

for n in tgb2-c1 tgb2-gw tgb2-srv; do
	ip netns del $n 2>/dev/null
	ip netns add $n || na "ip netns add $n failed"
	ip -n $n link set lo up
done
ip link add tgb2-u netns tgb2-gw type veth peer name tgb2-c netns tgb2-c1 || na "veth failed"
ip link add tgb2-e netns tgb2-gw type veth peer name tgb2-s netns tgb2-srv || na "veth failed"
ip -n tgb2-gw addr add 192.0.2.1/24 dev tgb2-u
ip -n tgb2-c1 addr add 192.0.2.11/24 dev tgb2-c
ip -n tgb2-gw addr add 198.51.100.1/24 dev tgb2-e
ip -n tgb2-srv addr add 198.51.100.2/24 dev tgb2-s
ip -n tgb2-srv addr add 203.0.113.5/32 dev lo
for l in "tgb2-gw tgb2-u" "tgb2-c1 tgb2-c" "tgb2-gw tgb2-e" "tgb2-srv tgb2-s"; do
	set -- $l
	ip -n "$1" link set "$2" up
done
ip -n tgb2-gw route add default via 198.51.100.2
# veth hands locally made packets over with the TCP/UDP checksum left to
# "hardware" (CHECKSUM_PARTIAL); an XDP/AF_XDP dataplane sees them as they
# would be on a wire only with TX checksum offload off at the senders
ip netns exec tgb2-srv ethtool -K tgb2-s tx off >/dev/null 2>&1
ip netns exec tgb2-c1 ethtool -K tgb2-c tx off >/dev/null 2>&1
ip netns exec tgb2-gw ping -c 1 -W 1 198.51.100.2 >/dev/null 2>&1

umask 077
wg genkey >"$T/gw.key" && wg pubkey <"$T/gw.key" >"$T/gw.pub" || na "wg genkey failed"
wg genkey >"$T/c1.key" && wg pubkey <"$T/c1.key" >"$T/c1.pub"
umask 022

# the client: wireguard-go, routes to the documentation ranges behind the exit
WG_PROCESS_FOREGROUND=1 ip netns exec tgb2-c1 wireguard-go -f tgb2c0 >"$T/client.log" 2>&1 &
PIDS+=($!)
bash scripts/uapi-wait.sh tgb2-c1 tgb2c0 3 # not `wg` before it listens (see there)
ip netns exec tgb2-c1 wg set tgb2c0 private-key "$T/c1.key" || na "client wireguard-go did not start"
ip -n tgb2-c1 addr add 100.64.0.11/32 dev tgb2c0
ip -n tgb2-c1 link set tgb2c0 up mtu 1420
ip -n tgb2-c1 route add 203.0.113.0/24 dev tgb2c0
client_peer() { # (re)add the exit as the client's peer: a fresh handshake
	ip netns exec tgb2-c1 wg set tgb2c0 peer "$(cat "$T/gw.pub")" remove 2>/dev/null
	ip netns exec tgb2-c1 wg set tgb2c0 peer "$(cat "$T/gw.pub")" endpoint 192.0.2.1:51820 \
		allowed-ips 203.0.113.0/24 persistent-keepalive 0
}

ip netns exec tgb2-srv iperf3 -s -B 203.0.113.5 >"$T/iperf-s.log" 2>&1 &
PIDS+=($!)
sleep 0.3

# one run: prints bits/s received by the server, or nothing
measure() {
	local i
	for i in $(seq 5); do # the handshake completes on the first packets
		ip netns exec tgb2-c1 ping -c 1 -W 1 203.0.113.5 >/dev/null 2>&1 && break
	done
	ip netns exec tgb2-c1 iperf3 -c 203.0.113.5 -t "$SECS" --connect-timeout 3000 -J >"$T/iperf-$1.json" 2>&1 || return 0
	/usr/bin/python3 - "$T/iperf-$1.json" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    print("%.0f" % d["end"]["sum_received"]["bits_per_second"])
except Exception:
    pass
PY
}

# ---- tailgate ----------------------------------------------------------------
cat >"$T/gw.cfg" <<EOF
dataplane: {
  backend = "afxdp";
  cores = [ $(($(nproc) > 1 ? 1 : 0)) ];
  ports = ( { interface = "tgb2-u"; role = "tailnet"; queues = 1; },
            { interface = "tgb2-e"; role = "internet"; queues = 1; } );
  region_name = "$REGION";
  xdp_mode = "auto";
};
egress: { address = "198.51.100.1"; interface = "tgb2-e"; nat_ports = [ 61000, 65535 ]; };
wireguard: {
  interface = "tgb2e0";
  listen_address = "192.0.2.1";
  listen_port = 51820;
  private_key_file = "$T/gw.key";
  peers = ( { public_key = "$(cat "$T/c1.pub")"; allowed_ips = [ "100.64.0.11/32" ]; } );
};
metrics: { listen = "127.0.0.1:19483"; ctl_socket = "$T/ctl.sock"; };
tables: { max_peers = 16; max_allowed_ips = 64; nat_sessions = 4096; ring_slots = 256; };
EOF
"$BUILD/tailgate-cp" --check-config "$T/gw.cfg" >"$T/check.log" 2>&1 ||
	na "config rejected: $(head -c 200 "$T/check.log" | tr '\n' ' ')"
ip netns exec tgb2-gw "$BUILD/tailgate-cp" --config "$T/gw.cfg" >"$T/cp.log" 2>&1 &
CP=$!
PIDS+=($CP)
sleep 0.5
ip netns exec tgb2-gw "$BUILD/tailgate-dp" --config "$T/gw.cfg" >"$T/dp.log" 2>&1 &
DP=$!
PIDS+=($DP)
for _ in $(seq 50); do grep -q 'port(s) up' "$T/dp.log" && break; sleep 0.1; done
aead=$(sed -n 's/.*selected \([a-z-]*\).*/\1/p' "$T/dp.log" | head -1)
client_peer
tg_bps=$(measure tailgate)
if [ -n "${BENCH_E2E_DEBUG:-}" ]; then
	ip netns exec tgb2-c1 wg show >&2; cat "$T/dp.log" "$T/cp.log" >&2
	ip netns exec tgb2-c1 ping -c 2 -W 1 203.0.113.5 >&2
	cat "$T/iperf-tailgate.json" >&2
fi
stop_pid "$DP"
stop_pid "$CP"

# ---- baseline: wireguard-go + forwarding + nftables masquerade ----------------
WG_PROCESS_FOREGROUND=1 ip netns exec tgb2-gw wireguard-go -f tgb2w0 >"$T/wggo-gw.log" 2>&1 &
PIDS+=($!)
bash scripts/uapi-wait.sh tgb2-gw tgb2w0 3 # not `wg` before it listens (see there)
ip netns exec tgb2-gw wg set tgb2w0 private-key "$T/gw.key" listen-port 51820 \
	peer "$(cat "$T/c1.pub")" allowed-ips 100.64.0.11/32
ip -n tgb2-gw addr add 100.64.0.1/32 dev tgb2w0
ip -n tgb2-gw link set tgb2w0 up mtu 1420
ip -n tgb2-gw route add 100.64.0.11/32 dev tgb2w0
ip netns exec tgb2-gw sysctl -qw net.ipv4.ip_forward=1
ip netns exec tgb2-gw nft -f - <<'EOF'
table ip tgb2nat {
	chain post {
		type nat hook postrouting priority srcnat;
		oifname "tgb2-e" masquerade
	}
	chain fw {
		type filter hook forward priority 0;
		tcp flags syn tcp option maxseg size set rt mtu
	}
}
EOF
client_peer
wg_bps=$(measure wireguard-go)

# ---- report --------------------------------------------------------------------
mbit() { awk -v b="$1" 'BEGIN{ printf "%.0f", b / 1e6 }'; }
echo
echo "## 4. End to end TCP through the exit"
echo
echo "One iperf3 TCP stream for ${SECS} s from a wireguard-go client (namespace"
echo "tgb2-c1) through the exit (tgb2-gw) to a server behind it (tgb2-srv), over"
echo "veth; first with tailgate-cp + tailgate-dp (afxdp, xdp_mode \"auto\", one"
echo "worker, AEAD ${aead:-?}), then on the same topology with wireguard-go +"
echo "kernel forwarding + nftables masquerade (and MSS clamping) as the exit. The"
echo "client's wireguard-go encrypts in both runs and shares the 2 CPUs, so it"
echo "bounds both figures alike. TX checksum offload is off on the client's and"
echo "the server's veth in both runs: with it on, veth passes TCP packets with"
echo "the checksum still to be filled in (CHECKSUM_PARTIAL), which an AF_XDP"
echo "dataplane receives unfinished (tailgate then gets no TCP connection up on"
echo "veth; a real NIC never hands such packets over)."
echo
echo "| exit | Mbit/s received by the server |"
echo "|---|---:|"
show() { if [ -n "$1" ]; then mbit "$1"; else echo "n/a (iperf3 failed)"; fi; }
echo "| tailgate | $(show "$tg_bps") |"
echo "| wireguard-go + nftables | $(show "$wg_bps") |"
echo
if [ -n "$tg_bps" ] && [ -n "$wg_bps" ]; then
	ratio=$(awk -v a="$tg_bps" -v b="$wg_bps" 'BEGIN{ printf "%.2f", (b > 0 ? a / b : 0) }')
	printf 'SUMMARY\t%s\tone TCP stream, %s s: tailgate / wireguard-go exit\t%s (%s vs %s Mbit/s)\n' \
		"$ROW" "$SECS" "$ratio" "$(mbit "$tg_bps")" "$(mbit "$wg_bps")"
	printf 'VALUE\te2e.tailgate.bps\t%s\nVALUE\te2e.wggo.bps\t%s\n' "$tg_bps" "$wg_bps"
else
	why() { # $1 bits/s or empty, $2 run name
		if [ -n "$1" ]; then echo "$(mbit "$1") Mbit/s"; else
			echo "failed: $(grep -o '"error":.*' "$T/iperf-$2.json" 2>/dev/null | head -c 120)"; fi
	}
	printf 'SUMMARY\t%s\tone TCP stream, %s s\tn/a (tailgate: %s; wireguard-go: %s)\n' "$ROW" "$SECS" \
		"$(why "$tg_bps" tailgate)" "$(why "$wg_bps" wireguard-go)"
fi
exit 0
