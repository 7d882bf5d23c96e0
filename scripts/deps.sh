#!/usr/bin/env bash
# Install every Debian 12 package that building, testing, the demo and the
# benchmarks need. Idempotent: runs `apt-get update` only when something is
# missing, and installs only what is missing.
set -euo pipefail

PKGS=(
  # toolchain
  build-essential pkg-config clang llvm gcc libclang-rt-14-dev
  # libraries (pkg-config names in the Makefile)
  libdpdk-dev dpdk libxdp-dev libbpf-dev libsodium-dev libb2-dev liblwip-dev
  libconfig-dev libcunit1-dev libssl-dev libnghttp2-dev libevent-dev
  libzstd-dev libjansson-dev libldns-dev libmnl-dev libipsec-mb-dev
  linux-libc-dev
  # lab, interop peers and test tools
  wireguard-go wireguard-tools iproute2 iputils-ping iperf3 tcpdump
  bpftool xdp-tools prometheus curl netcat-openbsd socat procps psmisc openssl
  python3 python3-scapy python3-h2 python3-nacl python3-zstandard python3-cryptography
  dnsmasq-base busybox nftables ethtool
)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PKGS[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "deps: missing packages: ${missing[*]}" >&2
  echo "deps: run as root (sudo make deps) to install them" >&2
  exit 1
fi

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
