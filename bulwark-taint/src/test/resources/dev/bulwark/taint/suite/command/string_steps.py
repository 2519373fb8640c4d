import base64
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/steps")
def steps():
    name = request.args.get("name", "")
    cmd = "ls "
    before = cmd
    cmd += name
    subprocess.run(before, shell=True)  # safe: command
    subprocess.run(cmd, shell=True)  # expect: command
    quoted = "'" + name + "'"
    subprocess.run("ls " + quoted[1:-1], shell=True)  # expect: command
    subprocess.run("ls " + name.split(" ")[0], shell=True)  # expect: command
    packed = base64.b64encode(name.encode("utf-8"))
    subprocess.run("ls " + base64.b64decode(packed).decode("utf-8"), shell=True)  # expect: command
    return "ok"
