import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/redact", methods=["POST"])
def redact():
    pattern = request.form["pattern"]
    text, n = re.subn(pattern, "***", request.form["text"])  # expect: regex
    text, m = re.subn(re.escape(pattern), "***", text)  # safe: regex
    return {"text": text, "count": n + m}
