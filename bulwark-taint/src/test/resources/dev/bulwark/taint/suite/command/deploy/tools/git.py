from tools.shell import run


def checkout(branch):
    return run("git checkout " + branch)


def describe():
    return run("git describe --tags")
