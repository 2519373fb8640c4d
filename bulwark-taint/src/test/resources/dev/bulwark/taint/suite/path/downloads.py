import os

from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/files/<path:name>")
def files(name):
    return open(os.path.join(BASE, name), "rb").read()  # expect: path


@app.route("/download")
def download():
    name = request.args["name"]
    with open(BASE + "/" + name) as f:  # expect: path
        data = f.read()
    with open(os.path.join(BASE, secure_filename(name))) as f:  # safe: path
        data = f.read()
    full = os.path.realpath(os.path.join(BASE, name))
    if full.startswith(BASE + os.sep):
        data = open(full).read()  # safe: path
    return data


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    dest = os.path.join(BASE, os.path.basename(f.filename))
    open(dest, "wb").write(f.read())  # safe: path
    open(os.path.join(BASE, f.filename), "wb")  # expect: path
    return "ok"
