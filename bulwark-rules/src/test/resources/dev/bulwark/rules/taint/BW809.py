from flask import Flask, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment()


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    render_template_string("<h1>Hello " + name + "</h1>")  # expect: BW809
    Template("Dear %s," % name).render()  # expect: BW809
    env.from_string(request.form["template"])  # expect: BW809

    # look-alikes that must stay clean
    render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    Template("Dear {{ name }},").render(name=name)
    name = "world"
    return render_template_string("<h1>Hello " + name + "</h1>")
