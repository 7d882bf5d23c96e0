#!/usr/bin/env bash
# Issue row 3: tailgate-dp with the AF_XDP backend (native XDP on veth, one
# worker) between two namespaces. A generator (tests/bench/afxdp_gen.c) in
# its own namespace sends pre-encrypted WireGuard data packets (keys put
# straight into the region, no handshake, no tailgate-cp) as fast as it can
# with AF_PACKET sendmmsg; the gateway decapsulates, SNATs and sends them
# out of its internet port to a sink namespace, whose veth rx counter is
# what counts. Bounded: BENCH_AFXDP_SECONDS (default 2) per size.
#
# Topology (documentation addresses only; namespaces tgb2-*):
#   tgb2-gen  tgb2-g 192.0.2.11   <-> tgb2-ul 192.0.2.1     tgb2-gw
#   tgb2-gw   tgb2-eg 198.51.100.1 <-> tgb2-egi 198.51.100.2 tgb2-in (sink)
# The inner packets go to 203.0.113.77, which the sink does not own and
# does not forward (counted at its veth, then dropped).
#
# Output: bench_util.h records (SUMMARY/VALUE) plus markdown on stdout;
# never fails on a number (exit 0 unless the setup itself cannot run; then
# it prints an n/a row). Needs root.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SECS=${BENCH_AFXDP_SECONDS:-2}
ROW="3. Native AF_XDP on veth (1 worker)"
T=$(mktemp -d /tmp/tgb2-afxdp.XXXXXX)
REGION=tgb2-afxdp-$$
DP_PID=

na() {
	printf 'SUMMARY\t%s\tall\tn/a (%s)\n' "$ROW" "$1"
	exit 0
}

cleanup() {
	[ -n "$DP_PID" ] && kill -TERM "$DP_PID" 2>/dev/null && wait "$DP_PID" 2>/dev/null
	for n in tgb2-gen tgb2-gw tgb2-in; do ip netns del $n 2>/dev/null; done
	rm -f "/dev/shm/$REGION" "/dev/shm/.$REGION.lock" "/dev/shm/.$REGION.dp.lock" "/dev/hugepages/$REGION"
	rm -rf "$T"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || na "needs root for namespaces and XDP"
for b in "$BUILD/tailgate-dp" "$BUILD/tests/bench/afxdp_gen"; do
	[ -x "$b" ] || na "$b not built"
done

for n in tgb2-gen tgb2-gw tgb2-in; do
	ip netns del $n 2>/dev/null
	ip netns add $n || na "ip netns add $n failed"
	ip -n $n link set lo up
done
ip link add tgb2-ul netns tgb2-gw type veth peer name tgb2-g netns tgb2-gen || na "veth failed"
ip link add tgb2-eg netns tgb2-gw type veth peer name tgb2-egi netns tgb2-in || na "veth failed"
ip -n tgb2-gw addr add 192.0.2.1/24 dev tgb2-ul
ip -n tgb2-gen addr add 192.0.2.11/24 dev tgb2-g
ip -n tgb2-gw addr add 198.51.100.1/24 dev tgb2-eg
ip -n tgb2-in addr add 198.51.100.2/24 dev tgb2-egi
for l in "tgb2-gw tgb2-ul" "tgb2-gen tgb2-g" "tgb2-gw tgb2-eg" "tgb2-in tgb2-egi"; do
	set -- $l
	ip -n "$1" link set "$2" up
done
ip -n tgb2-gw route add default via 198.51.100.2
ip netns exec tgb2-in sysctl -qw net.ipv4.ip_forward=0
# the gateway's kernel knows the next hop's MAC before the dp starts
ip netns exec tgb2-gw ping -c 1 -W 1 198.51.100.2 >/dev/null 2>&1

wg genkey >"$T/gw.key" 2>/dev/null && chmod 600 "$T/gw.key" || na "wg genkey failed"
MODE=${BENCH_AFXDP_MODE:-native}
cat >"$T/gw.cfg" <<EOF
dataplane: {
  backend = "afxdp";
  cores = [ $(($(nproc) > 1 ? 1 : 0)) ];
  ports = ( { interface = "tgb2-ul"; role = "tailnet"; queues = 1; },
            { interface = "tgb2-eg"; role = "internet"; queues = 1; } );
  region_name = "$REGION";
  xdp_mode = "$MODE";
};
egress: { address = "198.51.100.1"; interface = "tgb2-eg"; nat_ports = [ 61000, 65535 ]; };
wireguard: {
  listen_address = "192.0.2.1";
  listen_port = 51820;
  private_key_file = "$T/gw.key";
};
metrics: { listen = "127.0.0.1:19482"; ctl_socket = "$T/ctl.sock"; };
tables: { max_peers = 16; max_allowed_ips = 64; nat_sessions = 65536; ring_slots = 256; };
EOF
"$BUILD/tailgate-dp" --check-config "$T/gw.cfg" >"$T/check.log" 2>&1 ||
	na "config rejected: $(head -c 200 "$T/check.log" | tr '\n' ' ')"
ip netns exec tgb2-gw "$BUILD/tests/bench/afxdp_gen" prep "$T/gw.cfg" 2>"$T/prep.log" ||
	na "afxdp_gen prep failed: $(head -c 200 "$T/prep.log" | tr '\n' ' ')"
ip netns exec tgb2-gw "$BUILD/tailgate-dp" --config "$T/gw.cfg" >"$T/dp.log" 2>&1 &
DP_PID=$!
for _ in $(seq 50); do
	grep -q 'port(s) up' "$T/dp.log" && break
	kill -0 $DP_PID 2>/dev/null || break
	sleep 0.1
done
grep -q 'port(s) up' "$T/dp.log" ||
	na "tailgate-dp did not start: $(grep -v '^ ' "$T/dp.log" | tail -2 | tr '\n' ' ' | head -c 300)"
mac=$(ip -n tgb2-gw -o link show tgb2-ul | sed -n 's/.*link\/ether \([0-9a-f:]*\).*/\1/p')
xdpmode=$(ip -n tgb2-gw -d link show tgb2-ul | grep -o 'xdp[a-z]*' | head -1)
aead=$(sed -n 's/.*selected \([a-z-]*\).*/\1/p; s/.*using \([a-z-]*\) (configured).*/\1/p' "$T/dp.log" | head -1)

rx() { ip netns exec tgb2-in cat /sys/class/net/tgb2-egi/statistics/rx_packets 2>/dev/null ||
	ip -n tgb2-in -s -o link show tgb2-egi | awk '{for(i=1;i<=NF;i++) if($i=="RX:"){print $(i+12); exit}}'; }

echo
echo "## 3. Native AF_XDP on veth, one worker"
echo
echo "tailgate-dp (afxdp backend, xdp_mode \"$MODE\", attached as \`${xdpmode:-?}\`, AEAD ${aead:-?}, one"
echo "worker pinned to a core) between namespaces tgb2-gen and tgb2-in;"
echo "the generator (tests/bench/afxdp_gen.c, AF_PACKET sendmmsg with the qdisc"
echo "bypassed, pinned to the other core) sends pre-encrypted WireGuard data"
echo "packets, 64 flows, for ${SECS} s per size, 4 keypairs used in turn, pools of 16384"
echo "packets each, a replay window reset before a pool is reused; counted: packets"
echo "arriving at the sink's veth after decap and SNAT, over the generator's"
echo "whole sending time. On a 2-CPU machine the generator, the veth's softirq"
echo "and the worker share the CPUs, so this is a floor, not the NIC figure."
echo
echo "| inner size (B) | generator sent | out of the egress port | Mpps out | Gbit/s (inner) | delivered |"
echo "|---:|---:|---:|---:|---:|---:|"
for size in 64 512 1420; do
	before=$(rx)
	out=$(ip netns exec tgb2-gen taskset -c 0 "$BUILD/tests/bench/afxdp_gen" send "$T/gw.cfg" tgb2-g "$mac" "$SECS" "$size" 2>"$T/gen.log")
	sleep 0.2
	after=$(rx)
	read -r _ sent dur <<<"$out"
	if [ -z "${sent:-}" ] || [ -z "$before" ] || [ -z "$after" ]; then
		echo "| $size | n/a ($(head -c 150 "$T/gen.log" | tr '\n' ' ')) | | | | |"
		printf 'SUMMARY\t%s\t%s B\tn/a (generator failed: %s)\n' "$ROW" "$size" "$(head -c 150 "$T/gen.log" | tr '\n' ' ')"
		continue
	fi
	got=$((after - before))
	mpps=$(awk -v g="$got" -v d="$dur" 'BEGIN{ printf "%.3f", g / d / 1e6 }')
	gbps=$(awk -v g="$got" -v d="$dur" -v s="$size" 'BEGIN{ printf "%.2f", g * s * 8 / d / 1e9 }')
	pct=$(awk -v g="$got" -v s="$sent" 'BEGIN{ printf "%.0f", (s > 0 ? 100 * g / s : 0) }')
	echo "| $size | $sent | $got | $mpps | $gbps | $pct % |"
	printf 'SUMMARY\t%s\t%s B inner, decap -> SNAT -> egress (AEAD %s)\t%s Mpps, %s Gbit/s out (%s%% of %s sent by the generator in %s s)\n' \
		"$ROW" "$size" "${aead:-?}" "$mpps" "$gbps" "$pct" "$sent" "$dur"
	printf 'VALUE\tafxdp.%s.mpps\t%s\n' "$size" "$mpps"
done
kill -TERM $DP_PID 2>/dev/null
wait $DP_PID 2>/dev/null
DP_PID=
echo
echo "tailgate-dp's log (AEAD choice, XDP statistics and non-zero counters at exit):"
echo
echo '```'
grep -v '^$' "$T/dp.log" | head -40
echo '```'
echo
exit 0
