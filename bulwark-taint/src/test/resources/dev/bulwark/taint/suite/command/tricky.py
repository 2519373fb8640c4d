import os
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)
DEBUG = False
MODES = ["fast", "slow"]


def run_mode(mode):
    return subprocess.run("tool --mode " + mode, shell=True)  # expect: command


@app.route("/a")
def a():
    mode = request.args.get("mode", "fast")
    if mode in MODES:
        run_mode(mode)
    run_mode(request.args["other"])
    return "ok"


@app.route("/b")
def b():
    count = len(request.args.get("items", ""))
    os.system("seq %d" % count)  # safe: command
    flag = request.args.get("v") is not None
    os.system("tool -v" if flag else "tool")  # safe: command
    return "ok"


@app.route("/c")
def c():
    cmd = request.args["cmd"]
    if DEBUG:
        os.system(cmd)  # safe: command
    while True:
        cmd = "uptime"
        break
    os.system(cmd)  # safe: command
    return "ok"


@app.route("/d")
def d():
    names = request.args.getlist("name")
    for n in names:
        os.system("finger " + n)  # expect: command
    lengths = [len(n) for n in names]
    os.system("echo %d" % sum(lengths))  # safe: command
    return "ok"


@app.route("/e")
def e():
    parts = {"cmd": request.args["cmd"], "arg": "-l"}
    os.system("ls " + parts["arg"])  # safe: command
    os.system(parts["cmd"])  # expect: command
    return "ok"


@app.route("/f")
def f():
    try:
        n = int(request.args["n"])
    except ValueError:
        n = 1
    os.system("head -n %d log" % n)  # safe: command
    return "ok"
