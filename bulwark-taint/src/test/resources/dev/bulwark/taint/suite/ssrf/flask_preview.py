import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
API = "https://api.example.com"
UPSTREAMS = {"eu": "https://eu.example.com", "us": "https://us.example.com"}


def fetch(url):
    return requests.get(url, timeout=5).text  # expect: ssrf


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    body = fetch(url)
    status = requests.head(url, timeout=5).status_code  # expect: ssrf
    return jsonify(body=body[:200], status=status)


@app.route("/avatar")
def avatar():
    host = request.args.get("host", "")
    r = requests.get(f"https://{host}/avatar.png")  # expect: ssrf
    user = request.args.get("user", "")
    r2 = requests.get(API + "/users/" + str(int(user)))  # safe: ssrf
    return jsonify(a=r.status_code, b=r2.status_code)


@app.route("/region")
def region():
    region = request.args.get("region", "eu")
    base = UPSTREAMS.get(region, UPSTREAMS["eu"])
    r = requests.get(base + "/status")  # safe: ssrf
    cb = requests.post(request.args.get("cb", ""), json={})  # expect: ssrf
    return jsonify(status=r.status_code, cb=cb.status_code)


@app.route("/proxy", methods=["POST"])
def proxy():
    payload = request.get_json()
    target = payload.get("target", "")
    target = API + "/health"
    r = requests.get(target)  # safe: ssrf
    session = requests.Session()
    r2 = session.get(payload["url"])  # expect: ssrf
    return jsonify(a=r.status_code, b=r2.status_code)
