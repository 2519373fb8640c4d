# Tries to reach the host's TCP listener on loopback and on every other address it can think of.
import socket
for host in ["127.0.0.1", "localhost", "::1", "0.0.0.0", "{{HOST_IP}}"]:
    try:
        s = socket.create_connection((host, {{TCP_PORT}}), timeout=0.5)
        s.sendall(b"{{MARKER}} tcp")
        print("CONNECTED", host)
    except OSError as e:
        print("failed", host, e)
