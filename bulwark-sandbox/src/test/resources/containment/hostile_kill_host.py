# Tries to kill or trace a host process, and every process it can see.
import ctypes, os, signal
libc = ctypes.CDLL(None, use_errno=True)
for pid in [{{VICTIM_PID}}, 1]:
    try:
        os.kill(pid, signal.SIGKILL)
        print("killed", pid)
    except OSError as e:
        print("kill failed", pid, e.errno)
    r = libc.ptrace(16, pid, None, None)  # PTRACE_ATTACH
    print("ptrace", pid, r, ctypes.get_errno())
r = libc.ptrace(0, 0, None, None)  # PTRACE_TRACEME
print("traceme", r, ctypes.get_errno())
try:
    os.kill(-1, signal.SIGKILL)
except OSError as e:
    print("kill -1 failed", e.errno)
