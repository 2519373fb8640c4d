import httpx
import requests
from requests import post as send

requests.get("https://api.example.com")  # expect: BW113
send("https://api.example.com", json={})  # expect: BW113
requests.request("GET", "https://api.example.com", timeout=None)  # expect: BW113
requests.api.head("https://api.example.com")  # expect: BW113
httpx.get("https://api.example.com", timeout=None)  # expect: BW113
httpx.Client(timeout=None)  # expect: BW113
session = requests.Session()
session.get("https://api.example.com")  # expect: BW113
with requests.Session() as s:
    s.post("https://api.example.com", data={})  # expect: BW113
# Session.request takes timeout as its ninth parameter after method and url
session.request("GET", "https://api.example.com")  # expect: BW113


def fetch(url):
    with httpx.Client() as client:
        return client.get(url, timeout=None)  # expect: BW113


# look-alikes that must stay clean
requests.get("https://api.example.com", timeout=5)
requests.post("https://api.example.com", timeout=(3, 10))
session.request("GET", "https://api.example.com", None, None, None, None, None, None, 5)
requests.get("https://api.example.com", **options)
httpx.get("https://api.example.com")
httpx.Client()
with httpx.Client() as c:
    c.get("https://api.example.com")
settings = {}
settings.get("x")
requests.Session()
requests.codes.get("ok")


def other(requests):
    requests.get("https://api.example.com")
