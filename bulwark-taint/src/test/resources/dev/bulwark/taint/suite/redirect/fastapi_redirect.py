from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
SITES = {"docs": "https://docs.example.com", "home": "https://example.com"}


@app.get("/go")
def go(to: str):
    return RedirectResponse(to)  # expect: redirect


@app.get("/go2")
def go_named(to: str):
    return RedirectResponse(SITES.get(to, "https://example.com"))  # safe: redirect
