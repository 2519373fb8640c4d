from flask import Flask, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)
PAGE = "<h1>Hello {{ name }}</h1>"


def banner(title):
    return render_template_string("<div class='banner'>" + title + "</div>")  # expect: template


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    page = render_template_string(PAGE, name=name)  # safe: template
    custom = render_template_string("<h1>Hello %s</h1>" % name)  # expect: template
    return page + custom + banner(request.args.get("title", ""))


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["body"]
    tpl = Template(body)  # expect: template
    fixed = Template("{{ body }}")  # safe: template
    # a bare jinja2.Template does not escape: the body it prints is XSS, not template injection
    return tpl.render() + fixed.render(body=body)  # expect: xss


@app.route("/mail", methods=["POST"])
def mail():
    data = request.get_json()
    subject = data.get("subject", "")
    text = env.from_string("Subject: {{ s }}").render(s=subject)  # safe: template
    layout = "Dear {{ user }}, " + data.get("intro", "")
    text += env.from_string(layout).render(user="x")  # expect: template
    footer = data.get("footer", "")
    footer = "{{ company }} Ltd"
    text += env.from_string(footer).render(company="Acme")  # safe: template
    return text
