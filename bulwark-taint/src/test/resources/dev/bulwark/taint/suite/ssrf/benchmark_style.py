import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
ENDPOINTS = {"a": "https://a.example.com/ping", "b": "https://b.example.com/ping"}


class Client:
    base = "https://internal.example.com"

    def __init__(self, url):
        self.url = url

    def ping(self):
        return requests.get(self.url, timeout=3).status_code  # expect: ssrf


@app.route("/s1")
def s1():
    conf = {"url": request.args.get("url", ""), "timeout": 3}
    return jsonify(requests.get(conf["url"], timeout=conf["timeout"]).status_code)  # expect: ssrf


@app.route("/s2")
def s2():
    conf = {"url": request.args.get("url", ""), "default": "https://example.com/"}
    return jsonify(requests.get(conf["default"]).status_code)  # safe: ssrf


@app.route("/s3")
def s3():
    return jsonify(Client(request.args.get("url", "")).ping())


@app.route("/s4")
def s4():
    key = request.args.get("k", "a")
    if key not in ENDPOINTS:
        return jsonify(error="unknown"), 404
    return jsonify(requests.get(ENDPOINTS[key]).status_code)  # safe: ssrf


@app.route("/s5")
def s5():
    url = request.args.get("url", "")
    if url:
        url = "https://example.com/health"
    return jsonify(requests.get(url or "https://example.com/").status_code)  # safe: ssrf


@app.route("/s6")
def s6():
    urls = [request.args.get("u1", ""), request.args.get("u2", "")]
    codes = []
    for u in urls:
        codes.append(requests.get(u).status_code)  # expect: ssrf
    return jsonify(codes)
