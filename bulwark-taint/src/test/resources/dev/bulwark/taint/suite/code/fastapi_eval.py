from fastapi import FastAPI

app = FastAPI()
FORMULAS = {"double": "x * 2", "square": "x * x"}


class Sandbox:
    def __init__(self, source):
        self.source = source

    def text(self):
        return "result = " + self.source


@app.get("/formula")
def formula(name: str, x: int = 1):
    expr = FORMULAS.get(name, "x")
    return {"v": eval(expr, {"x": x})}  # safe: code


@app.get("/expr")
def expr(src: str):
    scope = {}
    exec(Sandbox(src).text(), scope)  # expect: code
    return {"v": scope.get("result")}


@app.get("/const")
def const(src: str):
    scope = {}
    exec(Sandbox("42").text(), scope)  # safe: code
    return {"v": scope.get("result"), "src": src}
