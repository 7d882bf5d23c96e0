#!/usr/bin/env bash
# Install tailgate from a build tree: binaries to /usr/local/sbin, the BPF
# object to /usr/local/lib/tailgate, the systemd units, and an example config
# (never overwriting an existing /etc/tailgate/tailgate.cfg).
#   sudo appliance/install.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
for f in tailgate-dp tailgate-cp tailgatectl bpf/xdp_tailgate.bpf.o; do
	[ -f "$build/$f" ] || { echo "install: $build/$f missing: run make first" >&2; exit 1; }
done
install -D -m 0755 "$build/tailgate-dp" /usr/local/sbin/tailgate-dp
install -D -m 0755 "$build/tailgate-cp" /usr/local/sbin/tailgate-cp
install -D -m 0755 "$build/tailgatectl" /usr/local/bin/tailgatectl
install -D -m 0644 "$build/bpf/xdp_tailgate.bpf.o" /usr/lib/tailgate/xdp_tailgate.bpf.o
install -D -m 0644 appliance/tailgate-cp.service /etc/systemd/system/tailgate-cp.service
install -D -m 0644 appliance/tailgate-dp.service /etc/systemd/system/tailgate-dp.service
install -d -m 0700 /etc/tailgate
if [ ! -e /etc/tailgate/tailgate.cfg ]; then
	install -m 0600 configs/static.cfg /etc/tailgate/tailgate.cfg
	echo "install: example config at /etc/tailgate/tailgate.cfg: edit it, then"
	echo "         umask 077; wg genkey > /etc/tailgate/private.key"
fi
systemctl daemon-reload 2>/dev/null || true
echo "install: done; start with: systemctl enable --now tailgate-cp tailgate-dp"
