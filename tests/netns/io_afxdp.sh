#!/usr/bin/env bash
# tailgate-dp with the native AF_XDP backend on a veth pair (topology and
# checks in io_lib.sh), then a crash/restart: after SIGKILL the program
# stays attached with no socket (WireGuard traffic dropped, the kernel still
# reachable), and a restart replaces the stale program and re-attaches to
# the existing region.
#   TG_BUILD=build bash tests/netns/io_afxdp.sh
. "$(dirname "$0")/io_lib.sh"

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP io_afxdp: needs root"
	echo "0 passed, 0 failed"
	exit 0
fi
trap io_cleanup EXIT
if ! io_topology; then
	echo "FAIL io_afxdp/topology: cannot create namespaces"
	io_summary
	exit 1
fi

IO_TAG=afxdp
CFG=$TMP/dp.cfg
io_config "$CFG" '    xdp_mode = "native";' "$IF_DP" afxdp
io_scenario "$CFG"

# A second instance on the same region must not steal the running one's
# program and sockets.
if dp_start "$CFG"; then
	prog_before=$(ip -n "$NS_DP" link show dev "$IF_DP" | grep -o 'prog/xdp id [0-9]*')
	if ip netns exec "$NS_DP" "$DP" --config "$CFG" --bpf-obj "$BPF_OBJ" \
		>/dev/null 2>"$TMP/second.err"; then
		fail afxdp/second_instance_refused "second tailgate-dp exited 0"
	else
		check afxdp/second_instance_refused "no 'another tailgate-dp' message: $(head -c 300 "$TMP/second.err")" \
			grep -q "another tailgate-dp (pid $DP_PID)" "$TMP/second.err"
	fi
	prog_after=$(ip -n "$NS_DP" link show dev "$IF_DP" | grep -o 'prog/xdp id [0-9]*')
	check afxdp/second_instance_left_program "program changed: $prog_before -> $prog_after" \
		[ "$prog_before" = "$prog_after" ]
	rx0=$(dp_counter "$CFG" rx_packets)
	peer_udp_wg
	check afxdp/first_instance_still_receives "rx_packets stayed at $rx0" \
		wait_counter "$CFG" rx_packets $((rx0 + 1))
	dp_stop
else
	fail afxdp/second_instance_setup "tailgate-dp did not start"
fi

# Crash: the XDP program outlives the process.
if dp_start "$CFG"; then
	kill -KILL "$DP_PID"
	wait "$DP_PID" 2>/dev/null
	DP_PID=
	check afxdp/crash_leaves_kernel_reachable "no ping with a stale program" \
		ip netns exec "$NS_PE" ping -c 1 -W 2 192.0.2.1
	# Fail closed: WireGuard traffic hits an empty XSKMAP slot and is
	# dropped (counted no_socket = 5), not handed to the kernel.
	ns0=$(xdp_stat 5)
	peer_udp_wg
	sleep 0.2
	ns1=$(xdp_stat 5)
	check afxdp/crash_drops_wg_traffic "no_socket counter $ns0 -> $ns1 ($(ip -n "$NS_DP" link show dev "$IF_DP" | grep -o 'prog/xdp.*' || echo no program))" \
		[ "$ns1" -gt "$ns0" ]
	if dp_start "$CFG"; then
		pass afxdp/restart_replaces_stale_program
		check afxdp/restart_logged "no 'replacing a stale' line" \
			grep -q "replacing a stale" "$TMP/dp.err"
		dp_stop
		check afxdp/restart_exit_0 "exit status $DP_RC" [ "$DP_RC" -eq 0 ]
		if xdp_attached; then
			fail afxdp/restart_detached "XDP still attached"
		else
			pass afxdp/restart_detached
		fi
	else
		fail afxdp/restart_replaces_stale_program "restart failed"
	fi
else
	fail afxdp/crash_setup "tailgate-dp did not start"
fi

# Two workers on a two-queue veth: one XSK per (port, queue), each worker
# receives the flows RSS/XPS put on its queue.
ip -n "$NS_DP" link del "$IF_DP"
ip link add "$IF_DP" netns "$NS_DP" numtxqueues 2 numrxqueues 2 type veth \
	peer name "$IF_PE" netns "$NS_PE" numtxqueues 2 numrxqueues 2
ip -n "$NS_DP" addr add 192.0.2.1/24 dev "$IF_DP"
ip -n "$NS_PE" addr add 192.0.2.2/24 dev "$IF_PE"
ip -n "$NS_DP" link set "$IF_DP" up
ip -n "$NS_PE" link set "$IF_PE" up
# Its own region: table sizes (max_workers) differ from the 1-worker runs.
REGION=$REGION-mq IO_CORE="0, 1" io_config "$TMP/mq.cfg" '    xdp_mode = "native";' "$IF_DP" afxdp
sed -i 's/queues = 1/queues = 2/' "$TMP/mq.cfg"
if dp_start "$TMP/mq.cfg"; then
	pass afxdp/two_workers_start
	ip netns exec "$NS_PE" "$PY" -c '
import socket
for p in range(20001, 20033):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("192.0.2.2", p)); s.sendto(b"\x04" + b"\x00" * 31, ("192.0.2.1", 51820))
'
	wait_counter "$TMP/mq.cfg" rx_packets 32
	per=$(ip netns exec "$NS_DP" "$DP" --config "$TMP/mq.cfg" --dump-counters |
		awk '$3 == "rx_packets" { printf "%s=%s ", $1, $4 }')
	check afxdp/two_workers_both_receive "per worker: $per" \
		sh -c "echo '$per' | grep -q 'worker0=[1-9]' && echo '$per' | grep -q 'worker1=[1-9]'"
	dp_stop
	check afxdp/two_workers_exit_0 "exit status $DP_RC" [ "$DP_RC" -eq 0 ]
else
	fail afxdp/two_workers_start "tailgate-dp did not start with 2 workers"
fi

# A bad interface is a clear error, nothing attached, non-zero exit.
io_config "$TMP/bad.cfg" '' "tgio-nope" afxdp
if ip netns exec "$NS_DP" "$DP" --config "$TMP/bad.cfg" --bpf-obj "$BPF_OBJ" \
	>/dev/null 2>"$TMP/bad.err"; then
	fail afxdp/bad_interface "exited 0"
else
	check afxdp/bad_interface "message does not name the interface" \
		grep -q 'tgio-nope' "$TMP/bad.err"
fi

io_summary
