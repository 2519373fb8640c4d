import subprocess
from subprocess import check_output, run as start

url = input()
extra = url.split()
options = ["--depth", "1"]
subprocess.run(["git", "clone", url])  # expect: BW603
subprocess.Popen(url)  # expect: BW603
check_output(["git", *extra])  # expect: BW603
start(args=["ls", url], check=True)  # expect: BW603
subprocess.call(["ls"], executable=url)  # expect: BW603
subprocess.run(["ls", url], shell=use_shell)  # expect: BW603
subprocess.run(**settings)  # expect: BW603
argv = ["tar", "xf", url]
subprocess.check_call(argv)  # expect: BW603
# expect: BW603
subprocess.run(
    ["grep", "-r", url, "."],
    capture_output=True,
)


def link(library_dirs):
    command = ["ld", "-t"]
    for directory in library_dirs:
        command.extend(["-L", directory])
    subprocess.run(command)  # expect: BW603
    late = ["ls"]
    late[0] = url
    subprocess.run(late)  # expect: BW603
    grown = ["ls"]

    def add_option():
        grown.append(url)
    subprocess.run(grown)  # expect: BW603

# constant commands: nothing can be injected (deliberate deviation from Bandit's B603)
subprocess.run(["git", "status"])
subprocess.run("true")
subprocess.call(("ls", "-l"), shell=False)
subprocess.check_call(options)
check_output(["git", "fetch", *options])
subprocess.run(["ls"], executable="/bin/ls")
GIT = "/usr/bin/git"
subprocess.run([GIT, "log", "--oneline"])
listing = ["ls", "-l"]
print(listing[0])
subprocess.run(listing)

# shell=True belongs to BW602, other modules' functions to nothing here
subprocess.run(url, shell=True)
subprocess.run([url], -1, None, None, None, None, None, True, True)
other.run([url])


def shadowed(subprocess):
    subprocess.run([url])
