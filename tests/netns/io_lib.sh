# Shared by tests/netns/io_afxdp.sh and io_dpdk.sh (sourced, not run):
# I/O backend end-to-end checks for tailgate-dp on a veth pair.
#
#   netns tgio-dp-$$                    netns tgio-pe-$$
#   +------------------------------+    +-----------------------------+
#   | tailgate-dp (one worker)     |    | "peer": /usr/bin/python3     |
#   |   XDP xdp_tailgate + XSK     |    |  UDP -> 192.0.2.1:51820 (WG) |
#   | tgio-a 192.0.2.1/24          |====| tgio-b 192.0.2.2/24          |
#   | kernel: TCP listeners :2222  |    |  TCP -> :2222 (kernel's)     |
#   |         and :61000 (NAT port)|    |  TCP -> :61000 (dataplane's) |
#   +------------------------------+    +-----------------------------+
#
# What the dataplane received is read from the shared region with
# `tailgate-dp --dump-counters` (port rx counters); what the kernel received
# from its own sockets. Results: `PASS name` / `FAIL name: why` lines and a
# final `N passed, N failed`. Needs root.

set -uo pipefail

IO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TG_BUILD=${TG_BUILD:-build}
case "$TG_BUILD" in /*) ;; *) TG_BUILD=$IO_ROOT/$TG_BUILD ;; esac
DP=$TG_BUILD/tailgate-dp
BPF_OBJ=$TG_BUILD/bpf/xdp_tailgate.bpf.o
PY=/usr/bin/python3

NS_DP=tgio-dp-$$
NS_PE=tgio-pe-$$
IF_DP=tgio-a$$
IF_PE=tgio-b$$
IF_DP=${IF_DP:0:15}
IF_PE=${IF_PE:0:15}
REGION=tgio-region-$$
TMP=$(mktemp -d /tmp/tgio.XXXXXX)
DP_PID=

passed=0
failed=0

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() {
	echo "FAIL $1: $2"
	failed=$((failed + 1))
	if [ -f "$TMP/dp.err" ]; then sed 's/^/    dp: /' "$TMP/dp.err" | tail -20 >&2; fi
}
check() { # check NAME WHY CMD...
	local name=$1 why=$2
	shift 2
	if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "$why"; fi
}

io_cleanup() {
	if [ -n "$DP_PID" ] && kill -0 "$DP_PID" 2>/dev/null; then
		kill -KILL "$DP_PID" 2>/dev/null
		wait "$DP_PID" 2>/dev/null
	fi
	ip -n "$NS_DP" link set dev "$IF_DP" xdp off 2>/dev/null
	ip netns del "$NS_DP" 2>/dev/null
	ip netns del "$NS_PE" 2>/dev/null
	rm -f "/dev/shm/$REGION"* "/dev/shm/.$REGION"* "/dev/hugepages/$REGION"*
	rm -rf "$TMP"
}

io_summary() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

io_topology() {
	ip netns add "$NS_DP" && ip netns add "$NS_PE" &&
	ip link add "$IF_DP" netns "$NS_DP" type veth peer name "$IF_PE" netns "$NS_PE" &&
	ip -n "$NS_DP" addr add 192.0.2.1/24 dev "$IF_DP" &&
	ip -n "$NS_PE" addr add 192.0.2.2/24 dev "$IF_PE" &&
	ip -n "$NS_DP" link set lo up && ip -n "$NS_PE" link set lo up &&
	ip -n "$NS_DP" link set "$IF_DP" up && ip -n "$NS_PE" link set "$IF_PE" up
}

# io_config FILE BACKEND-SECTION-EXTRA PORT-NAME
io_config() {
	local file=$1 extra=$2 port=$3 backend=$4
	: >"$TMP/private.key"
	chmod 600 "$TMP/private.key"
	cat >"$file" <<EOF
dataplane:
{
    backend = "$backend";
    cores = [ ${IO_CORE:-1} ];
    ports = ( { interface = "$port"; role = "both"; queues = 1; } );
    region_name = "$REGION";
$extra
};
egress:
{
    address = "192.0.2.1";
    interface = "$IF_DP";
    nat_ports = [ 61000, 65535 ];
};
wireguard:
{
    listen_port = 51820;
    private_key_file = "$TMP/private.key";
};
tables:
{
    max_peers = 16;
    max_allowed_ips = 64;
    nat_sessions = 1024;
    max_filter_rules = 16;
    filter_bytes = 65536;
    ring_slots = 64;
};
EOF
}

dp_start() { # dp_start CONFIG
	# Remove the last run's log first: the background shell truncates it
	# only after the fork, and its "up" line must not be mistaken for ours.
	rm -f "$TMP/dp.out" "$TMP/dp.err"
	ip netns exec "$NS_DP" "$DP" --config "$1" \
		>"$TMP/dp.out" 2>"$TMP/dp.err" &
	DP_PID=$!
	local i
	for i in $(seq 1 100); do
		grep -q "port(s) up" "$TMP/dp.err" 2>/dev/null && return 0
		kill -0 "$DP_PID" 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}

dp_stop() { # dp_stop: SIGTERM, wait (at most 10 s); exit status in DP_RC
	local i
	kill -TERM "$DP_PID" 2>/dev/null
	for i in $(seq 1 100); do
		kill -0 "$DP_PID" 2>/dev/null || break
		sleep 0.1
	done
	wait "$DP_PID"
	DP_RC=$?
	DP_PID=
}

# Sum of a port counter over every worker, read from the region.
dp_counter() { # dp_counter CONFIG NAME
	ip netns exec "$NS_DP" "$DP" --config "$1" --dump-counters 2>/dev/null |
		awk -v n="$2" '$3 == n { s += $4 } END { print s + 0 }'
}

# Packets the pipeline accounted for: every drop reason and path counter.
dp_accounted() { # dp_accounted CONFIG
	ip netns exec "$NS_DP" "$DP" --config "$1" --dump-counters 2>/dev/null |
		awk '$2 == "drop" || $2 == "path" { s += $4 } END { print s + 0 }'
}

# Kernel TCP listener in the dp namespace that records accepted connections.
kernel_listen() { # kernel_listen PORT
	ip netns exec "$NS_DP" "$PY" -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("192.0.2.1", int(sys.argv[1]))); s.listen(4); s.settimeout(8)
try:
    c, _ = s.accept(); c.sendall(b"kernel-ok"); c.close()
    open(sys.argv[2], "w").write("accepted\n")
except Exception:
    pass
' "$1" "$TMP/accepted.$1" &
}

# TCP connect from the peer; 0 if the kernel side answered.
peer_tcp() { # peer_tcp PORT TIMEOUT
	ip netns exec "$NS_PE" "$PY" -c '
import socket, sys
s = socket.socket(); s.settimeout(float(sys.argv[2]))
try:
    s.connect(("192.0.2.1", int(sys.argv[1]))); d = s.recv(16)
    sys.exit(0 if d == b"kernel-ok" else 1)
except Exception:
    sys.exit(1)
' "$1" "$2"
}

peer_udp_wg() { # one WireGuard-port datagram (a truncated type-4 message)
	ip netns exec "$NS_PE" "$PY" -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b"\x04\x00\x00\x00" + b"\x00" * 28, ("192.0.2.1", 51820))
'
}

# xdp_stat INDEX: the attached program's per-CPU counter INDEX (enum
# tg_xdp_stat in bpf/tailgate_maps.h), summed over CPUs, via bpftool.
xdp_stat() {
	local id
	id=$(ip -n "$NS_DP" -j link show dev "$IF_DP" | "$PY" -c '
import json, sys
print(json.load(sys.stdin)[0].get("xdp", {}).get("prog", {}).get("id", 0))')
	[ "$id" != 0 ] || { echo 0; return; }
	bpftool -j prog show id "$id" | "$PY" -c '
import json, subprocess, sys
for m in json.load(sys.stdin).get("map_ids", []):
    info = json.loads(subprocess.check_output(["bpftool", "-j", "map", "show", "id", str(m)]))
    if info.get("name") != "tg_xdp_stats":
        continue
    for e in json.loads(subprocess.check_output(["bpftool", "-j", "map", "dump", "id", str(m)])):
        k = e.get("key")
        k = int(k[0], 16) if isinstance(k, list) else int(k)
        if k == int(sys.argv[1]):
            vals = e.get("values", [])
            print(sum(int(v["value"]) if not isinstance(v["value"], list)
                      else int.from_bytes(bytes(int(b, 16) for b in v["value"]), "little")
                      for v in vals))
            sys.exit(0)
print(0)' "$1"
}

xdp_attached() { ip -n "$NS_DP" link show dev "$IF_DP" | grep -q 'prog/xdp'; }

wait_counter() { # wait_counter CONFIG NAME MIN
	local i
	for i in $(seq 1 40); do
		[ "$(dp_counter "$1" "$2")" -ge "$3" ] && return 0
		sleep 0.05
	done
	return 1
}

# The scenario both backends share. $1 = config file.
io_scenario() {
	local cfg=$1 rx0 rx1 acc0 acc1
	local tag=$IO_TAG

	if ! dp_start "$cfg"; then
		fail "$tag/start" "tailgate-dp did not come up"
		return
	fi
	pass "$tag/start"
	check "$tag/xdp_attached" "no XDP program on $IF_DP" xdp_attached
	check "$tag/arp_ping_kernel" "the kernel no longer answers ping" \
		ip netns exec "$NS_PE" ping -c 1 -W 2 192.0.2.1

	rx0=$(dp_counter "$cfg" rx_packets)
	acc0=$(dp_accounted "$cfg")
	peer_udp_wg
	if wait_counter "$cfg" rx_packets $((rx0 + 1)); then
		pass "$tag/wg_port_to_dataplane"
	else
		fail "$tag/wg_port_to_dataplane" "rx_packets stayed at $rx0"
	fi
	# The pipeline counted it somewhere (without a control plane the
	# netcfg is empty, so today that is drop not_for_us).
	acc1=$(dp_accounted "$cfg")
	check "$tag/wg_packet_accounted" "drop+path counters $acc0 -> $acc1" \
		[ "$acc1" -gt "$acc0" ]

	rx0=$(dp_counter "$cfg" rx_packets)
	kernel_listen 2222
	sleep 0.3
	check "$tag/ssh_like_tcp_to_kernel" "TCP to :2222 not answered by the kernel" \
		peer_tcp 2222 3
	rx1=$(dp_counter "$cfg" rx_packets)
	check "$tag/kernel_traffic_not_in_dataplane" \
		"dataplane rx went $rx0 -> $rx1 during kernel TCP" [ "$rx1" -eq "$rx0" ]

	kernel_listen 61000
	sleep 0.3
	if peer_tcp 61000 1; then
		fail "$tag/nat_port_not_to_kernel" "the kernel answered on NAT port 61000"
	else
		pass "$tag/nat_port_not_to_kernel"
	fi
	check "$tag/nat_port_to_dataplane" "SYN to :61000 not seen by the dataplane" \
		wait_counter "$cfg" rx_packets $((rx1 + 1))

	dp_stop
	check "$tag/sigterm_exit_0" "exit status $DP_RC" [ "$DP_RC" -eq 0 ]
	if xdp_attached; then
		fail "$tag/xdp_detached" "XDP program still attached after exit"
	else
		pass "$tag/xdp_detached"
	fi
	check "$tag/kernel_ok_after_exit" "no ping after the dataplane left" \
		ip netns exec "$NS_PE" ping -c 1 -W 2 192.0.2.1
}
