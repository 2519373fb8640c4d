import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet/{name}")
def greet(name: str):
    return HTMLResponse(f"<h1>Hello {name}</h1>")  # expect: xss


@app.get("/greet2/{name}")
def greet_safe(name: str):
    return HTMLResponse(f"<h1>Hello {html.escape(name)}</h1>")  # safe: xss


@app.get("/square/{n}")
def square(n: int):
    return HTMLResponse(f"<p>{n * n}</p>")  # safe: xss
