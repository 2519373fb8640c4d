import html

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="ui")


@app.get("/items/{item_id}")
def item(request: Request, item_id: str, note: str = ""):
    return templates.TemplateResponse("item.html", {"request": request, "note": note})  # expect: xss


@app.get("/items/{item_id}/title")
def item_title(request: Request, item_id: str):
    # every template of Jinja2Templates is escaped: 'item_id' prints escaped
    return templates.TemplateResponse(request, "item.html", {"item_id": item_id})  # safe: xss


@app.get("/items/{item_id}/note")
def item_note(request: Request, note: str = ""):
    return templates.TemplateResponse(request, name="item.html", context={"note": note})  # expect: xss


@app.get("/items/{item_id}/clean")
def item_clean(request: Request, note: str = ""):
    return templates.TemplateResponse("item.html", {"request": request, "note": html.escape(note)})  # safe: xss
