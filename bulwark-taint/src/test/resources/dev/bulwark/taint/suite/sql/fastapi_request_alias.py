import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()
db = sqlite3.connect("shop.db")


def query_value(req, name):
    return req.query_params.get(name, "")


@app.get("/search")
async def search(req: Request):
    term = req.query_params.get("term", "")
    db.execute("SELECT * FROM items WHERE name = '" + term + "'")  # expect: sql
    return {}


@app.get("/state")
async def state(req: Request):
    owner = req.state.owner
    db.execute("SELECT * FROM items WHERE owner = '" + owner + "'")  # safe: sql
    return {}


@app.get("/helper")
async def helper(req: Request):
    term = query_value(req, "term")
    db.execute("SELECT * FROM items WHERE name = '%s'" % term)  # expect: sql
    return {}
