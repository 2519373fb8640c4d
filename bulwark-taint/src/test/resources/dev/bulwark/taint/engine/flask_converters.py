import os

from flask import Flask

app = Flask(__name__)


@app.route("/kill/<int:pid>/<name>")
def kill(pid, name):
    os.system("kill %d" % pid)
    os.system("pkill " + name)  # expect: command
