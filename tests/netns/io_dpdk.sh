#!/usr/bin/env bash
# tailgate-dp with the DPDK backend: net_af_xdp PMD on the veth, loading our
# XDP object through xdp_prog= so the kernel keeps ARP/ping/SSH (topology and
# checks in io_lib.sh). No hugepages, no PCI: runs in any namespace.
#   TG_BUILD=build bash tests/netns/io_dpdk.sh
. "$(dirname "$0")/io_lib.sh"

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP io_dpdk: needs root"
	echo "0 passed, 0 failed"
	exit 0
fi
trap io_cleanup EXIT
if ! io_topology; then
	echo "FAIL io_dpdk/topology: cannot create namespaces"
	io_summary
	exit 1
fi

IO_TAG=dpdk
CFG=$TMP/dp.cfg
# EAL main lcore on CPU 0, the worker thread pinned to CPU 1 by tailgate-dp.
io_config "$CFG" "    eal_args = [ \"--no-huge\", \"--no-pci\", \"-m\", \"256\",
        \"--no-shconf\", \"--file-prefix=tgio$$\", \"-l\", \"0\", \"--log-level=warning\",
        \"--vdev=net_af_xdp0,iface=$IF_DP,xdp_prog=$BPF_OBJ\" ];" \
	"$IF_DP" dpdk
io_scenario "$CFG"

# Exception path: the PMD's default program sends the whole queue to DPDK
# (the kernel sees nothing on the veth); the kernel owns a net_tap port
# instead. ARP, ping and TCP to the kernel must cross the dataplane both
# ways: to_kernel into the TAP, the kernel's replies drained out of the NIC.
TAP=tgiox$$
TAP=${TAP:0:15}
io_config "$TMP/exc.cfg" "    eal_args = [ \"--no-huge\", \"--no-pci\", \"-m\", \"256\",
        \"--no-shconf\", \"--file-prefix=tgio$$\", \"-l\", \"0\", \"--log-level=warning\",
        \"--vdev=net_af_xdp0,iface=$IF_DP\", \"--vdev=net_tap0,iface=$TAP\" ];" \
	"$IF_DP" dpdk
# veth hands AF_XDP the peer's TCP segments with the checksum still left to
# offload (CHECKSUM_PARTIAL has no meaning in a raw frame); a real NIC
# never does. Make the peer compute checksums itself.
ip netns exec "$NS_PE" ethtool -K "$IF_PE" tx off >/dev/null 2>&1
if dp_start "$TMP/exc.cfg"; then
	pass dpdk/exception_start
	ip -n "$NS_DP" addr flush dev "$IF_DP"
	ip -n "$NS_DP" addr add 192.0.2.1/24 dev "$TAP"
	ip -n "$NS_DP" link set "$TAP" up
	check dpdk/exception_tap_has_nic_mac "TAP MAC differs from the NIC's" [ \
		"$(ip -n "$NS_DP" -br link show dev "$TAP" | awk '{print $3}')" = \
		"$(ip -n "$NS_DP" -br link show dev "$IF_DP" | awk '{print $3}')" ]
	check dpdk/exception_ping "no ping through the TAP" \
		ip netns exec "$NS_PE" ping -c 2 -W 2 192.0.2.1
	kernel_listen 2223
	sleep 0.3
	check dpdk/exception_tcp "TCP to the kernel through the TAP failed" peer_tcp 2223 3
	check dpdk/exception_kernel_pass_counted "kernel_pass stayed 0" \
		[ "$(ip netns exec "$NS_DP" "$DP" --config "$TMP/exc.cfg" --dump-counters |
		     awk '$2 == "path" && $3 == "kernel_pass" { s += $4 } END { print s + 0 }')" -gt 0 ]
	dp_stop
	check dpdk/exception_exit_0 "exit status $DP_RC" [ "$DP_RC" -eq 0 ]
	if ip -n "$NS_DP" link show dev "$TAP" >/dev/null 2>&1; then
		fail dpdk/exception_tap_removed "TAP still present after exit"
	else
		pass dpdk/exception_tap_removed
	fi
	ip -n "$NS_DP" addr add 192.0.2.1/24 dev "$IF_DP" 2>/dev/null
else
	fail dpdk/exception_start "tailgate-dp did not start with a net_tap port"
fi

# The same port named by its DPDK device name instead of the interface.
io_config "$TMP/byname.cfg" "    eal_args = [ \"--no-huge\", \"--no-pci\", \"-m\", \"256\",
        \"--no-shconf\", \"--file-prefix=tgio$$\", \"-l\", \"0\", \"--log-level=warning\",
        \"--vdev=net_af_xdp0,iface=$IF_DP,xdp_prog=$BPF_OBJ\" ];" \
	net_af_xdp0 dpdk
if dp_start "$TMP/byname.cfg"; then
	pass dpdk/port_by_device_name
	dp_stop
	check dpdk/port_by_device_name_exit_0 "exit status $DP_RC" [ "$DP_RC" -eq 0 ]
else
	fail dpdk/port_by_device_name "did not start with interface = net_af_xdp0"
fi

# A port that does not exist: clear error, non-zero exit, nothing attached.
io_config "$TMP/bad.cfg" "    eal_args = [ \"--no-huge\", \"--no-pci\", \"-m\", \"256\",
        \"--no-shconf\", \"--file-prefix=tgio$$\", \"-l\", \"0\", \"--log-level=warning\" ];" \
	net_nope0 dpdk
if ip netns exec "$NS_DP" "$DP" --config "$TMP/bad.cfg" >/dev/null 2>"$TMP/bad.err"; then
	fail dpdk/bad_port "exited 0"
else
	check dpdk/bad_port "message does not name the port" grep -q 'net_nope0' "$TMP/bad.err"
fi

io_summary
