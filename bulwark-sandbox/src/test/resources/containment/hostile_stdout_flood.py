# Floods standard output and error.
import sys
line = "x" * 65535 + "\n"
for _ in range(1000):
    sys.stdout.write(line)
    sys.stderr.write(line)
