import sqlite3

from fastapi import Depends, FastAPI, Request, Security
from fastapi.security import APIKeyHeader
from typing import Annotated

app = FastAPI()
db = sqlite3.connect("shop.db")
api_key = APIKeyHeader(name="X-Key")


def current_tenant():
    return "main"


def search_term(term: str = ""):
    return term.strip()


def page_size(size: int = 20):
    return size


def client_region(request: Request):
    return request.headers.get("X-Region", "")


def verified_key(key: str = Security(api_key)):
    return "key-ok" if key else "anonymous"


@app.get("/items")
def items(tenant=Depends(current_tenant), term: str = Depends(search_term), size: int = Depends(page_size)):
    db.execute("SELECT * FROM items WHERE tenant = '" + tenant + "'")  # safe: sql
    db.execute("SELECT * FROM items WHERE name = '" + term + "'")  # expect: sql
    db.execute("SELECT * FROM items LIMIT " + str(size))  # safe: sql
    return {}


@app.get("/regions")
def regions(region: Annotated[str, Depends(client_region)], who: str = Security(verified_key)):
    db.execute("SELECT * FROM stores WHERE region = '%s'" % region)  # expect: sql
    db.execute("SELECT * FROM audit WHERE who = '%s'" % who)  # safe: sql
    return {}


def owned_item(item_id: str, tenant=Depends(current_tenant)):
    row = db.execute("SELECT * FROM items WHERE id = '" + item_id + "'").fetchone()  # expect: sql
    db.execute("SELECT * FROM items WHERE tenant = '" + tenant + "'")  # safe: sql
    return row


def item_by_number(number: int):
    return db.execute("SELECT * FROM items WHERE n = " + str(number)).fetchone()  # safe: sql


@app.get("/items/{item_id}")
def item(found=Depends(owned_item), numbered=Depends(item_by_number)):
    return {"found": found, "numbered": numbered}
