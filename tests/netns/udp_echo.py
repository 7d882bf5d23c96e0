#!/usr/bin/python3
"""UDP echo responder for the tgl lab's internet host: every datagram is sent
back unchanged to its sender, from the address it was sent to (one socket per
local address, so NAT on the way back sees the flow it created).
Usage: udp_echo.py PORT ADDR..."""
import select
import socket
import sys

port = int(sys.argv[1])
socks = []
for addr in sys.argv[2:]:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    socks.append(s)
while True:
    ready, _, _ = select.select(socks, [], [])
    for s in ready:
        data, peer = s.recvfrom(65535)
        s.sendto(data, peer)
