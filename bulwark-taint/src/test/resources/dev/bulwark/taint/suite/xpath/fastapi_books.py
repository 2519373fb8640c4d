from fastapi import FastAPI
from lxml import etree

app = FastAPI()
BOOKS = etree.parse("/srv/books.xml")


@app.get("/books")
def books(author: str):
    titles = BOOKS.xpath(f"//book[author='{author}']/title/text()")  # expect: xpath
    return {"titles": [str(t) for t in titles]}


@app.get("/books/safe")
def books_safe(author: str):
    titles = BOOKS.xpath("//book[author=$a]/title/text()", a=author)  # safe: xpath
    return {"titles": [str(t) for t in titles]}
