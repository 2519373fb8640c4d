# Tries to read a secret file of the host, directly and through /proc.
import os
for path in ["{{SECRET_FILE}}", "/proc/1/root{{SECRET_FILE}}", "/proc/self/root{{SECRET_FILE}}",
             "/etc/shadow", "/root/.bash_history", "/etc/passwd"]:
    try:
        with open(path) as f:
            print("READ", path, f.read()[:200])
    except OSError as e:
        print("denied", path, e.errno)
found = []
for root, dirs, files in os.walk("/", onerror=lambda e: None):
    if root.startswith(("/proc", "/usr", "/root/.pyenv", "/dev")):
        dirs[:] = []
        continue
    for f in files:
        try:
            with open(os.path.join(root, f), "rb") as fh:
                found.append((os.path.join(root, f), fh.read(200)))
        except OSError:
            pass
print("files seen:", found)
