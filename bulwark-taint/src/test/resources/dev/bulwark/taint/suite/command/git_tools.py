import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
BRANCHES = ("main", "develop")


@app.route("/log")
def log():
    branch = request.args.get("branch", "main")
    out = subprocess.check_output("git log --oneline " + branch, shell=True)  # expect: command
    return jsonify(out.decode())


@app.route("/log2")
def log_list():
    branch = request.args.get("branch", "main")
    out = subprocess.check_output(["git", "log", "--oneline", branch])  # safe: command
    return jsonify(out.decode())


@app.route("/log3")
def log_checked():
    branch = request.args.get("branch", "main")
    if branch not in BRANCHES:
        return jsonify(error="unknown branch"), 400
    out = subprocess.check_output("git log --oneline " + branch, shell=True)  # safe: command
    return jsonify(out.decode())


@app.route("/log4")
def log_json():
    payload = request.get_json()
    cmd = "git log -n {} {}".format(payload["count"], payload["branch"])
    out = subprocess.run(cmd, shell=True, capture_output=True)  # expect: command
    return jsonify(out.stdout.decode())


@app.route("/log5")
def log_loop():
    args = []
    for key in ("author", "since"):
        args.append("--%s=%s" % (key, request.args.get(key, "")))
    out = subprocess.run("git log " + " ".join(args), shell=True)  # expect: command
    return jsonify(str(out))
