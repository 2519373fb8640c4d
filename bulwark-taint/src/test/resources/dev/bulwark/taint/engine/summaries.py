import os
import shlex
import subprocess


def run(command):
    os.system(command)  # expect: command


def quoted(value):
    return shlex.quote(value)


def same(value):
    return value


def constant(value):
    return "ls"


def read_input():
    return input()


def callers():
    v = input()
    run(v)
    os.system(quoted(v))
    os.system(same(v))  # expect: command
    os.system(constant(v))
    os.system(read_input())  # expect: command
    open(quoted(v))  # expect: path


def recursive(n):
    return recursive(n)


def uses_recursion():
    os.system(recursive(input()))
