# Namespace and mount tricks, through ctypes and os.
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
ok = True
def attempt(label, value):
    global ok
    err = ctypes.get_errno()
    if value == 0:
        print("SUCCEEDED", label)
        ok = False
    else:
        print("refused", label, err)
for flag, label in [(0x10000000, "user"), (0x00020000, "mount"), (0x40000000, "net"), (0x20000000, "pid")]:
    attempt("unshare " + label, libc.unshare(flag))
os.makedirs("/work/m", exist_ok=True)
attempt("mount tmpfs", libc.mount(b"tmpfs", b"/work/m", b"tmpfs", 0, None))
attempt("mount proc", libc.mount(b"proc", b"/work/m", b"proc", 0, None))
attempt("umount /usr", libc.umount2(b"/usr", 2))
attempt("chroot", libc.chroot(b"/work"))
fd = os.open("/proc/1/ns/mnt", os.O_RDONLY) if os.path.exists("/proc/1/ns/mnt") else -1
if fd >= 0:
    attempt("setns", libc.setns(fd, 0))
attempt("clone3", libc.syscall(435, None, 0))
print("RESULT", "ok" if ok else "escaped")
