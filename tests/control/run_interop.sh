#!/bin/bash
# Interop: our C ts2021 client pieces (tests/control/ts_probe.c over
# controlplane/ts_conn.c + common/ts_*.c) against the independent Python
# test control server. Everything runs over unix sockets: no IP traffic.
# Usage: BUILD=build bash tests/control/run_interop.sh   (SAN=1 for ASan)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
TMP=$(mktemp -d /tmp/tgts-interop.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
make -s -j2 BUILD="$BUILD" ${SAN:+SAN=$SAN} "$BUILD/libtgcp.a" "$BUILD/libtgcommon.a"
SANFLAGS=
[ "${SAN:-0}" = 1 ] && SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer"
${CC:-cc} -std=gnu11 -O1 -g $SANFLAGS -Wall -Wextra -Werror -Wno-unused-parameter \
	-D_GNU_SOURCE -Icommon -Icontrolplane -o "$TMP/ts_probe" tests/control/ts_probe.c \
	"$BUILD/libtgcp.a" "$BUILD/libtgcommon.a" \
	$(pkg-config --cflags --libs libnghttp2 libzstd jansson libsodium libb2 libcrypto) \
	$([ -e /usr/include/intel-ipsec-mb.h ] && echo -lIPSec_MB)
echo "== server writes 101, then the Noise response (as Go does)"
/usr/bin/python3 tests/control/interop_c_client.py --probe "$TMP/ts_probe" --tmp "$TMP"
echo "== server writes 101 + Noise response + early payload in one write"
/usr/bin/python3 tests/control/interop_c_client.py --probe "$TMP/ts_probe" --tmp "$TMP" --coalesce-101
