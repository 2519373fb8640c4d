import commands
import os
import popen2
from os import popen as open_pipe
from os import system

upload = input()
os.system("convert " + upload + " thumb.png")  # expect: BW605
system(f"rm -rf {upload}")  # expect: BW605
os.system("make clean")  # expect: BW605
open_pipe(upload).read()  # expect: BW605
os.popen(cmd="uptime", mode="r")  # expect: BW605
popen2.popen3(upload)  # expect: BW605
popen2.Popen4(upload)  # expect: BW605
commands.getoutput("ls %s" % upload)  # expect: BW605
# expect: BW605
os.system(
    upload
)

# look-alikes that must stay clean
os.path.join(upload, "x")
platform.system()
sys.system(upload)
subprocess.run([upload])


def shadowed(os):
    os.system(upload)
