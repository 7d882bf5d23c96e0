#!/usr/bin/env bash
# make bench: run every benchmark binary in $BUILD/tests/bench/ with a
# bounded duration, print the machine and one summary table, and write the
# full results (machine, exact command, every table) to docs/bench.md.
#
# Environment:
#   BENCH_SECONDS  seconds per measurement (default 0.5); the whole run is a
#                  few dozen measurements, so ~0.5 s keeps it to ~1 minute
#   BENCH_SLICES   slices per measurement (default 5); each figure is the
#                  fastest slice, so more slices help on a busy machine
#   BENCH_TIMEOUT  wall-clock limit per binary in seconds (default 300)
#   BENCH_OUT      where to write the markdown (default docs/bench.md)
#   BUILD          build directory (default build)
#
# Bench binaries print SUMMARY/VALUE records and markdown (format in
# tests/bench/bench_util.h). This script never fails on a number: it exits 0
# unless a binary crashes or hits the time limit. Rows that nothing measured
# are printed as "n/a (reason)". Ratios come only from numbers of this run.
set -uo pipefail

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BENCH_SECONDS=${BENCH_SECONDS:-0.5}
export BENCH_SLICES=${BENCH_SLICES:-5}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-300}
OUT=${BENCH_OUT:-docs/bench.md}
if [ -n "${MAKELEVEL:-}" ]; then
	CMD="make bench BENCH_SECONDS=$BENCH_SECONDS BENCH_SLICES=$BENCH_SLICES"
else
	CMD="BENCH_SECONDS=$BENCH_SECONDS BENCH_SLICES=$BENCH_SLICES scripts/bench.sh"
fi
[ "$BUILD" = build ] || CMD="BUILD=$BUILD $CMD"

# The issue's rows, in order; a row no binary reports stays n/a.
ROWS=(
	"1. Crypto ceiling (1 core)|n/a (no result in this run: tests/bench/crypto_bench.c missing or failed)"
	"2. Handshake rate (1 core)|n/a (no result in this run: tests/bench/handshake_bench.c missing or failed)"
	"3. Memory (shared region)|n/a (no result in this run: tests/bench/memory_bench.c missing or failed)"
	"4. Dataplane throughput (1 core, mem I/O)|n/a (not measured yet: needs the dataplane pipeline and a tests/bench/dataplane_bench.c)"
	"5. Gap to the crypto ceiling|n/a (not measured yet: needs row 4 in the same run)"
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- machine -------------------------------------------------------------
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
cpu_fms=$(awk -F': ' '/^cpu family/{f=$2} /^model[[:space:]]*:/{m=$2} /^stepping/{s=$2; exit} END{printf "family %s model %s stepping %s", f, m, s}' /proc/cpuinfo)
crypto_flags=$(sed -n 's/^flags[[:space:]]*: //p' /proc/cpuinfo | head -1 | tr ' ' '\n' |
	grep -E '^(aes|vaes|pclmulqdq|vpclmulqdq|sha_ni|avx|avx2|avx512f|avx512vl|avx512bw|avx512ifma|gfni|bmi2|adx)$' |
	sort | tr '\n' ' ')
hv=$(grep -q '^flags.* hypervisor' /proc/cpuinfo && echo "yes" || echo "no")
ncpu=$(nproc)
nonline=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")
kernel=$(uname -srm)
cc_ver=$(${CC:-cc} --version 2>/dev/null | head -1)
load=$(cut -d' ' -f1-3 /proc/loadavg)
busy=$(awk -v l="${load%% *}" -v n="$ncpu" 'BEGIN{ if (l > n / 2) printf " (busy: other jobs compete for the CPUs, expect low and noisy numbers)" }')
pkgver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo "not installed"; }
libs="libsodium $(pkgver libsodium23), OpenSSL $(pkgver libssl3), intel-ipsec-mb $(pkgver libipsec-mb1)"
rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git diff --quiet HEAD 2>/dev/null; then rev="$rev (+ uncommitted changes)"; fi
when=$(date -u '+%Y-%m-%d %H:%M UTC')

machine() {
	echo "- CPU: ${cpu_model:-unknown} ($cpu_fms), hypervisor: $hv"
	echo "- crypto-relevant flags: ${crypto_flags:-none}"
	echo "- CPUs: $ncpu usable ($nonline online); load average at start: $load$busy"
	echo "- kernel: $kernel"
	echo "- compiler: $cc_ver; libraries: $libs"
	echo "- source: $rev; date: $when"
}

echo "== bench: machine"
machine
echo

# ---- run -------------------------------------------------------------------
failed=0
: >"$tmp/records"
: >"$tmp/sections"
shopt -s nullglob
bins=("$BUILD"/tests/bench/*)
for b in "${bins[@]}"; do
	[ -x "$b" ] && [ -f "$b" ] || continue
	name=$(basename "$b")
	echo "== bench: $name (BENCH_SECONDS=$BENCH_SECONDS)"
	timeout --signal=KILL "$BENCH_TIMEOUT" "$b" >"$tmp/$name.out" 2>"$tmp/$name.err"
	rc=$?
	if [ $rc -ne 0 ]; then
		failed=1
		why="exit status $rc"
		[ $rc -eq 137 ] && why="killed after ${BENCH_TIMEOUT}s or by a signal"
		echo "bench: $name FAILED ($why); stderr:" >&2
		sed 's/^/    /' "$tmp/$name.err" >&2
		printf '## %s\n\nFAILED (%s); its numbers are not reported.\n\n' "$name" "$why" >>"$tmp/sections"
		continue
	fi
	grep -E $'^(SUMMARY|VALUE)\t' "$tmp/$name.out" >>"$tmp/records"
	grep -vE $'^(SUMMARY|VALUE)\t' "$tmp/$name.out" >>"$tmp/sections"
	[ -s "$tmp/$name.err" ] && sed 's/^/    /' "$tmp/$name.err" >&2
done
[ ${#bins[@]} -eq 0 ] && echo "bench: no binaries in $BUILD/tests/bench/" >&2

# ---- derived rows (row 5) from this run's VALUE records ---------------------
declare -A val
while IFS=$'\t' read -r kind key num; do
	[ "$kind" = VALUE ] && val[$key]=$num
done <"$tmp/records"
# Convention: a dataplane bench reports VALUE dp.<seal|open>.<size>.mpps
# (seal = encapsulation, open = decapsulation) measured in this same run.
for op in seal open; do
	for size in 64 512 1420; do
		dp=${val[dp.$op.$size.mpps]:-}
		cr=${val[crypto.$op.$size.best_mpps]:-}
		[ -n "$dp" ] && [ -n "$cr" ] || continue
		ratio=$(awk -v a="$dp" -v b="$cr" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "n/a" }')
		dir=$([ $op = seal ] && echo encap || echo decap)
		printf 'SUMMARY\t5. Gap to the crypto ceiling\t%s %s B: dataplane / best AEAD alone\t%s (%s / %s Mpps)\n' \
			"$dir" "$size" "$ratio" "$dp" "$cr" >>"$tmp/records"
	done
done

# ---- one summary table -----------------------------------------------------
summary() {
	echo "| row | measurement | result |"
	echo "|---|---|---|"
	for r in "${ROWS[@]}"; do
		row=${r%%|*}
		dflt=${r#*|}
		if grep -q "^SUMMARY"$'\t'"$row"$'\t' "$tmp/records"; then
			grep "^SUMMARY"$'\t'"$row"$'\t' "$tmp/records" |
				awk -F'\t' '{ printf "| %s | %s | %s |\n", $2, $3, $4 }'
		else
			echo "| $row | | $dflt |"
		fi
	done
	# rows a binary reports that are not in the list above
	awk -F'\t' '$1 == "SUMMARY" { print $2 "\t" $0 }' "$tmp/records" | while IFS=$'\t' read -r row _ r2 what res; do
		known=0
		for r in "${ROWS[@]}"; do [ "${r%%|*}" = "$row" ] && known=1; done
		[ $known = 1 ] || echo "| $r2 | $what | $res |"
	done
}

echo
echo "== bench: summary"
summary | tee "$tmp/summary"

# ---- docs/bench.md -----------------------------------------------------------
mkdir -p "$(dirname "$OUT")"
{
	echo "# tailgate benchmarks"
	echo
	echo "Generated by \`scripts/bench.sh\`; do not edit by hand. Command:"
	echo
	echo '```'
	echo "$CMD"
	echo '```'
	echo
	echo "Each number below was measured in this one run, on this machine;"
	echo "ratios are computed only between numbers of the same run. The machine"
	echo "may be shared with other jobs (see the load average), so treat small"
	echo "differences as noise. How each row is measured is written next to its"
	echo "table."
	echo
	if [ -n "${BENCH_NOTE:-}" ]; then
		echo "Note: $BENCH_NOTE"
		echo
	fi
	echo "Harness: each \`tests/bench/<x>.c\` is one program (run here from"
	echo "\`$BUILD/tests/bench/<x>\`) that prints markdown plus \`SUMMARY\` and \`VALUE\`"
	echo "records (format in \`tests/bench/bench_util.h\`); \`scripts/bench.sh\` runs"
	echo "each with a time limit, builds the summary and this file, and exits 0"
	echo "unless a program crashes. Timing uses CLOCK_MONOTONIC; cycles are rdtsc"
	echo "ticks calibrated against CLOCK_MONOTONIC in the same run (TSC cycles,"
	echo "not core cycles). \`BENCH_SECONDS\` sets the time per measurement,"
	echo "\`BENCH_SLICES\` how many slices it is cut into (the fastest is kept)."
	echo "Row 5 is computed here from \`VALUE dp.<seal|open>.<size>.mpps\` (a future"
	echo "dataplane bench) and \`VALUE crypto.<op>.<size>.best_mpps\` of the same run."
	echo
	echo "## Machine"
	echo
	machine
	echo
	echo "## Summary"
	echo
	cat "$tmp/summary"
	echo
	cat "$tmp/sections"
} >"$OUT.tmp" && mv "$OUT.tmp" "$OUT" || { echo "bench: cannot write $OUT" >&2; exit 1; }
echo
echo "bench: wrote $OUT"
exit $failed
