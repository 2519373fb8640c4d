import ast
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    value = eval(expr)  # expect: code
    value = ast.literal_eval(expr)  # safe: code
    data = json.loads(request.data)
    exec(data["script"])  # expect: code
    exec(compile("print(%d)" % int(expr), "<calc>", "exec"))  # safe: code
    return str(value)


@app.route("/template")
def template():
    source = request.form["src"]
    code = compile(source, "<user>", "exec")  # expect: code
    source = "print('hello')"
    exec(source)  # safe: code
    return "ok"
