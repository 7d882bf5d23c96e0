#!/usr/bin/python3
"""UDP through the tunnel: send COUNT datagrams of random sizes and content to
ADDR:PORT (the lab's echo responder), check every echo byte for byte.
Prints 'ok N/N' and exits 0 when at least MIN_PCT percent came back intact and
none came back corrupted. Usage: udp_check.py ADDR PORT COUNT [MIN_PCT]"""
import hashlib
import os
import random
import socket
import sys
import time

addr, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
min_pct = float(sys.argv[4]) if len(sys.argv) > 4 else 100.0
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.2)
sent = {}
good = bad = 0
t_end = time.monotonic() + 10  # bounded, whatever happens
for seq in range(count):
    if time.monotonic() > t_end:
        break
    body = os.urandom(random.randint(16, 1300))
    pkt = seq.to_bytes(4, "big") + hashlib.sha256(body).digest() + body
    sent[seq] = pkt
    s.sendto(pkt, (addr, port))
    # keep at most a window in flight so nothing is lost to queueing
    try:
        while True:
            data, _ = s.recvfrom(65535)
            n = int.from_bytes(data[:4], "big")
            if sent.pop(n, None) == data and hashlib.sha256(data[36:]).digest() == data[4:36]:
                good += 1
            else:
                bad += 1
            if len(sent) < 16:
                break
    except socket.timeout:
        pass
deadline = time.monotonic() + 2
while sent and time.monotonic() < deadline:
    try:
        data, _ = s.recvfrom(65535)
    except socket.timeout:
        continue
    n = int.from_bytes(data[:4], "big")
    if sent.pop(n, None) == data:
        good += 1
    else:
        bad += 1
print(f"ok {good}/{count} bad {bad}")
sys.exit(0 if bad == 0 and good * 100 >= min_pct * count else 1)
