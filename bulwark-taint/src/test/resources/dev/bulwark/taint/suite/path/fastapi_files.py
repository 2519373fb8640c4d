import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
BASE = "/srv/static"


@app.get("/static/{name}")
def static(name: str):
    return FileResponse(os.path.join(BASE, name))  # expect: path


@app.get("/report/{year}")
def report(year: int):
    return FileResponse(os.path.join(BASE, "report-%d.pdf" % year))  # safe: path


@app.get("/avatar/{user}")
def avatar(user: str):
    return FileResponse(os.path.join(BASE, os.path.basename(user)))  # safe: path
