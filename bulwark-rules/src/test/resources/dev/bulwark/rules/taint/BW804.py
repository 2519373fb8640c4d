import os
import shlex

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args["file"]
    data = open(os.path.join(UPLOADS, name)).read()  # expect: BW804
    os.remove(UPLOADS + "/" + name)  # expect: BW804
    # quoting for a shell does not protect a path
    open(shlex.quote(name))  # expect: BW804

    # look-alikes that must stay clean
    open(os.path.join(UPLOADS, secure_filename(name)))
    open(os.path.join(UPLOADS, os.path.basename(name)))
    open(os.path.join(UPLOADS, "index.html"))
    name = "default.txt"
    open(os.path.join(UPLOADS, name))
    return data
