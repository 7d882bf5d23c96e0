#!/usr/bin/python3
"""Independent encoder for the dataplane pipeline test (tests/unit/pipeline_test.c).

Builds every frame with scapy (Ethernet/IPv4/UDP/TCP/ICMP, checksums computed
by scapy from scratch) and the WireGuard transport-data AEAD with PyNaCl
(ChaCha20-Poly1305 IETF, nonce = 4 zero bytes || le64 counter, no AD), per the
WireGuard whitepaper §5.4.6. Writes dp_vectors.h: one byte array per frame and
a table of steps: (port in, input frame, port out, expected frame or none,
expected counter). Run with Debian's python (scapy + nacl):

    /usr/bin/python3 tests/vectors/dp/gen.py > tests/vectors/dp/dp_vectors.h

Topology (documentation ranges only):
  client 192.0.2.50:51820 --tunnel-- [port 0: 192.0.2.1:41641 | dp | port 1: 203.0.113.10] -- 198.51.100.7
  client inner address 100.64.0.2/32, dp tailnet address 100.64.0.1
"""
import struct
import sys

from nacl.bindings import crypto_aead_chacha20poly1305_ietf_encrypt as aead_seal
from scapy.all import Ether, ICMP, ICMPv6DestUnreach, IP, IPv6, TCP, UDP, Raw, raw
from scapy.utils import checksum

K_RECV = bytes(range(32))          # dp's receive key = client's send key
K_SEND = bytes(range(32, 64))      # dp's send key = client's receive key
LOCAL_INDEX = 0x11223344           # dp's receiver index
REMOTE_INDEX = 0x55667788          # client's receiver index

MAC_DP0, MAC_CLIENT_GW = "02:00:00:00:00:01", "02:00:00:00:00:aa"
MAC_DP1, MAC_INET_GW = "02:00:00:00:00:02", "02:00:00:00:00:bb"
DP_WG_ADDR, DP_WG_PORT = "192.0.2.1", 41641
CLIENT_EP, CLIENT_PORT, CLIENT_PORT2 = "192.0.2.50", 51820, 51999
EGRESS = "203.0.113.10"
SERVER = "198.51.100.7"
CLIENT_IN, OTHER_IN, DP_LOCAL = "100.64.0.2", "100.64.0.3", "100.64.0.1"
TUNNEL_MTU, EGRESS_MTU = 1280, 1200
NAT_LO = 40000


def wg_data(index, counter, plaintext, key, pad=True):
    if pad:
        n = (len(plaintext) + 15) // 16 * 16
        if n > TUNNEL_MTU:
            n = max(len(plaintext), TUNNEL_MTU)
        plaintext = plaintext + b"\0" * (n - len(plaintext))
    nonce = b"\0" * 4 + struct.pack("<Q", counter)
    return struct.pack("<BxxxIQ", 4, index, counter) + aead_seal(plaintext, None, nonce, key)


def from_client(payload, sport=CLIENT_PORT):
    return raw(Ether(dst=MAC_DP0, src=MAC_CLIENT_GW) /
               IP(src=CLIENT_EP, dst=DP_WG_ADDR, ttl=64, id=7) /
               UDP(sport=sport, dport=DP_WG_PORT) / Raw(payload))


def to_client(payload, dport=CLIENT_PORT):
    return raw(Ether(dst=MAC_CLIENT_GW, src=MAC_DP0) /
               IP(src=DP_WG_ADDR, dst=CLIENT_EP, ttl=64, id=0, flags=0) /
               UDP(sport=DP_WG_PORT, dport=dport) / Raw(payload))


def from_inet(pkt):
    return raw(Ether(dst=MAC_DP1, src=MAC_INET_GW) / pkt)


def to_inet(pkt):
    return raw(Ether(dst=MAC_INET_GW, src=MAC_DP1) / pkt)


def icmp_err(typ, code, word, quote, src, dst):
    body = struct.pack("!BBHI", typ, code, 0, word) + quote
    body = body[:2] + struct.pack("!H", checksum(body)) + body[4:]
    return raw(IP(src=src, dst=dst, ttl=64, id=0, flags=0, proto=1) / Raw(body))


steps = []   # (name, port_in, frame, port_out, expected, counter)
dp_ctr = 0   # the dp's send counter (next nonce)


def step(name, port_in, frame, port_out=-1, expected=None, counter="TG_PATH_decap"):
    steps.append((name, port_in, frame, port_out, expected, counter))


def client(counter, inner, pad=True, index=LOCAL_INDEX, sport=CLIENT_PORT):
    return from_client(wg_data(index, counter, raw(inner), K_RECV, pad), sport)


def dp_encrypts(inner, dport=CLIENT_PORT):
    global dp_ctr
    f = to_client(wg_data(REMOTE_INDEX, dp_ctr, raw(inner), K_SEND), dport)
    dp_ctr += 1
    return f


DNS_Q = b"hello-dns-query"
DNS_R = b"hello-dns-answer!"

# c0: UDP out -> SNAT to the first port of worker 0's range (each protocol
# has its own port space, so the TCP and ICMP flows below also get NAT_LO)
c0_inner = IP(src=CLIENT_IN, dst=SERVER, ttl=64, id=0x1001, flags="DF") / UDP(sport=5555, dport=53) / DNS_Q
e0 = IP(src=EGRESS, dst=SERVER, ttl=63, id=0x1001, flags="DF") / UDP(sport=NAT_LO, dport=53) / DNS_Q
c0 = client(0, c0_inner)
step("udp_out_snat", 0, c0, 1, to_inet(e0), "TG_PATH_snat")
step("replayed", 0, c0, counter="TG_DROP_wg_replay")

# c1: TCP SYN with MSS 1460 -> clamped to tunnel MTU - 40
c1_inner = IP(src=CLIENT_IN, dst=SERVER, ttl=64, id=0x1002, flags="DF") / TCP(
    sport=33000, dport=443, flags="S", seq=1000, window=64240, options=[("MSS", 1460)])
e1 = IP(src=EGRESS, dst=SERVER, ttl=63, id=0x1002, flags="DF") / TCP(
    sport=NAT_LO, dport=443, flags="S", seq=1000, window=64240, options=[("MSS", TUNNEL_MTU - 40)])
step("tcp_syn_out_mss", 0, client(1, c1_inner), 1, to_inet(e1), "TG_PATH_mss_clamped")

# c2: ICMP echo -> id mapped
c2_inner = IP(src=CLIENT_IN, dst=SERVER, ttl=64, id=0x1003) / ICMP(type=8, id=0x4242, seq=1) / b"pingpingpingping"
e2 = IP(src=EGRESS, dst=SERVER, ttl=63, id=0x1003) / ICMP(type=8, id=NAT_LO, seq=1) / b"pingpingpingping"
step("icmp_echo_out", 0, client(2, c2_inner), 1, to_inet(e2), "TG_PATH_snat")

# c3: TTL 1 -> Time Exceeded back through the tunnel, from the dp's tailnet address
c3_inner = IP(src=CLIENT_IN, dst=SERVER, ttl=1, id=0x1004) / UDP(sport=5556, dport=33434) / b"trace"
te = icmp_err(11, 0, 0, raw(c3_inner), DP_LOCAL, CLIENT_IN)
step("ttl1_time_exceeded", 0, client(3, c3_inner), 0, dp_encrypts(IP(te)), "TG_DROP_inner_ttl_exceeded")

# c4: larger than the egress MTU with DF -> Fragmentation Needed (RFC 1191 MTU)
c4_inner = IP(src=CLIENT_IN, dst=SERVER, ttl=64, id=0x1005, flags="DF") / UDP(sport=5557, dport=9) / (b"x" * 1212)
fn = icmp_err(3, 4, EGRESS_MTU, raw(c4_inner)[:548], DP_LOCAL, CLIENT_IN)
step("too_big_frag_needed", 0, client(4, c4_inner), 0, dp_encrypts(IP(fn)), "TG_DROP_inner_too_big")

# c5: keepalive (empty payload), consumed
step("keepalive", 0, from_client(wg_data(LOCAL_INDEX, 5, b"", K_RECV)), counter="TG_DROP_wg_keepalive")

# malformed and unauthorised
bad_tag = bytearray(client(6, c0_inner))
bad_tag[-1] ^= 1
step("bad_tag", 0, bytes(bad_tag), counter="TG_DROP_wg_bad_tag")
step("unknown_index", 0, client(6, c0_inner, index=0x0badf00d), counter="TG_DROP_wg_unknown_index")
spoof = IP(src=OTHER_IN, dst=SERVER, ttl=64, id=0x1006) / UDP(sport=1, dport=53) / DNS_Q
step("inner_src_not_allowed", 0, client(7, spoof), counter="TG_DROP_inner_src_not_allowed")
step("inner_garbage", 0, from_client(wg_data(LOCAL_INDEX, 8, b"\x45" + b"\x00" * 15, K_RECV)),
     counter="TG_DROP_inner_bad_packet")
local = IP(src=CLIENT_IN, dst=DP_LOCAL, ttl=64, id=0x1007) / UDP(sport=5558, dport=53) / DNS_Q
step("dst_local_punted", 0, client(9, local), counter="TG_PATH_punt_local")
step("wg_bad_type", 0, from_client(b"\x09\x00\x00\x00" + b"\x00" * 28), counter="TG_DROP_wg_bad_type")
step("wg_bad_length", 0, from_client(b"\x01\x00\x00\x00" + b"\x00" * 100), counter="TG_DROP_wg_bad_length")
step("wg_short_data", 0, from_client(b"\x04\x00\x00\x00" + b"\x00" * 20), counter="TG_DROP_wg_bad_length")
step("handshake_punted", 0, from_client(b"\x01\x00\x00\x00" + b"\x11" * 144), counter="TG_PATH_punt_handshake")
step("disco_punted", 0, from_client(bytes([0x54, 0x53, 0xf0, 0x9f, 0x92, 0xac]) + b"\x00" * 40),
     counter="TG_PATH_punt_disco")
stun = struct.pack("!HHI", 0x0001, 0, 0x2112A442) + b"\x01" * 12
step("stun_punted", 0, from_client(stun), counter="TG_PATH_punt_disco")

good = bytearray(from_client(b"\x04" + b"\x00" * 31))
bad_csum = bytearray(good)
bad_csum[24] ^= 0xff
step("outer_bad_ip_checksum", 0, bytes(bad_csum), counter="TG_DROP_ip_bad_header")
bad_ihl = bytearray(good)
bad_ihl[14] = 0x44
step("outer_bad_ihl", 0, bytes(bad_ihl), counter="TG_DROP_ip_bad_header")
frag = raw(Ether(dst=MAC_DP0, src=MAC_CLIENT_GW) /
           IP(src=CLIENT_EP, dst=DP_WG_ADDR, flags="MF") / UDP(sport=1, dport=DP_WG_PORT) / (b"\x04" + b"\0" * 31))
step("outer_fragment", 0, frag, counter="TG_DROP_ip_fragment")
long_tot = raw(Ether(dst=MAC_DP0, src=MAC_CLIENT_GW) /
               IP(src=CLIENT_EP, dst=DP_WG_ADDR, len=200) / UDP(sport=1, dport=DP_WG_PORT) / (b"\x04" + b"\0" * 31))
step("outer_total_length_too_big", 0, long_tot, counter="TG_DROP_ip_bad_length")
step("short_frame", 0, bytes(good[:10]), counter="TG_DROP_rx_short")
step("short_ip", 0, bytes(good[:14 + 12]), counter="TG_DROP_rx_short")

# return path
s0 = IP(src=SERVER, dst=EGRESS, ttl=64, id=0x2001) / UDP(sport=53, dport=NAT_LO) / DNS_R
r0 = IP(src=SERVER, dst=CLIENT_IN, ttl=63, id=0x2001) / UDP(sport=53, dport=5555) / DNS_R
step("udp_return_dnat", 1, from_inet(s0), 0, dp_encrypts(r0), "TG_PATH_dnat")

s1 = IP(src=SERVER, dst=EGRESS, ttl=64, id=0x2002, flags="DF") / TCP(
    sport=443, dport=NAT_LO, flags="SA", seq=5000, ack=1001, window=65535, options=[("MSS", 1460)])
r1 = IP(src=SERVER, dst=CLIENT_IN, ttl=63, id=0x2002, flags="DF") / TCP(
    sport=443, dport=33000, flags="SA", seq=5000, ack=1001, window=65535, options=[("MSS", TUNNEL_MTU - 40)])
step("tcp_synack_return_mss", 1, from_inet(s1), 0, dp_encrypts(r1), "TG_PATH_mss_clamped")

s2 = IP(src=SERVER, dst=EGRESS, ttl=64, id=0x2003) / ICMP(type=0, id=NAT_LO, seq=1) / b"pingpingpingping"
r2 = IP(src=SERVER, dst=CLIENT_IN, ttl=63, id=0x2003) / ICMP(type=0, id=0x4242, seq=1) / b"pingpingpingping"
step("icmp_echo_reply_return", 1, from_inet(s2), 0, dp_encrypts(r2), "TG_PATH_dnat")

# RFC 5508: the server's Port Unreachable quoting our translated UDP (e0)
s3 = IP(icmp_err(3, 3, 0, raw(e0), SERVER, EGRESS))
q3 = IP(src=CLIENT_IN, dst=SERVER, ttl=63, id=0x1001, flags="DF") / UDP(sport=5555, dport=53) / DNS_Q
r3 = IP(icmp_err(3, 3, 0, raw(q3), SERVER, CLIENT_IN))
r3.ttl = 63
del r3.chksum
step("icmp_error_return_translated", 1, from_inet(s3), 0, dp_encrypts(IP(raw(r3))),
     "TG_PATH_icmp_error_translated")

s4 = IP(src=SERVER, dst=EGRESS, ttl=64) / UDP(sport=53, dport=NAT_LO + 50) / DNS_R
step("unsolicited_return", 1, from_inet(s4), counter="TG_DROP_nat_no_session")
s5 = IP(src="192.0.2.99", dst=EGRESS, ttl=64) / UDP(sport=53, dport=NAT_LO) / DNS_R
step("return_wrong_remote", 1, from_inet(s5), counter="TG_DROP_nat_no_session")
s6 = IP(src=SERVER, dst="203.0.113.11", ttl=64) / UDP(sport=53, dport=NAT_LO) / DNS_R
step("not_for_us", 1, from_inet(s6), counter="TG_PATH_kernel_pass")

# a reply larger than the tunnel MTU with DF: Frag Needed back to the server
s7 = IP(src=SERVER, dst=EGRESS, ttl=64, id=0x2004, flags="DF") / UDP(sport=53, dport=NAT_LO) / (b"y" * 1300)
fn7 = IP(icmp_err(3, 4, TUNNEL_MTU, raw(s7)[:548], EGRESS, SERVER))
step("return_too_big_frag_needed", 1, from_inet(s7), 1, to_inet(fn7), "TG_DROP_ret_too_big")

# never forwarded: multicast, loopback, the tailnet range
mc = IP(src=CLIENT_IN, dst="224.0.0.251", ttl=64, id=0x1009) / UDP(sport=5353, dport=5353) / b"mdns"
step("inner_dst_multicast", 0, client(11, mc), counter="TG_DROP_dst_local_denied")
hp = IP(src=CLIENT_IN, dst="100.64.0.7", ttl=64, id=0x100a) / UDP(sport=5353, dport=53) / b"hairpin"
step("inner_dst_tailnet", 0, client(12, hp), counter="TG_DROP_dst_local_denied")

# an ICMP error about the kernel's own traffic (not from a NAT port) is the kernel's
k8 = IP(src=EGRESS, dst=SERVER, ttl=64, id=0x3001, flags="DF") / TCP(sport=22, dport=50000, flags="A")
s8 = IP(icmp_err(3, 4, 1400, raw(k8), SERVER, EGRESS))
step("icmp_error_for_kernel", 1, from_inet(s8), counter="TG_PATH_kernel_pass")

# IPv6 while the netcfg's IPv6 flag is off
V6_CLIENT, V6_OTHER, V6_LOCAL = "fd7a:115c:a1e0::2", "fd7a:115c:a1e0::3", "fd7a:115c:a1e0::1"
v6off = IPv6(src=V6_CLIENT, dst="2001:db8::1", hlim=64) / UDP(sport=1, dport=53) / DNS_Q
step("inner_ipv6_disabled", 0, client(13, v6off), counter="TG_DROP_ipv6_disabled")

# roaming: an authenticated packet from a new source port moves the endpoint
c10_inner = IP(src=CLIENT_IN, dst=SERVER, ttl=64, id=0x1008, flags="DF") / UDP(sport=5555, dport=53) / DNS_Q
e10 = IP(src=EGRESS, dst=SERVER, ttl=63, id=0x1008, flags="DF") / UDP(sport=NAT_LO, dport=53) / DNS_Q
step("roam", 0, client(10, c10_inner, sport=CLIENT_PORT2), 1, to_inet(e10), "TG_PATH_roam")
step("return_after_roam", 1, from_inet(s0), 0, dp_encrypts(r0, dport=CLIENT_PORT2), "TG_PATH_dnat")


# IPv6 enabled (the C test turns the flag on and adds the v6 addresses):
# (frame, kind, expected plaintext of the dp's reply or None)
v6 = []
v6_local = IPv6(src=V6_CLIENT, dst=V6_LOCAL, hlim=64) / UDP(sport=5000, dport=53) / DNS_Q
v6.append((client(20, v6_local), "TG_PATH_punt_local", raw(v6_local)))
v6_out = IPv6(src=V6_CLIENT, dst="2001:db8::1", hlim=64) / TCP(sport=40000, dport=443, flags="S", seq=1)
v6_unreach = IPv6(src=V6_LOCAL, dst=V6_CLIENT, hlim=64) / ICMPv6DestUnreach(code=0) / raw(v6_out)
v6.append((client(21, v6_out), "TG_DROP_no_route", raw(v6_unreach)))
v6_spoof = IPv6(src=V6_OTHER, dst="2001:db8::1", hlim=64) / UDP(sport=1, dport=53) / DNS_Q
v6.append((client(22, v6_spoof), "TG_DROP_inner_src_not_allowed", None))


def carray(name, data):
    lines = []
    for i in range(0, len(data), 16):
        lines.append("\t" + " ".join("0x%02x," % b for b in data[i:i + 16]))
    return "static const uint8_t %s[%d] = {\n%s\n};\n" % (name, len(data), "\n".join(lines))


out = sys.stdout
out.write("/* Generated by tests/vectors/dp/gen.py (scapy + PyNaCl); do not edit. */\n")
out.write("#ifndef TG_DP_VECTORS_H\n#define TG_DP_VECTORS_H\n\n#include <stdint.h>\n\n")
out.write("#define DPV_LOCAL_INDEX 0x%08xu\n#define DPV_REMOTE_INDEX 0x%08xu\n" % (LOCAL_INDEX, REMOTE_INDEX))
out.write("#define DPV_TUNNEL_MTU %d\n#define DPV_EGRESS_MTU %d\n#define DPV_NAT_LO %d\n\n" %
          (TUNNEL_MTU, EGRESS_MTU, NAT_LO))
out.write(carray("dpv_recv_key", K_RECV))
out.write(carray("dpv_send_key", K_SEND))
for i, (name, pin, frame, pout, exp, ctr) in enumerate(steps):
    out.write(carray("dpv_in_%d" % i, frame))
    if exp is not None:
        out.write(carray("dpv_exp_%d" % i, exp))
out.write("\nstruct dpv_step {\n\tconst char *name;\n\tint port_in;\n\tconst uint8_t *in;\n"
          "\tunsigned in_len;\n\tint port_out;\n\tconst uint8_t *exp;\n\tunsigned exp_len;\n"
          "\tint is_drop;\n\tint counter;\n};\n\n")
out.write("static const struct dpv_step dpv_steps[] = {\n")
for i, (name, pin, frame, pout, exp, ctr) in enumerate(steps):
    is_drop = 1 if ctr.startswith("TG_DROP_") else 0
    if exp is not None:
        e = "dpv_exp_%d, sizeof(dpv_exp_%d)" % (i, i)
    else:
        e = "0, 0"
    out.write('\t{ "%s", %d, dpv_in_%d, sizeof(dpv_in_%d), %d, %s, %d, %s },\n' %
              (name, pin, i, i, pout, e, is_drop, ctr))
out.write("};\n\n")
for i, (frame, ctr, plain) in enumerate(v6):
    out.write(carray("dpv6_in_%d" % i, frame))
    if plain is not None:
        out.write(carray("dpv6_plain_%d" % i, plain))
out.write("static const struct dpv_step dpv6_steps[] = {\n")
for i, (frame, ctr, plain) in enumerate(v6):
    e = "dpv6_plain_%d, sizeof(dpv6_plain_%d)" % (i, i) if plain is not None else "0, 0"
    out.write('\t{ "v6_%d", 0, dpv6_in_%d, sizeof(dpv6_in_%d), 0, %s, %d, %s },\n' %
              (i, i, i, e, 1 if ctr.startswith("TG_DROP_") else 0, ctr))
out.write("};\n\n#endif\n")
