from pathlib import Path

from flask import Flask, request
from jinja2 import DictLoader, Environment, FileSystemLoader, PrefixLoader, select_autoescape

app = Flask(__name__)
HERE = Path(__file__).resolve().parent

BUILTIN = {
    "notice.html": "<div class='notice'>{{ notice }}</div><p>{{ footer|safe }}</p>",
}

env = Environment(
    loader=PrefixLoader({
        "admin": FileSystemLoader(HERE / "admin_pages"),
        "builtin": DictLoader(BUILTIN),
    }),
    autoescape=select_autoescape(),
)

# templates defined in code, rendered by an environment that escapes nothing
mail = Environment(loader=DictLoader({"welcome.txt": "Hello {{ username }},\nyour code is {{ code|e }}"}))


@app.route("/audit")
def audit():
    page = env.get_template("admin/audit.html")
    return page.render(detail=request.args["detail"])  # expect: xss


@app.route("/audit/actor")
def audit_actor():
    page = env.get_template("admin/audit.html")
    return page.render(actor=request.args["actor"])  # safe: xss


@app.route("/notice")
def notice():
    page = env.get_template("builtin/notice.html")
    return page.render(footer=request.args["footer"])  # expect: xss


@app.route("/notice/text")
def notice_text():
    page = env.get_template("builtin/notice.html")
    return page.render(notice=request.args["notice"])  # safe: xss


@app.route("/welcome")
def welcome():
    return mail.get_template("welcome.txt").render(username=request.args["user"])  # expect: xss


@app.route("/welcome/code")
def welcome_code():
    return mail.get_template("welcome.txt").render(code=request.args["code"])  # safe: xss
