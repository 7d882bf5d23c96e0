#!/usr/bin/env bash
# tailgate-cp in Tailscale mode against the independent Python test control
# server (tests/control/server.py), both inside a private network namespace
# on its loopback. No dataplane: the cp only needs the shared region, which
# it creates. Checks, with the stock wg(8) on the cp's UAPI socket and
# tailgatectl:
#   register (auth key, Hostinfo with exit routes, endpoint, disco key),
#   the first netmap puts the peer in the WireGuard tables (allowed IPs,
#   endpoint), status/whois, a delta adding a peer, a delta removing one
#   removes it at once, a hostile delta makes the cp reconnect (not crash),
#   a server restart (new control key) makes the cp reconnect and resync,
#   logout deregisters and empties the tables, login registers again, the
#   state file is 0600 and survives a cp restart (same node key).
#
#   ip netns tgtc-<pid>:  server.py 127.0.0.1:<port>  <──ts2021──  tailgate-cp
#   wg(8) / tailgatectl ──unix──► /var/run/wireguard/tgtc<pid>.sock, $T/ctl.sock
#
# https:// is checked with socat (OpenSSL) terminating TLS in front of the
# server, with throwaway certificates trusted through SSL_CERT_FILE.
#
# Usage (root): TG_BUILD=build bash tests/netns/tailscale_register.sh
# Prints "PASS|FAIL tailscale_register: ..." lines (tests/netns/run.sh format) and "N passed, N failed"; exit 1 on any failure.
set -uo pipefail

B=${TG_BUILD:-build}
CP=$(readlink -f "$B/tailgate-cp")
CTL=$(readlink -f "$B/tailgatectl")
SRV=$(readlink -f tests/control/server.py)
PY=/usr/bin/python3
NS=tgtc-$$
IF=tgtc$(($$ % 100000))
SOCK=/var/run/wireguard/$IF.sock
REGION=tgtc-ts-$$
T=$(mktemp -d /tmp/tgtc-ts.XXXXXX)
PORT=$((20000 + RANDOM % 20000))
SRV_PID= CP_PID= TLS_PID=
pass=0 failn=0

ok() { echo "PASS tailscale_register: $*"; pass=$((pass + 1)); }
bad() {
	echo "FAIL tailscale_register: $*"
	failn=$((failn + 1))
	echo "---- tailgate-cp log (tail)"; tail -20 "$T/cp.log" 2>/dev/null
	echo "---- server log (tail)"; tail -10 "$T/srv.log" 2>/dev/null
}
check() { # check "description" command...
	local d=$1; shift
	if "$@"; then ok "$d"; else bad "$d"; fi
}

cleanup() {
	[ -n "$CP_PID" ] && kill "$CP_PID" 2>/dev/null && wait "$CP_PID" 2>/dev/null
	[ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null && wait "$SRV_PID" 2>/dev/null
	[ -n "$TLS_PID" ] && kill "$TLS_PID" 2>/dev/null && wait "$TLS_PID" 2>/dev/null
	ip netns del "$NS" 2>/dev/null
	# TG_KEEP_LOG=FILE keeps the cp's log (e.g. to read ASan reports).
	[ -n "${TG_KEEP_LOG:-}" ] && cat "$T/cp.all" "$T/cp.log" > "$TG_KEEP_LOG" 2>/dev/null
	rm -f "/dev/shm/$REGION" "/dev/shm/.$REGION.lock" "/dev/shm/.$REGION.dp.lock" "$SOCK"
	rm -rf "$T"
}
trap cleanup EXIT

for tool in wg socat ip; do
	command -v $tool >/dev/null || { echo "SKIP tailscale_register: $tool not installed"; echo "0 passed, 0 failed"; exit 0; }
done
[ -x "$CP" ] && [ -x "$CTL" ] || { echo "FAIL tailscale_register: build $B/tailgate-cp and $B/tailgatectl first"; echo "0 passed, 1 failed"; exit 1; }
$PY -c 'import h2, zstandard, cryptography' 2>/dev/null || { echo "SKIP tailscale_register: python3-h2/zstandard/cryptography missing"; echo "0 passed, 0 failed"; exit 0; }

ip netns add "$NS" || { echo "FAIL tailscale_register: ip netns add $NS"; echo "0 passed, 1 failed"; exit 1; }
ip -n "$NS" link set lo up
in_ns() { ip netns exec "$NS" "$@"; }

umask 077
wg genkey > "$T/priv.key"
wg genkey > "$T/p1.key"; P1=$(wg pubkey < "$T/p1.key")
wg genkey > "$T/p2.key"; P2=$(wg pubkey < "$T/p2.key")
printf 'tskey-auth-TGTC\n' > "$T/auth.key"

cat > "$T/srv.json" <<JSON
{"auth_keys": ["tskey-auth-TGTC"],
 "self": {"addresses": ["100.64.0.1/32", "fd7a:115c:a1e0::1/128"], "name": "exit1", "id": 1},
 "peers": [{"ID": 2, "Key": "$P1", "Name": "client1.example.ts.net.",
            "Addresses": ["100.64.0.2/32", "fd7a:115c:a1e0::2/128"],
            "Endpoints": ["198.51.100.9:41641"]}]}
JSON

cat > "$T/cp.cfg" <<CFG
dataplane = { backend = "mem"; ports = ( { interface = "tgtcmem0"; } ); region_name = "$REGION"; };
egress = { address = "203.0.113.1"; };
wireguard = { interface = "$IF"; listen_port = 41641; private_key_file = "$T/priv.key"; };
control = { server_url = "http://127.0.0.1:$PORT"; auth_key_file = "$T/auth.key";
            hostname = "tgtc-exit"; tags = [ "tag:exit" ]; state_dir = "$T/state"; };
metrics = { listen = "127.0.0.1:$((PORT + 1))"; ctl_socket = "$T/ctl.sock"; };
tables = { max_peers = 16; max_keypairs = 48; max_allowed_ips = 64; max_workers = 2;
           nat_sessions = 1024; max_filter_rules = 16; ring_slots = 64; };
CFG

start_srv() {
	: > "$T/srv.log"
	ip netns exec "$NS" $PY "$SRV" --config "$T/srv.json" --listen "127.0.0.1:$PORT" --admin "$T/admin.sock" \
		>>"$T/srv.log" 2>&1 &
	SRV_PID=$!
	for _ in $(seq 100); do
		grep -q "control: listening" "$T/srv.log" && return 0
		sleep 0.05
	done
	return 1
}
stop_srv() { kill "$SRV_PID" 2>/dev/null; wait "$SRV_PID" 2>/dev/null; SRV_PID=; }
admin() { socat -t 10 - "UNIX-CONNECT:$T/admin.sock" <<<"$1"; }
ctl() { "$CTL" --socket "$T/ctl.sock" "$@"; }
ts_state() { ctl status --json 2>/dev/null | $PY -c 'import json,sys; print(json.load(sys.stdin)["tailscale"]["state"])' 2>/dev/null; }
# wait_for SECONDS command...: poll a condition (no protocol time involved)
wait_for() {
	local n=$(($1 * 20)); shift
	for _ in $(seq "$n"); do "$@" && return 0; sleep 0.05; done
	return 1
}
is_running() { [ "$(ts_state)" = running ]; }
dump() { wg show "$IF" dump 2>/dev/null; }
has_peer() { dump | grep -q "^$1	"; }
no_peer() { ! dump | grep -q "^$1	"; }
start_cp() {
	ip netns exec "$NS" env ${CP_ENV:-TGTC=1} "$CP" --config "$T/cp.cfg" >>"$T/cp.log" 2>&1 &
	CP_PID=$!
	wait_for 5 test -S "$T/ctl.sock"
}

start_srv || { bad "server did not start"; echo "$pass passed, $failn failed"; exit 1; }
start_cp || bad "tailgate-cp did not open its ctl socket"

# --- register + first netmap ------------------------------------------------
check "cp registers and receives the netmap (state running)" wait_for 10 is_running
admin '{"op":"state"}' > "$T/state.json"
check "server: node authorized, Hostinfo exit routes + RequestTags, endpoint, disco key" \
	$PY - "$T/state.json" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[1]))
n = [x for x in s["nodes"] if x["authorized"]]
assert len(n) == 1, s
n = n[0]
hi = n["hostinfo"]
assert sorted(hi["RoutableIPs"]) == ["0.0.0.0/0", "::/0"], hi
assert hi["Hostname"] == "tgtc-exit" and hi.get("RequestTags") == ["tag:exit"], hi
assert n["endpoints"] == ["203.0.113.1:41641"], n
assert n["disco"].startswith("discokey:") and n["disco"] != "discokey:" + "0" * 64, n
PYEOF
NODEKEY=$(ctl status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)["tailscale"]["node_key"])')
check "node key registered = the WireGuard key in use" \
	bash -c "[ \"\$(wg show $IF public-key | base64 -d | od -An -tx1 | tr -d ' \n')\" = \"${NODEKEY#nodekey:}\" ]"
check "wg show dump: peer with endpoint and allowed IPs (absent AllowedIPs = Addresses)" \
	wait_for 5 bash -c "wg show $IF dump | grep -q \"^$P1	(none)	198.51.100.9:41641	100.64.0.2/32,fd7a:115c:a1e0::2/128	\""
check "netmap PacketFilter compiled and published into the region" \
	wait_for 5 grep -q "packet filter published" "$T/cp.log"
check "tailgatectl status lists the peer" bash -c "'$CTL' --socket '$T/ctl.sock' status | grep -q 'client1.example.ts.net.'"
check "tailgatectl whois 100.64.0.2" bash -c "'$CTL' --socket '$T/ctl.sock' whois 100.64.0.2 | grep -q 'client1.example.ts.net.'"
check "tailgatectl whois of an unknown address fails" bash -c "! '$CTL' --socket '$T/ctl.sock' whois 100.64.9.9 2>/dev/null"
check "state file is mode 0600" bash -c "[ \"\$(stat -c %a '$T/state/tailgate-state.json')\" = 600 ]"

# --- deltas -----------------------------------------------------------------
admin "{\"op\":\"add_peer\",\"peer\":{\"ID\":3,\"Key\":\"$P2\",\"Addresses\":[\"100.64.0.3/32\"],\"AllowedIPs\":[\"100.64.0.3/32\",\"198.51.100.0/24\"]}}" >/dev/null
check "delta PeersChanged adds a peer with its AllowedIPs" \
	wait_for 5 bash -c "wg show $IF dump | grep -q \"^$P2	(none)	(none)	100.64.0.3/32,198.51.100.0/24	\""
admin '{"op":"set_filter","filter":[]}' >/dev/null
check "PacketFilter [] delta (deny all) republished" \
	wait_for 5 bash -c "[ \$(grep -c 'packet filter published' '$T/cp.log') -ge 2 ]"
admin '{"op":"remove_peer","id":2}' >/dev/null
check "delta PeersRemoved removes the peer at once" wait_for 2 no_peer "$P1"
check "the other peer stays" has_peer "$P2"

# --- SIGHUP reload keeps the node key, the netmap peers and the local addresses
kill -HUP "$CP_PID"
check "SIGHUP reload: netmap peer and node key kept" \
	wait_for 5 bash -c "grep -q 'reloaded' '$T/cp.log' && wg show $IF dump | grep -q '^$P2	' && [ \"\$(wg show $IF public-key | base64 -d | od -An -tx1 | tr -d ' \n')\" = \"${NODEKEY#nodekey:}\" ]"

# --- hostile delta: refused, reconnect, full netmap again ---------------------
R0=$(ctl status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)["tailscale"]["reconnects"])')
admin '{"op":"send","msg":{"PeersChanged":"not-an-array"}}' >/dev/null
check "hostile delta: logged, reconnect, running again" \
	wait_for 10 bash -c "grep -q 'PeersChanged is not an array' '$T/cp.log' && [ \"\$('$CTL' --socket '$T/ctl.sock' status --json | $PY -c 'import json,sys; t=json.load(sys.stdin)[\"tailscale\"]; print(t[\"state\"], t[\"reconnects\"] > $R0)')\" = \"running True\" ]"
check "tables unchanged across the reconnect" has_peer "$P2"

# --- server restart -------------------------------------------------------------
stop_srv
check "server gone: cp notices" wait_for 5 bash -c "grep -q 'closed the connection\|failed' '$T/cp.log'"
start_srv || bad "server restart"
check "cp reconnects to the restarted server (new control key) and re-registers" wait_for 15 is_running
check "peer from the new server's netmap back in the tables" wait_for 5 has_peer "$P1"

# --- node key expired by the server: rotation with OldNodeKey ----------------------
admin "{\"op\":\"expire_node\",\"node_key\":\"$NODEKEY\"}" >/dev/null
admin '{"op":"close_streams"}' >/dev/null
check "NodeKeyExpired: the cp registers a new node key and runs again" \
	wait_for 15 bash -c "grep -q 'node key expired' '$T/cp.log' && [ \"\$('$CTL' --socket '$T/ctl.sock' status --json | $PY -c 'import json,sys; t=json.load(sys.stdin)[\"tailscale\"]; print(t[\"state\"], t[\"node_key\"] != \"$NODEKEY\")')\" = \"running True\" ]"
NODEKEY=$(ctl status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)["tailscale"]["node_key"])')
check "the WireGuard key follows the rotated node key" \
	bash -c "[ \"\$(wg show $IF public-key | base64 -d | od -An -tx1 | tr -d ' \n')\" = \"${NODEKEY#nodekey:}\" ]"
admin '{"op":"state"}' > "$T/state3.json"
check "server: same node ID moved to the new key" $PY -c "
import json; s=json.load(open('$T/state3.json'))
n=[x for x in s['nodes'] if x['node_key']=='$NODEKEY']
assert len(s['nodes'])==1 and n and n[0]['authorized'], s"
check "rotated key saved in the state file (its public half = the registered key)" $PY -c "
import json
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives import serialization as S
st=json.load(open('$T/state/tailgate-state.json'))
k=X25519PrivateKey.from_private_bytes(bytes.fromhex(st['node_key'][len('privkey:'):]))
pub=k.public_key().public_bytes(S.Encoding.Raw, S.PublicFormat.Raw).hex()
assert 'nodekey:'+pub=='$NODEKEY' and 'old_node_key' not in st, st.keys()"

# --- logout / login -----------------------------------------------------------------
check "tailgatectl logout" ctl logout
check "state logged-out" wait_for 5 bash -c "[ \"\$('$CTL' --socket '$T/ctl.sock' status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)[\"tailscale\"][\"state\"])')\" = logged-out ]"
admin '{"op":"state"}' > "$T/state2.json"
check "server: node logged out" $PY -c "
import json,sys; s=json.load(open('$T/state2.json'))
n=[x for x in s['nodes'] if x['node_key']=='$NODEKEY']
assert n and n[0]['logged_out'] and not n[0]['authorized'], s"
check "tables empty after logout" bash -c "[ -z \"\$(wg show $IF peers)\" ]"
kill "$CP_PID"; wait "$CP_PID" 2>/dev/null; CP_PID=
start_cp || bad "cp restart"
check "still logged out after restart" wait_for 5 bash -c "[ \"\$('$CTL' --socket '$T/ctl.sock' status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)[\"tailscale\"][\"state\"])')\" = logged-out ]"
check "tailgatectl login" ctl login
check "registered again with a new node key" wait_for 10 is_running
NK2=$(ctl status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)["tailscale"]["node_key"])')
check "new node key differs from the logged-out one" test "$NK2" != "$NODEKEY"
check "peers back after login" wait_for 5 has_peer "$P1"

# --- https:// : TLS in front of the same server (socat), certificate checked --
kill "$CP_PID"; wait "$CP_PID" 2>/dev/null; CP_PID=
TLSPORT=$((PORT + 2))
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
	-keyout "$T/tls.key" -out "$T/tls.pem" -subj "/CN=127.0.0.1" \
	-addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
	-keyout "$T/other.key" -out "$T/other.pem" -subj "/CN=other.example" \
	-addext "subjectAltName=DNS:other.example" 2>/dev/null
sed -i "s|server_url = \"http://127.0.0.1:$PORT\"|server_url = \"https://127.0.0.1:$TLSPORT\"|" "$T/cp.cfg"
newlog() { cat "$T/cp.log" >> "$T/cp.all"; : > "$T/cp.log"; }
start_tls() { # $1 = certificate name the proxy presents
	[ -n "$TLS_PID" ] && { kill "$TLS_PID"; wait "$TLS_PID" 2>/dev/null; }
	ip netns exec "$NS" socat "OPENSSL-LISTEN:$TLSPORT,bind=127.0.0.1,reuseaddr,fork,verify=0,cert=$T/$1.pem,key=$T/$1.key" \
		"TCP:127.0.0.1:$PORT" 2>/dev/null &
	TLS_PID=$!
	sleep 0.2 # socat has no readiness signal; the cp retries anyway
}
start_tls tls
newlog
CP_ENV="SSL_CERT_FILE=$T/tls.pem" start_cp || bad "cp start (https)"
check "https:// server URL: registers and gets the netmap over verified TLS" wait_for 15 is_running
check "peers in the tables over TLS" wait_for 5 has_peer "$P1"
kill "$CP_PID"; wait "$CP_PID" 2>/dev/null; CP_PID=
start_tls other
newlog
CP_ENV="SSL_CERT_FILE=$T/other.pem" start_cp || bad "cp start (https, wrong name)"
check "certificate for another name: refused with a clear message, never running" \
	wait_for 10 bash -c "grep -q 'certificate verification failed: IP address mismatch' '$T/cp.log' && [ \"\$('$CTL' --socket '$T/ctl.sock' status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)[\"tailscale\"][\"state\"])')\" != running ]"
kill "$CP_PID"; wait "$CP_PID" 2>/dev/null; CP_PID=
newlog
CP_ENV="SSL_CERT_FILE=$T/tls.pem" start_cp || bad "cp start (https, untrusted)"
check "certificate not trusted: refused" wait_for 10 grep -q "certificate verification failed" "$T/cp.log"

echo "$pass passed, $failn failed"
[ "$failn" -eq 0 ]
