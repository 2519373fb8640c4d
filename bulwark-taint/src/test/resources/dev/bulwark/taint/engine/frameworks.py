import os

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/run/<name>")
def run(name):
    os.system("echo " + name)  # expect: command
    os.system(request.args.get("cmd"))  # expect: command
    return redirect(request.args["next"])  # expect: redirect


def not_a_view(name):
    os.system("echo " + name)
