import base64
import json
import marshal
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.form["state"])
    state = pickle.loads(blob)  # expect: deserialization
    safe_state = json.loads(request.form["state"])  # safe: deserialization
    return str(state) + str(safe_state)  # expect: xss


@app.route("/config", methods=["POST"])
def config():
    text = request.get_data(as_text=True)
    conf = yaml.unsafe_load(text)  # expect: deserialization
    safe_conf = yaml.safe_load(text)  # safe: deserialization
    return str(conf) + str(safe_conf)


@app.route("/code", methods=["POST"])
def code():
    obj = marshal.loads(request.data)  # expect: deserialization
    cached = pickle.loads(open("/var/cache/app.pkl", "rb").read())  # safe: deserialization
    return str(obj) + str(cached)
