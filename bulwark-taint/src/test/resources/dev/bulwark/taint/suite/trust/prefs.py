from flask import Flask, redirect, request, session

app = Flask(__name__)
LANGS = {"en", "fr"}


@app.route("/lang")
def lang():
    value = request.args.get("lang", "en")
    session["lang"] = value  # expect: trust
    if value in LANGS:
        session["checked_lang"] = value  # safe: trust
    session["seen"] = True  # safe: trust
    return redirect("/")


@app.route("/page/<int:n>")
def page(n):
    session["page"] = n  # safe: trust
    return "ok"
