from flask import Flask, request

app = Flask(__name__)


@app.route("/reports/monthly")
def monthly():
    # a fixed route: the path can only be "/reports/monthly"
    section = request.path.split("/")[1]
    return f"<h1>{section}</h1>"  # safe: xss


@app.route("/files/<path:name>")
def listing(name):
    # a variable part: the sender writes the rest of the path
    last = request.path.split("/")[-1]
    return f"<p>{last}</p>"  # expect: xss


@app.route("/a")
@app.route("/b/<tab>")
def either(tab=None):
    where = request.path
    return "<p>" + where + "</p>"  # expect: xss


def helper():
    # not a handler: the request may be any route's
    return "<p>" + request.path + "</p>"


@app.route("/search")
def search():
    # the query string is the sender's even on a fixed route
    return "<p>" + request.full_path + "</p>"  # expect: xss
