from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


class Page:
    title = "Welcome"

    def __init__(self, body):
        self.body = body

    def html(self):
        return "<h1>" + self.title + "</h1>" + self.body


@app.route("/x1")
def x1():
    values = {"name": request.args.get("name", ""), "site": "Example"}
    return make_response("<p>" + values["name"] + "</p>")  # expect: xss


@app.route("/x2")
def x2():
    values = {"name": request.args.get("name", ""), "site": "Example"}
    return make_response("<p>" + values["site"] + "</p>")  # safe: xss


@app.route("/x3")
def x3():
    page = Page(request.form.get("body", ""))
    return make_response(page.html())  # expect: xss


@app.route("/x4")
def x4():
    page = Page(str(escape(request.form.get("body", ""))))
    return make_response(page.html())  # safe: xss


@app.route("/x5")
def x5():
    parts = []
    with open("/srv/header.html") as fh:
        parts.append(fh.read())
    parts.append(request.args.get("msg", ""))
    return make_response("\n".join(parts))  # expect: xss


@app.route("/x6")
def x6():
    msg = request.args.get("msg", "")
    if len(msg) > 0:
        msg = "<b>notice</b>"
    else:
        msg = "<i>none</i>"
    return make_response(msg)  # safe: xss


@app.route("/x7")
def x7():
    bar = request.args.get("bar", "")
    bar = "safe!"
    return make_response("<p>%s</p>" % bar)  # safe: xss
