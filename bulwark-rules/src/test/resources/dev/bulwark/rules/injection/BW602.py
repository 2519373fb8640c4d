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
# shell is Popen's ninth parameter; call and run pass their arguments on to Popen
subprocess.Popen(cmd, -1, None, None, None, None, None, True, True)  # expect: BW602
subprocess.call(cmd, -1, None, None, None, None, None, True, 1)  # expect: BW602

# look-alikes that must stay clean
subprocess.call(cmd, shell=False)
subprocess.run(["ls", "-l"])
run(cmd, shell=0)
subprocess.Popen(cmd, -1, None, None, None, None, None, True, False)
# Python refuses these calls before anything runs: args given twice, an unknown keyword
subprocess.Popen(cmd, args=cmd, shell=True)
subprocess.run(cmd, shell=True, shel=True)
os_system = subprocess.call
other.Popen(cmd, shell=True)


def shadowed(subprocess):
    subprocess.call(cmd, shell=True)

# truthiness as Python judges it: any non-zero number or non-empty bytes turns the shell on
subprocess.call(cmd, shell=1.5)  # expect: BW602
subprocess.call(cmd, shell=b"yes")  # expect: BW602
subprocess.call(cmd, shell=0.0)
subprocess.call(cmd, shell=b"")
