# Looks for devices it should not have.
import os
print("dev:", sorted(os.listdir("/dev")))
ok = True
for path in ["/dev/mem", "/dev/kmem", "/dev/port", "/dev/sda", "/dev/vda", "/dev/kmsg", "/dev/tty", "/dev/console",
             "/dev/vsock", "/dev/kvm", "/dev/fuse", "/dev/net/tun"]:
    try:
        fd = os.open(path, os.O_RDWR)
        print("OPENED", path)
        ok = False
        os.close(fd)
    except OSError as e:
        print("refused", path, e.errno)
try:
    os.mknod("/work/null2", 0o20666, os.makedev(1, 3))
    print("MKNOD worked")
    fd = os.open("/work/null2", os.O_RDWR)
    print("OPENED made device")
    ok = False
except OSError as e:
    print("mknod refused", e.errno)
print("RESULT", "ok" if ok else "escaped")
