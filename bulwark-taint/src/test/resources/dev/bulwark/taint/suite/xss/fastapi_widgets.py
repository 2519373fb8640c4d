import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = "world"):
    return HTMLResponse(f"<h1>Hello {name}</h1>")  # expect: xss


@app.get("/hello2", response_class=HTMLResponse)
def hello_escaped(name: str = "world"):
    return HTMLResponse(f"<h1>Hello {html.escape(name)}</h1>")  # safe: xss


@app.get("/page/{page_id}", response_class=HTMLResponse)
def page(page_id: int):
    return HTMLResponse("<p>Page %d</p>" % page_id)  # safe: xss


@app.get("/ua", response_class=HTMLResponse)
async def user_agent(request: Request):
    ua = request.headers.get("user-agent", "")
    body = "<pre>" + ua + "</pre>"
    return HTMLResponse(content=body)  # expect: xss


@app.get("/data")
def data(q: str):
    return JSONResponse({"q": q})  # safe: xss
