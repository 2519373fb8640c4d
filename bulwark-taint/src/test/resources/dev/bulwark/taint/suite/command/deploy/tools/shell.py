import os
import shlex
import subprocess


def run(cmd):
    return subprocess.run(cmd, shell=True, check=False)


def run_quoted(arg):
    os.system("ls -l " + shlex.quote(arg))


def run_args(args):
    subprocess.run(["ls", "-l", *args], check=False)


def tag(value):
    return "release-" + value


def checked(value):
    if value in ("staging", "production"):
        return value
    return "staging"
