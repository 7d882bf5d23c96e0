#!/usr/bin/python3
"""Test control server for the Tailscale "ts2021" protocol (tests only).

Implements the SERVER side from protocol/control.md, independently of the C
client (see ts_noise_py.py for the Noise responder and framing):

  GET  /key?v=N         -> {"legacyPublicKey":"mkey:000..","publicKey":"mkey:<hex>"}
  POST /ts2021          -> Upgrade: tailscale-control-protocol, initiation in
                           X-Tailscale-Handshake (std base64), 101, then the
                           51-byte Noise response + early payload (3 records,
                           one TCP write), then HTTP/2 (prior knowledge) over
                           the Noise stream:
      POST /machine/register   RegisterRequest -> RegisterResponse
      POST /machine/map        MapRequest -> u32-LE-length-prefixed
                               (zstd|raw) MapResponse JSON messages; with
                               Stream:true full netmap first, then deltas
                               driven through the admin socket.

Plain HTTP only (TLS on 443 is for later). Listens on a TCP address (use
one inside a test network namespace) or on a unix socket.

Admin API: a unix socket speaking JSON lines; one request object per line,
one response object per line ({"ok":true,...} or {"ok":false,"error":...}):
  {"op":"state"}                               nodes, streams, counters
  {"op":"wait_streams","n":1,"timeout":5}      block until >= n map streams
  {"op":"add_peer","peer":{...}}               add/replace; PeersChanged
  {"op":"remove_peer","id":N}                  PeersRemoved [N]
  {"op":"set_filter","filter":[...]}           PacketFilter (may be [])
  {"op":"keepalive"}                           {"KeepAlive":true}
  {"op":"send","msg":{...}}                    arbitrary MapResponse delta
  {"op":"expire_node","node_key":"nodekey:.."} next register -> NodeKeyExpired
  {"op":"close_streams"}                       end every map stream

Config (JSON file passed with --config), every field optional:
  control_private_key  "privkey:<hex>" (random otherwise)
  auth_keys            ["tskey-auth-..."]
  min_version          refuse Noise versions below this (closed after 101)
  early_payload        true (default) / false
  coalesce_101         false (default, Go-like) / true: 101 + response in one write
  challenge_private_key, noise_ephemeral_private_key   fixed keys for tests
  self                 {"addresses":[...], "name":"exit1", "id":1}
  approve_routes       true: advertised RoutableIPs go into self AllowedIPs
  peers                [tailcfg.Node-like objects; "Key" may be
                        "nodekey:<hex>" or a WireGuard base64 public key]
  packet_filter, derp_map, dns_config, domain, user_profiles

Usage:
  /usr/bin/python3 tests/control/server.py --config cfg.json \
      --listen 198.51.100.1:0 --port-file /tmp/x.port --admin /tmp/x.sock
  (or --listen unix:/tmp/x.http; run TCP listeners inside a test netns)
"""
import argparse
import base64
import binascii
import datetime
import json
import os
import socketserver
import sys
import threading
import time

import h2.config
import h2.connection
import h2.events
import h2.exceptions

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ts_noise_py as tn  # noqa: E402

CAPVER = 145
MAX_HEADER = 16 * 1024
MAX_BODY = 1 << 20
ZERO_NODEKEY = "nodekey:" + "0" * 64

DEFAULT_DERP_MAP = {"Regions": {"900": {
    "RegionID": 900, "RegionCode": "test", "RegionName": "Test Region",
    "Nodes": [{"Name": "900a", "RegionID": 900, "HostName": "derp.invalid",
               "IPv4": "192.0.2.1", "STUNPort": -1, "DERPPort": 0,
               "InsecureForTests": True}]}}}


def log(*a):
    print("control:", *a, file=sys.stderr, flush=True)


def now_rfc3339():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(s):
    """RFC 3339 -> aware datetime, or None for the zero time / absent."""
    if not s or s.startswith("0001-01-01"):
        return None
    s = s.replace("Z", "+00:00")
    if "." in s:  # Go may emit nanoseconds; Python takes microseconds
        head, rest = s.split(".", 1)
        frac = ""
        while rest and rest[0].isdigit():
            frac, rest = frac + rest[0], rest[1:]
        s = head + "." + (frac + "000000")[:6] + rest
    return datetime.datetime.fromisoformat(s)


def normalize_node_key(k):
    """Accept nodekey:<hex> or a 44-char WireGuard base64 key."""
    if isinstance(k, str) and k.startswith("nodekey:"):
        return tn.key_text("nodekey", tn.parse_key("nodekey", k))
    raw = base64.b64decode(k, validate=True)
    if len(raw) != 32:
        raise ValueError("peer key %r is not 32 bytes" % k)
    return tn.key_text("nodekey", raw)


class Node:
    def __init__(self, node_id, node_key, machine):
        self.id = node_id
        self.node_key = node_key
        self.machine = machine          # raw 32 bytes (Noise static)
        self.authorized = False
        self.logged_out = False
        self.expired = False
        self.disco = None
        self.hostinfo = None
        self.endpoints = []
        self.version = 0
        self.nl_key = None

    def public(self):
        return {"id": self.id, "node_key": self.node_key,
                "machine": tn.key_text("mkey", self.machine),
                "authorized": self.authorized, "logged_out": self.logged_out,
                "expired": self.expired, "disco": self.disco,
                "hostinfo": self.hostinfo, "endpoints": self.endpoints,
                "version": self.version, "nl_key": self.nl_key}


class MapStream:
    def __init__(self, session, stream_id, node, compress):
        self.session = session
        self.stream_id = stream_id
        self.node = node
        self.compress = compress
        self.closed = False


class Control:
    """All server state; one lock. Admin and connection threads share it."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.lock = threading.RLock()
        self.cond = threading.Condition(self.lock)
        k = cfg.get("control_private_key")
        self.priv = tn.parse_key("privkey", k) if k else os.urandom(32)
        self.pub = tn.x25519_public(self.priv)
        ck = cfg.get("challenge_private_key")
        self.chal_priv = tn.parse_key("privkey", ck) if ck else os.urandom(32)
        ek = cfg.get("noise_ephemeral_private_key")
        self.fixed_eph = tn.parse_key("privkey", ek) if ek else None
        self.auth_keys = set(cfg.get("auth_keys", []))
        self.min_version = int(cfg.get("min_version", 0))
        self.early = bool(cfg.get("early_payload", True))
        # Send the 101 in the same write as the Noise response (a client
        # must not lose bytes that follow the header block).
        self.coalesce_101 = bool(cfg.get("coalesce_101", False))
        self.peers = {}
        for p in cfg.get("peers", []):
            p = self._peer(p)
            self.peers[p["ID"]] = p
        self.filter = cfg.get("packet_filter", [
            {"SrcIPs": ["*"], "DstPorts": [{"IP": "*", "Ports": {"First": 0, "Last": 65535}}]}])
        self.nodes = {}            # node_key text -> Node
        self.streams = []
        self.counters = {"register": 0, "map_stream": 0, "map_lite": 0,
                         "noise_ok": 0, "noise_fail": 0, "deltas": 0}
        selfcfg = cfg.get("self", {})
        self.next_id = int(selfcfg.get("id", 1))

    # --- peers / netmap ---------------------------------------------------
    def _peer(self, p):
        p = dict(p)
        if "ID" not in p:
            raise ValueError("peer without ID: %r" % p)
        p["Key"] = normalize_node_key(p["Key"])
        if "DiscoKey" in p:
            p["DiscoKey"] = tn.key_text("discokey", tn.parse_key("discokey", p["DiscoKey"]))
        p.setdefault("StableID", "nPEER%d" % p["ID"])
        p.setdefault("Name", "peer%d.example.ts.net." % p["ID"])
        p.setdefault("User", 1)
        p.setdefault("Addresses", [])
        p.setdefault("Online", True)
        p.setdefault("Cap", CAPVER)
        return p

    def _alloc_id(self):
        used = set(self.peers) | {n.id for n in self.nodes.values()}
        while self.next_id in used:
            self.next_id += 1
        return self.next_id

    def self_node(self, node):
        sc = self.cfg.get("self", {})
        addrs = sc.get("addresses", ["100.64.0.1/32", "fd7a:115c:a1e0::1/128"])
        allowed = list(addrs)
        hi = node.hostinfo or {}
        if self.cfg.get("approve_routes", True):
            for r in hi.get("RoutableIPs") or []:
                if r not in allowed:
                    allowed.append(r)
        n = {"ID": node.id, "StableID": "nSELF%d" % node.id,
             "Name": "%s.%s." % (sc.get("name", hi.get("Hostname", "node")),
                                 self.cfg.get("domain", "example.ts.net")),
             "User": 1, "Key": node.node_key,
             "Machine": tn.key_text("mkey", node.machine),
             "Addresses": addrs, "AllowedIPs": allowed,
             "HomeDERP": (hi.get("NetInfo") or {}).get("PreferredDERP", 900) or 900,
             "MachineAuthorized": node.authorized, "Cap": node.version}
        if node.disco:
            n["DiscoKey"] = node.disco
        if node.endpoints:
            n["Endpoints"] = node.endpoints
        return n

    def full_map(self, node, omit_peers=False):
        m = {"Node": self.self_node(node),
             "DERPMap": self.cfg.get("derp_map", DEFAULT_DERP_MAP),
             "PacketFilter": self.filter,
             "DNSConfig": self.cfg.get("dns_config", {"Resolvers": [], "Domains": []}),
             "Domain": self.cfg.get("domain", "example.ts.net"),
             "UserProfiles": self.cfg.get("user_profiles", [
                 {"ID": 1, "LoginName": "test@example.com", "DisplayName": "Test"}]),
             "ControlTime": now_rfc3339()}
        if not omit_peers:
            m["Peers"] = [self.peers[i] for i in sorted(self.peers)]
        return m

    # --- map streams --------------------------------------------------------
    def add_stream(self, ms):
        with self.lock:
            # A new streaming poll for the same node replaces the old one.
            for old in [s for s in self.streams if s.node is ms.node]:
                self._close_stream(old)
            self.streams.append(ms)
            self.counters["map_stream"] += 1
            self.cond.notify_all()

    def _close_stream(self, s):
        if s in self.streams:
            self.streams.remove(s)
        if not s.closed:
            s.closed = True
            s.session.end_stream(s.stream_id)

    def drop_session(self, session):
        with self.lock:
            for s in [s for s in self.streams if s.session is session]:
                s.closed = True
                self.streams.remove(s)
            self.cond.notify_all()

    def broadcast(self, msg):
        with self.lock:
            self.counters["deltas"] += 1
            for s in list(self.streams):
                body = json.dumps(msg, separators=(",", ":")).encode()
                s.session.send_body(s.stream_id, tn.frame_map_message(body, s.compress))
            return len(self.streams)

    # --- register ------------------------------------------------------------
    def register(self, machine, req):
        with self.lock:
            self.counters["register"] += 1
            nk = tn.key_text("nodekey", tn.parse_key("nodekey", req.get("NodeKey")))
            old = req.get("OldNodeKey") or ZERO_NODEKEY
            old = tn.key_text("nodekey", tn.parse_key("nodekey", old))
            resp = {"User": {"ID": 1, "DisplayName": "test"},
                    "Login": {"ID": 1, "Provider": "", "LoginName": "test@example.com",
                              "DisplayName": "test"},
                    "NodeKeyExpired": False, "MachineAuthorized": False,
                    "AuthURL": "", "NodeKeySignature": None, "Error": ""}
            node = self.nodes.get(nk)
            if node and node.machine != machine:
                resp["Error"] = "node key registered to a different machine"
                return resp
            expiry = parse_time(req.get("Expiry"))
            if expiry and expiry < datetime.datetime.now(datetime.timezone.utc):
                # Logout: any past expiry wins, even with Auth present.
                if node:
                    node.logged_out, node.authorized = True, False
                    for s in [s for s in self.streams if s.node is node]:
                        self._close_stream(s)
                resp["NodeKeyExpired"] = True
                return resp
            if node and node.expired and not node.logged_out:
                resp["NodeKeyExpired"] = True
                return resp
            if not node and old != ZERO_NODEKEY and old in self.nodes \
                    and self.nodes[old].machine == machine:
                node = self.nodes.pop(old)       # key rotation keeps the ID
                node.node_key, node.expired = nk, False
                self.nodes[nk] = node
            auth = (req.get("Auth") or {}).get("AuthKey", "")
            if auth:
                if auth not in self.auth_keys:
                    resp["Error"] = "invalid auth key"
                    return resp
                if not node:
                    node = Node(self._alloc_id(), nk, machine)
                    self.nodes[nk] = node
                node.authorized, node.logged_out = True, False
            elif not node or node.logged_out:
                resp["AuthURL"] = "http://control.test/register/needs-auth-key"
                return resp
            node.version = int(req.get("Version", 0))
            node.hostinfo = req.get("Hostinfo") or node.hostinfo
            node.nl_key = req.get("NLKey")
            resp["MachineAuthorized"] = node.authorized
            return resp

    def node_for_map(self, machine, req):
        nk = tn.key_text("nodekey", tn.parse_key("nodekey", req.get("NodeKey")))
        node = self.nodes.get(nk)
        if not node or node.logged_out:
            return None, "node not registered"
        if node.machine != machine:
            return None, "node doesn't match machine key"
        if not node.authorized:
            return None, "node not authorized"
        return node, None

    def lite_update(self, node, req):
        with self.lock:
            self.counters["map_lite"] += 1
            if req.get("DiscoKey"):
                node.disco = tn.key_text("discokey", tn.parse_key("discokey", req["DiscoKey"]))
            if req.get("Hostinfo"):
                node.hostinfo = req["Hostinfo"]
            if req.get("Endpoints") is not None:
                node.endpoints = req["Endpoints"]


# --- HTTP/2 over Noise ------------------------------------------------------
class NoiseStream:
    def __init__(self, sock, hs):
        self.sock = sock
        self.tx = tn.Cipher(hs.tx_key)
        self.reader = tn.RecordReader(tn.Cipher(hs.rx_key))

    def send(self, data):
        if data:
            self.sock.sendall(tn.seal_records(self.tx, data))

    def recv(self):
        while True:
            raw = self.sock.recv(65536)
            if not raw:
                return b""
            pt = self.reader.feed(raw)
            if pt:
                return pt


class H2Session:
    """One HTTP/2 server connection over a Noise stream. The reading thread
    handles requests; admin threads push map messages via send_body."""

    def __init__(self, control, noise, machine):
        self.control = control
        self.noise = noise
        self.machine = machine
        self.lock = threading.RLock()
        self.conn = h2.connection.H2Connection(
            h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
        self.reqs = {}
        self.pending = {}
        self.ended = set()

    def flush(self):
        data = self.conn.data_to_send()
        if data:
            self.noise.send(data)

    def send_body(self, sid, data, end=False):
        with self.lock:
            buf = self.pending.setdefault(sid, bytearray())
            buf += data
            if end:
                self.ended.add(sid)
            self._pump(sid)
            self.flush()

    def end_stream(self, sid):
        try:
            self.send_body(sid, b"", end=True)
        except (OSError, tn.RecordError):
            pass

    def _pump(self, sid):
        buf = self.pending.get(sid)
        if buf is None:
            return
        try:
            while buf:
                n = min(len(buf), self.conn.local_flow_control_window(sid),
                        self.conn.max_outbound_frame_size)
                if n <= 0:
                    return
                self.conn.send_data(sid, bytes(buf[:n]))
                del buf[:n]
            if sid in self.ended:
                self.conn.end_stream(sid)
                self.ended.discard(sid)
                del self.pending[sid]
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError):
            self.pending.pop(sid, None)
            self.ended.discard(sid)

    def respond(self, sid, status, body=b"", ctype="application/json", end=True):
        with self.lock:
            self.conn.send_headers(sid, [(":status", str(status)),
                                         ("content-type", ctype)])
            self.flush()
        self.send_body(sid, body, end=end)

    def run(self, initial=b""):
        with self.lock:
            self.conn.initiate_connection()
            self.flush()
        try:
            while True:
                data, initial = (initial, b"") if initial else (self.noise.recv(), b"")
                if not data:
                    break
                with self.lock:
                    events = self.conn.receive_data(data)
                    self.flush()
                for ev in events:
                    self.event(ev)
        except (OSError, tn.RecordError, h2.exceptions.ProtocolError) as e:
            log("session ended:", e)
        finally:
            self.control.drop_session(self)

    def event(self, ev):
        if isinstance(ev, h2.events.RequestReceived):
            self.reqs[ev.stream_id] = [dict(ev.headers), bytearray()]
        elif isinstance(ev, h2.events.DataReceived):
            with self.lock:
                self.conn.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
                self.flush()
            req = self.reqs.get(ev.stream_id)
            if req is None:
                return
            req[1] += ev.data
            if len(req[1]) > MAX_BODY:
                del self.reqs[ev.stream_id]
                self.respond(ev.stream_id, 413, b"request body too large", "text/plain")
        elif isinstance(ev, h2.events.StreamEnded):
            req = self.reqs.pop(ev.stream_id, None)
            if req is not None:
                self.dispatch(ev.stream_id, req[0], bytes(req[1]))
        elif isinstance(ev, h2.events.WindowUpdated):
            with self.lock:
                for sid in list(self.pending) if ev.stream_id == 0 else [ev.stream_id]:
                    self._pump(sid)
                self.flush()
        elif isinstance(ev, h2.events.StreamReset):
            self.reqs.pop(ev.stream_id, None)
            with self.control.lock:
                for s in [s for s in self.control.streams
                          if s.session is self and s.stream_id == ev.stream_id]:
                    s.closed = True
                    self.control.streams.remove(s)
            with self.lock:
                self.pending.pop(ev.stream_id, None)

    def dispatch(self, sid, headers, body):
        method, path = headers.get(":method"), headers.get(":path")
        try:
            req = json.loads(body) if body else {}
            if not isinstance(req, dict):
                raise ValueError("request body is not a JSON object")
        except ValueError as e:
            self.respond(sid, 400, ("bad JSON: %s" % e).encode(), "text/plain")
            return
        try:
            if method == "POST" and path == "/machine/register":
                resp = self.control.register(self.machine, req)
                self.respond(sid, 200, json.dumps(resp).encode())
            elif method == "POST" and path == "/machine/map":
                self.serve_map(sid, req)
            else:
                self.respond(sid, 404, b"not found", "text/plain")
        except ValueError as e:
            self.respond(sid, 400, str(e).encode(), "text/plain")

    def serve_map(self, sid, req):
        c = self.control
        with c.lock:
            node, err = c.node_for_map(self.machine, req)
            if err:
                self.respond(sid, 403, err.encode(), "text/plain")
                return
            compress = req.get("Compress") == "zstd"
            if not req.get("Stream"):
                if req.get("OmitPeers") and not req.get("ReadOnly"):
                    c.lite_update(node, req)
                    self.respond(sid, 200, b"")
                    return
                msg = c.full_map(node, omit_peers=bool(req.get("OmitPeers")))
                body = json.dumps(msg, separators=(",", ":")).encode()
                self.respond(sid, 200, tn.frame_map_message(body, compress))
                return
            if req.get("Version", 0) < 68:
                c.lite_update(node, req)   # old clients update via the poll
            msg = c.full_map(node)
            body = json.dumps(msg, separators=(",", ":")).encode()
            self.respond(sid, 200, tn.frame_map_message(body, compress), end=False)
            c.add_stream(MapStream(self, sid, node, compress))


# --- HTTP/1.1 front end ---------------------------------------------------------
class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        sock = self.request
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = sock.recv(4096)
            if not chunk:
                return
            buf += chunk
            if len(buf) > MAX_HEADER:
                return self.reply(400, "headers too large")
        head, rest = buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        try:
            method, target, _ = lines[0].split(" ", 2)
        except ValueError:
            return self.reply(400, "bad request line")
        hdrs = {}
        for ln in lines[1:]:
            if ":" in ln:
                k, v = ln.split(":", 1)
                hdrs[k.strip().lower()] = v.strip()
        path, _, query = target.partition("?")
        if path == "/key" and method == "GET":
            return self.serve_key(query)
        if path == "/ts2021" and method in ("POST", "GET"):
            return self.serve_upgrade(hdrs, rest)
        return self.reply(404, "not found")

    def reply(self, status, text, ctype="text/plain", extra=""):
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}.get(status, "Error")
        body = text.encode()
        self.request.sendall(("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n"
                              "Connection: close\r\n%s\r\n" % (status, reason, ctype, len(body), extra)
                              ).encode() + body)

    def serve_key(self, query):
        params = dict(p.partition("=")[::2] for p in query.split("&") if p)
        v = params.get("v", "")
        if not v.isdigit():
            return self.reply(400, "missing or invalid v=%r" % v)
        pub = tn.key_text("mkey", self.server.control.pub)
        body = json.dumps({"legacyPublicKey": "mkey:" + "0" * 64, "publicKey": pub},
                          separators=(",", ":")) + "\n"
        return self.reply(200, body, "application/json")

    def serve_upgrade(self, hdrs, rest):
        control = self.server.control
        up = hdrs.get("upgrade", "")
        if not up:
            return self.reply(400, "missing next protocol")
        if up.lower() != "tailscale-control-protocol":
            return self.reply(400, "unknown next protocol %r" % up)
        b64 = hdrs.get("x-tailscale-handshake")
        if b64 is None:
            return self.reply(400, "no tailscale handshake header")
        try:
            init = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            return self.reply(400, "handshake header not valid base64")
        sock = self.request
        switching = (b"HTTP/1.1 101 Switching Protocols\r\n"
                     b"Upgrade: tailscale-control-protocol\r\nConnection: upgrade\r\n\r\n")
        if not control.coalesce_101:
            sock.sendall(switching)    # Go: flushed before the hijack
            switching = b""
        eph = control.fixed_eph or os.urandom(32)
        try:
            hs = tn.respond(init, control.priv, eph)
        except tn.HandshakeError as e:
            control.counters["noise_fail"] += 1
            log("handshake refused:", e)
            sock.sendall(switching + (tn.error_frame(str(e)) if e.to_client else b""))
            return
        if hs.version < control.min_version:
            # Headscale behaviour: drop right after the 101, nothing flushed.
            control.counters["noise_fail"] += 1
            log("refusing protocol version", hs.version)
            sock.sendall(switching)
            return
        control.counters["noise_ok"] += 1
        noise = NoiseStream(sock, hs)
        first = switching + hs.response
        if control.early and hs.version >= 49:   # EarlyNoise from capver 49
            first += tn.early_payload_records(noise.tx, tn.x25519_public(control.chal_priv))
        sock.sendall(first)          # corked: response + early payload together
        # Client bytes that arrived together with the upgrade request.
        pre = noise.reader.feed(rest) if rest else b""
        H2Session(control, noise, hs.client_pub).run(pre)


class HTTPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class UnixHTTPServer(socketserver.ThreadingUnixStreamServer):
    """Same front end on a unix socket: self-tests need no IP at all."""
    daemon_threads = True


# --- admin socket ---------------------------------------------------------------
class AdminHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            try:
                req = json.loads(line)
                resp = self.server.admin(req)
                resp.setdefault("ok", True)
            except Exception as e:  # report every failure to the test
                resp = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
            self.wfile.write(json.dumps(resp).encode() + b"\n")
            self.wfile.flush()


class AdminServer(socketserver.ThreadingUnixStreamServer):
    daemon_threads = True

    def admin(self, req):
        c = self.control
        op = req.get("op")
        if op == "state":
            with c.lock:
                return {"nodes": [n.public() for n in c.nodes.values()],
                        "streams": len(c.streams), "counters": dict(c.counters),
                        "peers": sorted(c.peers),
                        "control_public_key": tn.key_text("mkey", c.pub)}
        if op == "wait_streams":
            deadline = time.monotonic() + float(req.get("timeout", 5))
            with c.cond:
                while len(c.streams) < int(req.get("n", 1)):
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return {"ok": False, "error": "timeout", "streams": len(c.streams)}
                    c.cond.wait(left)
                return {"streams": len(c.streams)}
        if op == "add_peer":
            with c.lock:
                p = c._peer(req["peer"])
                c.peers[p["ID"]] = p
                return {"sent": c.broadcast({"PeersChanged": [p]})}
        if op == "remove_peer":
            with c.lock:
                pid = int(req["id"])
                if pid not in c.peers:
                    raise ValueError("no peer with ID %d" % pid)
                del c.peers[pid]
                return {"sent": c.broadcast({"PeersRemoved": [pid]})}
        if op == "set_filter":
            with c.lock:
                f = req["filter"]
                if not isinstance(f, list):
                    raise ValueError("filter must be a list, got %r" % f)
                c.filter = f
                return {"sent": c.broadcast({"PacketFilter": f})}
        if op == "keepalive":
            return {"sent": c.broadcast({"KeepAlive": True})}
        if op == "send":
            return {"sent": c.broadcast(req["msg"])}
        if op == "expire_node":
            with c.lock:
                nk = tn.key_text("nodekey", tn.parse_key("nodekey", req["node_key"]))
                if nk not in c.nodes:
                    raise ValueError("unknown node %s" % nk)
                c.nodes[nk].expired = True
                return {}
        if op == "close_streams":
            with c.lock:
                n = len(c.streams)
                for s in list(c.streams):
                    c._close_stream(s)
                return {"closed": n}
        raise ValueError("unknown op %r" % op)


def start(cfg, listen, admin_path=None):
    """Start both servers in daemon threads; returns (control, http, admin).
    listen is (host, port) for TCP or "unix:<path>"."""
    control = Control(cfg)
    if isinstance(listen, str) and listen.startswith("unix:"):
        path = listen[5:]
        if os.path.exists(path):
            os.unlink(path)
        http = UnixHTTPServer(path, Handler)
    else:
        http = HTTPServer(listen, Handler)
    http.control = control
    threading.Thread(target=http.serve_forever, daemon=True).start()
    admin = None
    if admin_path:
        if os.path.exists(admin_path):
            os.unlink(admin_path)
        admin = AdminServer(admin_path, AdminHandler)
        admin.control = control
        threading.Thread(target=admin.serve_forever, daemon=True).start()
    return control, http, admin


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", help="JSON config file")
    ap.add_argument("--listen", required=True,
                    help="HOST:PORT (port 0 = any) or unix:PATH")
    ap.add_argument("--port-file", help="write the bound TCP port here")
    ap.add_argument("--admin", help="unix socket path for the admin API")
    a = ap.parse_args()
    cfg = {}
    if a.config:
        with open(a.config) as f:
            cfg = json.load(f)
    if a.listen.startswith("unix:"):
        listen = a.listen
    else:
        host, _, port = a.listen.rpartition(":")
        listen = (host.strip("[]"), int(port))
    control, http, admin = start(cfg, listen, a.admin)
    bound = 0 if isinstance(listen, str) else http.server_address[1]
    where = listen if isinstance(listen, str) else "%s:%d" % (listen[0], bound)
    log("listening on %s, control key %s" % (where, tn.key_text("mkey", control.pub)))
    if a.port_file and bound:
        tmp = a.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % bound)
        os.rename(tmp, a.port_file)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
