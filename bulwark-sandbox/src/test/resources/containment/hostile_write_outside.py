# Tries to create files outside the work directory.
for path in ["{{HOST_DIR}}/pwned", "/pwned", "/usr/pwned", "/etc/pwned", "/bulwark/pwned", "/proc/pwned",
             "/dev/pwned", "/root/pwned", "{{SECRET_FILE}}"]:
    try:
        with open(path, "w") as f:
            f.write("pwned")
        print("WROTE", path)
    except OSError as e:
        print("denied", path, e.errno)
try:
    open("/proc/sys/kernel/hostname", "w").write("pwned")
    print("WROTE hostname")
except OSError as e:
    print("denied hostname", e.errno)
