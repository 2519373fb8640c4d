import ast
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.form["expr"]
    result = eval(expr)  # expect: BW803
    exec("x = " + expr)  # expect: BW803
    # quoting for a shell does not protect eval
    eval(shlex.quote(expr))  # expect: BW803

    # look-alikes that must stay clean
    ast.literal_eval(expr)
    eval(str(float(expr)))
    eval("1 + 2")
    expr = "2 * 3"
    eval(expr)
    return str(result)
