from urllib.parse import urlparse
from urllib.request import urlopen

import requests
from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com"}


@app.route("/proxy")
def proxy():
    url = request.args["url"]
    body = requests.get(url, timeout=5).text  # expect: ssrf
    body = urlopen(url).read()  # expect: ssrf
    body = requests.get("https://api.example.com/search", params={"q": url}, timeout=5).text  # safe: ssrf
    return body


@app.route("/proxy2")
def proxy_checked():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    return requests.get(url, timeout=5).text  # safe: ssrf


@app.route("/avatar/<user>")
def avatar(user):
    return requests.get("https://avatars.example.com/" + user, timeout=5).content  # expect: ssrf
