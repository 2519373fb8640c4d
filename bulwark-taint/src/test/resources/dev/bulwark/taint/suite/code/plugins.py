import importlib

from flask import Flask, request

app = Flask(__name__)
FORMULAS = {"double": "x * 2", "square": "x * x"}


@app.route("/formula")
def formula():
    name = request.args.get("name", "double")
    x = int(request.args.get("x", "1"))
    return str(eval(FORMULAS[name], {"x": x}))  # safe: code


@app.route("/formula2")
def formula_raw():
    body = request.get_data(as_text=True)
    namespace = {}
    exec(body, namespace)  # expect: code
    return str(namespace.get("result"))


@app.route("/lambda")
def make_lambda():
    expr = request.args["f"]
    fn = eval("lambda x: " + expr)  # expect: code
    return str(fn(2))
