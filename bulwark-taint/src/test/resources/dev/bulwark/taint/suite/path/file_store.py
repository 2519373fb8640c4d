import codecs
import os
import pathlib

from flask import Flask, abort, request

app = Flask(__name__)
STORE = "/var/lib/notes"


@app.route("/notes/read")
def read_note():
    name = request.args.get("name", "")
    with codecs.open(f"{STORE}/{name}", "r", "utf-8") as f:  # expect: path
        return f.read()


@app.route("/notes/raw")
def raw_note():
    name = request.args.get("name", "")
    return (pathlib.Path(STORE) / name).read_bytes()  # expect: path


@app.route("/notes/open")
def open_note():
    note = pathlib.Path(STORE).joinpath(request.args["name"])
    with note.open() as f:  # expect: path
        return f.read()


@app.route("/notes/save", methods=["POST"])
def save_note():
    name = request.form["name"]
    if "../" in name:
        abort(400)
    with codecs.open(f"{STORE}/{name}", "w", "utf-8") as f:  # safe: path
        f.write(request.form["text"])
    return "saved"


@app.route("/notes/append", methods=["POST"])
def append_note():
    name = request.form["name"]
    if ".." in name:
        abort(400)
    # no parent reference, but an absolute name replaces STORE in a join
    with open(os.path.join(STORE, name), "a") as f:  # expect: path
        f.write(request.form["text"])
    return "saved"


@app.route("/notes/copy", methods=["POST"])
def copy_note():
    name = request.form["name"]
    if ".." in name:
        abort(400)
    # an absolute name is a path of its own
    return open(name).read()  # expect: path


@app.route("/notes/attachment")
def attachment():
    name = request.args.get("name", "")
    real = os.path.realpath(os.path.join(STORE, name))
    if os.path.commonpath([STORE, real]) != STORE:
        abort(404)
    return open(real, "rb").read()  # safe: path


@app.route("/notes/attachment2")
def attachment2():
    name = request.args.get("name", "")
    real = os.path.realpath(os.path.join(STORE, name))
    if os.path.commonprefix([STORE, real]) != STORE:
        abort(404)
    # a common string prefix is not a common directory: /var/lib/notes-old passes
    return open(real, "rb").read()  # expect: path


@app.route("/notes/thumb")
def thumb():
    real = (pathlib.Path(STORE) / request.args["name"]).resolve()
    if not real.is_relative_to(STORE):
        abort(404)
    return real.read_bytes()  # safe: path


@app.route("/notes/exists")
def note_exists():
    wanted = pathlib.Path(STORE) / request.args.get("name", "")
    if wanted.exists():  # expect: path
        return "yes"
    return "no"


@app.route("/notes/size")
def note_size():
    name = request.args.get("name", "")
    return str(os.path.getsize(os.path.join(STORE, name)))  # expect: path


@app.route("/notes/known")
def note_known():
    name = os.path.basename(request.args.get("name", ""))
    return "yes" if os.path.exists(os.path.join(STORE, name)) else "no"  # safe: path


@app.route("/notes/preview")
def preview():
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    # pathlib keeps an absolute name whole: Path(STORE) / "/etc/passwd" is /etc/passwd
    return (pathlib.Path(STORE) / name).read_text()  # expect: path


@app.route("/notes/export")
def export():
    name = request.args.get("name", "")
    if ".." not in name:
        target = STORE + "/exports/" + name
        return open(target).read()  # safe: path
    return "bad name", 400
