import aiohttp
import httpx
from fastapi import FastAPI, Request

app = FastAPI()
HOOKS = "https://hooks.example.com/in"


@app.post("/subscribe")
async def subscribe(request: Request):
    form = await request.form()
    httpx.post(form["callback"], json={"hello": True})  # expect: ssrf
    httpx.post(HOOKS, data=dict(form))  # safe: ssrf
    return {"ok": True}


@app.post("/notify")
async def notify(request: Request):
    payload = await request.json()
    session = aiohttp.ClientSession()
    await session.put(payload["url"], json=payload)  # expect: ssrf
    await session.put(HOOKS, json=payload)  # safe: ssrf
    await session.close()
    return {"ok": True}
