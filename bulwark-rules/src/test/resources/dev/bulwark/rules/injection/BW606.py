import os
from os import execvp, spawnl

tool = input()
os.execv("/usr/bin/rsync", ["rsync", "-a", "src", "dst"])  # expect: BW606
execvp(tool, [tool, "target"])  # expect: BW606
os.execl("/bin/echo", "echo", tool)  # expect: BW606
os.execle("/bin/ls", "ls", "-l", os.environ)  # expect: BW606
spawnl(os.P_WAIT, "/bin/mkdir", "mkdir", "out")  # expect: BW606
os.spawnvpe(os.P_NOWAIT, "ls", ["ls", *more], env)  # expect: BW606
os.startfile(tool)  # expect: BW606
os.posix_spawn("/bin/true", ["true"], {})  # expect: BW606
# expect: BW606
os.execve(
    tool,
    [tool],
    {},
)
os.execvp(file=tool, args=[tool])  # expect: BW606 chosen or fed at run time
os.startfile("/srv/report.pdf", "open", **options)  # expect: BW606 chosen or fed at run time

# look-alikes that must stay clean
os.system_like(tool)
os.environ.get("PATH")
executor.execv(tool)


def shadowed(os):
    os.execv(tool, [tool])
