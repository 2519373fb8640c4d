from pathlib import Path

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
PAGES = Path("/srv/handbook/pages")


@app.route("/handbook/page")
def page():
    slug = request.args.get("slug", "index")
    return Path(PAGES, slug + ".md").read_text()  # expect: path


@app.route("/handbook/raw")
def raw():
    slug = request.args.get("slug", "index")
    return Path(PAGES, secure_filename(slug)).read_bytes()  # safe: path


@app.route("/handbook/save", methods=["POST"])
def save():
    slug = request.form["slug"]
    Path(PAGES).joinpath(slug).write_text(request.form["body"])  # expect: path
    if not slug.isalnum():
        abort(400)
    Path(PAGES, slug).write_text(request.form["body"])  # safe: path
    return "saved"
