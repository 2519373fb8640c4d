# Sends datagrams to the host's UDP listener.
import socket
for host in ["127.0.0.1", "{{HOST_IP}}"]:
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for _ in range(5):
            s.sendto(b"{{MARKER}} udp", (host, {{UDP_PORT}}))
        print("sent", host)
    except OSError as e:
        print("failed", host, e)
