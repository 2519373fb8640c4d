import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, PlainTextResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = ""):
    return f"<h1>Hello {name}</h1>"  # expect: xss


@app.get("/hello-safe", response_class=HTMLResponse)
def hello_safe(name: str = ""):
    return f"<h1>Hello {html.escape(name)}</h1>"  # safe: xss


@app.get("/echo")
def echo(text: str = ""):
    return f"<p>{text}</p>"  # safe: xss


@app.get("/plain", response_class=PlainTextResponse)
def plain(text: str = ""):
    return f"<p>{text}</p>"  # safe: xss
