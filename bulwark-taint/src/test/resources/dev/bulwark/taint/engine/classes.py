import os
import shlex

from flask import request


class Job:
    def __init__(self, command, label):
        self.command = command
        self.label = label
        self.safe = shlex.quote(command)

    def run(self):
        os.system(self.command)  # expect: command
        os.system("echo " + self.label)
        os.system("echo " + self.safe)
        open(self.safe)  # expect: path


class Handler:
    def load(self):
        self.query = request.args["q"]

    def use(self):
        eval(self.query)  # expect: code


def start():
    Job(request.args["cmd"], "nightly").run()
