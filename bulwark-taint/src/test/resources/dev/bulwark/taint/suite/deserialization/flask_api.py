import base64
import json
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


def decode_state(blob):
    return pickle.loads(base64.b64decode(blob))  # expect: deserialization


def load_defaults(blob):
    return pickle.loads(open("/srv/defaults.pkl", "rb").read())  # safe: deserialization


@app.route("/state", methods=["POST"])
def state():
    cookie = request.cookies.get("state", "")
    data = decode_state(cookie)
    defaults = load_defaults(cookie)
    return jsonify(keys=list(data) + list(defaults))


@app.route("/config", methods=["POST"])
def config():
    body = request.get_data()
    settings = yaml.unsafe_load(body)  # expect: deserialization
    parsed = json.loads(body)
    plain = yaml.safe_load(body)  # safe: deserialization
    return jsonify(settings=str(settings), parsed=parsed, plain=str(plain))


@app.route("/import", methods=["POST"])
def import_data():
    upload = request.files["file"]
    raw = upload.read()
    try:
        objects = pickle.loads(raw)  # expect: deserialization
    except Exception:
        objects = []
    cached = pickle.dumps(objects)
    restored = pickle.loads(cached)  # safe: deserialization
    return jsonify(n=len(restored))
