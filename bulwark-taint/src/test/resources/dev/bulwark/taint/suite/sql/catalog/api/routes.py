import sqlite3

from fastapi import APIRouter, Depends

from api.deps import default_schema, request_locale, sort_column

router = APIRouter()
db = sqlite3.connect("catalog.db")


@router.get("/products")
def products(order: str = Depends(sort_column), schema: str = Depends(default_schema)):
    db.execute("SELECT * FROM " + schema + ".products ORDER BY " + order)  # expect: sql
    db.execute("SELECT * FROM " + schema + ".products")  # safe: sql
    return []


@router.get("/labels")
def labels(locale=Depends(request_locale)):
    db.execute(f"SELECT text FROM labels WHERE locale = '{locale}'")  # expect: sql
    return []
