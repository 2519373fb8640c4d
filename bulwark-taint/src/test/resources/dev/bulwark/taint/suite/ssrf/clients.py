import http.client
import urllib.request

import httpx
import urllib3
from flask import Flask, abort, request

app = Flask(__name__)
pool = urllib3.PoolManager()
ALLOWED = {"status.example.com", "api.example.com"}


@app.route("/probe")
def probe():
    target = request.args["url"]
    r = pool.request("GET", target)  # expect: ssrf
    r2 = urllib3.PoolManager().request("GET", "https://status.example.com/health")  # safe: ssrf
    return r.data + r2.data


@app.route("/mirror")
def mirror():
    url = request.args["url"]
    urllib.request.urlretrieve(url, "/tmp/mirror.bin")  # expect: ssrf
    urllib.request.urlretrieve("https://releases.example.com/latest.tar.gz", "/tmp/latest.tar.gz")  # safe: ssrf
    return "ok"


@app.route("/health/<host>")
def health(host):
    conn = http.client.HTTPSConnection("status.example.com")
    conn.request("GET", "/" + host)  # expect: ssrf
    conn.request("GET", "/health")  # safe: ssrf
    if host not in ALLOWED:
        abort(400)
    direct = http.client.HTTPSConnection(host)  # safe: ssrf
    direct.request("GET", "/health")  # safe: ssrf
    return str(conn.getresponse().status)


@app.route("/relay")
async def relay():
    url = request.args["to"]
    async with httpx.AsyncClient() as pinger:
        await pinger.get("https://api.example.com/ping")  # safe: ssrf
    client = httpx.AsyncClient()
    r = await client.get(url)  # expect: ssrf
    s = httpx.Client()
    s.post(url, json={"relay": True})  # expect: ssrf
    return r.text
