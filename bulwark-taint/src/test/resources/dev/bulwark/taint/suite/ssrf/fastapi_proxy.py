import httpx
import requests
from fastapi import FastAPI

app = FastAPI()
UPSTREAMS = {"billing": "https://billing.internal", "search": "https://search.internal"}


@app.get("/proxy")
def proxy(url: str):
    return requests.get(url, timeout=5).text  # expect: ssrf


@app.get("/upstream/{name}")
def upstream(name: str):
    base = UPSTREAMS.get(name, "https://search.internal")
    return requests.get(base + "/health", timeout=5).text  # safe: ssrf


@app.get("/items/{item_id}")
def item(item_id: int):
    return httpx.get("https://inventory.internal/items/%d" % item_id).json()  # safe: ssrf


@app.post("/notify")
def notify(callback: str):
    httpx.post(callback, json={"ok": True})  # expect: ssrf
    return {"sent": True}
