#!/usr/bin/env bash
# 03-tcp: HTTP downloads of a random file through the tunnel from both
# clients at once, compared by sha256, plus an upload echoed back by size.
#
#   tgl-c1 --+                                   +-- http.server :80
#            +- br0 -- [tgl-gw] -- inet0 == eth0 +   198.51.100.2, 203.0.113.10
#   tgl-c2 --+
#
. "$(dirname "$0")/lib.sh"
tgl_scenario 03-tcp

blob=$(make_blob blob.bin $((4 * 1024 * 1024)))
want=$(sha "$TGL_STATE/www/$blob")
for i in $(seq 1 "$LAB_CLIENTS"); do wait_for 10 ping1 "$i" $INET || tgl_fail "c$i: tunnel not up"; done

pids=()
for i in $(seq 1 "$LAB_CLIENTS"); do
	dst=$INET; [ $((i % 2)) = 0 ] && dst=$REMOTE1
	in_c "$i" curl -sS --max-time 20 -o "$TGL_TMP/c$i.bin" "http://$dst/$blob" 2>"$TGL_TMP/c$i.err" &
	pids+=($!)
done
for i in $(seq 1 "$LAB_CLIENTS"); do
	wait "${pids[$((i - 1))]}" || tgl_fail "c$i: curl failed: $(cat "$TGL_TMP/c$i.err")"
	got=$(sha "$TGL_TMP/c$i.bin")
	[ "$got" = "$want" ] || tgl_fail "c$i: sha256 mismatch (got $got, want $want)"
done

# Client -> internet direction: nc pushes a file, the server hashes it.
head -c 1000000 /dev/urandom >"$TGL_TMP/up.bin"
out=$(nc_upload 1 "$TGL_TMP/up.bin" 9000) || tgl_fail "c1: $out"
tgl_pass
