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
