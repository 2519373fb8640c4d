# Leaves links to host files in the work directory, hoping they are copied back.
import os
for name, target in [("link_passwd", "/etc/passwd"), ("link_secret", "{{SECRET_FILE}}"), ("link_root", "/"),
                     ("link_out", "{{HOST_DIR}}/pwned")]:
    try:
        os.symlink(target, name)
    except OSError as e:
        print("symlink refused", name, e.errno)
os.mkdir("sub")
os.symlink("/etc/shadow", "sub/deep_link")
try:
    os.link("/usr/bin/env", "hardlink")
except OSError as e:
    print("hardlink refused", e.errno)
os.mkfifo("fifo")
print("links made")
