#!/usr/bin/env bash
# Tailscale-mode exit node end to end (docs/control.md, docs/filter.md):
# the test control server (tests/control/server.py) hands tailgate-cp a
# netmap with two wireguard-go clients; tailgate-dp (AF_XDP) forwards their
# traffic to an internet host under the netmap's PacketFilter.
#
#                       ns tgte-<n>-gw
#   server.py 127.0.0.1:<port> <──ts2021── tailgate-cp ══region══ tailgate-dp
#                                            (wg if tgteg<n>)     │        │
#                           tailnet port tgteu<n> 192.0.2.1:51820  internet port
#                                                │                tgtee<n> 198.51.100.1
#   ns tgte-<n>-sw  (bridge) ────────────────────┤                    │ veth
#     ├── ns tgte-<n>-c1: wireguard-go tgte1c<n>, 192.0.2.11, 100.64.0.2
#     └── ns tgte-<n>-c2: wireguard-go tgte2c<n>, 192.0.2.12, 100.64.0.3
#                                               ns tgte-<n>-in: 198.51.100.2 (eth0, tx csum off),
#                                               203.0.113.5 on lo (HTTP server);
#                                               the gateway's default route
#
# The clients' public keys are peers in the server's netmap (Addresses
# 100.64.0.x/32, Endpoints their underlay address); each client has the
# gateway's node key (read from the cp's `wg show`) as its peer with the
# endpoint 192.0.2.1:51820. Checks (PASS/FAIL lines, then "N passed, N failed"):
#   a. register + netmap with both clients; c1 ping + HTTP download (sha256)
#   b. netmap PacketFilter allows c1 only: c2 dropped, filter_no_rule counted
#      in /metrics
#   c. a PacketFilter delta also allowing c2 takes effect; c1's ping across
#      the change loses nothing
#   d. no client reaches the gateway's LAN (198.51.100.2/.3) or the other
#      client's tailnet address (filter_local_denied)
#   e. a PeersRemoved delta for c1 stops its traffic at once
#   f. a server restart: the cp reconnects, c2's ping loop keeps answering
#   g. tailgatectl logout: server sees it, peers leave the tables, traffic stops
#
# Usage (root): TG_BUILD=build bash tests/netns/tailscale_exit.sh
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TG_BUILD=${TG_BUILD:-build}
case "$TG_BUILD" in /*) ;; *) TG_BUILD=$ROOT/$TG_BUILD ;; esac
CP=$TG_BUILD/tailgate-cp
DP=$TG_BUILD/tailgate-dp
CTL=$TG_BUILD/tailgatectl
BPF_OBJ=$TG_BUILD/bpf/xdp_tailgate.bpf.o
SRV=$ROOT/tests/control/server.py
PY=/usr/bin/python3
N=$(($$ % 10000))
P=tgte-$N
GW=$P-gw SW=$P-sw C1=$P-c1 C2=$P-c2 IN=$P-in
WGG=tgteg$N WG1=tgte1c$N WG2=tgte2c$N
UL=tgteu$N EG=tgtee$N
PORT=$((20000 + RANDOM % 20000))
MPORT=$((PORT + 1))
passed=0 failed=0
pass() { echo "PASS tailscale_exit/$1"; passed=$((passed + 1)); }
fail() {
	echo "FAIL tailscale_exit/$1: $2"
	failed=$((failed + 1))
	echo "---- tailgate-cp log (tail)"; tail -15 "$T/cp.log" 2>/dev/null
	echo "---- tailgate-dp log (tail)"; tail -5 "$T/dp.log" 2>/dev/null
}
check() { # check NAME WHY CMD...
	local name=$1 why=$2
	shift 2
	if "$@"; then pass "$name"; else fail "$name" "$why"; fi
}
summary() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP tailscale_exit: needs root"; echo "0 passed, 0 failed"; exit 0
fi
for b in "$CP" "$DP" "$CTL" "$BPF_OBJ"; do
	[ -e "$b" ] || { echo "FAIL tailscale_exit/build: $b missing (make all)"; echo "0 passed, 1 failed"; exit 1; }
done
for tool in wireguard-go wg socat curl ethtool; do
	command -v $tool >/dev/null || { echo "SKIP tailscale_exit: no $tool"; echo "0 passed, 0 failed"; exit 0; }
done
$PY -c 'import h2, zstandard, cryptography' 2>/dev/null ||
	{ echo "SKIP tailscale_exit: python3-h2/zstandard/cryptography missing"; echo "0 passed, 0 failed"; exit 0; }

T=$(mktemp -d /tmp/$P.XXXXXX)
chmod 700 "$T"
CP_PID= DP_PID= SRV_PID= HTTP_PID=
cleanup() {
	for p in $CP_PID $DP_PID $SRV_PID $HTTP_PID; do kill "$p" 2>/dev/null; done
	for p in $CP_PID $DP_PID $SRV_PID $HTTP_PID; do wait "$p" 2>/dev/null; done
	for n in $C1 $C2 $IN; do
		for pid in $(ip netns pids "$n" 2>/dev/null); do kill "$pid" 2>/dev/null; done
	done
	for n in $GW $SW $C1 $C2 $IN; do ip netns del "$n" 2>/dev/null; done
	rm -f /dev/shm/$P-region /dev/shm/.$P-region.lock /dev/shm/.$P-region.dp.lock /var/run/wireguard/$WGG.sock /var/run/wireguard/$WG1.sock \
		/var/run/wireguard/$WG2.sock
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

# wait_for SECONDS CMD...: poll a condition (nothing here waits on protocol time)
wait_for() {
	local n=$(($1 * 20)); shift
	for _ in $(seq "$n"); do "$@" && return 0; sleep 0.05; done
	return 1
}

# ---- topology -------------------------------------------------------------
set -e
for n in $GW $SW $C1 $C2 $IN; do ip netns add "$n"; ip -n "$n" link set lo up; done
ip -n $SW link add br0 type bridge
ip -n $SW link set br0 up
ip link add $UL netns $GW type veth peer name sw-gw netns $SW
ip link add tgtea$N netns $C1 type veth peer name sw-c1 netns $SW
ip link add tgteb$N netns $C2 type veth peer name sw-c2 netns $SW
for l in sw-gw sw-c1 sw-c2; do ip -n $SW link set $l master br0 up; done
ip link add $EG netns $GW type veth peer name eth0 netns $IN
ip -n $GW addr add 192.0.2.1/24 dev $UL; ip -n $GW link set $UL up
ip -n $C1 addr add 192.0.2.11/24 dev tgtea$N; ip -n $C1 link set tgtea$N up
ip -n $C2 addr add 192.0.2.12/24 dev tgteb$N; ip -n $C2 link set tgteb$N up
ip -n $GW addr add 198.51.100.1/24 dev $EG; ip -n $GW link set $EG up
ip -n $IN addr add 198.51.100.2/24 dev eth0; ip -n $IN link set eth0 up
ip -n $IN addr add 203.0.113.5/32 dev lo
ip -n $GW route add default via 198.51.100.2
ip -n $IN route add 100.64.0.0/10 via 198.51.100.1
# veth hands locally generated packets over with CHECKSUM_PARTIAL (no
# checksum yet); make the internet host's link behave like a wire (see
# scripts/lab.sh).
ip netns exec $IN ethtool -K eth0 tx off >/dev/null
set +e

umask 077
wg genkey > $T/gw.key
for c in c1 c2; do wg genkey > $T/$c.key; wg pubkey < $T/$c.key > $T/$c.pub; done
printf 'tskey-auth-TGTE\n' > $T/auth.key
K1=$(cat $T/c1.pub) K2=$(cat $T/c2.pub)
ALL='{"IP": "*", "Ports": {"First": 0, "Last": 65535}}'
PEER1="{\"ID\": 2, \"Key\": \"$K1\", \"Name\": \"client1.example.ts.net.\", \"Addresses\": [\"100.64.0.2/32\"], \"Endpoints\": [\"192.0.2.11:51821\"]}"
PEER2="{\"ID\": 3, \"Key\": \"$K2\", \"Name\": \"client2.example.ts.net.\", \"Addresses\": [\"100.64.0.3/32\"], \"Endpoints\": [\"192.0.2.12:51822\"]}"
srv_cfg() { # srv_cfg PEERS FILTER
	cat > $T/srv.json <<JSON
{"auth_keys": ["tskey-auth-TGTE"],
 "self": {"addresses": ["100.64.0.1/32"], "name": "exit1", "id": 1},
 "peers": [$1],
 "packet_filter": $2}
JSON
}
srv_cfg "$PEER1, $PEER2" "[{\"SrcIPs\": [\"100.64.0.2\"], \"DstPorts\": [$ALL]}]"

cat > $T/gw.cfg <<EOF
dataplane: {
  backend = "afxdp";
  cores = [ 1 ];
  ports = ( { interface = "$UL"; role = "tailnet"; queues = 1; },
            { interface = "$EG"; role = "internet"; queues = 1; } );
  region_name = "$P-region";
  xdp_mode = "auto";
};
egress: { address = "198.51.100.1"; interface = "$EG"; nat_ports = [ 61000, 65535 ]; };
wireguard: {
  interface = "$WGG";
  listen_address = "192.0.2.1";
  listen_port = 51820;
  private_key_file = "$T/gw.key";
};
control: { server_url = "http://127.0.0.1:$PORT"; auth_key_file = "$T/auth.key";
           hostname = "tgte-exit"; tags = [ "tag:exit" ]; state_dir = "$T/state"; };
metrics: { listen = "127.0.0.1:$MPORT"; ctl_socket = "$T/ctl.sock"; };
logging: { level = "debug"; };
tables: { max_peers = 16; max_allowed_ips = 64; nat_sessions = 4096; ring_slots = 256;
          max_filter_rules = 64; filter_bytes = 262144; };
EOF

if ! $CP --check-config $T/gw.cfg >$T/check.log 2>&1; then
	fail config "$(head -c 400 $T/check.log)"; summary; exit 1
fi

start_srv() {
	: > $T/srv.log
	ip netns exec $GW $PY $SRV --config $T/srv.json --listen 127.0.0.1:$PORT --admin $T/admin.sock \
		>> $T/srv.log 2>&1 &
	SRV_PID=$!
	wait_for 10 grep -q "control: listening" $T/srv.log
}
stop_srv() { kill "$SRV_PID" 2>/dev/null; wait "$SRV_PID" 2>/dev/null; SRV_PID=; }
admin() { socat -t 10 - "UNIX-CONNECT:$T/admin.sock" <<<"$1"; }
ctl() { ip netns exec $GW $CTL --socket $T/ctl.sock "$@"; }
ts_field() { ctl status --json 2>/dev/null | $PY -c "import json,sys; print(json.load(sys.stdin)['tailscale']['$1'])" 2>/dev/null; }
is_running() { [ "$(ts_field state)" = running ]; }
has_peer() { wg show $WGG dump 2>/dev/null | grep -q "^$1	"; }
no_peer() { ! has_peer "$1"; }
n_published() { grep -c "packet filter published" $T/cp.log; }
drop() { # drop REASON: tailgate_drops_total{reason} from /metrics
	ip netns exec $GW curl -s http://127.0.0.1:$MPORT/metrics |
		awk -v r="reason=\"$1\"" 'index($0, "tailgate_drops_total{") == 1 && index($0, r) { v = $NF } END { print v + 0 }'
}

start_srv || { fail server "server.py did not start: $(tail -c 400 $T/srv.log)"; summary; exit 1; }
ip netns exec $GW $CP --config $T/gw.cfg > $T/cp.log 2>&1 &
CP_PID=$!
wait_for 5 test -S $T/ctl.sock || fail cp_ctl "tailgate-cp did not open its ctl socket"
ip netns exec $GW $DP --config $T/gw.cfg --bpf-obj $BPF_OBJ > $T/dp.log 2>&1 &
DP_PID=$!

# ---- a. register + netmap, c1 through the exit -----------------------------
check a/registered "cp not running after register" wait_for 15 is_running
check a/netmap_peers "netmap clients not in the tables: $(wg show $WGG dump 2>&1 | tail -2)" \
	wait_for 5 bash -c "wg show $WGG dump | grep -q '^$K1	(none)	192.0.2.11:51821	100.64.0.2/32	' &&
		wg show $WGG dump | grep -q '^$K2	(none)	192.0.2.12:51822	100.64.0.3/32	'"
NODEKEY=$(ts_field node_key)
GWPUB=$(wg show $WGG public-key)
check a/node_key_is_wg_key "node key $NODEKEY != wg key $GWPUB" \
	[ "$(printf %s "$GWPUB" | base64 -d | od -An -tx1 | tr -d ' \n')" = "${NODEKEY#nodekey:}" ]
admin '{"op":"state"}' > $T/state.json
check a/server_sees_gateway "server state: $(head -c 300 $T/state.json)" $PY -c "
import json; s=json.load(open('$T/state.json'))
n=[x for x in s['nodes'] if x['node_key']=='$NODEKEY' and x['authorized']]
assert n and n[0]['endpoints']==['192.0.2.1:51820'], s"
check a/filter_published "no 'packet filter published'" wait_for 5 grep -q "packet filter published" $T/cp.log
# tailgatectl shows the netmap's rules (source, and client 1's address in a rule)
check a/ctl_filter_shows_netmap "tailgatectl filter: $(ctl filter --json 2>&1 | head -c 300)" \
	sh -c "ip netns exec $GW $CTL --socket $T/ctl.sock filter --json | $PY -c '
import json,sys; f=json.load(sys.stdin); f=f.get(\"filter\", f)
assert f[\"source\"].startswith(\"netmap\") and \"100.64.0.2\" in json.dumps(f[\"rules\"]), f'"
wait_for 10 grep -q "worker" $T/dp.log
if ! kill -0 $DP_PID 2>/dev/null; then
	fail dp_running "$(tail -c 600 $T/dp.log)"; summary; exit 1
fi

client() { # client NS N IFNAME ADDR PORT
	local ns=$1 n=$2 ifn=$3 addr=$4 lport=$5
	ip netns exec $ns wireguard-go $ifn > $T/wg-$n.log 2>&1
	ip netns exec $ns wg set $ifn private-key $T/$n.key listen-port $lport peer "$GWPUB" \
		endpoint 192.0.2.1:51820 allowed-ips 198.51.100.0/24,203.0.113.0/24,100.64.0.0/10
	ip -n $ns addr add $addr/32 dev $ifn
	ip -n $ns link set $ifn up mtu 1280
	for r in 198.51.100.0/24 203.0.113.0/24 100.64.0.0/10; do ip -n $ns route add $r dev $ifn; done
}
client $C1 c1 $WG1 100.64.0.2 51821
client $C2 c2 $WG2 100.64.0.3 51822

mkdir $T/www
head -c 300000 /dev/urandom > $T/www/blob
SUM=$(sha256sum < $T/www/blob | cut -d' ' -f1)
(cd $T/www && exec ip netns exec $IN $PY -m http.server 8080 --bind 203.0.113.5 > $T/http.log 2>&1) &
HTTP_PID=$!
wait_for 10 bash -c "grep -q 'Serving HTTP' $T/http.log || ip netns exec $IN ss -ltn | grep -q 203.0.113.5:8080"

check a/c1_ping "c1 cannot ping 203.0.113.5 through the exit" \
	sh -c "ip netns exec $C1 ping -c 3 -i 0.3 -W 2 203.0.113.5 >/dev/null"
got=$(ip netns exec $C1 curl -s --max-time 20 http://203.0.113.5:8080/blob | sha256sum | cut -d' ' -f1)
check a/c1_http_download "sha256 $got != $SUM" [ "$got" = "$SUM" ]

# ---- b. the netmap's filter denies c2 ----------------------------------------
nr0=$(drop filter_no_rule)
if ip netns exec $C2 ping -c 2 -i 0.3 -W 1 203.0.113.5 >/dev/null 2>&1; then
	fail b/c2_denied "c2 reached the internet without a rule"
else
	pass b/c2_denied
fi
nr1=$(drop filter_no_rule)
check b/c2_denied_counted_in_metrics "filter_no_rule $nr0 -> $nr1" [ "$nr1" -ge $((nr0 + 2)) ]

# ---- c. PacketFilter delta allows c2; c1's ping across it loses nothing ------
ip netns exec $C1 ping -c 20 -i 0.2 -W 2 203.0.113.5 > $T/ping-c1.log 2>&1 &
PING=$!
wait_for 5 grep -q "icmp_seq=3 " $T/ping-c1.log
p0=$(n_published)
admin "{\"op\":\"set_filter\",\"filter\":[{\"SrcIPs\": [\"100.64.0.2\", \"100.64.0.3\"], \"DstPorts\": [$ALL]}]}" > $T/adm.out
check c/delta_sent "admin: $(cat $T/adm.out)" grep -q '"sent": *1' $T/adm.out
check c/filter_republished "no second 'packet filter published'" \
	wait_for 5 bash -c "[ \$(grep -c 'packet filter published' $T/cp.log) -gt $p0 ]"
check c/c2_allowed_after_delta "c2 still denied" \
	sh -c "ip netns exec $C2 ping -c 2 -i 0.3 -W 2 203.0.113.5 >/dev/null"
wait $PING
ping_rc=$?
check c/c1_ping_across_change_lossless "$(grep transmitted $T/ping-c1.log)" \
	sh -c "[ $ping_rc -eq 0 ] && grep -q ' 0% packet loss' $T/ping-c1.log"

# ---- d. no gateway LAN, no other client through the exit ---------------------
ld0=$(drop filter_local_denied)
reached=
for dst in 198.51.100.2 198.51.100.3; do
	ip netns exec $C1 ping -c 1 -W 1 $dst >/dev/null 2>&1 && reached="$reached c1->$dst"
	ip netns exec $C2 ping -c 1 -W 1 $dst >/dev/null 2>&1 && reached="$reached c2->$dst"
done
ip netns exec $C1 ping -c 1 -W 1 100.64.0.3 >/dev/null 2>&1 && reached="$reached c1->c2"
ip netns exec $C2 ping -c 1 -W 1 100.64.0.2 >/dev/null 2>&1 && reached="$reached c2->c1"
check d/no_lan_no_hairpin "reached:$reached" [ -z "$reached" ]
ld1=$(drop filter_local_denied)
check d/local_denied_counted "filter_local_denied $ld0 -> $ld1 (want +6)" [ "$ld1" -ge $((ld0 + 6)) ]

# ---- e. PeersRemoved for c1 stops it at once ------------------------------------
admin '{"op":"remove_peer","id":2}' > $T/adm.out
check e/c1_removed_from_tables "c1 still in wg show" wait_for 2 no_peer "$K1"
if ip netns exec $C1 ping -c 2 -i 0.3 -W 1 203.0.113.5 >/dev/null 2>&1; then
	fail e/c1_traffic_stops "c1 still reaches the internet after PeersRemoved"
else
	pass e/c1_traffic_stops
fi
check e/c2_unaffected "c2 lost the exit" sh -c "ip netns exec $C2 ping -c 1 -W 2 203.0.113.5 >/dev/null"

# ---- f. server restart: reconnect, c2 keeps forwarding --------------------------
srv_cfg "$PEER2" "[{\"SrcIPs\": [\"100.64.0.2\", \"100.64.0.3\"], \"DstPorts\": [$ALL]}]"
R0=$(ts_field reconnects)
# no count: the loop runs until the cp has reconnected and 5 more replies came
ip netns exec $C2 ping -i 0.2 -W 2 203.0.113.5 > $T/ping-c2.log 2>&1 &
PING=$!
wait_for 5 grep -q "icmp_seq=3 " $T/ping-c2.log
stop_srv
check f/cp_notices_server_gone "no reconnect state" \
	wait_for 5 bash -c "[ \"\$(ip netns exec $GW $CTL --socket $T/ctl.sock status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)[\"tailscale\"][\"state\"])')\" != running ]"
start_srv || fail f/server_restart "$(tail -c 300 $T/srv.log)"
check f/cp_reconnects "not running again" wait_for 20 is_running
R1=$(ts_field reconnects)
check f/reconnect_counted "reconnects $R0 -> $R1" [ "$R1" -gt "$R0" ]
check f/c2_still_in_tables "c2 gone after resync" has_peer "$K2"
last=$(grep -o 'icmp_seq=[0-9]*' $T/ping-c2.log | tail -1 | cut -d= -f2)
wait_for 10 grep -q "icmp_seq=$((${last:-0} + 5)) " $T/ping-c2.log
kill -INT $PING; wait $PING
check f/c2_ping_across_restart "$(grep transmitted $T/ping-c2.log)" \
	grep -q ' 0% packet loss' $T/ping-c2.log

# ---- g. logout -----------------------------------------------------------------
check g/logout "tailgatectl logout failed" sh -c "ip netns exec $GW $CTL --socket $T/ctl.sock logout >/dev/null"
check g/state_logged_out "state $(ts_field state)" wait_for 5 bash -c "[ \"\$(ip netns exec $GW $CTL --socket $T/ctl.sock status --json | $PY -c 'import json,sys; print(json.load(sys.stdin)[\"tailscale\"][\"state\"])')\" = logged-out ]"
admin '{"op":"state"}' > $T/state2.json
check g/server_sees_logout "server state: $(head -c 300 $T/state2.json)" $PY -c "
import json; s=json.load(open('$T/state2.json'))
n=[x for x in s['nodes'] if x['node_key']=='$NODEKEY']
assert n and n[0]['logged_out'] and not n[0]['authorized'], s"
check g/tables_empty "peers left: $(wg show $WGG peers)" bash -c "[ -z \"\$(wg show $WGG peers)\" ]"
if ip netns exec $C2 ping -c 2 -i 0.3 -W 1 203.0.113.5 >/dev/null 2>&1; then
	fail g/traffic_stops "c2 still reaches the internet after logout"
else
	pass g/traffic_stops
fi
check g/processes_alive "cp or dp died" kill -0 $CP_PID $DP_PID

summary
