import re

from flask import Flask, request

app = Flask(__name__)
WORDS = ["alpha", "beta", "gamma"]


@app.route("/filter")
def filter_words():
    pattern = request.args.get("p", "")
    hits = [w for w in WORDS if re.search(pattern, w)]  # expect: regex
    literal = [w for w in WORDS if re.search(re.escape(pattern), w)]  # safe: regex
    compiled = re.compile("^" + pattern + "$")  # expect: regex
    fixed = re.compile(r"^[a-z]+$")  # safe: regex
    found = fixed.match(pattern)  # safe: regex
    return {"hits": hits, "literal": literal, "ok": bool(compiled.match("x")) and bool(found)}
