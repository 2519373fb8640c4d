from flask import Flask, make_response, request

from widgets import text
from widgets.text import Markup, make_formatter

app = Flask(__name__)


@app.route("/plain")
def plain():
    return make_response(Markup.plain(request.args.get("q")))  # expect: xss


@app.route("/escaped")
def escaped():
    return make_response(Markup.escaped(request.args.get("q")))  # safe: xss


@app.route("/bold")
def bold():
    return make_response(Markup.bold(request.args.get("q")))  # expect: xss


@app.route("/placeholder")
def placeholder():
    return make_response(Markup.placeholder(request.args.get("q")))  # safe: xss


@app.route("/formatted")
def formatted():
    fmt = make_formatter("Hello ")
    return make_response(fmt(request.args.get("name")))  # expect: xss


@app.route("/masked")
def masked():
    mask = text.make_masker()
    return make_response(mask(request.args.get("name")))  # safe: xss
