import re

from flask import Flask, request

app = Flask(__name__)
NAMES = ["alice", "bob"]


@app.route("/find")
def find():
    q = request.args["q"]
    hits = [n for n in NAMES if re.search(q, n)]  # expect: BW810
    pattern = re.compile("^" + q)  # expect: BW810

    # look-alikes that must stay clean
    hits = [n for n in NAMES if re.search(re.escape(q), n)]
    hits = [n for n in NAMES if re.search("^a", q)]
    hits = [n for n in NAMES if q in n]
    return str(hits)
