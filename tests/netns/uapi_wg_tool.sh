#!/usr/bin/env bash
# tailgate-cp driven by the STOCK wg(8) over the WireGuard UAPI socket, plus
# /metrics (checked by promtool), /healthz, tailgatectl, SIGHUP reload and
# restart. No network namespace and no dataplane are needed: the cp only
# needs the shared region, which it creates. Nothing is sent on any network
# (the metrics server is on loopback).
#
#   wg(8) / socat / python ──unix──► /var/run/wireguard/tgcp0.sock ─┐
#   curl ──tcp 127.0.0.1──► /metrics, /healthz                       ├─ tailgate-cp ─► region "tgcp-uapi"
#   tailgatectl ──unix──► $TMP/ctl.sock ─────────────────────────────┘
#
# Usage: TG_BUILD=build bash tests/netns/uapi_wg_tool.sh
set -euo pipefail

B=${TG_BUILD:-build}
CP=$B/tailgate-cp
CTL=$B/tailgatectl
IF=tgcp0
SOCK=/var/run/wireguard/$IF.sock
REGION=tgcp-uapi
PY=/usr/bin/python3
T=$(mktemp -d /tmp/tgcp-uapi.XXXXXX)
PORT=$((20000 + RANDOM % 20000))
CP_PID=

fail() {
	echo "FAIL uapi_wg_tool: $*"
	echo "---- tailgate-cp log" >&2
	cat "$T/cp.log" >&2 || true
	exit 1
}

cleanup() {
	if [ -n "$CP_PID" ] && kill -0 "$CP_PID" 2>/dev/null; then
		kill "$CP_PID" 2>/dev/null || true
		wait "$CP_PID" 2>/dev/null || true
	fi
	rm -f "/dev/shm/$REGION" "/dev/shm/.$REGION.lock" "/dev/shm/.$REGION.dp.lock" "/dev/hugepages/$REGION" "$SOCK"
	rm -rf "$T"
}
trap cleanup EXIT

for tool in wg socat curl promtool; do
	command -v $tool >/dev/null || { echo "SKIP: $tool not installed"; exit 0; }
done
[ -x "$CP" ] && [ -x "$CTL" ] || fail "build $CP and $CTL first (make all)"
[ -e "$SOCK" ] && fail "$SOCK already exists: another tgcp0 is running"

umask 077
wg genkey > "$T/priv.key"
wg genkey > "$T/p1.key"; wg pubkey < "$T/p1.key" > "$T/p1.pub"
wg genkey > "$T/p2.key"; wg pubkey < "$T/p2.key" > "$T/p2.pub"
wg genkey > "$T/p3.key"; wg pubkey < "$T/p3.key" > "$T/p3.pub"
wg genpsk > "$T/psk"
OWN_PUB=$(wg pubkey < "$T/priv.key")
P1=$(cat "$T/p1.pub"); P2=$(cat "$T/p2.pub"); P3=$(cat "$T/p3.pub")

cat > "$T/cp.cfg" <<CFG
dataplane = {
  backend = "mem";
  ports = ( { interface = "tgcpmem0"; } );
  region_name = "$REGION";
};
egress = { address = "203.0.113.1"; };
wireguard = {
  interface = "$IF";
  listen_port = 51820;
  private_key_file = "$T/priv.key";
  peers = (
    { public_key = "$P1"; endpoint = "192.0.2.11:51820"; allowed_ips = [ "100.64.0.11/32" ]; }
  );
};
metrics = { listen = "127.0.0.1:$PORT"; ctl_socket = "$T/ctl.sock"; };
tables = { max_peers = 16; max_keypairs = 48; max_allowed_ips = 64; max_workers = 2;
           nat_sessions = 1024; max_filter_rules = 16; filter_bytes = 65536; ring_slots = 64; };
CFG

start_cp() {
	"$CP" --config "$T/cp.cfg" >>"$T/cp.log" 2>&1 &
	CP_PID=$!
	for _ in $(seq 100); do
		[ -S "$SOCK" ] && [ -S "$T/ctl.sock" ] && return 0
		kill -0 "$CP_PID" 2>/dev/null || fail "tailgate-cp exited at start"
		sleep 0.05
	done
	fail "tailgate-cp did not open $SOCK"
}

"$CP" --check-config "$T/cp.cfg" >/dev/null || fail "--check-config rejected the test config"
start_cp

# --- wg show: the static peer from the config, our public key ---------------
wg show $IF dump > "$T/dump"
head -1 "$T/dump" | grep -q "^$(cat "$T/priv.key")	$OWN_PUB	51820	off$" || fail "interface line: $(head -1 "$T/dump")"
grep -q "^$P1	(none)	192.0.2.11:51820	100.64.0.11/32	0	0	0	off$" "$T/dump" || fail "static peer: $(cat "$T/dump")"

# --- wg set ----------------------------------------------------------------
wg set $IF peer "$P2" allowed-ips 100.64.0.12/32,2001:db8::/64 endpoint [2001:db8::12]:51820 \
	persistent-keepalive 25 preshared-key "$T/psk" || fail "wg set peer"
# tx may already hold an initiation (148 B): persistent-keepalive makes the
# device send a keepalive, hence a handshake, right away (as wireguard-go).
grep -q "^$P2	.*	\[2001:db8::12\]:51820	100.64.0.12/32,2001:db8::/64	0	0	\(0\|148\|296\)	25$" <<<"$(wg show $IF dump)" \
	|| fail "wg set result: $(wg show $IF dump)"
wg set $IF listen-port 51821 || fail "wg set listen-port"
[ "$(wg show $IF listen-port)" = 51821 ] || fail "listen-port not changed"
if wg set $IF fwmark 7 2>"$T/err"; then fail "fwmark 7 accepted"; fi
grep -q "Invalid argument" "$T/err" || fail "fwmark error: $(cat "$T/err")"

# --- wg setconf / syncconf / showconf ---------------------------------------
cat > "$T/wg.conf" <<WG
[Interface]
PrivateKey = $(cat "$T/priv.key")
ListenPort = 51820

[Peer]
PublicKey = $P1
AllowedIPs = 100.64.0.11/32, 198.51.100.0/24
Endpoint = 192.0.2.11:51820

[Peer]
PublicKey = $P3
AllowedIPs = 100.64.0.13/32
WG
wg setconf $IF "$T/wg.conf" || fail "wg setconf"
wg show $IF peers | sort > "$T/peers"
printf '%s\n%s\n' "$P1" "$P3" | sort | cmp -s - "$T/peers" || fail "setconf peers: $(cat "$T/peers")"
grep -q "^$P1	100.64.0.11/32 198.51.100.0/24$" <<<"$(wg show $IF allowed-ips)" || fail "setconf aips"
wg showconf $IF > "$T/show.conf"
grep -q "^PublicKey = $P3$" "$T/show.conf" || fail "showconf: $(cat "$T/show.conf")"
# syncconf back to the showconf output: no change
wg syncconf $IF "$T/show.conf" || fail "wg syncconf (no-op)"
wg showconf $IF | diff -u "$T/show.conf" - || fail "syncconf no-op changed the config"
# syncconf removing P3, adding P2
cat > "$T/sync.conf" <<WG
[Interface]
PrivateKey = $(cat "$T/priv.key")
ListenPort = 51820

[Peer]
PublicKey = $P1
AllowedIPs = 100.64.0.11/32, 198.51.100.0/24
Endpoint = 192.0.2.11:51820

[Peer]
PublicKey = $P2
AllowedIPs = 100.64.0.12/32
WG
wg syncconf $IF "$T/sync.conf" || fail "wg syncconf"
wg show $IF peers | sort > "$T/peers"
printf '%s\n%s\n' "$P1" "$P2" | sort | cmp -s - "$T/peers" || fail "syncconf peers: $(cat "$T/peers")"

# --- malformed UAPI input: errno replies, nothing applied, cp alive ---------
before=$(wg show $IF dump)
uapi() { $PY - "$SOCK" "$1" <<'PYEOF'
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(5)
s.connect(sys.argv[1])
s.sendall(sys.argv[2].encode('latin-1').decode('unicode_escape').encode('latin-1'))
s.shutdown(socket.SHUT_WR)
out = b''
while True:
    try:
        d = s.recv(65536)
    except socket.timeout:
        break
    if not d:
        break
    out += d
sys.stdout.write(out.decode('latin-1'))
PYEOF
}
[ "$(uapi 'set=1\nlisten_port=abc\n\n')" = "errno=-22" ] || fail "bad listen_port reply"
[ "$(uapi 'set=1\nlisten_port=1\nno equals\n\n')" = "errno=-71" ] || fail "no '=' reply"
[ "$(uapi "set=1\npublic_key=$(printf %064d 0)\nendpoint=bad\n\n")" = "errno=-22" ] || fail "bad endpoint reply"
[ "$(uapi 'set=1\nreplace_peers=true\npublic_key=zz\n\n')" = "errno=-22" ] || fail "bad key reply"
[ "$(uapi "set=1\nlisten_port=$(head -c 9000 /dev/zero | tr '\0' 7)\n\n")" = "errno=-71" ] || fail "overlong line reply"
[ "$(uapi 'get=1\nX')" = "errno=-22" ] || fail "get trailing byte reply"
uapi 'bogus=1\n\n' >/dev/null
uapi 'set=1\nlisten_port=9' >/dev/null   # no blank line, EOF ends it
[ "$(wg show $IF listen-port)" = 9 ] || fail "set ended by EOF not applied"
wg set $IF listen-port 51820
head -c 200000 /dev/urandom | socat -u - UNIX-CONNECT:"$SOCK" 2>/dev/null || true
(printf 'set=1\n'; head -c 100000 /dev/urandom | tr -d '\n') | socat -u - UNIX-CONNECT:"$SOCK" 2>/dev/null || true
kill -0 "$CP_PID" || fail "tailgate-cp died on malformed input"
[ "$(wg show $IF dump)" = "$before" ] || fail "malformed input changed the device"

# --- metrics, healthz ---------------------------------------------------------
curl -sf "http://127.0.0.1:$PORT/metrics" > "$T/metrics" || fail "GET /metrics"
promtool check metrics < "$T/metrics" > "$T/promtool" 2>&1 || fail "promtool: $(cat "$T/promtool")"
[ -s "$T/promtool" ] && fail "promtool complaints: $(cat "$T/promtool")"
grep -q '^tailgate_drops_total{reason="wg_replay"} 0$' "$T/metrics" || fail "drops series missing"
grep -q '^tailgate_process_up{process="controlplane"} 1$' "$T/metrics" || fail "cp not up in metrics"
grep -q '^tailgate_handshake_completed_total ' "$T/metrics" || fail "handshake counters missing"
code=$(curl -s -o "$T/health" -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")
[ "$code" = 503 ] && grep -q "dataplane down" "$T/health" || fail "healthz without dp: $code $(cat "$T/health")"

# --- tailgatectl -----------------------------------------------------------
"$CTL" --socket "$T/ctl.sock" status > "$T/status" || fail "tailgatectl status"
grep -q "public key:    $OWN_PUB" "$T/status" || fail "status: $(cat "$T/status")"
"$CTL" --config "$T/cp.cfg" peers > "$T/ctlpeers" || fail "tailgatectl --config peers"
grep -q "$P2" "$T/ctlpeers" || fail "tailgatectl peers: $(cat "$T/ctlpeers")"
"$CTL" --socket "$T/ctl.sock" counters --json | $PY -c 'import json,sys; c=json.load(sys.stdin); assert "wg_replay" in c["drops"]' \
	|| fail "tailgatectl counters --json"
if "$CTL" --socket "$T/nope.sock" status 2>"$T/err"; then fail "ctl without cp exit 0"; fi
grep -q "tailgate-cp is not running (no socket at $T/nope.sock" "$T/err" || fail "ctl message: $(cat "$T/err")"

# --- SIGHUP reload: the device becomes the config, by diff ------------------
cp "$T/cp.cfg" "$T/cp.cfg.orig"
sed -i "s|peers = (|peers = (\n    { public_key = \"$P3\"; allowed_ips = [ \"100.64.0.13/32\" ]; },|; s|192.0.2.11:51820|192.0.2.111:51820|" "$T/cp.cfg"
"$CP" --check-config "$T/cp.cfg" >/dev/null || fail "edited config invalid: $(cat "$T/cp.cfg")"
kill -HUP "$CP_PID"
for _ in $(seq 100); do grep -q "reloaded $T/cp.cfg" "$T/cp.log" && break; sleep 0.05; done
grep -q "reloaded $T/cp.cfg: 2 peers" "$T/cp.log" || fail "reload not logged"
wg show $IF dump > "$T/dump"
grep -q "^$P1	(none)	192.0.2.111:51820	100.64.0.11/32	0	0	0	off$" "$T/dump" || fail "reload P1: $(cat "$T/dump")"
grep -q "^$P3	(none)	(none)	100.64.0.13/32	0	0	0	off$" "$T/dump" || fail "reload P3: $(cat "$T/dump")"
grep -q "^$P2" "$T/dump" && fail "reload kept a peer the config does not name"
# a broken config on SIGHUP: nothing changes, the cp keeps running
echo "wireguard = { listen_port = 99999999; };" > "$T/cp.cfg"
kill -HUP "$CP_PID"
for _ in $(seq 100); do grep -q "reload of $T/cp.cfg failed" "$T/cp.log" && break; sleep 0.05; done
grep -q "reload of $T/cp.cfg failed, running configuration kept" "$T/cp.log" || fail "bad reload not reported"
kill -0 "$CP_PID" || fail "tailgate-cp died on a bad reload"
wg show $IF dump | cmp -s - "$T/dump" || fail "a failed reload changed the device"
cp "$T/cp.cfg.orig" "$T/cp.cfg"

# --- clean exit, region kept, restart re-attaches ---------------------------
kill -TERM "$CP_PID"
wait "$CP_PID" || fail "tailgate-cp exit status $?"
CP_PID=
[ -e "$SOCK" ] && fail "UAPI socket left behind"
{ [ -e "/dev/shm/$REGION" ] || [ -e "/dev/hugepages/$REGION" ]; } || fail "region removed on exit"
start_cp
grep -q "attached to region $REGION" "$T/cp.log" || fail "restart did not re-attach"
grep -q "$P1" <<<"$(wg show $IF peers)" || fail "static peer missing after restart"
# P3 came from the reloaded config, which is no longer on disk: a restart
# adopts it from the region with its allowed IPs (no flow lost on restart;
# a reload, above, makes the device match the file instead)
grep -q "adopted 1 peer(s) from the region" "$T/cp.log" || fail "region peer not adopted"
wg show $IF dump | grep -q "^$P3	(none)	(none)	100.64.0.13/32	" || fail "adopted P3: $(wg show $IF dump)"
curl -sf "http://127.0.0.1:$PORT/metrics" > "$T/metrics2" || fail "GET /metrics after restart"
grep -q "^tailgate_peers 2$" "$T/metrics2" || fail "region peers after restart"
echo "PASS uapi_wg_tool"
