# Raw system calls through ctypes: keyrings, bpf, perf, io_uring, userfaultfd, kernel modules, TIOCSTI.
import ctypes, fcntl, os, termios
libc = ctypes.CDLL(None, use_errno=True)
ok = True
calls = {"keyctl": 250, "add_key": 248, "bpf": 321, "perf_event_open": 298, "io_uring_setup": 425,
         "userfaultfd": 323, "init_module": 175, "kexec_load": 246, "reboot": 169, "syslog": 103}
import platform
if platform.machine() == "x86_64":
    for name, nr in calls.items():
        r = libc.syscall(nr, 0, 0, 0, 0, 0)
        err = ctypes.get_errno()
        print(name, r, err)
        if r >= 0:
            ok = False
for fd in (0, 1, 2):
    try:
        fcntl.ioctl(fd, termios.TIOCSTI, b"x")
        print("TIOCSTI worked on", fd)
        ok = False
    except OSError as e:
        print("TIOCSTI refused", fd, e.errno)
print("RESULT", "ok" if ok else "escaped")
