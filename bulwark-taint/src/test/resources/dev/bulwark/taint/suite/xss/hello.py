import html

from flask import Flask, make_response, render_template, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return make_response("<p>Hello, %s</p>" % name)  # expect: xss


@app.route("/hello2")
def hello_escaped():
    name = request.args.get("name", "")
    return make_response("<p>Hello, %s</p>" % escape(name))  # safe: xss


@app.route("/hello3")
def hello_template():
    name = request.args.get("name", "")
    render_template("hello.html", name=name)
    return render_template_string("<p>Hello, {{ n }}</p>", n=name)  # safe: xss


@app.route("/search")
def search():
    q = request.args.get("q", "")
    page = "<h1>Results for " + html.escape(q) + "</h1>"
    page += "<p>You typed: " + q + "</p>"
    return make_response(page)  # expect: xss
