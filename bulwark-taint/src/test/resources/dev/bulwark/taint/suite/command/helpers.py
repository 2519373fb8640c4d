import os
import shlex
import sys


def run(cmd):
    os.system(cmd)  # expect: command


def quote_all(parts):
    return " ".join(shlex.quote(p) for p in parts)


def build(arg):
    return "grep -r " + arg + " /srv"


class Runner:
    def __init__(self, command):
        self.command = command

    def go(self):
        os.system(self.command)  # expect: command


def main():
    run(sys.argv[1])
    os.system("ls " + quote_all(sys.argv[1:]))  # safe: command
    os.system(build(sys.argv[1]))  # expect: command
    Runner(sys.argv[1]).go()
