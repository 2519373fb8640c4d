import base64
import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.cookies["state"])
    state = pickle.loads(blob)  # expect: BW808
    config = yaml.unsafe_load(request.data)  # expect: BW808

    # look-alikes that must stay clean
    state = json.loads(request.cookies["state"])
    config = yaml.safe_load(request.data)
    with open("cache.pickle", "rb") as f:
        cached = pickle.loads(f.read())
    return str(state)
