import os
import shutil
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ROOT = "/srv/uploads"


@app.route("/remove", methods=["POST"])
def remove():
    name = request.form["name"]
    os.remove(os.path.join(ROOT, name))  # expect: path
    os.remove(os.path.join(ROOT, os.path.basename(name)))  # safe: path
    return "ok"


@app.route("/copy", methods=["POST"])
def copy():
    src = request.form["src"]
    shutil.copyfile(os.path.join(ROOT, src), "/tmp/copy")  # expect: path
    shutil.copyfile("/srv/templates/base.txt", "/tmp/base")  # safe: path
    return "ok"


@app.route("/read")
def read():
    name = request.args["name"]
    path = Path(ROOT) / name
    data = Path(ROOT, name)  # expect: path
    fixed = Path(ROOT, "index.txt")  # safe: path
    return str(path) + str(data) + str(fixed)  # expect: xss


@app.route("/purge", methods=["POST"])
def purge():
    folder = request.form["folder"]
    full = os.path.abspath(os.path.join(ROOT, folder))
    if full.startswith(ROOT + os.sep):
        shutil.rmtree(full)  # safe: path
    shutil.rmtree(os.path.join(ROOT, folder))  # expect: path
    return "ok"
