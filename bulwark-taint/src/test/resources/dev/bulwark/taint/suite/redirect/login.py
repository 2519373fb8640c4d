from django.shortcuts import redirect as dj_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login")
def login():
    nxt = request.args.get("next", "/")
    return redirect(nxt)  # expect: redirect


@app.route("/login2")
def login_safe():
    nxt = request.args.get("next", "/")
    if not nxt.startswith("/") or nxt.startswith(("//", "/\\")):
        nxt = "/"
    return redirect(nxt)  # safe: redirect


@app.route("/home")
def home():
    return redirect(url_for("index"))  # safe: redirect


def django_login(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return dj_redirect(target)  # safe: redirect
    return dj_redirect(request.GET["back"])  # expect: redirect


@app.route("/login3")
def login_half_checked():
    nxt = request.args.get("next", "/")
    # "/\\evil.example" passes this check, and browsers read it as //evil.example
    if not nxt.startswith("/") or nxt.startswith("//"):
        nxt = "/"
    return redirect(nxt)  # expect: redirect


@app.route("/login4")
def login_guarded_branch():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt:
        return redirect(nxt)  # safe: redirect
    return redirect(nxt)  # expect: redirect


@app.route("/login5")
def login_prefix_only():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/"):
        return redirect(nxt)  # expect: redirect
    return redirect(url_for("index"))  # safe: redirect
