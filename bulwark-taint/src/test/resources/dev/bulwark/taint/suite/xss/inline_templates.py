import html

from django.template import Context
from django.template import Template as DjangoTemplate
from flask import Flask, render_template_string, request
from jinja2 import Environment, Template, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape())
plain_env = Environment()
CARD = Template("<div>{{ title }}</div>")


@app.route("/hello")
def hello():
    # a bare jinja2.Template does not escape
    return Template("<p>Hello {{ who }}</p>").render(who=request.args["who"])  # expect: xss


@app.route("/hello-escaped")
def hello_escaped():
    return Template("<p>Hello {{ who|e }}</p>").render(who=request.args["who"])  # safe: xss


@app.route("/hello-sanitized")
def hello_sanitized():
    return Template("<p>Hello {{ who }}</p>").render(who=html.escape(request.args["who"]))  # safe: xss


@app.route("/card")
def card():
    return CARD.render(title=request.args["t"])  # expect: xss


@app.route("/card-constant")
def card_constant():
    return CARD.render(title="Welcome")  # safe: xss


@app.route("/banner")
def banner():
    tpl = env.from_string("<b>{% autoescape false %}{{ text }}{% endautoescape %}</b>")
    return tpl.render(text=request.args["text"])  # expect: xss


@app.route("/subject")
def subject():
    # select_autoescape escapes templates made from strings
    return env.from_string("<b>{{ text }}</b>").render(text=request.args["s"])  # safe: xss


@app.route("/plain-subject")
def plain_subject():
    # an Environment without autoescape escapes nothing
    return plain_env.from_string("<b>{{ text }}</b>").render(text=request.args["s"])  # expect: xss


@app.route("/flask-string")
def flask_string():
    # Flask autoescapes render_template_string, except where the template says |safe
    return render_template_string("<p>{{ a }}</p><p>{{ b|safe }}</p>", a=request.args["a"], b=request.args["b"])  # expect: xss


@app.route("/flask-string-escaped")
def flask_string_escaped():
    return render_template_string("<p>{{ a }}</p><p>{{ b|safe }}</p>", a=request.args["a"], b="<hr>")  # safe: xss


@app.route("/flask-string-source")
def flask_string_source():
    # attacker data as the template itself is template injection, not this rule
    return render_template_string(request.args["tpl"], a=1)  # expect: template


def django_view(request):
    t = DjangoTemplate("<p>{{ q }}</p><p>{{ r|safe }}</p>")
    t.render(Context({"q": request.GET["q"]}))  # safe: xss
    return t.render(Context({"r": request.GET["r"]}))  # expect: xss
