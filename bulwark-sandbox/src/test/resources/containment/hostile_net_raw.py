# Raw, packet, netlink and other socket families must all be refused.
import socket
ok = True
for family, kind, proto, label in [
        (socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP, "raw icmp"),
        (socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6, "raw icmpv6"),
        (17, socket.SOCK_RAW, 0, "packet"),
        (16, socket.SOCK_RAW, 0, "netlink"),
        (40, socket.SOCK_STREAM, 0, "vsock"),
        (38, socket.SOCK_SEQPACKET, 0, "alg"),
        (29, socket.SOCK_RAW, 1, "can"),
        (socket.AF_INET, socket.SOCK_PACKET if hasattr(socket, "SOCK_PACKET") else 10, 0, "sock_packet")]:
    try:
        socket.socket(family, kind, proto)
        print("OPENED", label)
        ok = False
    except OSError as e:
        print("refused", label, e.errno)
print("RESULT", "ok" if ok else "escaped")
