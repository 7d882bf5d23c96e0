#!/usr/bin/env bash
# The end-to-end suite: runs the standalone checks in tests/netns (any other
# *.sh there, e.g. wg_handshake_interop.sh) once, then every
# tests/netns/[0-9][0-9]-*.sh scenario against the reference exit gateway (wireguard-go + nft masquerade) once,
# then against tailgate once per dataplane backend, and ends with the line
#   N passed, N failed[, N skipped]
# Exit status is non-zero if anything failed.
#
#   tests/netns/run.sh [FILTER...]      FILTER: scenario number or name part
#
# Environment:
#   NETNS_GATEWAYS="reference tailgate"   which gateways to run against
#   NETNS_BACKENDS="afxdp dpdk"           tailgate backends
#   NETNS_TIMEOUT=60                      seconds per scenario, hard limit
#   NETNS_TAILGATE_REQUIRED=1             non-functional tailgate is FAIL
#   TG_BUILD=build                        where tailgate-dp/cp are
#   NETNS_TEST_BUILD=1                    (set when TG_BUILD is a test build:
#                                          13-* then shortens key lifetime)
#   NETNS_VERBOSE=1                       print each scenario's runtime
#
# Drop coverage (tailgate only): before each scenario's lab goes down, lib.sh
# appends the gateway's tailgate_drops_total lines to a per-backend file
# (NETNS_DROPS_FILE). After all scenarios of a backend, a synthetic result
#   PASS drop-coverage[tailgate-BACKEND]
#   FAIL drop-coverage[tailgate-BACKEND]: never reached: a, b, c
# says whether every reason the metrics list was non-zero at least once,
# except those in tests/netns/drop-coverage-exempt.txt. Only without a
# FILTER; SKIP when a scenario of that backend was skipped.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LAB=$ROOT/scripts/lab.sh
GATEWAYS=${NETNS_GATEWAYS:-reference tailgate}
BACKENDS=${NETNS_BACKENDS:-afxdp dpdk}
TIMEOUT=${NETNS_TIMEOUT:-60}
export TG_BUILD=${TG_BUILD:-build}
export TGL_STATE=${TGL_STATE:-/run/tgl}
# `make check` builds the gateway for the suite into build-test with
# TG_TEST_BUILD=1, whose REJECT_AFTER_TIME follows this variable (13-*).
case "$TG_BUILD" in *test*) export NETNS_TEST_BUILD=1 ;; esac

if [ "$(id -u)" -ne 0 ]; then
	echo "netns: needs root (network namespaces); skipping the suite"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi

# Two suites at once would tear down each other's lab: wait for the other.
# The lock is machine-wide (other clones and worktrees use the same lab names).
mkdir -p /run/lock
exec 8>>/run/lock/tailgate-netns.lock
if ! flock -n 8; then
	echo "netns: another run of the suite is in progress; waiting (at most 15 min)"
	flock -w 900 8 || { echo "netns: gave up waiting for the other run"; echo "0 passed, 1 failed"; exit 1; }
fi

scenarios=()
for f in "$HERE"/[0-9][0-9]-*.sh; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .sh)
	if [ $# -gt 0 ]; then
		keep=0
		for pat in "$@"; do case "$name" in "$pat"*|*"$pat"*) keep=1 ;; esac; done
		[ $keep = 1 ] || continue
	fi
	scenarios+=("$f")
done

# Other checks that live here (tests/netns/*.sh that are not
# NN- scenarios, lib.sh or run.sh) need no lab: each runs once, first.
standalone=()
for f in "$HERE"/*.sh; do
	name=$(basename "$f" .sh)
	case "$name" in [0-9][0-9]-*|lib|run|*_lib) continue ;; esac
	if [ $# -gt 0 ]; then
		keep=0
		for pat in "$@"; do case "$name" in *"$pat"*) keep=1 ;; esac; done
		[ $keep = 1 ] || continue
	fi
	standalone+=("$f")
done

passed=0 failed=0 skipped=0
failures=()

# Run one scenario file with TAG; count its result lines.
run_one() {
	local f=$1 tag=$2 name out rc line got=0 t0 t1
	name="$(basename "$f" .sh)[$tag]"
	t0=$(date +%s%N)
	out=$(NETNS_TAG=$tag timeout -k 5 "$TIMEOUT" bash "$f" 2> >(sed "s/^/    /" >&2))
	rc=$?
	t1=$(date +%s%N)
	while IFS= read -r line; do
		case "$line" in
		PASS\ *) passed=$((passed + 1)); got=1; echo "$line" ;;
		FAIL\ *) failed=$((failed + 1)); got=1; failures+=("${line#FAIL }"); echo "$line" ;;
		SKIP\ *) skipped=$((skipped + 1)); got=1; echo "$line" ;;
		*) [ -n "$line" ] && echo "    $line" ;;
		esac
	done <<<"$out"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL ' <<<"$out"; then
		local why="exited with status $rc"
		[ $rc -eq 124 ] || [ $rc -eq 137 ] && why="timed out after ${TIMEOUT}s"
		echo "FAIL $name: $why"
		failed=$((failed + 1)); failures+=("$name: $why")
	elif [ $got = 0 ]; then
		echo "FAIL $name: printed no result"
		failed=$((failed + 1)); failures+=("$name: printed no result")
	fi
	[ "${NETNS_VERBOSE:-0}" = 1 ] && echo "    ($(( (t1 - t0) / 1000000 )) ms)"
	# Whatever happened, nothing of the lab survives a scenario.
	bash "$LAB" down >/dev/null 2>&1 || true
}

# drop_coverage TAG FILE: the synthetic coverage result for one backend.
drop_coverage() {
	local tag=$1 file=$2 be=${1#tailgate-} all reached exempt missing=() r
	all=$(sed -n 's/^tailgate_drops_total{reason="\([a-z0-9_]*\)"}.*/\1/p' "$file" | sort -u)
	if [ -z "$all" ]; then
		echo "FAIL drop-coverage[$tag]: no drop counters collected from the gateway's metrics"
		failed=$((failed + 1)); failures+=("drop-coverage[$tag]: no drop counters collected")
		return
	fi
	reached=$(awk '$2 + 0 > 0 { sub(/^tailgate_drops_total\{reason="/, "", $1); sub(/"\}$/, "", $1); print $1 }' "$file" | sort -u)
	# exempt: "reason [backend...] -- why"; no backend means every backend
	exempt=$(sed 's/#.*//' "$HERE/drop-coverage-exempt.txt" 2>/dev/null |
		awk -v be="$be" '$1 != "" { n = 0; for (i = 2; i <= NF && $i != "--"; i++) { n++; if ($i == be) { print $1; next } } if (n == 0) print $1 }')
	for r in $all; do
		grep -qx "$r" <<<"$reached" && continue
		grep -qx "$r" <<<"$exempt" && continue
		missing+=("$r")
	done
	if [ ${#missing[@]} -eq 0 ]; then
		echo "PASS drop-coverage[$tag]"
		passed=$((passed + 1))
	else
		local why
		why="never reached: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')"
		echo "FAIL drop-coverage[$tag]: $why"
		failed=$((failed + 1)); failures+=("drop-coverage[$tag]: $why")
	fi
	# reached though exempt: the exemption is stale
	for r in $exempt; do
		grep -qx "$r" <<<"$reached" && echo "    drop-coverage[$tag]: exempt reason $r was reached; drop it from drop-coverage-exempt.txt"
	done
	return 0
}

skip_all() {
	local tag=$1 why=$2 f
	for f in "${scenarios[@]}"; do
		echo "SKIP $(basename "$f" .sh)[$tag]: $why"
		skipped=$((skipped + 1))
	done
}

bash "$LAB" down >/dev/null 2>&1 || true
for f in "${standalone[@]}"; do run_one "$f" standalone; done
for gw in $GATEWAYS; do
	if [ "$gw" = reference ]; then
		export LAB_GATEWAY=reference LAB_BACKEND=afxdp
		for f in "${scenarios[@]}"; do run_one "$f" reference; done
		continue
	fi
	for be in $BACKENDS; do
		export LAB_GATEWAY=tailgate LAB_BACKEND=$be
		tag="tailgate-$be"
		# One probe per backend: if tailgate cannot come up at all, say so
		# once per scenario instead of waiting for it in each.
		probe=$(bash "$LAB" up 2>&1); rc=$?
		bash "$LAB" down >/dev/null 2>&1 || true
		if [ $rc -eq 3 ] && [ "${NETNS_TAILGATE_REQUIRED:-0}" != 1 ]; then
			skip_all "$tag" "$(echo "$probe" | tail -1 | sed 's/^lab: //' | cut -c1-200)"
			continue
		fi
		drops_file=$(mktemp /tmp/tgl-drops-$be.XXXXXX)
		skipped0=$skipped
		export NETNS_DROPS_FILE=$drops_file
		for f in "${scenarios[@]}"; do run_one "$f" "$tag"; done
		unset NETNS_DROPS_FILE
		# only a complete run can claim coverage (a FILTER: no line at all)
		if [ $# -eq 0 ] && [ $skipped -eq $skipped0 ]; then
			drop_coverage "$tag" "$drops_file"
		elif [ $# -eq 0 ]; then
			echo "SKIP drop-coverage[$tag]: $((skipped - skipped0)) scenario(s) skipped"
			skipped=$((skipped + 1))
		fi
		rm -f "$drops_file"
	done
done

if [ $failed -gt 0 ]; then
	echo "failures:"
	for x in "${failures[@]}"; do echo "  $x"; done
fi
if [ $skipped -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
