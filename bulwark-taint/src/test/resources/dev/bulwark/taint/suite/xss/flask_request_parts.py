import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/shelf/<section>/<item>")
def shelf(section, item):
    crumbs = " / ".join(request.view_args.values())
    return "<nav>" + crumbs + "</nav>"  # expect: xss


@app.route("/whoami")
def whoami():
    auth = request.authorization
    if auth is None:
        return "<p>anonymous</p>"  # safe: xss
    return "<p>signed in as " + auth.username + "</p>"  # expect: xss


@app.route("/whoami/safe")
def whoami_safe():
    auth = request.authorization
    name = html.escape(auth.username) if auth else "anonymous"
    return "<p>signed in as " + name + "</p>"  # safe: xss
