from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/login")
async def login(request: Request, user: str, remember: bool = False):
    request.session["user"] = user  # expect: trust
    request.session["remember"] = remember  # safe: trust
    return {"ok": True}


@app.get("/visit")
async def visit(request: Request):
    ref = request.headers.get("referer", "")
    request.session["from"] = ref  # expect: trust
    request.session["visits"] = request.session.get("visits", 0) + 1  # safe: trust
    return {"ok": True}
