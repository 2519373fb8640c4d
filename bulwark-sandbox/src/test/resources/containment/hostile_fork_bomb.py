# Forks without end (children fork too).
import os, time
children = 0
for _ in range(100000):
    try:
        if os.fork() == 0:
            children = 0
            continue
        children += 1
    except OSError:
        time.sleep(0.05)
