from flask import Flask, redirect, request, url_for

app = Flask(__name__)
ALLOWED_HOSTS = {"example.com", "www.example.com"}
PAGES = {"home": "/", "account": "/account"}


def back_to(target):
    return redirect(target)  # expect: redirect


@app.route("/login", methods=["POST"])
def login():
    nxt = request.args.get("next", "/")
    if not nxt:
        return redirect("/")  # safe: redirect
    return redirect(nxt)  # expect: redirect


@app.route("/logout")
def logout():
    target = request.args.get("to", "")
    if target in PAGES.values():
        return redirect(target)  # safe: redirect
    return redirect(url_for("index"))  # safe: redirect


@app.route("/go")
def go():
    page = request.args.get("page", "home")
    return redirect(PAGES.get(page, "/"))  # safe: redirect


@app.route("/jump")
def jump():
    url = request.args.get("url", "/")
    if url.startswith("/") and not url.startswith(("//", "/\\")):
        return redirect(url)  # safe: redirect
    return redirect("https://" + request.args.get("host", "example.com") + "/welcome")  # expect: redirect


@app.route("/cancel")
def cancel():
    return back_to(request.referrer or "/")


@app.route("/after")
def after():
    nxt = request.cookies.get("after_login", "")
    nxt = "/dashboard"
    return redirect(nxt)  # safe: redirect


@app.route("/profile")
def profile():
    dest = "/profile/" + request.args.get("tab", "")
    return redirect(dest)  # safe: redirect
