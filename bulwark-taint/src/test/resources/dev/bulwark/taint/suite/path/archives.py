import os
import shelve
import shutil
import tarfile
import tempfile
import zipfile

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/import/zip", methods=["POST"])
def import_zip():
    archive = zipfile.ZipFile(request.files["archive"].stream)
    for member in archive.namelist():
        with open(os.path.join(UPLOADS, member), "wb") as out:  # expect: path
            out.write(archive.read(member))
        with open(os.path.join(UPLOADS, os.path.basename(member)), "wb") as out:  # safe: path
            out.write(archive.read(member))
    return "imported"


@app.route("/import/tar", methods=["POST"])
def import_tar():
    with tarfile.open(fileobj=request.files["archive"].stream) as tar:
        for name in tar.getnames():
            os.makedirs(os.path.join(UPLOADS, name), exist_ok=True)  # expect: path
            os.makedirs(os.path.join(UPLOADS, secure_filename(name)), exist_ok=True)  # safe: path
    return "imported"


@app.route("/import/named", methods=["POST"])
def import_named():
    name = request.form["archive"]
    shutil.unpack_archive(os.path.join(UPLOADS, name), "/srv/extracted")  # expect: path
    tar = tarfile.open(UPLOADS + "/" + name)  # expect: path
    shutil.unpack_archive(os.path.join(UPLOADS, secure_filename(name)), "/srv/extracted")  # safe: path
    return str(len(tar.getnames()))


@app.route("/prefs/<user>")
def prefs(user):
    with shelve.open("/srv/prefs/" + user) as db:  # expect: path
        theme = db.get("theme", "light")
    with shelve.open("/srv/prefs/" + secure_filename(user)) as db:  # safe: path
        theme = db.get("theme", theme)
    return theme


@app.route("/scratch", methods=["POST"])
def scratch():
    label = request.form.get("label", "tmp")
    with tempfile.NamedTemporaryFile(prefix=label, dir="/srv/scratch") as f:  # expect: path
        f.write(request.data)
    fd, path = tempfile.mkstemp(".dat", label + "-")  # expect: path
    os.close(fd)
    work = tempfile.mkdtemp(dir=request.form["where"])  # expect: path
    with tempfile.NamedTemporaryFile(prefix="upload-", dir="/srv/scratch") as f:  # safe: path
        f.write(request.data)
    with tempfile.TemporaryDirectory(prefix=secure_filename(label)) as d:  # safe: path
        return path + work + d


@app.route("/download")
def download():
    name = request.args["name"]
    if request.args.get("raw"):
        return send_file(os.path.join(UPLOADS, name))  # expect: path
    if request.args.get("folder"):
        return send_from_directory(request.args["folder"], "index.html")  # expect: path
    return send_from_directory(UPLOADS, name)  # safe: path
