import os
import sqlite3

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/items/{item_id}")
def item(item_id: int, q: str = ""):
    db.execute("SELECT * FROM items WHERE id = %d" % item_id)
    db.execute("SELECT * FROM items WHERE name = '%s'" % q)  # expect: sql
    return HTMLResponse("<p>" + q + "</p>")  # expect: xss


@app.post("/run")
async def run(request: Request):
    os.system(request.query_params["cmd"])  # expect: command


def helper(q):
    db.execute("SELECT * FROM items WHERE name = '%s'" % q)
