import html

from flask import Flask, make_response, request

from widgets.text import apply, notify

app = Flask(__name__)


def shout(value):
    return value.upper() + "!"


def first_line(value):
    return "first"


def show(message):
    return make_response(message)  # expect: xss


@app.route("/applied")
def applied():
    return make_response(apply(shout, request.args.get("q")))  # expect: xss


@app.route("/applied-escape")
def applied_escape():
    return make_response(apply(html.escape, request.args.get("q")))  # safe: xss


@app.route("/applied-constant")
def applied_constant():
    return make_response(apply(first_line, request.args.get("q")))  # safe: xss


@app.route("/notified")
def notified():
    notify(show, request.args.get("q"))
    return "sent"


@app.route("/mapped")
def mapped():
    words = request.args.getlist("w")
    return make_response(" ".join(map(shout, words)))  # expect: xss


@app.route("/mapped-escape")
def mapped_escape():
    words = request.args.getlist("w")
    return make_response(" ".join(map(html.escape, words)))  # safe: xss


@app.route("/mapped-lambda")
def mapped_lambda():
    words = request.args.getlist("w")
    return make_response(" ".join(map(lambda w: "<i>" + w + "</i>", words)))  # expect: xss


@app.route("/filtered")
def filtered():
    words = request.args.getlist("w")
    return make_response(",".join(filter(None, words)))  # expect: xss
