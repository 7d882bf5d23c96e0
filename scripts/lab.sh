#!/usr/bin/env bash
# The tailgate network-namespace lab: WireGuard clients, an exit gateway and
# an "internet" host, wired in namespaces named tgl-*. Nothing here touches
# the root namespace's interfaces, routes or firewall.
#
#   lab.sh up | down | status | restart-cp | restart-dp | kill-cp | kill-dp
#
# Environment:
#   LAB_CLIENTS=N             clients tgl-c1..tgl-cN (default 2, max 20)
#   LAB_GATEWAY=reference     wireguard-go + ip_forward + nft masquerade
#   LAB_GATEWAY=tailgate      $TG_BUILD/tailgate-dp + tailgate-cp (default build/)
#   LAB_BACKEND=afxdp|dpdk    tailgate dataplane backend (tailgate mode only)
#   TGL_STATE=/run/tgl        keys, configs, logs, pid files
#   TGL_EGRESS_CONF='...'     tailgate: extra lines inside `egress { }`
#                             (e.g. 'ipv6 = true;')
#   TGL_TABLES_CONF='...'     tailgate: the body of a `tables { }` section
#                             (e.g. 'nat_sessions = 1024; ring_slots = 16;')
#   TGL_DPDK_CATCH_ALL=1      dpdk: the net_af_xdp PMD's own XDP program
#                             (every frame to the dataplane, no kernel
#                             path) instead of ours; static neighbours then
#                             stand in for ARP (netns 30)
#                             A lab up with other values is rebuilt.
#
# Topology (see docs/lab.md):
#
#   tgl-c1 (ul0 192.0.2.11, tgl-wg-c1 100.64.0.11) --+
#   tgl-c2 (ul0 192.0.2.12, tgl-wg-c2 100.64.0.12) --+-- br0 in tgl-ul
#   ...                                              |
#   tgl-gw (ul0 192.0.2.1 :51820, tgl-gw0 100.64.0.1)+
#   tgl-gw (inet0 198.51.100.1) ==veth== (eth0 198.51.100.2) tgl-inet
#                                         lo: 203.0.113.10, 203.0.113.20
#   tgl-inet serves: HTTP :80 ($TGL_STATE/www), iperf3 -s :5201 and :5202,
#   dnsmasq :53 (www.tgl.test -> 203.0.113.10), UDP echo :7
#
# Exit codes: 0 ok, 1 error, 3 tailgate gateway requested but not functional
# (binaries missing or never opened their UAPI socket).
set -euo pipefail
set -E
trap 'echo "lab: error: line $LINENO: $BASH_COMMAND failed" >&2' ERR

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${TGL_STATE:-/run/tgl}
CLIENTS=${LAB_CLIENTS:-2}
GATEWAY=${LAB_GATEWAY:-reference}
BACKEND=${LAB_BACKEND:-afxdp}
TG_BUILD=${TG_BUILD:-build}
case "$TG_BUILD" in /*) BIN=$TG_BUILD ;; *) BIN=$ROOT/$TG_BUILD ;; esac
PY=/usr/bin/python3

NS_UL=tgl-ul
NS_GW=tgl-gw
NS_INET=tgl-inet
GW_IF=tgl-gw0           # gateway WireGuard interface / UAPI name
GW_UL=192.0.2.1
GW_PORT=51820
GW_EGRESS=198.51.100.1
INET_ADDR=198.51.100.2
REMOTE_ADDRS="203.0.113.10 203.0.113.20"
DNS_NAME=www.tgl.test   # dnsmasq answers this with 203.0.113.10
REGION=tailgate-tgl     # /dev/shm name of the lab's shared region
METRICS=127.0.0.1:9100  # inside tgl-gw

log() { echo "lab: $*" >&2; }
die() { echo "lab: error: $*" >&2; exit 1; }

nsx() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

# Every lab namespace: loopback up, IPv6 off (the lab is IPv4; no link-local
# chatter on the underlay, so captures hold only what the test sent).
mkns() {
	ip netns add "$1"
	nsx "$1" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
	nsx "$1" ip link set lo up
}

# Poll a command until it succeeds or TIMEOUT seconds pass.
wait_until() {
	local timeout=$1; shift
	local end=$(( $(date +%s%N) + timeout * 1000000000 ))
	while ! "$@" >/dev/null 2>&1; do
		[ "$(date +%s%N)" -lt "$end" ] || return 1
		sleep 0.05
	done
}

client_ns() { echo "tgl-c$1"; }
client_if() { echo "tgl-wg-c$1"; }
client_ul() { echo "192.0.2.$((10 + $1))"; }
client_tun() { echo "100.64.0.$((10 + $1))"; }

# Start a long-running process in a namespace, detached, logged, pid saved.
spawn() {
	local ns=$1 name=$2; shift 2
	mkdir -p "$STATE/pids" "$STATE/logs"
	# fds 8 and 9 are the suite's and lab.sh's locks: long-lived processes must not hold them.
	setsid ip netns exec "$ns" "$@" </dev/null >>"$STATE/logs/$name.log" 2>&1 8<&- 9<&- &
	echo $! >"$STATE/pids/$name.pid"
}

# The config variant (TGL_EGRESS_CONF / TGL_TABLES_CONF) as one word.
lab_variant() {
	printf '%s|%s|%s' "${TGL_EGRESS_CONF:-}" "${TGL_TABLES_CONF:-}" "${TGL_DPDK_CATCH_ALL:-}" |
		sha256sum | cut -c1-16
}

lab_namespaces() {
	ip netns list 2>/dev/null | awk '{print $1}' | grep -E '^tgl-' || true
}

is_up() {
	[ -f "$STATE/lab.env" ] || return 1
	# shellcheck disable=SC1091
	. "$STATE/lab.env"
	[ "$LAB_UP_CLIENTS" = "$CLIENTS" ] && [ "$LAB_UP_GATEWAY" = "$GATEWAY" ] &&
		[ "$LAB_UP_BACKEND" = "$BACKEND" ] &&
		[ "${LAB_UP_VARIANT:-}" = "$(lab_variant)" ] || return 1
	local ns
	for ns in $NS_UL $NS_GW $NS_INET $(for i in $(seq 1 "$CLIENTS"); do client_ns "$i"; done); do
		ip netns list | awk '{print $1}' | grep -qx "$ns" || return 1
	done
	wg show "$GW_IF" >/dev/null 2>&1 || return 1
	local i
	for i in $(seq 1 "$CLIENTS"); do
		wg show "$(client_if "$i")" >/dev/null 2>&1 || return 1
	done
}

# ---------------------------------------------------------------- down

# A process that still runs (a zombie waiting for its reaper does not).
is_alive() {
	local st
	st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
	[ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

kill_pids() {
	# TERM, then KILL whatever is left after 2 s. Arguments are pids.
	[ $# -gt 0 ] || return 0
	kill -TERM "$@" 2>/dev/null || true
	local end=$(( $(date +%s) + 2 )) p alive
	while :; do
		alive=()
		for p in "$@"; do is_alive "$p" && alive+=("$p"); done
		[ ${#alive[@]} -gt 0 ] || return 0
		[ "$(date +%s)" -lt "$end" ] || break
		sleep 0.05
	done
	kill -KILL "${alive[@]}" 2>/dev/null || true
}

cmd_down() {
	local pids=() ns f p
	# Processes we started (pid files), then anything else still living in
	# a lab namespace (a crash may have lost pid files).
	if [ -d "$STATE/pids" ]; then
		for f in "$STATE"/pids/*.pid; do
			[ -f "$f" ] || continue
			p=$(cat "$f")
			# only if it still runs in one of our namespaces
			if [ -n "$p" ] && is_alive "$p"; then pids+=("$p"); fi
		done
	fi
	for ns in $(lab_namespaces); do
		for p in $(ip netns pids "$ns" 2>/dev/null); do pids+=("$p"); done
	done
	kill_pids "${pids[@]}"
	for ns in $(lab_namespaces); do
		# Detach any XDP program before the interfaces go, and remove the
		# pin directory libxdp keeps for its dispatcher on that interface
		# (/sys/fs/bpf/xdp/dispatch-IFINDEX-PROGID), which outlives both.
		local line idx ifc pid_
		while read -r line; do
			idx=${line%%:*}
			ifc=$(echo "$line" | awk -F': ' '{print $2}' | cut -d@ -f1)
			for pid_ in $(echo "$line" | grep -oE 'prog/xdp[a-z]* id [0-9]+' | awk '{print $3}'); do
				rm -rf "/sys/fs/bpf/xdp/dispatch-$idx-$pid_" 2>/dev/null || true
			done
			ip -n "$ns" link set dev "$ifc" xdpgeneric off 2>/dev/null || true
			ip -n "$ns" link set dev "$ifc" xdpdrv off 2>/dev/null || true
			ip -n "$ns" link set dev "$ifc" xdp off 2>/dev/null || true
		done < <(ip -n "$ns" -o -d link show 2>/dev/null | grep 'prog/xdp' || true)
		ip netns del "$ns" 2>/dev/null || true
	done
	rm -f /var/run/wireguard/tgl-*.sock /var/run/wireguard/tgl-*.name
	rm -f /dev/shm/"$REGION"* /dev/shm/."$REGION".lock /dev/shm/."$REGION".dp.lock /dev/hugepages/"$REGION"* 2>/dev/null || true
	rm -rf /var/run/dpdk/tgl 2>/dev/null || true
	rm -rf "$STATE"
	local left
	left=$(lab_namespaces)
	[ -z "$left" ] || die "namespaces left after down: $left"
}

# ---------------------------------------------------------------- up

mkkeys() {
	local name=$1
	mkdir -p "$STATE/keys"
	chmod 700 "$STATE/keys"
	if [ ! -s "$STATE/keys/$name.key" ]; then
		(umask 077; wg genkey >"$STATE/keys/$name.key")
		wg pubkey <"$STATE/keys/$name.key" >"$STATE/keys/$name.pub"
	fi
}

setup_underlay() {
	mkns $NS_UL
	nsx $NS_UL ip link add br0 type bridge
	nsx $NS_UL ip link set br0 up
}

setup_gateway_links() {
	mkns $NS_GW
	ip -n $NS_GW link add ul0 type veth peer name gw netns $NS_UL
	ip -n $NS_UL link set gw master br0 up
	ip -n $NS_GW addr add $GW_UL/24 dev ul0
	ip -n $NS_GW link set ul0 up

	mkns $NS_INET
	ip -n $NS_GW link add inet0 type veth peer name eth0 netns $NS_INET
	ip -n $NS_GW addr add $GW_EGRESS/24 dev inet0
	ip -n $NS_GW link set inet0 up
	ip -n $NS_INET addr add $INET_ADDR/24 dev eth0
	ip -n $NS_INET link set eth0 up
	# A veth "transmits" TCP/UDP with the checksum left to an offload that
	# never happens (CHECKSUM_PARTIAL); a real wire carries complete
	# checksums, and a NAT that updates them incrementally (RFC 1624) must
	# start from a complete one. Make the internet host's link behave like
	# a wire.
	nsx $NS_INET ethtool -K eth0 tx off >/dev/null
	local a
	for a in $REMOTE_ADDRS; do ip -n $NS_INET addr add "$a/32" dev lo; done
	# The internet host is the gateway's default route, as an upstream
	# router is for a real exit node (tailgate-dp learns it over netlink).
	ip -n $NS_GW route add default via $INET_ADDR dev inet0
	# The gateway's own connections never use the NAT port range
	# (egress.nat_ports 61000..65535 in tailgate mode).
	nsx $NS_GW sysctl -qw net.ipv4.ip_local_port_range="32768 60999"
}

setup_inet_services() {
	mkdir -p "$STATE/www"
	echo "tgl lab: hello through the tunnel" >"$STATE/www/hello.txt"
	spawn $NS_INET inet-http $PY -m http.server --bind 0.0.0.0 --directory "$STATE/www" 80
	spawn $NS_INET inet-iperf3 iperf3 -s -p 5201
	spawn $NS_INET inet-iperf3b iperf3 -s -p 5202
	spawn $NS_INET inet-dns dnsmasq --keep-in-foreground --conf-file=/dev/null \
		--no-resolv --no-hosts --bind-interfaces --listen-address=$INET_ADDR \
		--port=53 --address=/$DNS_NAME/203.0.113.10 --pid-file= --user=root \
		--log-facility=-
	spawn $NS_INET inet-udpecho $PY "$ROOT/tests/netns/udp_echo.py" 7 $INET_ADDR $REMOTE_ADDRS
	wait_until 10 nsx $NS_INET bash -c "exec 3<>/dev/tcp/$INET_ADDR/80" ||
		die "http server did not start: $(tail -5 "$STATE/logs/inet-http.log")"
	wait_until 10 nsx $NS_INET bash -c "exec 3<>/dev/tcp/$INET_ADDR/5201" ||
		die "iperf3 -s did not start: $(tail -5 "$STATE/logs/inet-iperf3.log")"
}

# wireguard-go in NS for interface IF, foreground, logged.
start_wggo() {
	local ns=$1 ifname=$2
	mkdir -p /var/run/wireguard
	spawn "$ns" "wggo-$ifname" env LOG_LEVEL="${TGL_WG_LOG:-error}" \
		WG_PROCESS_FOREGROUND=1 wireguard-go -f "$ifname"
	# Not `wg show` until it listens: wg unlinks a socket that refuses a
	# connection, which wireguard-go's does between bind and listen
	# (scripts/uapi-wait.sh).
	bash "$ROOT/scripts/uapi-wait.sh" "$ns" "$ifname" 10 && wg show "$ifname" >/dev/null 2>&1 ||
		die "wireguard-go $ifname did not open its UAPI socket: $(tail -5 "$STATE/logs/wggo-$ifname.log")"
	wait_until 5 ip -n "$ns" link show "$ifname" ||
		die "wireguard-go $ifname: no interface in $ns"
}

gw_add_peers() {
	local i
	for i in $(seq 1 "$CLIENTS"); do
		wg set $GW_IF peer "$(cat "$STATE/keys/c$i.pub")" allowed-ips "$(client_tun "$i")/32"
	done
}

setup_gateway_reference() {
	start_wggo $NS_GW $GW_IF
	wg set $GW_IF private-key "$STATE/keys/gw.key" listen-port $GW_PORT
	ip -n $NS_GW addr add 100.64.0.1/10 dev $GW_IF
	ip -n $NS_GW link set $GW_IF up
	gw_add_peers
	nsx $NS_GW sysctl -qw net.ipv4.ip_forward=1
	nsx $NS_GW nft -f - <<EOF
table inet tgl {
	chain forward {
		type filter hook forward priority 0; policy drop;
		ct state established,related counter accept
		iifname "$GW_IF" oifname "inet0" counter accept
		counter comment "dropped: not tunnel to internet"
	}
	chain postrouting {
		type nat hook postrouting priority 100; policy accept;
		oifname "inet0" counter masquerade
	}
}
EOF
}

# The tailgate config, in the schema of docs/configuration.md and
# configs/static.cfg (static mode: no control section; peers are added
# afterwards with the stock `wg` tool on the UAPI socket).
write_tailgate_config() {
	local conf=$STATE/tailgate.cfg ports eal=""
	if [ "$BACKEND" = dpdk ]; then
		ports='{ interface = "net_af_xdp0"; role = "tailnet"; queues = 1; },
        { interface = "net_af_xdp1"; role = "internet"; queues = 1; }'
		# xdp_prog: our XDP object instead of the PMD's catch-all one, so
		# the kernel keeps ARP and the gateway's own traffic (docs/dataplane.md)
		local obj=",xdp_prog=$BIN/bpf/xdp_tailgate.bpf.o"
		[ "${TGL_DPDK_CATCH_ALL:-0}" = 1 ] && obj=""
		eal="eal_args = [ \"--no-pci\", \"--no-huge\", \"-m\", \"256\", \"--file-prefix=tgl\",
        \"--vdev=net_af_xdp0,iface=ul0$obj\",
        \"--vdev=net_af_xdp1,iface=inet0$obj\" ];"
	else
		ports='{ interface = "ul0"; role = "tailnet"; queues = 1; },
        { interface = "inet0"; role = "internet"; queues = 1; }'
	fi
	cat >"$conf" <<EOF
# Generated by scripts/lab.sh for the tgl lab ($BACKEND). Do not edit.
dataplane:
{
    backend = "$BACKEND";
    cores = [ ${TGL_DP_CORE:-1} ];
    ports = (
        $ports
    );
    $eal
    xdp_mode = "native";
    zero_copy = false;        # veth has no zero-copy AF_XDP
    burst = 32;
    region_name = "$REGION";
};
egress:
{
    interface = "inet0";
    address = "$GW_EGRESS";
    nat_ports = [ 61000, 65535 ];   # above the kernel's 32768..60999
    mtu = 1500;
    ${TGL_EGRESS_CONF:-}
};
${TGL_TABLES_CONF:+tables:
{
    $TGL_TABLES_CONF
\};}
wireguard:
{
    interface = "$GW_IF";
    listen_address = "$GW_UL";
    listen_port = $GW_PORT;
    private_key_file = "$STATE/keys/gw.key";
    mtu = 1420;
};
metrics:
{
    listen = "$METRICS";
    ctl_socket = "$STATE/tailgatectl.sock";
};
logging:
{
    level = "${TGL_TAILGATE_LOG:-info}";
    target = "stderr";
};
EOF
}

tailgate_unusable() {
	echo "lab: tailgate gateway not functional: $*" >&2
	exit 3
}

# How the binaries take their config file (TGL_CONF_FLAG, default --config).
start_tailgate_dp() {
	spawn $NS_GW tailgate-dp "$BIN/tailgate-dp" ${TGL_CONF_FLAG:---config} "$STATE/tailgate.cfg"
}
start_tailgate_cp() {
	spawn $NS_GW tailgate-cp "$BIN/tailgate-cp" ${TGL_CONF_FLAG:---config} "$STATE/tailgate.cfg"
}

# Both processes alive and the cp's UAPI socket answering `wg show`.
tailgate_ready() {
	is_alive "$(cat "$STATE/pids/tailgate-dp.pid")" || return 2
	is_alive "$(cat "$STATE/pids/tailgate-cp.pid")" || return 2
	wg show $GW_IF >/dev/null 2>&1
}

setup_gateway_tailgate() {
	local b
	for b in tailgate-dp tailgate-cp; do
		[ -x "$BIN/$b" ] || tailgate_unusable "$BIN/$b not built"
	done
	# Native XDP on a veth: frames redirected or transmitted INTO a veth
	# need NAPI on its peer (an XDP program there, or GRO on). Turn GRO on
	# for the peers of the gateway's two ports (docs/lab.md).
	nsx $NS_UL ethtool -K gw gro on >/dev/null 2>&1 || log "warning: GRO on tgl-ul/gw failed"
	nsx $NS_INET ethtool -K eth0 gro on >/dev/null 2>&1 || log "warning: GRO on tgl-inet/eth0 failed"
	write_tailgate_config
	# The NAT port range belongs to the dataplane. Whenever no XDP program
	# steers it (a dataplane restarting, net_af_xdp re-attaching), the
	# kernel must drop it rather than answer with a TCP RST or ICMP port
	# unreachable that would kill the peers' flows (docs/dataplane.md).
	nsx $NS_GW nft -f - <<EOF
table inet tailgate_natguard {
	chain input {
		type filter hook input priority 0; policy accept;
		ip daddr $GW_EGRESS tcp dport 61000-65535 drop
		ip daddr $GW_EGRESS udp dport 61000-65535 drop
	}
}
EOF
	local out
	out=$(nsx $NS_GW "$BIN/tailgate-cp" --check-config "$STATE/tailgate.cfg" 2>&1) ||
		tailgate_unusable "tailgate-cp --check-config on the lab config: $(echo "$out" | tail -1)"
	mkdir -p /var/run/wireguard
	start_tailgate_dp
	start_tailgate_cp
	local end=$(( $(date +%s) + ${TGL_TAILGATE_START_TIMEOUT:-10} )) rc
	while :; do
		rc=0; tailgate_ready || rc=$?
		[ $rc -eq 0 ] && break
		if [ $rc -eq 2 ] || [ "$(date +%s)" -ge "$end" ]; then
			tailgate_unusable "$( [ $rc -eq 2 ] && echo "a process exited" || echo "no UAPI socket /var/run/wireguard/$GW_IF.sock after ${TGL_TAILGATE_START_TIMEOUT:-10}s"); dp log: $(tail -3 "$STATE/logs/tailgate-dp.log" 2>/dev/null | tr '\n' ' ') cp log: $(tail -3 "$STATE/logs/tailgate-cp.log" 2>/dev/null | tr '\n' ' ')"
		fi
		sleep 0.05
	done
	gw_add_peers
}

setup_client() {
	local i=$1 ns ifname
	ns=$(client_ns "$i"); ifname=$(client_if "$i")
	mkns "$ns"
	ip -n "$ns" link add ul0 type veth peer name "c$i" netns $NS_UL
	ip -n $NS_UL link set "c$i" master br0 up
	nsx "$ns" sysctl -qw net.ipv4.conf.all.promote_secondaries=1
	nsx "$ns" sysctl -qw net.ipv4.conf.ul0.promote_secondaries=1
	ip -n "$ns" addr add "$(client_ul "$i")/24" dev ul0
	ip -n "$ns" link set ul0 up
	start_wggo "$ns" "$ifname"
	wg set "$ifname" private-key "$STATE/keys/c$i.key" listen-port $GW_PORT \
		peer "$(cat "$STATE/keys/gw.pub")" endpoint "$GW_UL:$GW_PORT" allowed-ips 0.0.0.0/0
	ip -n "$ns" addr add "$(client_tun "$i")/32" dev "$ifname"
	ip -n "$ns" link set "$ifname" up
	# The internet subnets go through the tunnel; the underlay does not.
	ip -n "$ns" route add 198.51.100.0/24 dev "$ifname"
	ip -n "$ns" route add 203.0.113.0/24 dev "$ifname"
}

cmd_up() {
	case "$GATEWAY" in reference|tailgate) ;; *) die "LAB_GATEWAY must be reference or tailgate (got $GATEWAY)";; esac
	case "$BACKEND" in afxdp|dpdk) ;; *) die "LAB_BACKEND must be afxdp or dpdk (got $BACKEND)";; esac
	case "$CLIENTS" in ''|*[!0-9]*) die "LAB_CLIENTS must be a number 1..20 (got $CLIENTS)";; esac
	[ "$CLIENTS" -ge 1 ] && [ "$CLIENTS" -le 20 ] || die "LAB_CLIENTS must be 1..20 (got $CLIENTS)"
	[ "$(id -u)" -eq 0 ] || die "must run as root (network namespaces)"
	if is_up; then
		log "already up ($GATEWAY, $CLIENTS clients)"
		return 0
	fi
	cmd_down
	mkdir -p "$STATE"
	trap 'rc=$?; if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then log "up failed, tearing down"; cmd_down || true; fi' EXIT
	local i
	mkkeys gw
	for i in $(seq 1 "$CLIENTS"); do mkkeys "c$i"; done
	setup_underlay
	setup_gateway_links
	setup_inet_services
	if [ "$GATEWAY" = reference ]; then
		setup_gateway_reference
	else
		setup_gateway_tailgate
	fi
	for i in $(seq 1 "$CLIENTS"); do setup_client "$i"; done
	cat >"$STATE/lab.env" <<EOF
LAB_UP_CLIENTS=$CLIENTS
LAB_UP_GATEWAY=$GATEWAY
LAB_UP_BACKEND=$BACKEND
LAB_UP_VARIANT=$(lab_variant)
EOF
	trap - EXIT
	log "up: $GATEWAY gateway${GATEWAY:+ }$( [ "$GATEWAY" = tailgate ] && echo "($BACKEND) ")with $CLIENTS clients"
}

# ---------------------------------------------------------------- status

cmd_status() {
	local ns
	if [ -z "$(lab_namespaces)" ]; then
		echo "lab: down"
		return 0
	fi
	[ -f "$STATE/lab.env" ] && cat "$STATE/lab.env"
	echo "namespaces: $(lab_namespaces | tr '\n' ' ')"
	for ns in $(lab_namespaces); do
		echo "$ns: pids $(ip netns pids "$ns" | tr '\n' ' ')"
	done
	echo "--- gateway ($GW_IF)"
	wg show $GW_IF 2>&1 || true
}

# ---------------------------------------------------------------- tailgate process control

pid_of() { [ -f "$STATE/pids/$1.pid" ] && cat "$STATE/pids/$1.pid"; }

cmd_kill() {
	local name=$1 sig=${2:-KILL} p
	p=$(pid_of "$name") || die "$name: no pid file"
	kill -"$sig" "$p" 2>/dev/null || true
	wait_until 5 bash -c "st=\$(awk '{print \$3}' /proc/$p/stat 2>/dev/null); [ -z \"\$st\" ] || [ \"\$st\" = Z ]" ||
		die "$name (pid $p) did not exit"
}

cmd_restart() {
	local name=$1
	[ -f "$STATE/lab.env" ] || die "lab is not up"
	. "$STATE/lab.env"
	[ "$LAB_UP_GATEWAY" = tailgate ] || die "$name restart needs LAB_GATEWAY=tailgate"
	if p=$(pid_of "$name") && is_alive "$p"; then cmd_kill "$name" TERM; fi
	if [ "$name" = tailgate-cp ]; then
		start_tailgate_cp
		wait_until 10 wg show $GW_IF || die "tailgate-cp did not reopen its UAPI socket"
	else
		start_tailgate_dp
		sleep 0.2
		is_alive "$(pid_of tailgate-dp)" || die "tailgate-dp exited at once: $(tail -3 "$STATE/logs/tailgate-dp.log")"
	fi
}

# One lab operation at a time on this machine (the names are fixed), also
# across clones and worktrees: the lock is a fixed path in /run/lock (an
# empty file; flock, so a killed holder never leaves it locked).
if [ "${1:-}" != status ] && [ -z "${TGL_LAB_LOCKED:-}" ]; then
	mkdir -p /run/lock
	exec 9>>/run/lock/tailgate-lab.lock
	flock -w 120 9 || die "another lab.sh operation holds the lock for 120 s"
	export TGL_LAB_LOCKED=1
fi

case "${1:-}" in
up) cmd_up ;;
down) cmd_down; log "down" ;;
status) cmd_status ;;
restart-cp) cmd_restart tailgate-cp ;;
restart-dp) cmd_restart tailgate-dp ;;
kill-cp) cmd_kill tailgate-cp KILL ;;
kill-dp) cmd_kill tailgate-dp KILL ;;
*) echo "usage: $0 up|down|status|restart-cp|restart-dp|kill-cp|kill-dp" >&2; exit 2 ;;
esac
