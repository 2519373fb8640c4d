import urllib.request

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    requests.get(url, timeout=5)  # expect: BW805
    urllib.request.urlopen("http://" + url)  # expect: BW805

    # look-alikes that must stay clean
    requests.get("https://api.example.com/status", params={"q": url}, timeout=5)
    requests.get("https://api.example.com/items/%d" % int(request.args["id"]), timeout=5)
    url = "https://example.com"
    requests.get(url, timeout=5)
