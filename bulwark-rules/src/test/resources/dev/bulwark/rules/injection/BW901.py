import subprocess
from subprocess import getstatusoutput as status_of

host = input()
subprocess.getoutput(f"ping -c 1 {host}")  # expect: BW901
status, out = status_of("nslookup " + host)  # expect: BW901
subprocess.getoutput("uptime")  # expect: BW901
subprocess.getoutput(cmd=host)  # expect: BW901

# look-alikes that must stay clean
subprocess.run(["ping", "-c", "1", host])
commands_like.getoutput(host)


def shadowed(subprocess):
    subprocess.getoutput(host)
