import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)
OPS = {"add": operator.add, "sub": operator.sub}


class Rule:
    def __init__(self, expr):
        self.expr = expr

    def check(self, value):
        return eval(self.expr, {"value": value})  # expect: code


def run_snippet(source):
    exec(source, {})  # expect: code


@app.route("/rule", methods=["POST"])
def rule():
    expr = request.json.get("expr", "True")
    ok = Rule(expr).check(1)
    literal = ast.literal_eval(expr)
    fixed = eval("1 + 2")  # safe: code
    return jsonify(ok=ok, literal=literal, fixed=fixed)


@app.route("/calc")
def calc():
    a = request.args.get("a", "0")
    b = request.args.get("b", "0")
    total = eval(a + "+" + b)  # expect: code
    sum_ints = eval("%d + %d" % (int(a), int(b)))  # safe: code
    op = OPS.get(request.args.get("op", "add"), operator.add)
    return jsonify(total=total, ints=sum_ints, op=op(int(a), int(b)))


@app.route("/hook", methods=["POST"])
def hook():
    code = request.form.get("code", "")
    run_snippet(code)
    if False:
        exec(code)  # safe: code
    compiled = compile(request.form["src"], "<hook>", "exec")  # expect: code
    return jsonify(ok=compiled is not None)


@app.route("/format")
def fmt():
    field = request.args.get("field", "name")
    if field not in ("name", "email"):
        field = "name"
    value = eval("user_%s" % field, {"user_name": "a", "user_email": "b"})  # safe: code
    return jsonify(value=value)
