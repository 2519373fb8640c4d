from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
TRUSTED = ["example.com", "docs.example.com"]


@app.route("/out")
def out():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.netloc not in TRUSTED or parts.scheme != "https":
        return "Unknown site", 400
    return redirect(target)  # safe: redirect


@app.route("/out2")
def out2():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.scheme != "https":
        return "Only https", 400
    return redirect(target)  # expect: redirect


@app.route("/out3")
def out3():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.hostname == "example.com":
        # https://evil.example\@example.com: urlparse's hostname is example.com, the browser's is not
        return redirect(target)  # expect: redirect
    return redirect("/")  # safe: redirect


@app.route("/out4")
def out4():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.netloc == "example.com":
        return redirect(target)  # safe: redirect
    return redirect("/")  # safe: redirect
