import subprocess
import subprocess as sp
from subprocess import Popen as P, run

cmd = input()
subprocess.call(cmd, shell=True)  # expect: BW602
sp.check_output("ls -l", shell=True)  # expect: BW602
# expect: BW602
P(cmd,
  shell=1)
run(["ls", cmd], shell=True)  # expect: BW602

# look-alikes that must stay clean
subprocess.call(cmd, shell=False)
subprocess.run(["ls", "-l"])
run(cmd, shell=0)
os_system = subprocess.call
other.Popen(cmd, shell=True)


def shadowed(subprocess):
    subprocess.call(cmd, shell=True)
