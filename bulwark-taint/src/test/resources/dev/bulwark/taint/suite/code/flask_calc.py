import ast

from flask import Flask, request

app = Flask(__name__)
OPERATIONS = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    value = eval(expr)  # expect: code
    safe_value = ast.literal_eval(expr)  # safe: code
    return str(value + safe_value)


@app.route("/op")
def op():
    name = request.args.get("op", "add")
    a = int(request.args["a"])
    b = int(request.args["b"])
    result = eval("%d + %d" % (a, b))  # safe: code
    exec("result = " + name + "(1, 2)")  # expect: code
    return str(result)


@app.route("/compile", methods=["POST"])
def compile_snippet():
    source = request.get_data(as_text=True)
    code = compile(source, "<snippet>", "exec")  # expect: code
    code = compile("print('hello')", "<fixed>", "exec")  # safe: code
    return str(code)
