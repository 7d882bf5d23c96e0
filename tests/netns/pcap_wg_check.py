#!/usr/bin/python3
"""Check an underlay capture (pcap, Ethernet): apart from ARP and IGMP
membership reports, every IPv4 packet is UDP whose
payload is a well-formed WireGuard message (types 1-4, reserved bytes zero,
the size each type has), and MARKER appears nowhere in the file.
Prints counts per type and each violation; exits 1 on any violation.
Usage: pcap_wg_check.py FILE MARKER"""
import struct
import sys

path, marker = sys.argv[1], sys.argv[2].encode()
raw = open(path, "rb").read()
bad = []
if marker in raw:
    bad.append("marker %r found in the capture" % marker.decode())

magic = struct.unpack("<I", raw[:4])[0]
if magic not in (0xA1B2C3D4, 0xA1B23C4D):
    sys.exit("not a little-endian pcap file: %s" % path)
if struct.unpack("<I", raw[20:24])[0] != 1:
    sys.exit("capture is not Ethernet")
off = 24
types = {1: 0, 2: 0, 3: 0, 4: 0}
other = 0
n = 0
while off + 16 <= len(raw):
    incl = struct.unpack("<I", raw[off + 8:off + 12])[0]
    frame = raw[off + 16:off + 16 + incl]
    off += 16 + incl
    n += 1
    etype = struct.unpack("!H", frame[12:14])[0]
    if etype == 0x0806:  # ARP
        other += 1
        continue
    if etype != 0x0800:
        bad.append("frame %d: ethertype 0x%04x" % (n, etype))
        continue
    ip = frame[14:]
    ihl = (ip[0] & 15) * 4
    if ip[9] == 2 and 224 <= ip[16] <= 239:
        # IGMP to a multicast group: the kernel's own membership reports
        # when an interface comes up; link control like ARP, no payload.
        other += 1
        continue
    if ip[9] != 17:
        bad.append("frame %d: IP protocol %d, not UDP" % (n, ip[9]))
        continue
    udp = ip[ihl:]
    ulen = struct.unpack("!H", udp[4:6])[0]
    msg = udp[8:ulen]
    if len(msg) < 4 or msg[1:4] != b"\0\0\0" or msg[0] not in types:
        bad.append("frame %d: UDP payload is not a WireGuard message (%s)" % (n, msg[:4].hex()))
        continue
    t = msg[0]
    want = {1: 148, 2: 92, 3: 64}.get(t)
    if want is not None and len(msg) != want:
        bad.append("frame %d: type %d of %d bytes (want %d)" % (n, t, len(msg), want))
    if t == 4 and (len(msg) < 32 or (len(msg) - 32) % 16):
        bad.append("frame %d: data message of %d bytes" % (n, len(msg)))
    types[t] += 1
print("frames %d wg %s arp/igmp %d violations %d" % (n, types, other, len(bad)))
for b in bad[:20]:
    print("  " + b)
sys.exit(1 if bad else 0)
