from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)


@app.route("/preview")
def preview():
    body = request.args.get("body", "")
    return render_template_string(body)  # expect: template


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return render_template_string("Hello {{ name }}", name=name)  # safe: template


@app.route("/mail")
def mail():
    tpl = request.form["template"]
    text = Template(tpl).render()  # expect: template
    other = env.from_string(request.form["subject"]).render()  # expect: template
    fixed = env.from_string("Dear {{ user }}").render(user=request.form["user"])  # safe: template
    return render_template("mail.html", text=text + other + fixed)  # safe: template
