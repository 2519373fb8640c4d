import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/grep")
def grep():
    words = shlex.split(request.args["pattern"])
    out = subprocess.check_output("grep -r " + " ".join(words) + " /srv/logs", shell=True)  # expect: command
    quoted = subprocess.check_output("grep -r " + shlex.join(words) + " /srv/logs", shell=True)  # safe: command
    return out + quoted
