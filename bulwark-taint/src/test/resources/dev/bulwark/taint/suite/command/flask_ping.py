import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"localhost", "example.com"}


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    os.system("ping -c 1 " + host)  # expect: command
    subprocess.call("ping -c 1 %s" % host, shell=True)  # expect: command
    subprocess.check_output(["ping", "-c", "1", host])  # safe: command
    os.system("ping -c 1 " + shlex.quote(host))  # safe: command
    return "ok"


@app.route("/ping2")
def ping_allowed():
    host = request.args.get("host", "")
    if host in ALLOWED:
        os.system("ping -c 1 " + host)  # safe: command
    return "ok"


@app.route("/tail/<int:lines>/<name>")
def tail(lines, name):
    os.system("tail -n %d /var/log/app.log" % lines)  # safe: command
    os.system("tail -n %d /var/log/app.log" % int(lines))  # safe: command
    subprocess.run("cat /var/log/" + name, shell=True)  # expect: command
    return "ok"
