import urllib.request
from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    body = urllib.request.urlopen(url).read()  # expect: ssrf
    return body


@app.route("/fetch-checked")
def fetch_checked():
    url = request.args["url"]
    if urlparse(url).hostname in ALLOWED_HOSTS:
        return requests.get(url, timeout=5).text  # safe: ssrf
    return "denied", 403


@app.route("/avatar")
def avatar():
    user = request.args["user"]
    r = requests.get("https://avatars.example.com/" + user, timeout=5)  # expect: ssrf
    r = requests.get("https://avatars.example.com/default.png", timeout=5)  # safe: ssrf
    return r.content


@app.route("/status")
def status():
    port = int(request.args.get("port", "443"))
    r = requests.get("https://status.example.com:%d/health" % port, timeout=5)  # safe: ssrf
    return r.text
