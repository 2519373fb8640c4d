import re

from flask import Flask, jsonify, request

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]
PATTERNS = {"digits": r"\d+", "words": r"\w+"}


def matches(pattern, values):
    rx = re.compile(pattern)  # expect: regex
    return [v for v in values if rx.search(v)]


@app.route("/find")
def find():
    q = request.args.get("q", "")
    hits = [n for n in NAMES if re.search(q, n)]  # expect: regex
    escaped = [n for n in NAMES if re.search(re.escape(q), n)]  # safe: regex
    starts = [n for n in NAMES if re.match("^" + q, n)]  # expect: regex
    literal = [n for n in NAMES if re.search(r"^[a-z]+$", q)]  # safe: regex
    return jsonify(hits=hits, escaped=escaped, starts=starts, literal=literal)


@app.route("/named")
def named():
    kind = request.args.get("kind", "digits")
    pattern = PATTERNS["words"]
    if kind == "digits":
        pattern = PATTERNS["digits"]
    found = re.findall(pattern, request.args.get("text", ""))  # safe: regex
    matches(request.args.get("rx", ""), NAMES)
    return jsonify(found=found)


@app.route("/split", methods=["POST"])
def split():
    sep = request.form.get("sep", ",")
    parts = re.split(f"[{sep}]", request.form.get("text", ""))  # expect: regex
    safe_parts = re.split("[%s]" % re.escape(sep), request.form.get("text", ""))  # safe: regex
    return jsonify(parts=parts + safe_parts)
