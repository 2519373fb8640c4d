# AF_VSOCK reaches the hypervisor on virtual machines.
import socket
try:
    s = socket.socket(40, socket.SOCK_STREAM)
    s.settimeout(0.5)
    s.connect((2, 1024))
    print("RESULT escaped")
except OSError as e:
    print("refused", e.errno)
    print("RESULT ok")
