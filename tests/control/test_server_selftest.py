#!/usr/bin/python3
"""Self-test of the test control server (plain asserts, no framework).

1. Anchors the server's Noise responder and framing to the golden/derived
   vectors of shared/vectors/control.md (V1, V1a, V1b, V1c, V3, V4), so the
   server is not validated only against our own C client.
2. Runs the server in-process on loopback and drives it end to end with a
   small Python ts2021 *initiator* written here (not the server's code):
   /key, /ts2021 upgrade, Noise, early payload, HTTP/2 over Noise,
   register (good/bad auth key, logout), streaming map with deltas pushed
   through the admin unix socket, lite map update.

Run: /usr/bin/python3 tests/control/test_server_selftest.py
Prints "N passed, N failed"; exit status 1 on any failure.
"""
import base64
import hashlib
import hmac
import json
import os
import socket
import struct
import sys
import tempfile
import traceback

import h2.config
import h2.connection
import h2.events
import zstandard
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey, X25519PublicKey)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives import serialization

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ts_noise_py as tn  # noqa: E402
import server  # noqa: E402

X = bytes.fromhex
MACHINE_PRIV = X("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20")
MACHINE_PUB = X("07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c")
CLIENT_E = X("2122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f40")
CTRL_PRIV = X("4142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f60")
CTRL_PUB = X("64b101b1d0be5a8704bd078f9895001fc03e8e9f9522f188dd128d9846d48466")
CTRL_E = X("6162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80")
CHAL_PRIV = X("8182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0")
K1 = X("9d8a0c9bfad81a7ac34484c53c3b9e730edd3c0249faac7826a8cf9f4b9713b1")
K2 = X("5c591b6bc88039fb598c45334d246af59501be8061e51f3950afafc7d1fb28cb")
V1_INIT = X("00910100605869aff450549732cbaaed5e5df9b30a6da31cb0e5742bad5ad4a1"
            "a768f1a67b822e8514e6389169bdfd10afecae5bded9cda3f0157ac1d03cd362"
            "0b3bb73a8622af140d231efc6396f1c80598dc7289c50e831342d4c8605e6d5b"
            "ccc41fba65")
V1_B64 = ("AJEBAGBYaa/0UFSXMsuq7V5d+bMKbaMcsOV0K61a1KGnaPGme4IuhRTmOJFpvf0Qr+yuW97Z"
          "zaPwFXrB0DzTYgs7tzqGIq8UDSMe/GOW8cgFmNxyicUOgxNC1MhgXm1bzMQfumU=")
V1_RESP = X("020030244fe3b963e899dd295baffce248d3530f3a9a7479ba063002680ebfe7"
            "adad497cc147989eb24756280c2216d1f9d8e5")
V1_HASH = X("321714d20086399690b1ca68b173c01de3145831416fd3a049c6db8a2eb99214")
V1C_INIT = X("00010100605869aff450549732cbaaed5e5df9b30a6da31cb0e5742bad5ad4a1a768f1a67b"
             "822e8514e6389169bdfd10afecae5bded9cda3f0157ac1d03cd3620b3bb73a86d0cc7f0758"
             "b856140e968c9284c79772cdf31df73142d4ad1f10a3015151316d")
V1C_RESP = X("020030244fe3b963e899dd295baffce248d3530f3a9a7479ba063002680ebfe7adad49"
             "2915ad148f45a58841627335b3d1206e")
V1C_HASH = X("9c2139fd3436ca978582b9fb840e91c9259af3cd0b68a57c2e35e651b39ef7a6")
V1C_REC = X("04001507243be7982fab9bbb554647607dd6488c8e819717")
V1A = [("505249202a20485454502f322e300d0a0d0a534d0d0a0d0a",
        "0400283f131eabdda88e1f08a0231aacebb3b3f3a0a497e0f43ef57b6ab292671c69f57799e1479733b23c"),
       ("68656c6c6f", "040015303e51d30d9bf270255ab7459bccd972fa86c024ae"),
       ("", "040010ac83d1d5c6025eaa3b9d9d5ed6427912")]
V1B = ("04001566cb70ea6682d04abea474286294f7f3defb296f64"
       "040014b550c24314544cb727b3b24b0c863376f75c2c08"
       "04006f6c9b95b0f12a727e757d8e7dab9f987ec38d851a62b3706dea00b3b3bad48f4a083e141c"
       "7b67e0b30d9e7b28e99eeaaf99c22e5ce61a0338f998ef64b41b4e244b4febf7fb7adde6d7de1c"
       "f46dd49a4308f18fe653b7d44f31cc31e25ceacc047953ef896bb81a34ef83b60c3b51ea")
V1B_JSON = (b'{"nodeKeyChallenge":"chalpub:883186b800b41d5cf0429695da9b3cc4f328ebcd'
            b'184a6e482fa578c103f06c77"}')
KA_NOCHECK = X("1b00000028b52ffd20129100007b224b656570416c697665223a747275657d")
KA_CHECK = X("1f00000028b52ffd24129100007b224b656570416c697665223a747275657d0e260c10")
KA_RAW = X("120000007b224b656570416c697665223a747275657d")

RESULTS = {"passed": 0, "failed": 0}
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


# --- vector anchors -----------------------------------------------------------
@test
def v1_responder():
    assert base64.b64decode(V1_B64, validate=True) == V1_INIT
    hs = tn.respond(V1_INIT, CTRL_PRIV, CTRL_E)
    assert hs.response == V1_RESP, hs.response.hex()
    assert hs.version == 145
    assert hs.client_pub == MACHINE_PUB
    assert hs.handshake_hash == V1_HASH
    assert hs.rx_key == K1 and hs.tx_key == K2
    assert tn.x25519_public(CTRL_PRIV) == CTRL_PUB
    assert tn.prologue(145) == b"Tailscale Control Protocol v145"


@test
def v1c_version1():
    hs = tn.respond(V1C_INIT, CTRL_PRIV, CTRL_E)
    assert hs.version == 1 and hs.response == V1C_RESP
    assert hs.handshake_hash == V1C_HASH
    assert hs.rx_key == K1 and hs.tx_key == K2
    assert tn.RecordReader(tn.Cipher(hs.rx_key)).feed(V1C_REC) == b"hello"


@test
def v1_tampering():
    for i in range(101):
        bad = bytearray(V1_INIT)
        bad[i] = (bad[i] + 1) & 0xff
        try:
            tn.respond(bytes(bad), CTRL_PRIV, CTRL_E)
        except tn.HandshakeError as e:
            if i == 2:
                assert "type" in str(e)
            if i in (3, 4):
                assert "length" in str(e)
            continue
        raise AssertionError("tampered byte %d accepted" % i)
    for n in (100, 102):
        try:
            tn.respond(V1_INIT[:n] + b"\0" * max(0, n - 101), CTRL_PRIV, CTRL_E)
            raise AssertionError("size %d accepted" % n)
        except tn.HandshakeError as e:
            assert "size" in str(e)


@test
def v1a_client_records():
    r = tn.RecordReader(tn.Cipher(K1))
    stream = b"".join(X(rec) for _, rec in V1A)
    # byte-at-a-time like TestDataTrickle
    got = b"".join(r.feed(stream[i:i + 1]) for i in range(len(stream)))
    assert got == b"".join(X(pt) for pt, _ in V1A)
    assert r.cipher.n == 3
    tx = tn.Cipher(K1)
    for pt, rec in V1A:
        assert tn.seal_record(tx, X(pt)) == X(rec)


@test
def v1b_early_payload():
    c = tn.Cipher(K2)
    recs = tn.early_payload_records(c, tn.x25519_public(CHAL_PRIV))
    assert recs == X(V1B), recs.hex()
    assert tn.RecordReader(tn.Cipher(K2)).feed(recs) == \
        b"\xff\xff\xffTS" + struct.pack(">I", len(V1B_JSON)) + V1B_JSON


@test
def v1b_little_endian_rejected():
    # Client->server record 2 sealed with the spec (LE) nonce must fail.
    le = ChaCha20Poly1305(K1).encrypt(b"\0" * 4 + struct.pack("<Q", 1), b"hello", None)
    r = tn.RecordReader(tn.Cipher(K1))
    r.feed(X(V1A[0][1]))
    try:
        r.feed(b"\x04" + struct.pack(">H", len(le)) + le)
        raise AssertionError("LE nonce accepted")
    except tn.RecordError:
        pass
    # and the known LE server record from V1b at n=1
    c = tn.Cipher(K2)
    c.n = 1
    try:
        c.open(X("0400145e30937c657443f54233f23edf23e305fa86414d")[3:])
        raise AssertionError("V1b LE record accepted")
    except tn.RecordError:
        pass


@test
def frame_limits():
    r = tn.RecordReader(tn.Cipher(K1))
    try:
        r.feed(b"\x04\x0f\xfe")   # 3 + 4094 > 4096
        raise AssertionError("oversize frame accepted")
    except tn.RecordError as e:
        assert "4096" in str(e)
    data = b"abcde" * 3072
    tx, rx = tn.Cipher(K1), tn.RecordReader(tn.Cipher(K1))
    wire = tn.seal_records(tx, data)
    assert tx.n == 4 and rx.feed(wire) == data      # TestBigData
    data = b"fghij" * 6144
    tx = tn.Cipher(K2)
    tn.seal_records(tx, data)
    assert tx.n == 8


@test
def v3_key_text():
    priv = "privkey:40ab1b58e9076c7a4d9d07291f5edf9d1aa017eb949624ba683317f48a640369"
    pub = "50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765"
    raw = tn.parse_key("privkey", priv)
    assert tn.x25519_public(raw).hex() == pub
    for kind in ("nodekey", "mkey", "discokey"):
        t = "%s:%s" % (kind, pub)
        assert tn.key_text(kind, tn.parse_key(kind, t)) == t
    assert tn.parse_key("nodekey", "nodekey:" + pub.upper()).hex() == pub
    for bad in ("", "nodekey:", "mkey:" + pub, "nodekey:" + pub + "0", "nodekey:" + pub[:-1] + "g"):
        try:
            tn.parse_key("nodekey", bad)
            raise AssertionError("accepted %r" % bad)
        except ValueError:
            pass
    assert server.normalize_node_key(base64.b64encode(bytes.fromhex(pub)).decode()) == "nodekey:" + pub


@test
def v4_map_framing():
    assert tn.frame_map_message(b'{"KeepAlive":true}', False) == KA_RAW
    for v in (KA_NOCHECK, KA_CHECK):
        n = struct.unpack("<I", v[:4])[0]
        assert n == len(v) - 4
        assert zstandard.ZstdDecompressor().decompress(v[4:]) == b'{"KeepAlive":true}'
    f = tn.frame_map_message(b'{"KeepAlive":true}', True)
    n = struct.unpack("<I", f[:4])[0]
    assert n == len(f) - 4
    params = zstandard.get_frame_parameters(f[4:])
    assert params.has_checksum and params.content_size == 18
    assert zstandard.ZstdDecompressor().decompress(f[4:]) == b'{"KeepAlive":true}'


# --- end to end with an independent initiator ---------------------------------------
def _b2s(d):
    return hashlib.blake2s(d).digest()


def _hk(ck, ikm):
    t = hmac.new(ck, ikm, hashlib.blake2s).digest()
    a = hmac.new(t, b"\1", hashlib.blake2s).digest()
    return a, hmac.new(t, a + b"\2", hashlib.blake2s).digest()


def _pub(priv):
    return X25519PrivateKey.from_private_bytes(priv).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _dh(priv, pub):
    return X25519PrivateKey.from_private_bytes(priv).exchange(X25519PublicKey.from_public_bytes(pub))


class Initiator:
    """Client side of the ts2021 handshake, written from the notes."""

    def __init__(self, version, mpriv, ctrl_pub, epriv):
        self.mpriv, self.epriv, self.ctrl = mpriv, epriv, ctrl_pub
        h = _b2s(b"Noise_IK_25519_ChaChaPoly_BLAKE2s")
        ck = h
        h = _b2s(h + b"Tailscale Control Protocol v%d" % version)
        h = _b2s(h + ctrl_pub)
        e = _pub(epriv)
        h = _b2s(h + e)
        ck, k = _hk(ck, _dh(epriv, ctrl_pub))
        es = ChaCha20Poly1305(k).encrypt(bytes(12), _pub(mpriv), h)
        h = _b2s(h + es)
        ck, k = _hk(ck, _dh(mpriv, ctrl_pub))
        tag = ChaCha20Poly1305(k).encrypt(bytes(12), b"", h)
        h = _b2s(h + tag)
        self.h, self.ck = h, ck
        self.msg = struct.pack(">HBH", version, 1, 96) + e + es + tag

    def finish(self, resp):
        assert resp[0] == 2 and resp[1:3] == b"\x00\x30", resp[:3].hex()
        re_ = resp[3:35]
        h = _b2s(self.h + re_)
        ck, _ = _hk(self.ck, _dh(self.epriv, re_))
        ck, k = _hk(ck, _dh(self.mpriv, re_))
        ChaCha20Poly1305(k).decrypt(bytes(12), resp[35:51], h)
        self.hash = _b2s(h + resp[35:51])
        return _hk(ck, b"")


class Refused(Exception):
    """The server sent a type-3 error frame instead of a response."""


class Client:
    """ts2021 + HTTP/2 client over a blocking socket."""

    def __init__(self, addr, mpriv, ctrl_pub, version=145):
        self.addr = addr
        ini = Initiator(version, mpriv, ctrl_pub, os.urandom(32))
        self.sock = connect(addr)
        self.sock.sendall(("POST /ts2021 HTTP/1.1\r\nHost: control.test\r\n"
                           "Upgrade: tailscale-control-protocol\r\nConnection: upgrade\r\n"
                           "X-Tailscale-Handshake: %s\r\nContent-Length: 0\r\n\r\n"
                           % base64.b64encode(ini.msg).decode()).encode())
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = self.sock.recv(4096)
            assert chunk, "EOF before 101"
            buf += chunk
        head, self.raw = buf.split(b"\r\n\r\n", 1)
        assert head.startswith(b"HTTP/1.1 101"), head
        assert b"Upgrade: tailscale-control-protocol" in head
        hdr = self.read_exact(3)
        if hdr[0] == 3:
            text = self.read_exact(struct.unpack(">H", hdr[1:3])[0])
            raise Refused(text.decode())
        k1, k2 = ini.finish(hdr + self.read_exact(48))
        self.tx = tn.Cipher(k1)
        self.rx = tn.RecordReader(tn.Cipher(k2))
        self.plain = b""
        early = self.read_plain(9)
        assert early[:5] == b"\xff\xff\xffTS", early.hex()
        n = struct.unpack(">I", early[5:9])[0]
        self.early = json.loads(self.read_plain(n))
        self.h2 = h2.connection.H2Connection(h2.config.H2Configuration(
            client_side=True, header_encoding="utf-8"))
        self.h2.initiate_connection()
        self.flush()
        self.streams = {}

    def read_exact(self, n):
        while len(self.raw) < n:
            chunk = self.sock.recv(65536)
            assert chunk, "EOF"
            self.raw += chunk
        out, self.raw = self.raw[:n], self.raw[n:]
        return out

    def read_plain(self, n):
        while len(self.plain) < n:
            if self.raw:
                data, self.raw = self.raw, b""
            else:
                data = self.sock.recv(65536)
                assert data, "EOF"
            self.plain += self.rx.feed(data)
        out, self.plain = self.plain[:n], self.plain[n:]
        return out

    def flush(self):
        d = self.h2.data_to_send()
        if d:
            self.sock.sendall(tn.seal_records(self.tx, d))

    def pump(self):
        if self.plain:
            data, self.plain = self.plain, b""
        else:
            raw = self.raw or self.sock.recv(65536)
            self.raw = b""
            assert raw, "EOF"
            data = self.rx.feed(raw)
        for ev in self.h2.receive_data(data):
            st = self.streams.setdefault(getattr(ev, "stream_id", 0),
                                         {"status": None, "body": b"", "ended": False})
            if isinstance(ev, h2.events.ResponseReceived):
                st["status"] = int(dict(ev.headers)[":status"])
            elif isinstance(ev, h2.events.DataReceived):
                st["body"] += ev.data
                self.h2.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
            elif isinstance(ev, h2.events.StreamEnded):
                st["ended"] = True
        self.flush()

    def post(self, path, obj, wait_end=True):
        sid = self.h2.get_next_available_stream_id()
        body = json.dumps(obj).encode()
        self.h2.send_headers(sid, [(":method", "POST"), (":path", path), (":scheme", "https"),
                                   (":authority", "control.test"),
                                   ("content-type", "application/json")])
        self.h2.send_data(sid, body, end_stream=True)
        self.flush()
        self.streams[sid] = {"status": None, "body": b"", "ended": False}
        while wait_end and not self.streams[sid]["ended"]:
            self.pump()
        return sid

    def map_messages(self, sid, count):
        """Read until count complete map messages are in the stream body."""
        while True:
            msgs, body = [], self.streams[sid]["body"]
            off = 0
            while off + 4 <= len(body):
                n = struct.unpack("<I", body[off:off + 4])[0]
                if off + 4 + n > len(body):
                    break
                msgs.append(json.loads(zstandard.ZstdDecompressor().decompress(body[off + 4:off + 4 + n])))
                off += 4 + n
            if len(msgs) >= count:
                return msgs
            self.pump()

    def close(self):
        self.sock.close()


def connect(addr):
    """The self-test talks to the server over a unix socket (no IP)."""
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(10)
    s.connect(addr)
    return s


def http_get(addr, path):
    s = connect(addr)
    s.sendall(("GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path).encode())
    data = b""
    while True:
        c = s.recv(4096)
        if not c:
            break
        data += c
    s.close()
    head, body = data.split(b"\r\n\r\n", 1)
    return int(head.split()[1]), body


def admin(path, req):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(10)
    s.connect(path)
    s.sendall(json.dumps(req).encode() + b"\n")
    buf = b""
    while not buf.endswith(b"\n"):
        c = s.recv(65536)
        assert c
        buf += c
    s.close()
    return json.loads(buf)


PEER_KEY = base64.b64encode(X("50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765")).decode()
NODE_KEY = "nodekey:ad438bfae31f6c093d61d4339255ea798092c9fadd07b97827f4b0ae9dee7c1c"
DISCO = "discokey:3a553d74792d727efa9b9a4cde3da1ad93f1a2d0c09cb639b1a3c0fda14cbe24"
HOSTINFO = {"IPNVersion": "1.98.0-cclient", "BackendLogID": "0123456789abcdef", "OS": "linux",
            "Hostname": "exit1", "RoutableIPs": ["0.0.0.0/0", "::/0"],
            "NetInfo": {"PreferredDERP": 900}}


def register_req(auth=None, expiry="0001-01-01T00:00:00Z", node_key=NODE_KEY, old=None):
    r = {"Version": 145, "NodeKey": node_key, "OldNodeKey": old or "nodekey:" + "0" * 64,
         "NLKey": "nlpub:" + "0" * 64, "Expiry": expiry, "Followup": "",
         "Hostinfo": HOSTINFO, "NodeKeySignature": None}
    if auth:
        r["Auth"] = {"AuthKey": auth}
    return r


@test
def end_to_end():
    tmp = tempfile.mkdtemp(prefix="tgts-")
    sock_path = os.path.join(tmp, "admin.sock")
    cfg = {"control_private_key": "privkey:" + CTRL_PRIV.hex(),
           "challenge_private_key": "privkey:" + CHAL_PRIV.hex(),
           "auth_keys": ["tskey-auth-TEST"], "min_version": 100,
           "peers": [{"ID": 2, "Key": PEER_KEY, "Addresses": ["100.64.0.2/32"],
                      "AllowedIPs": ["100.64.0.2/32"], "Endpoints": ["198.51.100.9:41641"],
                      "DiscoKey": "discokey:" + "11" * 32}]}
    port = os.path.join(tmp, "http.sock")
    control, http, adm = server.start(cfg, "unix:" + port, sock_path)
    try:
        # /key
        st, body = http_get(port, "/key?v=145")
        assert st == 200
        assert body == (b'{"legacyPublicKey":"mkey:' + b"0" * 64 +
                        b'","publicKey":"mkey:' + CTRL_PUB.hex().encode() + b'"}\n'), body
        assert http_get(port, "/key")[0] == 400
        # upgrade errors
        s = connect(port)
        s.sendall(b"POST /ts2021 HTTP/1.1\r\nUpgrade: websocketx\r\nX-Tailscale-Handshake: AA==\r\n\r\n")
        assert s.recv(100).startswith(b"HTTP/1.1 400")
        s.close()
        # version below min_version: 101 then EOF
        try:
            Client(port, MACHINE_PRIV, version=99, ctrl_pub=CTRL_PUB)
            raise AssertionError("old version accepted")
        except AssertionError as e:
            assert "EOF" in str(e), e
        # wrong control key -> error frame type 3
        try:
            Client(port, MACHINE_PRIV, ctrl_pub=_pub(os.urandom(32)))
            raise AssertionError("wrong key accepted")
        except AssertionError as e:
            assert "EOF" in str(e), e     # Go closes without an error frame
        # a framing error gets a type-3 error frame
        s = connect(port)
        s.sendall(b"POST /ts2021 HTTP/1.1\r\nUpgrade: tailscale-control-protocol\r\n"
                  b"X-Tailscale-Handshake: " + base64.b64encode(V1_INIT[:100]) + b"\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        s.close()
        frame = data.split(b"\r\n\r\n", 1)[1]
        assert frame == b"\x03\x00\x1fwrong handshake initiation size", frame

        c = Client(port, MACHINE_PRIV, ctrl_pub=CTRL_PUB)
        assert c.early == {"nodeKeyChallenge": "chalpub:883186b800b41d5cf0429695da9b3cc4f328ebcd184a6e482fa578c103f06c77"}
        # map before register -> 403
        sid = c.post("/machine/map", {"Version": 145, "NodeKey": NODE_KEY, "Stream": True, "Compress": "zstd"})
        assert c.streams[sid]["status"] == 403
        # bad auth key
        sid = c.post("/machine/register", register_req("tskey-auth-WRONG"))
        r = json.loads(c.streams[sid]["body"])
        assert r["Error"] == "invalid auth key" and not r["MachineAuthorized"]
        # no auth key, unknown node -> AuthURL
        sid = c.post("/machine/register", register_req())
        r = json.loads(c.streams[sid]["body"])
        assert r["AuthURL"] and not r["MachineAuthorized"]
        # good auth key
        sid = c.post("/machine/register", register_req("tskey-auth-TEST"))
        assert c.streams[sid]["status"] == 200
        r = json.loads(c.streams[sid]["body"])
        assert r["MachineAuthorized"] is True and r["Error"] == "" and not r["NodeKeyExpired"]
        # lite update: endpoints + disco recorded, empty body
        sid = c.post("/machine/map", {"Version": 145, "NodeKey": NODE_KEY, "DiscoKey": DISCO,
                                      "Stream": False, "OmitPeers": True, "Compress": "zstd",
                                      "Hostinfo": HOSTINFO, "Endpoints": ["203.0.113.7:41641"],
                                      "EndpointTypes": [2]})
        assert c.streams[sid]["status"] == 200 and c.streams[sid]["body"] == b""
        node = admin(sock_path, {"op": "state"})["nodes"][0]
        assert node["endpoints"] == ["203.0.113.7:41641"] and node["disco"] == DISCO
        assert node["machine"] == "mkey:" + MACHINE_PUB.hex()
        # streaming map
        sid = c.post("/machine/map", {"Version": 145, "NodeKey": NODE_KEY, "DiscoKey": DISCO,
                                      "Stream": True, "KeepAlive": True, "Compress": "zstd",
                                      "Hostinfo": HOSTINFO}, wait_end=False)
        first = c.map_messages(sid, 1)[0]
        assert c.streams[sid]["status"] == 200
        assert first["Node"]["Key"] == NODE_KEY and first["Node"]["MachineAuthorized"]
        assert "0.0.0.0/0" in first["Node"]["AllowedIPs"]
        assert [p["ID"] for p in first["Peers"]] == [2]
        assert first["Peers"][0]["Key"] == "nodekey:50d20b455ecf12bc453f83c2cfdb2a24925d06cf2598dcaa54e91af82ce9f765"
        assert first["DERPMap"]["Regions"]
        assert admin(sock_path, {"op": "wait_streams", "n": 1})["ok"]
        # deltas
        assert admin(sock_path, {"op": "add_peer", "peer": {
            "ID": 3, "Key": "nodekey:" + "33" * 32, "Addresses": ["100.64.0.3/32"]}})["sent"] == 1
        assert admin(sock_path, {"op": "remove_peer", "id": 2})["sent"] == 1
        assert admin(sock_path, {"op": "set_filter", "filter": []})["sent"] == 1
        assert admin(sock_path, {"op": "keepalive"})["sent"] == 1
        big = {"Domain": "x" * 200000}      # > h2 initial window: flow control
        assert admin(sock_path, {"op": "send", "msg": big})["sent"] == 1
        msgs = c.map_messages(sid, 6)
        assert msgs[1]["PeersChanged"][0]["ID"] == 3
        assert msgs[2] == {"PeersRemoved": [2]}
        assert msgs[3] == {"PacketFilter": []}
        assert msgs[4] == {"KeepAlive": True}
        assert msgs[5] == big
        assert not admin(sock_path, {"op": "remove_peer", "id": 99})["ok"]
        # node key expiry -> NodeKeyExpired; rotation with OldNodeKey fixes it
        assert admin(sock_path, {"op": "expire_node", "node_key": NODE_KEY})["ok"]
        r = json.loads(c.streams[c.post("/machine/register", register_req())]["body"])
        assert r["NodeKeyExpired"] is True
        new_key = "nodekey:" + "44" * 32
        r = json.loads(c.streams[c.post("/machine/register",
                                        register_req(node_key=new_key, old=NODE_KEY))]["body"])
        assert r["MachineAuthorized"] and not r["NodeKeyExpired"], r
        # logout (past expiry wins even with Auth) closes the stream
        r = json.loads(c.streams[c.post("/machine/register",
                                        register_req("tskey-auth-TEST", "1970-01-01T00:02:03Z",
                                                     node_key=new_key))]["body"])
        assert r["NodeKeyExpired"] is True and r["MachineAuthorized"] is False
        while not c.streams[sid]["ended"]:
            c.pump()
        st = admin(sock_path, {"op": "state"})
        assert st["streams"] == 0 and st["nodes"][0]["logged_out"]
        sid = c.post("/machine/map", {"Version": 145, "NodeKey": new_key, "Stream": True})
        assert c.streams[sid]["status"] == 403
        c.close()
    finally:
        http.shutdown()
        http.server_close()
        adm.shutdown()
        adm.server_close()
        os.unlink(sock_path)
        os.unlink(port)
        os.rmdir(tmp)


@test
def cli_process():
    """The server as the netns tests will run it: a process with a config
    file, a port file and an admin socket."""
    import subprocess
    tmp = tempfile.mkdtemp(prefix="tgts-")
    cfgp, httpp, sockp = (os.path.join(tmp, n) for n in ("cfg.json", "http.sock", "admin.sock"))
    with open(cfgp, "w") as f:
        json.dump({"control_private_key": "privkey:" + CTRL_PRIV.hex(),
                   "peers": [{"ID": 7, "Key": PEER_KEY}]}, f)
    p = subprocess.Popen([sys.executable, os.path.join(HERE, "server.py"), "--config", cfgp,
                          "--listen", "unix:" + httpp, "--admin", sockp],
                         stderr=subprocess.PIPE, text=True)
    try:
        line = p.stderr.readline()       # blocks until the server is up
        assert "listening on" in line, line
        st, body = http_get(httpp, "/key?v=145")
        assert st == 200 and json.loads(body)["publicKey"] == "mkey:" + CTRL_PUB.hex()
        state = admin(sockp, {"op": "state"})
        assert state["ok"] and state["peers"] == [7] and state["streams"] == 0
        assert admin(sockp, {"op": "nonsense"})["ok"] is False
    finally:
        p.terminate()
        p.wait(10)
        p.stderr.close()
        for n in (cfgp, httpp, sockp):
            if os.path.exists(n):
                os.unlink(n)
        os.rmdir(tmp)


def main():
    for fn in TESTS:
        try:
            fn()
            RESULTS["passed"] += 1
            print("ok   %s" % fn.__name__)
        except Exception:
            RESULTS["failed"] += 1
            print("FAIL %s" % fn.__name__)
            traceback.print_exc()
    print("%d passed, %d failed" % (RESULTS["passed"], RESULTS["failed"]))
    return 1 if RESULTS["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
