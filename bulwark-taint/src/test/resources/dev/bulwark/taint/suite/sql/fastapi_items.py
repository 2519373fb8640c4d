from fastapi import Depends, FastAPI
from sqlalchemy import text

app = FastAPI()


@app.get("/items/{item_id}")
def read_item(item_id: int, q: str | None = None, db=Depends(lambda: None)):
    db.execute(text("SELECT * FROM items WHERE id = %d" % item_id))  # safe: sql
    db.execute("SELECT * FROM items WHERE name = '" + q + "'")  # expect: sql
    db.execute(text("SELECT * FROM items WHERE name = :q"), {"q": q})  # safe: sql
    return {}


@app.get("/sorted")
def sorted_items(order: str, db=Depends(lambda: None)):
    columns = {"name": "name", "price": "price"}
    db.execute("SELECT * FROM items ORDER BY " + columns.get(order, "name"))  # safe: sql
    return {}
