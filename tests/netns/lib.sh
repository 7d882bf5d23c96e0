# shellcheck shell=bash disable=SC2034
# Helpers for the netns scenarios (tests/netns/NN-*.sh). Sourced, not run.
#
# A scenario:
#   . "$(dirname "$0")/lib.sh"
#   tgl_scenario 02-ping              # name, trap, lab up (SKIP if unusable)
#   ...checks...; tgl_fail "why"      # prints FAIL, dumps logs, exits 1
#   tgl_pass                          # prints PASS, exits 0
#
# Results are single lines: `PASS name`, `FAIL name: reason`,
# `SKIP name: reason`; tests/netns/run.sh counts them.
#
# Environment (from run.sh or the caller): LAB_GATEWAY (reference|tailgate),
# LAB_BACKEND (afxdp|dpdk), LAB_CLIENTS, TG_BUILD, TGL_STATE,
# NETNS_KEEP_LAB=1 (leave the lab up after the scenario, for debugging),
# NETNS_TAILGATE_REQUIRED=1 (a non-functional tailgate is FAIL, not SKIP).

set -uo pipefail

TGL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TGL_LAB=$TGL_ROOT/scripts/lab.sh
export LAB_GATEWAY=${LAB_GATEWAY:-reference}
export LAB_BACKEND=${LAB_BACKEND:-afxdp}
export LAB_CLIENTS=${LAB_CLIENTS:-2}
# The scenarios use c1 and c2.
[ "$LAB_CLIENTS" -ge 2 ] 2>/dev/null || LAB_CLIENTS=2
export TGL_STATE=${TGL_STATE:-/run/tgl}
PY=/usr/bin/python3

GW_NS=tgl-gw
INET_NS=tgl-inet
UL_NS=tgl-ul
GW_IF=tgl-gw0
GW_UL=192.0.2.1
GW_EGRESS=198.51.100.1
INET=198.51.100.2
REMOTE1=203.0.113.10
REMOTE2=203.0.113.20

TGL_NAME=unnamed
TGL_TMP=
TGL_BG_PIDS=()

c_ns() { echo "tgl-c$1"; }
c_if() { echo "tgl-wg-c$1"; }
c_ul() { echo "192.0.2.$((10 + $1))"; }
c_tun() { echo "100.64.0.$((10 + $1))"; }
c_pub() { cat "$TGL_STATE/keys/c$1.pub"; }

nsx() { local ns=$1; shift; ip netns exec "$ns" "$@"; }
in_c() { local i=$1; shift; ip netns exec "tgl-c$i" "$@"; }
in_gw() { ip netns exec $GW_NS "$@"; }
in_inet() { ip netns exec $INET_NS "$@"; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# wait_for SECONDS CMD...: poll CMD (every 50 ms) until it succeeds; 1 on timeout.
wait_for() {
	local timeout=$1; shift
	local end=$(( $(now_ms) + $(awk -v t="$timeout" 'BEGIN { printf "%d", t * 1000 }') ))
	while ! "$@" >/dev/null 2>&1; do
		[ "$(now_ms)" -lt "$end" ] || return 1
		sleep 0.05
	done
}

# holds SECONDS CMD...: CMD keeps succeeding for SECONDS (polled); 1 as soon as it fails.
holds() {
	local timeout=$1; shift
	local end=$(( $(now_ms) + timeout * 1000 ))
	while [ "$(now_ms)" -lt "$end" ]; do
		"$@" >/dev/null 2>&1 || return 1
		sleep 0.1
	done
}

# Run a command in the background, tracked for cleanup.
bg() { "$@" >>"$TGL_TMP/bg.log" 2>&1 & TGL_BG_PIDS+=($!); }

gw_is_tailgate() { [ "$LAB_GATEWAY" = tailgate ]; }

# ------------------------------------------------------------- results

tgl_dump_logs() {
	echo "---- $TGL_NAME: gateway state ($LAB_GATEWAY${LAB_GATEWAY:+/}$LAB_BACKEND)"
	wg show $GW_IF 2>&1 | sed 's/^/  /'
	if ! gw_is_tailgate; then
		in_gw nft list ruleset 2>&1 | grep -E 'counter|chain' | sed 's/^/  /'
	else
		in_gw curl -s -m 2 "http://127.0.0.1:9100/metrics" 2>/dev/null | grep -E '^tailgate_.*(drop|error)' | grep -v ' 0$' | sed 's/^/  /'
	fi
	local f
	for f in "$TGL_STATE"/logs/wggo-$GW_IF.log "$TGL_STATE"/logs/tailgate-*.log; do
		[ -s "$f" ] || continue
		echo "---- $(basename "$f") (last 40 lines)"
		tail -n 40 "$f" | sed 's/^/  /'
	done
	echo "---- end of logs"
}

tgl_pass() { echo "PASS $TGL_NAME"; exit 0; }
tgl_fail() {
	echo "FAIL $TGL_NAME: $*"
	tgl_dump_logs >&2
	exit 1
}
tgl_skip() { echo "SKIP $TGL_NAME: $*"; exit 0; }
# Record a failed check and go on (for scenarios with several checks).
TGL_FAILS=()
tgl_check_fail() { TGL_FAILS+=("$*"); echo "  check failed: $*" >&2; }
tgl_done() {
	[ ${#TGL_FAILS[@]} -eq 0 ] || tgl_fail "${TGL_FAILS[*]}"
	tgl_pass
}

# NETNS_DROPS_FILE (set by run.sh for tailgate runs): before the lab goes
# down, append the gateway's tailgate_drops_total lines (zeros included) to
# it, so run.sh can tell which drop reasons the suite reached.
# The metrics are the cp's: a scenario that left it dead (13-*) gets it
# restarted here; it re-attaches to the region and its counters.
tgl_collect_drops() {
	[ -n "${NETNS_DROPS_FILE:-}" ] && gw_is_tailgate || return 0
	local m
	m=$(in_gw curl -s -m 2 "http://127.0.0.1:9100/metrics" 2>/dev/null)
	if [ -z "$m" ] && [ -f "$TGL_STATE/pids/tailgate-cp.pid" ] &&
		! is_alive "$(cat "$TGL_STATE/pids/tailgate-cp.pid")"; then
		bash "$TGL_LAB" restart-cp >/dev/null 2>&1 &&
			m=$(in_gw curl -s -m 2 "http://127.0.0.1:9100/metrics" 2>/dev/null)
	fi
	grep '^tailgate_drops_total{reason="' <<<"$m" >>"$NETNS_DROPS_FILE"
	return 0
}

tgl_cleanup() {
	local p
	for p in "${TGL_BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
	for p in "${TGL_BG_PIDS[@]}"; do wait "$p" 2>/dev/null; done
	tgl_collect_drops
	if [ "${NETNS_KEEP_LAB:-0}" != 1 ]; then
		bash "$TGL_LAB" down >/dev/null 2>&1
	fi
	[ -n "$TGL_TMP" ] && rm -rf "$TGL_TMP"
}

# tgl_scenario NAME [tailgate-only]: set up the trap and bring the lab up.
tgl_scenario() {
	TGL_NAME="$1${NETNS_TAG:+[$NETNS_TAG]}"
	if [ "${2:-}" = tailgate-only ] && ! gw_is_tailgate; then
		tgl_skip "tailgate-only scenario (LAB_GATEWAY=$LAB_GATEWAY)"
	fi
	[ "$(id -u)" -eq 0 ] || tgl_skip "needs root"
	TGL_TMP=$(mktemp -d /tmp/tgl-test.XXXXXX)
	trap tgl_cleanup EXIT
	trap 'exit 1' INT TERM
	tgl_lab_up
}

tgl_lab_up() {
	local out rc
	out=$(bash "$TGL_LAB" up 2>&1); rc=$?
	if [ $rc -eq 3 ]; then
		if [ "${NETNS_TAILGATE_REQUIRED:-0}" = 1 ]; then
			tgl_fail "$(echo "$out" | tail -1)"
		fi
		tgl_skip "$(echo "$out" | tail -1)"
	fi
	[ $rc -eq 0 ] || tgl_fail "lab up failed (rc $rc): $( (grep "lab: error" <<<"$out" || tail -3 <<<"$out") | head -3 | tr '\n' ' ')"
}

# ------------------------------------------------------------- probes

# Ping once from client I to DST with a short timeout.
ping1() { in_c "$1" ping -n -c1 -W1 "$2" >/dev/null 2>&1; }

# Latest handshake (unix seconds) of the client's only peer / of a gateway peer.
c_handshake() { wg show "$(c_if "$1")" latest-handshakes 2>/dev/null | awk '{print $2; exit}'; }
gw_handshake() { wg show $GW_IF latest-handshakes 2>/dev/null | awk -v k="$1" '$1==k {print $2}'; }
c_has_handshake() { local t; t=$(c_handshake "$1"); [ -n "$t" ] && [ "$t" -gt 0 ]; }
gw_has_handshake() { local t; t=$(gw_handshake "$(c_pub "$1")"); [ -n "$t" ] && [ "$t" -gt 0 ]; }

# "rx tx" bytes: client I's view of the gateway, the gateway's view of client I.
c_transfer() { wg show "$(c_if "$1")" transfer | awk '{print $2, $3; exit}'; }
gw_transfer() { wg show $GW_IF transfer | awk -v k="$(c_pub "$1")" '$1==k {print $2, $3}'; }

# Random file of SIZE bytes served by the internet host; prints its name.
make_blob() {
	local name=$1 size=$2
	head -c "$size" /dev/urandom >"$TGL_STATE/www/$name"
	echo "$name"
}
sha() { sha256sum "$1" | awk '{print $1}'; }

# nc_upload I FILE PORT: push FILE from client I to the internet host over
# TCP; succeeds when the bytes that arrived hash the same.
nc_upload() {
	local i=$1 file=$2 port=$3 srv
	in_inet timeout 20 bash -c "nc -l -N -s $INET -p $port | sha256sum > $TGL_TMP/up-$port.sha" &
	srv=$!
	wait_for 5 in_inet bash -c "ss -ltn | grep -q ':$port '" || { kill $srv; echo "nc listener did not start"; return 1; }
	in_c "$i" timeout 20 nc -N $INET "$port" <"$file" || { kill $srv; echo "nc upload failed"; return 1; }
	wait $srv || { echo "nc listener failed"; return 1; }
	[ "$(awk '{print $1}' "$TGL_TMP/up-$port.sha")" = "$(sha "$file")" ] || { echo "upload sha256 mismatch"; return 1; }
}

# cap_start NS IFACE FILE [FILTER...]: tcpdump into FILE until cap_stop;
# returns once tcpdump is capturing. Sets CAP_PID, so call it directly, not
# inside $(...); on failure it prints why and fails the scenario.
cap_start() {
	local ns=$1 ifc=$2 file=$3; shift 3
	# ip netns exec (not the nsx function) so that $! is tcpdump itself.
	ip netns exec "$ns" tcpdump -i "$ifc" -n -U --immediate-mode -s 2048 -w "$file" "$@" >/dev/null 2>"$file.log" &
	CAP_PID=$!
	TGL_BG_PIDS+=("$CAP_PID")
	wait_for 5 grep -q "listening on" "$file.log" || tgl_fail "tcpdump on $ns/$ifc did not start: $(cat "$file.log")"
}
# cap_stop PID FILE: stop a capture and wait until the file is complete.
cap_stop() {
	# tcpdump may not have read the last packets off its socket yet: wait
	# until the file stops growing (300 ms unchanged, at most 3 s).
	local file=$2 last=-1 cur end=$(( $(now_ms) + 3000 )) stable=0
	while [ -n "$file" ] && [ "$(now_ms)" -lt "$end" ]; do
		cur=$(stat -c %s "$file" 2>/dev/null || echo 0)
		if [ "$cur" = "$last" ]; then stable=$((stable + 1)); [ $stable -ge 6 ] && break
		else stable=0; last=$cur; fi
		sleep 0.05
	done
	# TERM: background jobs of a script start with SIGINT ignored.
	kill -TERM "$1" 2>/dev/null
	wait_for 5 bash -c "st=\$(awk '{print \$3}' /proc/$1/stat 2>/dev/null); [ -z \"\$st\" ] || [ \"\$st\" = Z ]" || kill -KILL "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	return 0
}

# gw_drops REASON: the gateway's tailgate_drops_total{reason=REASON} (tailgate).
gw_drops() {
	in_gw curl -s -m 2 http://127.0.0.1:9100/metrics |
		awk -v r="$1" '$1 == "tailgate_drops_total{reason=\""r"\"}" {print $2}'
}
# gw_path PATH: the gateway's tailgate_path_packets_total{path=PATH} (tailgate).
gw_path() {
	in_gw curl -s -m 2 http://127.0.0.1:9100/metrics |
		awk -v p="$1" '$1 == "tailgate_path_packets_total{path=\""p"\"}" {print $2}'
}
# drops_above REASON N: that counter is above N.
drops_above() { local v; v=$(gw_drops "$1"); [ -n "$v" ] && [ "$v" -gt "$2" ]; }
# expect_drop REASON BASE [SECONDS] [WHAT]: wait (2 s default) for the counter
# to pass BASE; otherwise record a failed check naming the reason.
expect_drop() {
	wait_for "${3:-2}" drops_above "$1" "$2" ||
		tgl_check_fail "${4:-offered traffic} not counted as $1 ($2 -> $(gw_drops "$1"))"
}
# udp_flows I SPORT COUNT DPORT: client I writes COUNT one-datagram UDP
# flows (source ports SPORT.., raw IPv4 onto its WireGuard interface, so no
# socket state on the client) to the internet host's DPORT, paced so no
# queue on the way overflows; fails the scenario if sending fails.
udp_flows() {
	local i=$1 out
	ip -n "$(c_ns "$i")" link set "$(c_if "$i")" txqueuelen 10000 || tgl_fail "c$i: txqueuelen"
	out=$(in_c "$i" $PY - "$(c_if "$i")" "$(c_tun "$i")" "$INET" "$2" "$3" "$4" 2>&1 <<'PYEOF'
import socket, struct, sys, time
ifc, me, inet = sys.argv[1:4]
sport0, count, dport = (int(x) for x in sys.argv[4:7])
src, dst = socket.inet_aton(me), socket.inet_aton(inet)
def csum(b):
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM)
for i in range(count):
    udp = struct.pack("!HHHH", sport0 + i, dport, 12, 0) + b"flow"
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), i & 0xffff, 0, 64, 17, 0, src, dst)
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    s.sendto(h + udp, (ifc, 0x0800))
    if i % 128 == 127:
        time.sleep(0.01)
print("sent")
PYEOF
)
	grep -q '^sent' <<<"$out" || tgl_fail "flows from c$i failed: $(tail -3 <<<"$out" | tr '\n' ' ')"
}

# build_inject_probe: compile tests/netns/tg_inject_probe.c (a misbehaving
# control plane) against the build's libtgcommon into $TGL_TMP/probe.
build_inject_probe() {
	local b
	case "$TG_BUILD" in /*) b=$TG_BUILD ;; *) b=$TGL_ROOT/$TG_BUILD ;; esac
	# shellcheck disable=SC2046
	cc -std=gnu11 -O2 -Wall -Wextra -Werror -I"$TGL_ROOT/common" -o "$TGL_TMP/probe" \
		"$TGL_ROOT/tests/netns/tg_inject_probe.c" "$b/libtgcommon.a" \
		$(pkg-config --cflags --libs libsodium libb2 libcrypto) -lpthread \
		$([ -e /usr/include/intel-ipsec-mb.h ] && echo -lIPSec_MB) 2>"$TGL_TMP/cc.err" ||
		tgl_fail "cannot build tg_inject_probe: $(head -3 "$TGL_TMP/cc.err" | tr '\n' ' ')"
}
# lab_region: the shared region's name in the lab's tailgate config.
lab_region() { awk -F'"' '/region_name/ {print $2}' "$TGL_STATE/tailgate.cfg"; }

# gw_mac IFACE: the gateway's MAC on IFACE.
gw_mac() { ip -n $GW_NS link show "$1" | awk '/link\/ether/ {print $2}'; }

# Fast single probe (200 ms) for measuring gaps.
ping_fast() { in_c "$1" ping -n -c1 -W 0.2 "$2" >/dev/null 2>&1; }
ping_fails() { ! ping_fast "$@"; }

# slow_download I NAME SIZE RATE: start a rate-limited HTTP download in the
# background (sets DL_PID, output in $TGL_TMP/NAME) once NAME exists.
slow_download() {
	local i=$1 name=$2 size=$3 rate=$4
	make_blob "$name" "$size" >/dev/null
	in_c "$i" curl -sS --max-time 25 --limit-rate "$rate" -o "$TGL_TMP/$name" \
		"http://$INET/$name" 2>"$TGL_TMP/$name.err" &
	DL_PID=$!
	TGL_BG_PIDS+=("$DL_PID")
}
dl_size() { stat -c %s "$TGL_TMP/$1" 2>/dev/null || echo 0; }
dl_past() { [ "$(dl_size "$1")" -ge "$2" ]; }
# dl_finish NAME: wait for the download, compare with the served file. Call
# it in the scenario's own shell, never in $(...): a subshell cannot wait.
dl_finish() {
	wait "$DL_PID" || { echo "download failed: $(cat "$TGL_TMP/$1.err")"; return 1; }
	cmp -s "$TGL_TMP/$1" "$TGL_STATE/www/$1" || { echo "downloaded file differs"; return 1; }
}

# is_alive PID: the process runs (a zombie awaiting its reaper does not).
is_alive() {
	local st
	st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
	[ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}
