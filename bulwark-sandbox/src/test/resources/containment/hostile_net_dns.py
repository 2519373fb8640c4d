# Tries name resolution and a raw DNS query to public resolvers.
import socket
ok = True
for name in ["example.com", "localhost"]:
    try:
        print("RESOLVED", name, socket.getaddrinfo(name, 80)[:1])
        if name != "localhost":
            ok = False
    except OSError as e:
        print("failed", name, e)
for server in ["8.8.8.8", "1.1.1.1"]:
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(0.5)
        s.sendto(b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01", (server, 53))
        s.recvfrom(512)
        print("ANSWER from", server)
        ok = False
    except OSError as e:
        print("failed", server, e)
print("RESULT", "ok" if ok else "escaped")
