import subprocess
from invoke import run as invoke_run

folder = input()
invoke_run(f"du -sh {folder}", shell=True)  # expect: BW604
helpers.run_command("ls " + folder, shell=1)  # expect: BW604
invoke_run("make clean", shell=True)  # expect: BW604
# expect: BW604
execute_remote(
    folder,
    shell="yes",
)


def shadowed(subprocess):
    subprocess.call(folder, shell=True)  # expect: BW604


# look-alikes that must stay clean
subprocess.call(folder, shell=True)
subprocess.run(folder, shell=True)
invoke_run(folder, shell=False)
invoke_run(folder, shell=0)
invoke_run(folder, shell="")
invoke_run(folder, shell=None)
invoke_run(folder)
