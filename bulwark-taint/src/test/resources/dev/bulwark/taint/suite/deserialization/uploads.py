import io
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    state = pickle.load(request.files["snapshot"])  # expect: deserialization
    buffered = pickle.load(io.BytesIO(request.get_data()))  # expect: deserialization
    with open("/srv/state/defaults.pkl", "rb") as f:
        defaults = pickle.load(f)  # safe: deserialization
    return {"keys": len(state) + len(buffered) + len(defaults)}
