# Leaves a daemon behind that tries to outlive the run, then exits at once.
import os, sys
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(30)", "{{MARKER}}"])
    os._exit(0)
print("parent exits")
