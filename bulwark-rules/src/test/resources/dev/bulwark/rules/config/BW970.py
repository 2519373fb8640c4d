import httpx
import requests

TOKEN = load_token()
requests.get("http://api.example.com/v1/orders", headers={"Authorization": f"Bearer {TOKEN}"})  # expect: BW970
requests.post("http://api.example.com/login", auth=("user", TOKEN), timeout=5)  # expect: BW970
requests.get("http://admin:hunter2@files.example.com/x", timeout=5)  # expect: BW970
requests.get("http://api.example.com/v1/items?api_key=abc", timeout=5)  # expect: BW970
httpx.post("http://api.example.com/login", data={"username": "u", "password": TOKEN})  # expect: BW970
HEADERS = {"X-Api-Key": TOKEN}
requests.get("http://api.example.com/data", headers=HEADERS, timeout=5)  # expect: BW970
session = requests.Session()
session.get("http://api.example.com/me", cookies={"sid": TOKEN}, timeout=5)  # expect: BW970
# post(url, data, json): the form is the second argument
requests.post("http://api.example.com/login", {"user": "u", "password": TOKEN}, timeout=5)  # expect: BW970


def call(host, token):
    return requests.get(f"http://{host}/status", params={"token": token}, timeout=5)  # expect: BW970


# look-alikes that must stay clean
requests.get("https://api.example.com/v1/orders", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
requests.get("http://api.example.com/public", timeout=5)
requests.get("http://localhost:8000/login", auth=("u", TOKEN), timeout=5)
requests.get("http://127.0.0.1/x", headers={"Authorization": TOKEN}, timeout=5)
requests.get("http://api.example.com/x", headers={"Accept": "application/json"}, timeout=5)
requests.get("http://api.example.com/x", auth=None, timeout=5)
other.get("http://api.example.com/x", auth=("u", TOKEN))
requests.get(url_from_config, auth=("u", TOKEN), timeout=5)
