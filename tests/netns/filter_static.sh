#!/usr/bin/env bash
# Static-mode packet filter end to end (docs/filter.md "Static mode"):
# two wireguard-go clients behind a switch namespace, tailgate-cp +
# tailgate-dp (AF_XDP, ports tailnet/internet) in the gateway namespace with
# wireguard.filter_file, an internet namespace behind the gateway's
# default route.
#   c1 (100.64.0.11) is allowed to use the exit; c2 (100.64.0.12) is not
#   (filter_no_rule); rewriting the file + SIGHUP swaps the filter without
#   breaking c1's running ping; no client reaches the gateway's LAN or the
#   other peer through the exit (filter_local_denied).
#   TG_BUILD=build bash tests/netns/filter_static.sh
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TG_BUILD=${TG_BUILD:-build}
case "$TG_BUILD" in /*) ;; *) TG_BUILD=$ROOT/$TG_BUILD ;; esac
CP=$TG_BUILD/tailgate-cp
DP=$TG_BUILD/tailgate-dp
CTL=$TG_BUILD/tailgatectl
BPF_OBJ=$TG_BUILD/bpf/xdp_tailgate.bpf.o
PY=/usr/bin/python3
P=tgf2
GW=$P-gw SW=$P-sw C1=$P-c1 C2=$P-c2 IN=$P-in
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
check() { # check NAME WHY CMD...
	local name=$1 why=$2
	shift 2
	if "$@"; then pass "$name"; else fail "$name" "$why"; fi
}
summary() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP filter_static: needs root"
	echo "0 passed, 0 failed"
	exit 0
fi
for b in "$CP" "$DP" "$CTL" "$BPF_OBJ"; do
	[ -e "$b" ] || { echo "FAIL filter_static/build: $b missing (make all)"; echo "0 passed, 1 failed"; exit 1; }
done
command -v wireguard-go >/dev/null || { echo "SKIP filter_static: no wireguard-go"; echo "0 passed, 0 failed"; exit 0; }

T=$(mktemp -d /tmp/$P-filter.XXXXXX)
chmod 700 "$T"
CP_PID= DP_PID=
cleanup() {
	[ -n "$CP_PID" ] && kill "$CP_PID" 2>/dev/null
	[ -n "$DP_PID" ] && kill "$DP_PID" 2>/dev/null
	[ -n "$CP_PID" ] && wait "$CP_PID" 2>/dev/null
	[ -n "$DP_PID" ] && wait "$DP_PID" 2>/dev/null
	for n in $C1 $C2; do
		for pid in $(ip netns pids "$n" 2>/dev/null); do kill "$pid" 2>/dev/null; done
	done
	sleep 0.2
	for n in $GW $SW $C1 $C2 $IN; do ip netns del "$n" 2>/dev/null; done
	rm -f /dev/shm/$P-region /dev/shm/.$P-region.lock /dev/shm/.$P-region.dp.lock /var/run/wireguard/${P}g.sock /var/run/wireguard/${P}c1.sock \
		/var/run/wireguard/${P}c2.sock
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

# ---- topology -------------------------------------------------------------
set -e
for n in $GW $SW $C1 $C2 $IN; do ip netns add "$n"; ip -n "$n" link set lo up; done
ip -n $SW link add br0 type bridge
ip -n $SW link set br0 up
ip link add $P-ul netns $GW type veth peer name sw-gw netns $SW
ip link add $P-c1u netns $C1 type veth peer name sw-c1 netns $SW
ip link add $P-c2u netns $C2 type veth peer name sw-c2 netns $SW
for l in sw-gw sw-c1 sw-c2; do ip -n $SW link set $l master br0 up; done
ip link add $P-eg netns $GW type veth peer name $P-egi netns $IN
ip -n $GW addr add 192.0.2.1/24 dev $P-ul; ip -n $GW link set $P-ul up
ip -n $C1 addr add 192.0.2.11/24 dev $P-c1u; ip -n $C1 link set $P-c1u up
ip -n $C2 addr add 192.0.2.12/24 dev $P-c2u; ip -n $C2 link set $P-c2u up
ip -n $GW addr add 198.51.100.1/24 dev $P-eg; ip -n $GW link set $P-eg up
ip -n $IN addr add 198.51.100.2/24 dev $P-egi; ip -n $IN link set $P-egi up
ip -n $IN addr add 203.0.113.5/32 dev lo
ip -n $IN addr add 203.0.113.6/32 dev lo
ip -n $GW route add default via 198.51.100.2
set +e

(umask 077; wg genkey > $T/gw.key; for c in c1 c2; do wg genkey > $T/$c.key; done)
wg pubkey < $T/gw.key > $T/gw.pub
for c in c1 c2; do wg pubkey < $T/$c.key > $T/$c.pub; done
chmod 600 $T/*.key

# c1: anything (local nets still apply); c2: nothing
cat > $T/filter.json <<EOF
[ { "SrcIPs": ["100.64.0.11"], "DstPorts": [ { "IP": "*", "Ports": "*" } ] } ]
EOF
cat > $T/gw.cfg <<EOF
dataplane: {
  backend = "afxdp";
  cores = [ 1 ];
  ports = ( { interface = "$P-ul"; role = "tailnet"; queues = 1; },
            { interface = "$P-eg"; role = "internet"; queues = 1; } );
  region_name = "$P-region";
  xdp_mode = "auto";
};
egress: { address = "198.51.100.1"; interface = "$P-eg"; nat_ports = [ 61000, 65535 ]; };
wireguard: {
  interface = "${P}g";
  listen_address = "192.0.2.1";
  listen_port = 51820;
  private_key_file = "$T/gw.key";
  filter_file = "$T/filter.json";
  peers = ( { public_key = "$(cat $T/c1.pub)"; allowed_ips = [ "100.64.0.11/32" ]; },
            { public_key = "$(cat $T/c2.pub)"; allowed_ips = [ "100.64.0.12/32" ]; } );
};
metrics: { listen = "127.0.0.1:9311"; ctl_socket = "$T/ctl.sock"; };
logging: { level = "debug"; };
tables: { max_peers = 16; max_allowed_ips = 64; nat_sessions = 4096; ring_slots = 256;
          max_filter_rules = 64; filter_bytes = 262144; };
EOF

if ! $CP --check-config $T/gw.cfg >$T/check.log 2>&1; then
	fail filter_static/config "$(head -c 400 $T/check.log)"
	summary
	exit 1
fi
ip netns exec $GW $CP --config $T/gw.cfg > $T/cp.log 2>&1 &
CP_PID=$!
for _ in $(seq 50); do [ -S $T/ctl.sock ] && break; sleep 0.1; done
ip netns exec $GW $DP --config $T/gw.cfg --bpf-obj $BPF_OBJ > $T/dp.log 2>&1 &
DP_PID=$!
ctl() { ip netns exec $GW $CTL --socket $T/ctl.sock "$@"; }
for _ in $(seq 50); do
	grep -q "worker" $T/dp.log 2>/dev/null && break
	sleep 0.1
done
sleep 1
check filter_static/cp_published_filter "no 'packet filter from' line: $(tail -c 400 $T/cp.log)" \
	grep -q "packet filter from $T/filter.json published" $T/cp.log
if ! kill -0 $DP_PID 2>/dev/null; then
	fail filter_static/dp_running "$(tail -c 600 $T/dp.log)"
	summary
	exit 1
fi

client() { # client NS N ADDR
	local ns=$1 n=$2 addr=$3 ifn=${P}$2
	ip netns exec $ns wireguard-go $ifn > $T/wg-$n.log 2>&1
	ip netns exec $ns wg set $ifn private-key $T/$n.key peer "$(cat $T/gw.pub)" \
		endpoint 192.0.2.1:51820 allowed-ips 198.51.100.0/24,203.0.113.0/24,100.64.0.0/10
	ip -n $ns addr add $addr/32 dev $ifn
	ip -n $ns link set $ifn up mtu 1420
	for r in 198.51.100.0/24 203.0.113.0/24 100.64.0.0/10; do ip -n $ns route add $r dev $ifn; done
}
client $C1 c1 100.64.0.11
client $C2 c2 100.64.0.12

drop() { # drop REASON: current value of tailgate_drops_total{reason}
	ctl counters --json | $PY -c "import json,sys; print(json.load(sys.stdin)['drops'].get('$1', 0))"
}
hits() { # hits RULE
	ctl filter --json | $PY -c "import json,sys; r=json.load(sys.stdin)['rules']; print(r[$1]['hits'] if $1 < len(r) else -1)"
}

# ---- allowed client reaches the internet host --------------------------------
check filter_static/c1_reaches_internet "c1 cannot ping 203.0.113.5 through the exit" \
	sh -c "ip netns exec $C1 ping -c 3 -i 0.3 -W 2 203.0.113.5 >/dev/null"
check filter_static/c1_reaches_second_host "c1 cannot ping 203.0.113.6" \
	sh -c "ip netns exec $C1 ping -c 1 -W 2 203.0.113.6 >/dev/null"
h=$(hits 0)
check filter_static/rule_hits_counted "rule 0 hits = $h" [ "$h" -ge 3 ]
check filter_static/metrics_rule_hits "no tailgate_filter_rule_hits_total{rule=\"0\"} in /metrics" \
	sh -c "ip netns exec $GW curl -s http://127.0.0.1:9311/metrics | grep -q '^tailgate_filter_rule_hits_total{rule=\"0\"} [1-9]'"

# ---- denied client ---------------------------------------------------------
nr0=$(drop filter_no_rule)
if ip netns exec $C2 ping -c 2 -i 0.3 -W 1 203.0.113.5 >/dev/null 2>&1; then
	fail filter_static/c2_denied "c2 reached the internet without a rule"
else
	pass filter_static/c2_denied
fi
nr1=$(drop filter_no_rule)
check filter_static/c2_denied_counted "filter_no_rule $nr0 -> $nr1" [ "$nr1" -ge $((nr0 + 2)) ]

# ---- local exclusions: the gateway's LAN, another peer ----------------------
ld0=$(drop filter_local_denied)
if ip netns exec $C1 ping -c 2 -i 0.3 -W 1 198.51.100.2 >/dev/null 2>&1; then
	fail filter_static/no_gateway_lan "c1 reached 198.51.100.2 on the gateway's LAN"
else
	pass filter_static/no_gateway_lan
fi
if ip netns exec $C1 ping -c 2 -i 0.3 -W 1 100.64.0.12 >/dev/null 2>&1; then
	fail filter_static/no_peer_hairpin "c1 reached c2 through the exit"
else
	pass filter_static/no_peer_hairpin
fi
ld1=$(drop filter_local_denied)
check filter_static/local_denied_counted "filter_local_denied $ld0 -> $ld1" [ "$ld1" -ge $((ld0 + 4)) ]

# ---- filter change (rewrite + SIGHUP) under a running allowed ping ---------
ip netns exec $C1 ping -c 25 -i 0.2 -W 2 203.0.113.5 > $T/ping-c1.log 2>&1 &
PING=$!
sleep 1.5
cat > $T/filter.json <<EOF
[ { "SrcIPs": ["100.64.0.12"], "DstPorts": [ { "IP": "203.0.113.0/24", "Ports": "*" } ] },
  { "SrcIPs": ["100.64.0.11"], "DstPorts": [ { "IP": "203.0.113.5", "Ports": "*" } ] } ]
EOF
kill -HUP $CP_PID
wait $PING
ping_rc=$?
check filter_static/reload_keeps_allowed_ping "c1's ping lost packets across the swap: $(grep -E 'transmitted' $T/ping-c1.log)" \
	sh -c "[ $ping_rc -eq 0 ] && grep -q ' 0% packet loss' $T/ping-c1.log"
check filter_static/reload_logged "no reload line: $(tail -c 300 $T/cp.log)" grep -q "reloaded $T/gw.cfg" $T/cp.log
check filter_static/c2_allowed_after_reload "c2 still denied after the new filter" \
	sh -c "ip netns exec $C2 ping -c 2 -i 0.3 -W 2 203.0.113.5 >/dev/null"
h1=$(hits 1)
check filter_static/new_rule_hits "rule 1 (c1's rule in the new filter) hits = $h1" [ "$h1" -ge 1 ]
kill -HUP $CP_PID
sleep 0.5
h2=$(hits 1)
check filter_static/unchanged_reload_keeps_hits "rule 1 hits $h1 -> $h2 after a SIGHUP with the same file" \
	[ "$h2" -ge "$h1" ]
nr0=$(drop filter_no_rule)
if ip netns exec $C1 ping -c 2 -i 0.3 -W 1 203.0.113.6 >/dev/null 2>&1; then
	fail filter_static/c1_narrowed "c1 reached 203.0.113.6, which the new filter does not allow"
else
	nr1=$(drop filter_no_rule)
	check filter_static/c1_narrowed "filter_no_rule $nr0 -> $nr1" [ "$nr1" -ge $((nr0 + 2)) ]
fi
ctl filter > $T/filter.txt 2>&1
check filter_static/ctl_filter_prints_rules "tailgatectl filter: $(head -c 300 $T/filter.txt)" \
	grep -q "203.0.113.5:\*" $T/filter.txt

# a broken file is refused and the running filter stays
echo '[ { "SrcIPs": 5 } ]' > $T/filter.json
kill -HUP $CP_PID
sleep 0.5
check filter_static/bad_reload_refused "no refusal logged: $(tail -c 300 $T/cp.log)" \
	grep -q "reload of $T/gw.cfg failed" $T/cp.log
check filter_static/bad_reload_keeps_filter "c1 lost the exit after a bad reload" \
	sh -c "ip netns exec $C1 ping -c 2 -i 0.3 -W 2 203.0.113.5 >/dev/null"

summary
