from flask import Flask, render_template_string, request
from jinja2 import Template

app = Flask(__name__)
GREETINGS = {"formal": "Dear {{ name }},", "casual": "Hi {{ name }}!"}


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["body"]
    return render_template_string(body)  # expect: template


@app.route("/greet")
def greet():
    style = request.args.get("style", "formal")
    name = request.args.get("name", "")
    return Template(GREETINGS.get(style, "Hello")).render(name=name)  # safe: template


@app.route("/greet2")
def greet_concat():
    name = request.args.get("name", "")
    return Template("Hello " + name).render()  # expect: template
