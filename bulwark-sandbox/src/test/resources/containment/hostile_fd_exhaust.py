# Opens descriptors until refused.
import os
fds = []
try:
    while True:
        fds.append(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print("open files", len(fds), e.errno)
