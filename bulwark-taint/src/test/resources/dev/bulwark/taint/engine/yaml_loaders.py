import yaml
from flask import Flask, request
from yaml import CSafeLoader, FullLoader

app = Flask(__name__)
SAFE = yaml.SafeLoader


@app.route("/config", methods=["POST"])
def config():
    data = request.data
    yaml.load(data, Loader=yaml.Loader)  # expect: deserialization
    yaml.load(data, yaml.UnsafeLoader)  # expect: deserialization
    yaml.load(data, Loader=FullLoader)  # expect: deserialization
    yaml.load(data)  # expect: deserialization
    yaml.load_all(data, Loader=yaml.FullLoader)  # expect: deserialization
    yaml.unsafe_load_all(data)  # expect: deserialization
    yaml.load(data, Loader=yaml.SafeLoader)  # safe: deserialization
    yaml.load(data, CSafeLoader)  # safe: deserialization
    yaml.load(data, Loader=SAFE)  # safe: deserialization
    yaml.load_all(data, Loader=yaml.BaseLoader)  # safe: deserialization
    yaml.load("a: 1", Loader=yaml.Loader)
    return "ok"
