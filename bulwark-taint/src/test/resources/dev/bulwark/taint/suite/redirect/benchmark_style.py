from flask import Flask, redirect, request

app = Flask(__name__)


class Settings:
    home = "/home"


def pick(values):
    return values[0] if values else "/"


@app.route("/r1")
def r1():
    params = {"url": request.args.get("url", "/"), "fallback": "/home"}
    return redirect(params["url"])  # expect: redirect


@app.route("/r2")
def r2():
    params = {"url": request.args.get("url", "/"), "fallback": "/home"}
    return redirect(params["fallback"])  # safe: redirect


@app.route("/r3")
def r3():
    urls = []
    for value in request.args.getlist("u"):
        urls.append(value)
    return redirect(pick(urls))  # expect: redirect


@app.route("/r4")
def r4():
    target = request.args.get("t", "")
    target = Settings.home
    return redirect(target)  # safe: redirect


@app.route("/r5")
def r5():
    try:
        target = request.headers["X-Return-To"]
    except KeyError:
        target = "/"
    return redirect(target)  # expect: redirect


@app.route("/r6")
def r6():
    target = "/"
    if 3 * 7 > 100:
        target = request.args.get("t", "/")
    return redirect(target)  # safe: redirect


@app.route("/r7")
def r7():
    host = request.args.get("host", "")
    return redirect("%s/landing" % host)  # expect: redirect


@app.route("/r8")
def r8():
    section = request.args.get("section", "")
    return redirect("/docs/%s" % section)  # safe: redirect
