import os
import shlex

from django.views import View
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


class ReportView(View):
    def get(self, request):
        name = request.GET["name"]
        self.render(name)
        os.system(self.clean(name))
        os.system(self.echo(name))  # expect: command
        return self.echo("constant")

    def render(self, value):
        eval(value)  # expect: code

    def clean(self, value):
        return shlex.quote(value)

    def echo(self, value):
        return value
