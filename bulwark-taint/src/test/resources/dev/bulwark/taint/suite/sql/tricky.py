import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")
TABLES = {"users", "orders"}


def q(sql, *params):
    return db.execute(sql, params)  # expect: sql


@app.route("/a")
def a():
    q("SELECT * FROM users WHERE id = ?", request.args["id"])
    q("SELECT * FROM users WHERE id = " + request.args["id"])
    return "ok"


@app.route("/b")
def b():
    table = request.args["t"]
    if table not in TABLES:
        raise ValueError(table)
    db.execute("SELECT COUNT(*) FROM " + table)  # safe: sql
    return "ok"


@app.route("/c")
def c():
    ids = [int(x) for x in request.args.getlist("id")]
    db.execute("SELECT * FROM users WHERE id IN (%s)" % ",".join(str(i) for i in ids))  # safe: sql
    names = [x for x in request.args.getlist("name")]
    db.execute("SELECT * FROM users WHERE name IN ('%s')" % "','".join(names))  # expect: sql
    return "ok"
