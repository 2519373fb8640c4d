import html
import string
from urllib.parse import quote, urlencode

from flask import Flask, request

app = Flask(__name__)
CARD = string.Template("<div class='card'><h2>$title</h2></div>")


@app.route("/share")
def share():
    q = request.args.get("q", "")
    link = "<a href='/search?" + urlencode({"q": q}) + "'>search again</a>"  # safe: xss
    back = "<a href='/search?q=" + quote(q) + "'>back</a>"  # safe: xss
    return link + back  # safe: xss


@app.route("/card")
def card():
    title = request.args["title"]
    return CARD.substitute(title=title)  # expect: xss


@app.route("/card/plain")
def plain_card():
    title = request.args["title"]
    return CARD.substitute(title=html.escape(title))  # safe: xss


@app.route("/note")
def note():
    # the sender's text arrives entity-encoded; decoding it brings its markup back
    text = html.unescape(request.args["text"])
    return "<p>" + text + "</p>"  # expect: xss
