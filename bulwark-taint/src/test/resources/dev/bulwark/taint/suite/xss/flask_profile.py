import html

from flask import Flask, Response, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return make_response("<h1>Hello " + name + "</h1>")  # expect: xss


@app.route("/hello-escaped")
def hello_escaped():
    name = request.args.get("name", "")
    return make_response("<h1>Hello " + html.escape(name) + "</h1>")  # safe: xss


@app.route("/bio")
def bio():
    bio = request.args.get("bio", "")
    return Response("<p>%s</p>" % bio)  # expect: xss


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    return Response("<p>%d items</p>" % n)  # safe: xss
