#!/usr/bin/env bash
# Build every libFuzzer target (tests/fuzz/*_fuzz.c) with clang into
# build-fuzz/ and run each for FUZZ_SECONDS on a temporary copy of its seed
# corpus (tests/fuzz/corpus/<target>/), plus every committed crash input
# (tests/fuzz/crashes/<target>/) as a regression check.
#
#   bash scripts/fuzz.sh                 all targets, FUZZ_SECONDS each (20)
#   bash scripts/fuzz.sh config_fuzz     only the named targets
#   FUZZ_SECONDS=60 FUZZ_KEEP=1 ...      longer; keep the grown corpus
#   FUZZ_BUILD_ONLY=1                    build, do not run
#
# Prints "PASS target (N execs)" or "FAIL target: crash file X" per target,
# then "N passed, N failed"; exits 1 when any target failed or did not build.
# Crash files and logs are left in build-fuzz/out/<target>/.
set -u
cd "$(dirname "$0")/.." || exit 1

BUILD=${FUZZ_BUILD:-build-fuzz}
SECS=${FUZZ_SECONDS:-20}
CC=${FUZZ_CC:-clang}
RSS=${FUZZ_RSS_MB:-2048}

if ! command -v "$CC" >/dev/null; then
	echo "fuzz: $CC not found (apt-get install clang)" >&2
	exit 1
fi

# The project libraries, instrumented for coverage and ASan/UBSan.
echo "== building instrumented libraries into $BUILD/"
if ! make --no-print-directory -j2 BUILD="$BUILD" CC="$CC" SAN=1 \
	CFLAGS="-g -O1 -fsanitize=fuzzer-no-link" \
	"$BUILD/libtgcommon.a" "$BUILD/libtgdp.a" "$BUILD/libtgcp.a"; then
	echo "fuzz: library build failed" >&2
	exit 1
fi

# Compiler and linker flags of the libraries exactly as the Makefile computes
# them (it owns the package lists), read through a throwaway rule.
make_var() { # $1 = a make expression
	printf 'fuzz-print-var:\n\t@echo %s\n' "$1" |
		make --no-print-directory -s -f Makefile -f - BUILD="$BUILD" CC="$CC" fuzz-print-var
}
# shellcheck disable=SC2016 # make expressions, expanded by make
PC_CFLAGS=$(make_var '$(call pc_cflags,$(PKG_COMMON) $(PKG_DP) $(PKG_CP))') || exit 1
# shellcheck disable=SC2016
PC_LIBS=$(make_var '$(LIBS_DP) $(LIBS_CP) $(LIBS_COMMON)') || exit 1

build_target() { # $1 = target name
	local t=$1
	echo "  FUZZ    tests/fuzz/$t.c"
	# shellcheck disable=SC2086
	"$CC" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-fno-omit-frame-pointer -std=gnu11 -D_GNU_SOURCE -Wall -Wextra -Werror \
		-Wno-unused-parameter -I. -Icommon -Idataplane -Icontrolplane -Itests \
		$PC_CFLAGS -o "$BUILD/fuzz/$t" "tests/fuzz/$t.c" \
		"$BUILD/libtgdp.a" "$BUILD/libtgcp.a" "$BUILD/libtgcommon.a" \
		$PC_LIBS
}

targets=()
if [ $# -gt 0 ]; then
	targets=("$@")
else
	for f in tests/fuzz/*_fuzz.c; do
		[ -e "$f" ] || continue
		t=$(basename "$f" .c)
		targets+=("$t")
	done
fi
mkdir -p "$BUILD/fuzz"

pass=0
fail=0
results=()
for t in "${targets[@]}"; do
	if [ ! -f "tests/fuzz/$t.c" ]; then
		results+=("FAIL $t: no tests/fuzz/$t.c")
		fail=$((fail + 1))
		continue
	fi
	if ! build_target "$t"; then
		results+=("FAIL $t: does not build")
		fail=$((fail + 1))
	fi
done
[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && { printf '%s\n' "${results[@]}"; exit $((fail > 0)); }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}

run_target() { # $1 = target; sets global result line, returns 0 on pass
	local t=$1
	local bin="$BUILD/fuzz/$t" out="$BUILD/out/$t" seeds="tests/fuzz/corpus/$t"
	local crashes="tests/fuzz/crashes/$t" corpus log execs crash
	rm -rf "$out"
	mkdir -p "$out"
	corpus=$(mktemp -d "${TMPDIR:-/tmp}/tgfuzz-$t.XXXXXX")
	[ -d "$seeds" ] && cp -r "$seeds/." "$corpus/"
	log="$out/fuzz.log"

	# Committed crash inputs must not crash any more (regressions).
	if [ -d "$crashes" ] && [ -n "$(ls -A "$crashes" 2>/dev/null)" ]; then
		if ! "$bin" -rss_limit_mb="$RSS" "$crashes"/* >"$out/crashes.log" 2>&1; then
			result="FAIL $t: crash file $(grep -m1 -o "Running: .*" "$out/crashes.log" | sed 's/Running: //' || echo "$crashes") still crashes (log $out/crashes.log)"
			rm -rf "$corpus"
			return 1
		fi
	fi
	local dict=() abin
	abin=$(realpath "$bin")
	[ -f "tests/fuzz/$t.dict" ] && dict=(-dict="$PWD/tests/fuzz/$t.dict")
	# The subshell reports "Aborted" itself (into /dev/null), not us.
	(cd "$out" && "$abin" -max_total_time="$SECS" -rss_limit_mb="$RSS" \
		-timeout=10 -print_final_stats=1 -artifact_prefix="./" "${dict[@]}" \
		"$corpus" >"$PWD/fuzz.log" 2>&1; echo $? >"$PWD/rc") 2>/dev/null
	local rc
	rc=$(cat "$out/rc" 2>/dev/null || echo 1)
	execs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
	crash=
	for f in "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-*; do
		[ -e "$f" ] && { crash=$(basename "$f"); break; }
	done
	if [ "${FUZZ_KEEP:-0}" = 1 ]; then
		mkdir -p "$out/corpus" && cp -r "$corpus/." "$out/corpus/"
	fi
	rm -rf "$corpus"
	if [ "$rc" -ne 0 ] || [ -n "$crash" ]; then
		if [ -n "$crash" ]; then
			result="FAIL $t: crash file $out/$crash (log $log)"
		else
			result="FAIL $t: crash file none, exit $rc (log $log)"
		fi
		return 1
	fi
	result="PASS $t (${execs:-0} execs)"
	return 0
}

for t in "${targets[@]}"; do
	[ -x "$BUILD/fuzz/$t" ] || continue
	echo "== $t (${SECS}s)"
	if run_target "$t"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
	echo "$result"
	results+=("$result")
done

echo "== fuzz summary"
printf '%s\n' "${results[@]}"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
