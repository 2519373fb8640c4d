import html
import shlex

from flask import Flask, make_response, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    make_response("<h1>Hello " + name + "</h1>")  # expect: BW806
    # quoting for a shell does not protect HTML
    make_response("<h1>" + shlex.quote(name) + "</h1>")  # expect: BW806

    # look-alikes that must stay clean
    make_response("<h1>Hello " + html.escape(name) + "</h1>")
    make_response("<h1>Hello " + escape(name) + "</h1>")
    render_template_string("<p>{{ name }}</p>", name=name)
    name = "world"
    return make_response("<h1>Hello " + name + "</h1>")
