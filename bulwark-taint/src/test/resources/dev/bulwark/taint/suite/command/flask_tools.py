import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
ALLOWED_TOOLS = {"uptime", "df", "free"}
DEBUG = False


@app.route("/tool")
def tool():
    name = request.args.get("name", "uptime")
    if name in ALLOWED_TOOLS:
        out = subprocess.check_output(name, shell=True)  # safe: command
    else:
        out = subprocess.check_output(name, shell=True)  # expect: command
    return out


@app.route("/archive", methods=["POST"])
def archive():
    folder = request.form["folder"]
    os.system(f"tar czf /tmp/out.tgz {folder}")  # expect: command
    os.system(f"tar czf /tmp/out.tgz {shlex.quote(folder)}")  # safe: command
    subprocess.run(["tar", "czf", "/tmp/out.tgz", folder], check=True)  # safe: command
    return "ok"


@app.route("/lines")
def lines():
    count = request.args.get("n", "10")
    os.popen("tail -n %d /var/log/app.log" % int(count))  # safe: command
    os.popen("tail -n %s /var/log/app.log" % count)  # expect: command
    return "ok"


@app.route("/debug")
def debug():
    cmd = request.args["cmd"]
    if DEBUG:
        os.system(cmd)  # safe: command
    cmd = "id"
    os.system(cmd)  # safe: command
    return "ok"


@app.route("/batch", methods=["POST"])
def batch():
    parts = []
    for host in request.form.getlist("hosts"):
        parts.append("ping -c 1 " + host)
    subprocess.call(" && ".join(parts), shell=True)  # expect: command
    subprocess.call(" && ".join(parts), shell=False)  # safe: command
    return "ok"
