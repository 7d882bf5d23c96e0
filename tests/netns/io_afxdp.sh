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
