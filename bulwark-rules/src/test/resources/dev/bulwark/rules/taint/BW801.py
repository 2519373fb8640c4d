import html
import os
import shlex
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host)  # expect: BW801
    subprocess.run(f"ping -c 1 {host}", shell=True)  # expect: BW801
    # an HTML escape does not protect a shell
    os.system("ping -c 1 " + html.escape(host))  # expect: BW801

    # look-alikes that must stay clean
    os.system("ping -c 1 " + shlex.quote(host))
    subprocess.run(["ping", "-c", "1", host])
    subprocess.run("ping -c 1 " + host, shell=False)
    os.system("ping -c %d" % int(request.args["count"]))
    if False:
        os.system(host)
    host = "localhost"
    os.system("ping -c 1 " + host)


@app.route("/user/<name>")
def user(name):
    os.popen("id " + name)  # expect: BW801


def cli():
    os.system(" ".join(sys.argv[1:]))  # expect: BW801


def run(command):
    os.system(command)  # expect: BW801


def caller():
    run(input())
    run("uptime")
