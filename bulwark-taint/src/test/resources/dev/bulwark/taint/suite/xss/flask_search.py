from flask import Flask, Response, make_response, request
from markupsafe import escape

app = Flask(__name__)


def card(title, body):
    return "<div><h3>%s</h3><p>%s</p></div>" % (title, body)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    if not q:
        return "<p>Type something</p>"
    html = "<h1>Results for " + q + "</h1>"
    return make_response(html)  # expect: xss


@app.route("/search2")
def search_escaped():
    q = request.args.get("q", "")
    html = "<h1>Results for " + str(escape(q)) + "</h1>"
    return make_response(html)  # safe: xss


@app.route("/card", methods=["POST"])
def show_card():
    title = request.form.get("title", "")
    body = request.form.get("body", "")
    resp = Response(card(title, body))  # expect: xss
    safe = Response(card(escape(title), escape(body)))  # safe: xss
    return resp if title else safe


@app.route("/items")
def items():
    names = request.args.getlist("name")
    rows = []
    for n in names:
        rows.append("<li>{}</li>".format(n))
    listing = Response("<ul>" + "".join(rows) + "</ul>")  # expect: xss
    count = Response("<p>%d items</p>" % len(names))  # safe: xss
    return listing if names else count


@app.route("/cookie")
def cookie():
    theme = request.cookies.get("theme", "light")
    theme = "dark" if theme == "dark" else "light"
    return make_response("<body class='%s'>" % theme)  # safe: xss
