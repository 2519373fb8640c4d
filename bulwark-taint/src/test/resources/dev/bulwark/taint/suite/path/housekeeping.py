import glob
import os
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
ROOT = Path("/srv/projects")
KNOWN = {"alpha", "beta"}


@app.route("/projects/<name>/files")
def files(name):
    listing = glob.glob("/srv/projects/" + name + "/*.txt")  # expect: path
    walked = [d for d, _, _ in os.walk(os.path.join("/srv/projects", name))]  # expect: path
    mine = glob.glob("/srv/projects/alpha/*.txt")  # safe: path
    return {"files": listing + walked + mine}


@app.route("/projects/<name>/archive", methods=["POST"])
def archive(name):
    folder = ROOT / name
    folder.rename(ROOT / "archived" / "latest")  # expect: path
    os.chmod(os.path.join("/srv/projects", name), 0o700)  # expect: path
    if name not in KNOWN:
        abort(404)
    (ROOT / name).rename(ROOT / "archived" / name)  # safe: path
    return "archived"


@app.route("/projects/<name>/prune", methods=["POST"])
def prune(name):
    for stale in (ROOT / name).glob("*.tmp"):  # expect: path
        stale.unlink()  # expect: path
    for stale in (ROOT / "shared").glob("*.tmp"):  # safe: path
        stale.unlink()  # safe: path
    return "pruned"
