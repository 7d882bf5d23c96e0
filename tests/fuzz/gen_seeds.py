#!/usr/bin/python3
"""Write the seed corpora of the libFuzzer targets (tests/fuzz/corpus/<target>/)
and the config dictionary. Run from the repository root with Debian's python
(needs python3-nacl):  /usr/bin/python3 tests/fuzz/gen_seeds.py

Seeds are small and deterministic; the formats are documented at the top of
each tests/fuzz/<target>.c. Re-run after changing a format or the vectors.
"""
import os
import re
import struct
import sys

import nacl.bindings as nb

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# ---- wg_handshake_fuzz: a script of records --------------------------------
def le32(v):
    return struct.pack("<I", v)


def rec_pinit(flags=0, eph=0x21, idx=0x1001, mask=b"", resp_idx=0x2002):
    return bytes([1 | flags << 3]) + bytes([eph]) * 32 + le32(idx) + \
        bytes([len(mask) // 2]) + mask + le32(resp_idx)


def rec_linit(flags=0, eph_l=0x31, eph_p=0x41, idx_l=0x3003, idx_p=0x4004):
    return bytes([2 | flags << 3]) + bytes([eph_l]) * 32 + bytes([eph_p]) * 32 + \
        le32(idx_l) + le32(idx_p)


def rec_fwd(op, flags=0, mask=b""):
    return bytes([op | flags << 3, len(mask) // 2]) + mask


def rec_clock(ms):
    return bytes([6]) + struct.pack("<H", ms)


def wg_seeds():
    t = "wg_handshake_fuzz"
    put(t, "peer_init_answered", rec_pinit() + rec_fwd(5))
    put(t, "local_init_answered", rec_linit() + rec_fwd(3))
    put(t, "local_init_cookie", rec_linit() + rec_fwd(4))
    put(t, "psk_both", bytes([7]) + rec_pinit() + rec_fwd(5))
    put(t, "psk_mismatch", bytes([7 | 1 << 3]) + rec_linit() + rec_fwd(3))
    put(t, "under_load", rec_pinit(flags=2) + rec_pinit(flags=2))
    put(t, "replay", rec_pinit() + rec_clock(10) + rec_pinit() + rec_clock(2000) +
        rec_pinit(eph=0x22))
    put(t, "flood", rec_pinit() + rec_pinit(eph=0x23))
    put(t, "mutated_init_mac_fixed", rec_pinit(flags=1, mask=bytes([40, 0x80])))
    put(t, "mutated_resp", rec_linit() + rec_fwd(3, flags=1, mask=bytes([20, 1])))
    put(t, "raw_init_fixed_mac", bytes([0 | 1 << 3, 148, 1, 0, 0, 0]) + bytes(range(144)))
    put(t, "raw_resp_index", bytes([2]) + bytes([0x31]) * 32 + bytes([0x41]) * 32 +
        le32(0x3003) + le32(0x4004) + bytes([0 | 5 << 3, 92, 2, 0, 0, 0]) + bytes(88))
    put(t, "raw_cookie", bytes([0, 64, 3, 0, 0, 0]) + bytes(60))
    put(t, "raw_data", bytes([0, 32, 4, 0, 0, 0]) + bytes(28))
    put(t, "no_mac_check", bytes([0 | 8 << 3, 148, 1, 0, 0, 0]) + bytes(144))


# ---- wg_device_punt_fuzz: records against device A with peer device B ------
def wgdev_seeds():
    t = "wg_device_punt_fuzz"
    tick = lambda ms16: bytes([4]) + struct.pack("<H", ms16)
    put(t, "a_init_forward", bytes([2, 0, 3]))
    put(t, "b_init_forward", bytes([1, 0, 3]))
    put(t, "b_init_twice", bytes([1, 0]) + tick(10000) + bytes([1, 0, 3]))
    put(t, "replayed_b_init", bytes([5, 1, 0, 3]))
    put(t, "flood_cookie_retry", bytes([5, 80, 0, 3]) + tick(20) + bytes([1, 0, 3]))
    put(t, "remove_readd", bytes([6, 1, 0, 6 | 1 << 3]) + tick(400) + bytes([1, 0, 3]))
    put(t, "key_change", bytes([2, 0, 6 | 2 << 3, 3, 1, 0, 3]))
    put(t, "b_from_v6", bytes([7, 6]) + bytes([0x20, 1, 0xd, 0xb8]) + bytes(11) + b"\x09" +
        b"\xca\x6c" + bytes([1, 0, 3]))
    put(t, "mutated_resp_mac_fixed", bytes([2 | 4 << 3, 1, 20, 0x80, 3]))
    put(t, "timers", bytes([2, 0, 3]) + tick(0xffff) + tick(0xffff) + tick(0xffff) + bytes([3]))
    raw = bytes([1, 0, 0, 0]) + bytes(range(144))
    put(t, "raw_punt_mac_fixed", bytes([0 | 1 << 3, 0, 4]) + bytes([192, 0, 2, 9]) + bytes(12) +
        b"\x12\x34" + b"\x07\x00" + struct.pack("<H", len(raw)) + raw)
    put(t, "raw_punt_bad_family", bytes([0, 0, 9]) + bytes(20) + struct.pack("<H", 64) +
        bytes([3, 0, 0, 0]) + bytes(60))


# ---- dp_pipeline_fuzz: mode byte + frame / inner packet ----------------------
def parse_vectors():
    path = os.path.join(ROOT, "tests", "vectors", "dp", "dp_vectors.h")
    text = open(path).read()
    arrays = {}
    for m in re.finditer(r"static const uint8_t (\w+)\[\d*\] = \{([^}]*)\};", text):
        arrays[m.group(1)] = bytes(int(x, 16) for x in re.findall(r"0x[0-9a-fA-F]+", m.group(2)))
    steps = []
    for m in re.finditer(r'\{ "(\w+)", (\d), (dpv6?_in_\d+), sizeof', text):
        steps.append((m.group(1), int(m.group(2)), arrays[m.group(3)]))
    return arrays, steps


def dp_seeds():
    t = "dp_pipeline_fuzz"
    arrays, steps = parse_vectors()
    key = arrays["dpv_recv_key"]
    seen = set()
    for name, port, frame in steps:
        if name in seen:
            continue
        seen.add(name)
        put(t, "raw_" + name, bytes([port]) + frame)
        if port == 1:
            put(t, "aimed_" + name, bytes([1 | 4]) + frame)
            put(t, "expired_aimed_" + name, bytes([1 | 4 | 8 | 0xf0]) + frame)
        # data messages from the client: the decrypted inner packet
        if port == 0 and len(frame) >= 42 + 32 and frame[42] == 4 and frame[12:14] == b"\x08\x00":
            ctr = struct.unpack("<Q", frame[50:58])[0]
            nonce = b"\0" * 4 + struct.pack("<Q", ctr)
            try:
                inner = nb.crypto_aead_chacha20poly1305_ietf_decrypt(frame[58:], None, nonce, key)
            except Exception:
                continue
            if inner:
                put(t, "sealed_" + name, bytes([2]) + inner)
                put(t, "later_sealed_" + name, bytes([2 | 8 | 0x70]) + inner)
                put(t, "inject_encrypt_" + name, bytes([3]) + inner)
                put(t, "inject_decrypt_" + name, bytes([3 | 4]) + inner)


# ---- config_fuzz: configuration files ---------------------------------------
MINIMAL = b"""dataplane: { backend = "mem"; ports = ( { interface = "p0"; } ); };
egress: { address = "198.51.100.10"; nat_ports = [ 61000, 65535 ]; };
wireguard: { listen_port = 51820; private_key_file = "/etc/tailgate/private.key";
  peers = ( { public_key = "UC996pxfGsHulat0Ww09KcDPpVMZutkew1nETExYf0Y=";
              endpoint = "[2001:db8::1]:51820"; allowed_ips = [ "100.64.0.2/32", "fd7a::/48" ]; } ); };
"""


def config_seeds():
    t = "config_fuzz"
    for f in ("static.cfg", "tailscale.cfg"):
        put(t, f, open(os.path.join(ROOT, "configs", f), "rb").read())
    put(t, "minimal.cfg", MINIMAL)
    put(t, "syntax_error.cfg", MINIMAL.replace(b"};\negress", b"}\negress"))
    put(t, "big_int.cfg", MINIMAL.replace(b"51820;", b"0x1ffffffff;"))
    put(t, "missing_egress.cfg", MINIMAL.split(b"egress:")[0])
    put(t, "empty.cfg", b"")
    # dictionary: every schema key and enum value
    src = open(os.path.join(ROOT, "common", "config.c")).read()
    words = set()
    for p in re.findall(r'\{ "([a-z_.\[\]]+)", TG_KT', src):
        words.add(p.split(".")[-1])
    words.update(re.findall(r'"([a-z0-9]+)"', src))
    words.discard("")
    with open(os.path.join(ROOT, "tests", "fuzz", "config_fuzz.dict"), "w") as f:
        f.write("# generated by tests/fuzz/gen_seeds.py\n")
        for w in sorted(words):
            f.write('"%s"\n' % w)
        for tok in ("=", ";", "{", "}", "(", ")", "[", "]", ",", "\\x0a", "true", "false",
                    "0x", "L", "#", "//", "/*", "*/", ":", "\\\"", "/32", "/128", "[::1]:"):
            f.write('"%s"\n' % tok)


# ---- region_attach_fuzz: mode byte + file or patches --------------------------
def region_seeds():
    t = "region_attach_fuzz"
    put(t, "template", bytes([1]))
    put(t, "template_expect", bytes([1 | 4]))
    put(t, "truncated", bytes([1 | 2]) + le32(4096))
    put(t, "bad_magic", bytes([1]) + struct.pack("<HB", 0, 1) + b"X")
    put(t, "other_version", bytes([1]) + struct.pack("<HB", 8, 4) + le32(2))
    put(t, "other_sizes", bytes([1]) + struct.pack("<HB", 24, 4) + le32(3))
    put(t, "offset_past_end", bytes([1]) + struct.pack("<HB", 56, 8) + b"\xff" * 8)
    put(t, "ring_head", bytes([1]) + struct.pack("<HB", 0x8000 | 0x7f00, 8) + b"\x05" + b"\0" * 7)
    put(t, "raw_header", bytes([0]) + struct.pack("<QII", 0x4e4f494745524754, 1, 256) + b"\0" * 240)


def main():
    wg_seeds()
    wgdev_seeds()
    dp_seeds()
    config_seeds()
    region_seeds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
