import os
import subprocess
from subprocess import Popen

target = input()
subprocess.run(["git", "pull"])  # expect: BW607
Popen("ls")  # expect: BW607
subprocess.check_output(["ssh", target])  # expect: BW607
os.system("tar czf backup.tgz data")  # expect: BW607
os.system(f"ffmpeg -i {target} out.mp4")  # expect: BW607
os.popen("LANG=C sort " + target)  # expect: BW607
subprocess.run("cd /srv && make install", shell=True)  # expect: BW607
subprocess.getoutput("whoami")  # expect: BW607
os.system("cd /srv; ./run.sh; make")  # expect: BW607
os.execvp("vim", ["vim", target])  # expect: BW607
os.execv("python3", ["python3"])  # expect: BW607
os.spawnlp(os.P_WAIT, "cp", "cp", "a", "b")  # expect: BW607
subprocess.call(["ls"], executable="ls")  # expect: BW607
GIT = ["git", "log"]
subprocess.run(GIT)  # expect: BW607
os.system("for i in 1 2 3; do echo $i; sleep 1; done")  # expect: BW607
os.system("if true; then make; fi")  # expect: BW607
os.execvp(file="git", args=["git", "pull"])  # expect: BW607

# full or explicit paths, unknown programs and builtins stay clean
subprocess.run(["/usr/bin/git", "pull"])
subprocess.run(["./build.sh"])
subprocess.run([r"C:\Tools\tool.exe", "/q"])
subprocess.run(["ls"], executable="/bin/ls")
subprocess.run([target, "--version"])
os.system(target)
os.system("echo done")
os.system("cd /srv; echo done")
os.system("for f in *.log; do echo $f; done")
os.system("while true; do /bin/sleep 1; done")
os.system(f"{target} --help")
os.system(f"tool{target}")
os.system("~/bin/deploy")
os.system("$HOME/bin/deploy now")
# os.execv takes its path by position only: Python refuses this call
os.execv(path="git", argv=["git"])
os.spawnl(os.P_WAIT, "/bin/cp", "cp", "a", "b")
other.run(["git", "pull"])
