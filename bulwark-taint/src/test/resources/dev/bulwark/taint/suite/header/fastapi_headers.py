from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/file")
def file(name: str, response: Response):
    response.headers["Content-Disposition"] = "attachment; filename=" + name  # expect: header
    response.headers["X-Frame-Options"] = "DENY"  # safe: header
    return {"ok": True}


@app.get("/page/{n}")
def page(n: int, response: Response):
    response.headers["X-Page"] = str(n)  # safe: header
    return {"n": n}
