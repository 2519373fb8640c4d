import os
import pickle
import subprocess
import sys

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = request.cookies["state"]
    state = pickle.loads(blob)  # expect: BW301 critical request.cookies
    config = yaml.load(request.data, Loader=yaml.Loader)  # expect: BW506 critical request.data
    doc = yaml.unsafe_load(request.data)  # expect: BW947 critical request.data
    value = eval(request.args["expr"])  # expect: BW307 critical request.args
    subprocess.run("ls " + request.args["dir"], shell=True)  # expect: BW602 critical request.args
    os.system("convert " + request.form["name"])  # expect: BW605 critical request.form

    # look-alikes: the same calls on data read from files keep their usual grade
    cached = pickle.loads(open("cache.pickle", "rb").read())  # expect: BW301 medium
    settings = yaml.load(open("settings.yaml"), Loader=yaml.Loader)  # expect: BW506 medium
    # in a request handler, the taint analysis rules out calls on the program's own values
    total = eval("1 + 2")
    subprocess.run("ls " + os.getcwd(), shell=True)
    safe = yaml.load(request.data, Loader=yaml.SafeLoader)
    return str(state)


def maintenance():
    # outside a request handler, the same calls keep their usual grade
    total = eval("1 + 2")  # expect: BW307 low
    subprocess.run("ls " + os.getcwd(), shell=True)  # expect: BW602 high


def local_tool():
    # data of the local user is named, but does not raise the finding
    pickle.loads(sys.argv[1].encode())  # expect: BW301 medium sys.argv
