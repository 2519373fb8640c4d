import base64
import pickle

import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/restore")
async def restore(request: Request):
    body = await request.body()
    obj = pickle.loads(body)  # expect: deserialization
    return {"type": type(obj).__name__}


@app.get("/token")
def token(t: str):
    raw = base64.urlsafe_b64decode(t)
    data = {"payload": raw, "version": b"1"}
    obj = pickle.loads(data["payload"])  # expect: deserialization
    version = pickle.loads(data["version"])  # safe: deserialization
    return {"v": str(obj) + str(version)}


@app.post("/settings")
async def settings(request: Request):
    text = (await request.body()).decode()
    conf = yaml.safe_load(text)  # safe: deserialization
    if not text:
        conf = yaml.unsafe_load(text)  # safe: deserialization
    return {"keys": list(conf or {})}
