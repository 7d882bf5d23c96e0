#!/bin/bash
# Handshake + transport-key interop of our Noise/cookie/crypto core with
# wireguard-go, both directions, before the dataplane exists.
#
#   ns tgnz-a                                   ns tgnz-b
#  +---------------------------+               +------------------------------+
#  | wg_hs_probe (our core)    |  veth         | wireguard-go tgnzwgN          |
#  | 198.51.100.1 udp/51821    |<------------->| 198.51.100.2 udp/51820       |
#  | tunnel addr 100.99.0.1     |               | tgnzwgN 100.99.0.2/24        |
#  +---------------------------+               +------------------------------+
#
# 1. probe initiates; wireguard-go responds; probe sends an ICMP echo
#    request through the tunnel and must decrypt wireguard-go's echo reply.
# 2. wireguard-go initiates (triggered by a ping from ns b); probe responds
#    and must decrypt the echo request; it answers; the ping must succeed.
# 3. as 2, but the probe acts under load: it answers the first initiation
#    with a cookie reply; wireguard-go's retry (REKEY_TIMEOUT later) must
#    carry a mac2 our checker accepts, then the handshake completes.
# Needs root, /dev/net/tun, wireguard-go, wg. Usage: BUILD=build bash $0
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${TG_BUILD:-${BUILD:-build}}
A=tgnz-a-$$
B=tgnz-b-$$
WGIF=tgnzwg$(( $$ % 100000 ))  # unique: the UAPI socket path is not per-namespace
TMP=$(mktemp -d /tmp/tgnz-interop.XXXXXX)
WGPID=
cleanup() {
	set +e
	[ -n "$WGPID" ] && kill "$WGPID" 2>/dev/null
	ip netns del "$A" 2>/dev/null
	ip netns del "$B" 2>/dev/null
	rm -rf "$TMP"
}
dump() {
	echo "--- wireguard-go log"; cat "$TMP/wg-go.log" 2>/dev/null
	echo "--- wg show"; ip netns exec "$B" wg show $WGIF 2>/dev/null
}
trap cleanup EXIT
trap 'dump' ERR

make -s "$BUILD/libtgcommon.a" BUILD="$BUILD"
cc -std=gnu11 -O2 -Wall -Wextra -Werror -Wno-unused-parameter -Icommon -o "$TMP/probe" \
	tests/netns/wg_hs_probe.c "$BUILD/libtgcommon.a" \
	$(pkg-config --cflags --libs libsodium libb2 libcrypto) \
	$([ -e /usr/include/intel-ipsec-mb.h ] && echo -lIPSec_MB)

ip netns add "$A"
ip netns add "$B"
ip link add tgnzA0 netns "$A" type veth peer name tgnzB0 netns "$B"
ip -n "$A" addr add 198.51.100.1/24 dev tgnzA0
ip -n "$B" addr add 198.51.100.2/24 dev tgnzB0
ip -n "$A" link set tgnzA0 up
ip -n "$B" link set tgnzB0 up
ip -n "$A" link set lo up
ip -n "$B" link set lo up

PA=$(wg genkey); PUBA=$(echo "$PA" | wg pubkey)
PB=$(wg genkey); PUBB=$(echo "$PB" | wg pubkey)
echo "$PB" > "$TMP/b.key"

WG_PROCESS_FOREGROUND=1 ip netns exec "$B" wireguard-go -f $WGIF >"$TMP/wg-go.log" 2>&1 &
WGPID=$!
bash scripts/uapi-wait.sh "$B" $WGIF 5 # not `wg` before it listens (see there)
ip netns exec "$B" wg set $WGIF private-key "$TMP/b.key" listen-port 51820 \
	peer "$PUBA" allowed-ips 100.99.0.1/32
ip -n "$B" addr add 100.99.0.2/24 dev $WGIF
ip -n "$B" link set $WGIF up

echo "== 1: we initiate, wireguard-go responds"
ip netns exec "$A" "$TMP/probe" initiate "$PA" "$PUBB" 51821 198.51.100.2 51820 \
	100.99.0.1 100.99.0.2
ip netns exec "$B" wg show $WGIF latest-handshakes | awk '$2 > 0 {ok=1} END {exit !ok}'

echo "== 2: wireguard-go initiates, we respond"
# Fresh session on the wireguard-go side: remove and re-add the peer with our
# endpoint so it must initiate toward us.
ip netns exec "$B" wg set $WGIF peer "$PUBA" remove
ip netns exec "$B" wg set $WGIF peer "$PUBA" allowed-ips 100.99.0.1/32 \
	endpoint 198.51.100.1:51821
ip netns exec "$A" "$TMP/probe" respond "$PA" "$PUBB" 51821 198.51.100.2 51820 \
	100.99.0.1 100.99.0.2 &
PROBE=$!
sleep 0.3
ip netns exec "$B" ping -c 1 -W 5 100.99.0.1 >/dev/null
wait "$PROBE"

echo "== 3: wireguard-go initiates, we answer with a cookie reply first"
ip netns exec "$B" wg set $WGIF peer "$PUBA" remove
ip netns exec "$B" wg set $WGIF peer "$PUBA" allowed-ips 100.99.0.1/32 \
	endpoint 198.51.100.1:51821
ip netns exec "$A" "$TMP/probe" respond-cookie "$PA" "$PUBB" 51821 198.51.100.2 51820 \
	100.99.0.1 100.99.0.2 &
PROBE=$!
sleep 0.3
ip netns exec "$B" ping -c 1 -W 10 100.99.0.1 >/dev/null
wait "$PROBE"
echo "PASS wg_handshake_interop"
