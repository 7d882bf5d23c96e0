"""Server-side ts2021 primitives for the Python test control server.

Written from protocol/control.md (sections 1.3-1.5, 4.2, 4.5) independently
of the C client in common/ts_*.c: nothing here is generated from or shares
code with it. Crypto comes from `cryptography` (X25519, ChaCha20-Poly1305)
and hashlib/hmac (BLAKE2s, HMAC-BLAKE2s).

Contents: the Noise IK *responder* for the 101-byte ts2021 initiation, the
record layer (3-byte header, 4096-byte frame limit, BIG-endian transport
nonce), the early-payload writer, key text forms, and map-message framing
(u32 little-endian length + zstd frame or raw JSON).
"""
import hashlib
import hmac
import re
import struct

import zstandard
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey, X25519PublicKey)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives import serialization
from cryptography.exceptions import InvalidTag

PROTOCOL_NAME = b"Noise_IK_25519_ChaChaPoly_BLAKE2s"
PROLOGUE_PREFIX = b"Tailscale Control Protocol v"
MSG_INITIATION, MSG_RESPONSE, MSG_ERROR, MSG_RECORD = 1, 2, 3, 4
INIT_LEN, RESP_LEN = 101, 51
FRAME_MAX = 4096
RECORD_MAX_PT = FRAME_MAX - 3 - 16  # 4077
EARLY_MAGIC = b"\xff\xff\xffTS"
ZERO_NONCE = bytes(12)


class HandshakeError(Exception):
    """Handshake refused. When `to_client` is set, str(e) goes back in a
    type-3 error frame (Go's controlbase.Server does that only for the
    three framing errors; crypto failures just close the connection)."""

    def __init__(self, msg, to_client=False):
        super().__init__(msg)
        self.to_client = to_client


class RecordError(Exception):
    """Transport failure: bad frame, bad tag, exhausted nonce."""


# --- primitives -----------------------------------------------------------
def blake2s(data):
    return hashlib.blake2s(data).digest()


def hmac_blake2s(key, data):
    return hmac.new(key, data, hashlib.blake2s).digest()


def hkdf2(ck, ikm):
    temp = hmac_blake2s(ck, ikm)
    out1 = hmac_blake2s(temp, b"\x01")
    out2 = hmac_blake2s(temp, out1 + b"\x02")
    return out1, out2


def x25519_public(priv):
    return X25519PrivateKey.from_private_bytes(priv).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def x25519(priv, pub):
    try:
        return X25519PrivateKey.from_private_bytes(priv).exchange(
            X25519PublicKey.from_public_bytes(pub))
    except ValueError as e:  # all-zero shared secret
        raise HandshakeError("bad DH result") from e


def nonce_be(n):
    return b"\x00" * 4 + struct.pack(">Q", n)


def nonce_le(n):
    return b"\x00" * 4 + struct.pack("<Q", n)


def prologue(version):
    return PROLOGUE_PREFIX + str(version).encode()


# --- Noise IK responder -----------------------------------------------------
class Handshake:
    """Result of a completed responder handshake."""

    def __init__(self, response, version, client_pub, tx_key, rx_key, hash_):
        self.response = response
        self.version = version
        self.client_pub = client_pub
        self.tx_key = tx_key      # server -> client (k2)
        self.rx_key = rx_key      # client -> server (k1)
        self.handshake_hash = hash_


def respond(init, static_priv, eph_priv):
    """Process a 101-byte initiation as the control server.

    Raises HandshakeError with the Go server's wording for framing errors.
    """
    if len(init) != INIT_LEN:
        raise HandshakeError("wrong handshake initiation size", True)
    version = struct.unpack(">H", init[0:2])[0]
    if init[2] != MSG_INITIATION:
        raise HandshakeError("unexpected handshake message type", True)
    if struct.unpack(">H", init[3:5])[0] != INIT_LEN - 5:
        raise HandshakeError("wrong handshake initiation length", True)
    s_pub = x25519_public(static_priv)
    h = blake2s(PROTOCOL_NAME)
    ck = h
    h = blake2s(h + prologue(version))
    h = blake2s(h + s_pub)                       # <- s
    c_eph = init[5:37]
    h = blake2s(h + c_eph)                       # -> e
    ck, k = hkdf2(ck, x25519(static_priv, c_eph))  # es
    enc_s = init[37:85]
    try:
        client_pub = ChaCha20Poly1305(k).decrypt(ZERO_NONCE, enc_s, h)
    except InvalidTag as e:
        raise HandshakeError("decrypting machine key failed") from e
    h = blake2s(h + enc_s)                       # s
    ck, k = hkdf2(ck, x25519(static_priv, client_pub))  # ss
    tag = init[85:101]
    try:
        ChaCha20Poly1305(k).decrypt(ZERO_NONCE, tag, h)
    except InvalidTag as e:
        raise HandshakeError("decrypting payload failed") from e
    h = blake2s(h + tag)
    e_pub = x25519_public(eph_priv)
    h = blake2s(h + e_pub)                       # <- e
    ck, _ = hkdf2(ck, x25519(eph_priv, c_eph))   # ee
    ck, k = hkdf2(ck, x25519(eph_priv, client_pub))  # se
    tag2 = ChaCha20Poly1305(k).encrypt(ZERO_NONCE, b"", h)
    h = blake2s(h + tag2)
    resp = bytes([MSG_RESPONSE]) + struct.pack(">H", 48) + e_pub + tag2
    k1, k2 = hkdf2(ck, b"")
    return Handshake(resp, version, client_pub, k2, k1, h)


def error_frame(text):
    body = text.encode()[:65535]
    return bytes([MSG_ERROR]) + struct.pack(">H", len(body)) + body


# --- transport ---------------------------------------------------------------
class Cipher:
    """One direction: ChaCha20-Poly1305, empty AD, BE counter nonce."""

    def __init__(self, key, little_endian=False):
        self.aead = ChaCha20Poly1305(key)
        self.n = 0
        self.nonce = nonce_le if little_endian else nonce_be
        self.dead = False

    def seal(self, pt):
        if self.n >= 2**64 - 1:
            raise RecordError("nonce exhausted")
        ct = self.aead.encrypt(self.nonce(self.n), bytes(pt), None)
        self.n += 1
        return ct

    def open(self, ct):
        if self.dead or self.n >= 2**64 - 1:
            raise RecordError("cipher dead or exhausted")
        try:
            pt = self.aead.decrypt(self.nonce(self.n), bytes(ct), None)
        except InvalidTag as e:
            self.dead = True
            raise RecordError("record authentication failed") from e
        self.n += 1
        return pt


def seal_records(cipher, data):
    """Split data into records of <= 4077 plaintext bytes."""
    out = bytearray()
    for off in range(0, len(data), RECORD_MAX_PT):
        chunk = data[off:off + RECORD_MAX_PT]
        ct = cipher.seal(chunk)
        out += bytes([MSG_RECORD]) + struct.pack(">H", len(ct)) + ct
    return bytes(out)


def seal_record(cipher, data):
    if len(data) > RECORD_MAX_PT:
        raise RecordError("record too large")
    ct = cipher.seal(data)
    return bytes([MSG_RECORD]) + struct.pack(">H", len(ct)) + ct


class RecordReader:
    """Feeds raw stream bytes, yields plaintext of each complete record."""

    def __init__(self, cipher):
        self.cipher = cipher
        self.buf = bytearray()

    def feed(self, data):
        self.buf += data
        out = bytearray()
        while len(self.buf) >= 3:
            length = struct.unpack(">H", self.buf[1:3])[0]
            if 3 + length > FRAME_MAX:
                raise RecordError("frame of %d bytes exceeds 4096" % (3 + length))
            if self.buf[0] != MSG_RECORD:
                raise RecordError("unexpected frame type %d" % self.buf[0])
            if len(self.buf) < 3 + length:
                break
            ct = bytes(self.buf[3:3 + length])
            del self.buf[:3 + length]
            out += self.cipher.open(ct)   # empty records add nothing
        return bytes(out)


def early_payload_records(cipher, challenge_pub):
    """The Go server's three writes: magic, BE length, EarlyNoise JSON."""
    js = ('{"nodeKeyChallenge":"%s"}' % key_text("chalpub", challenge_pub)).encode()
    return (seal_record(cipher, EARLY_MAGIC) +
            seal_record(cipher, struct.pack(">I", len(js))) +
            seal_record(cipher, js))


# --- key text forms ---------------------------------------------------------
KEY_PREFIXES = {
    "nodekey": ("nodekey:", 32), "discokey": ("discokey:", 32),
    "mkey": ("mkey:", 32), "nlpub": ("nlpub:", 32), "chalpub": ("chalpub:", 32),
    "privkey": ("privkey:", 32), "nlpriv": ("nlpriv:", 64),
}


def key_text(kind, raw):
    prefix, n = KEY_PREFIXES[kind]
    assert len(raw) == n
    return prefix + raw.hex()


def parse_key(kind, text):
    """Strict: exact prefix, exactly 2n hex digits. Returns raw bytes."""
    prefix, n = KEY_PREFIXES[kind]
    if not isinstance(text, str):
        raise ValueError("%s key must be a string, got %r" % (kind, text))
    if kind == "nlpub" and text.startswith("tlpub:"):
        text = "nlpub:" + text[6:]
    if not text.startswith(prefix):
        raise ValueError("bad %s key %r: missing prefix %r" % (kind, text, prefix))
    body = text[len(prefix):]
    if not re.fullmatch("[0-9a-fA-F]{%d}" % (2 * n), body):
        raise ValueError("bad %s key %r: want %d hex digits" % (kind, text, 2 * n))
    return bytes.fromhex(body)


# --- map framing --------------------------------------------------------------
def frame_map_message(json_bytes, compress):
    if compress:
        cctx = zstandard.ZstdCompressor(level=1, write_checksum=True,
                                        write_content_size=True)
        payload = cctx.compress(json_bytes)
    else:
        payload = json_bytes
    return struct.pack("<I", len(payload)) + payload
