import random
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def db():
    return sqlite3.connect("shop.db")


@app.route("/columns")
def columns():
    wanted = request.args.get("col", "")
    parts = ["id", wanted, "price"]
    db().execute("SELECT " + parts[0] + " FROM items")  # safe: sql
    db().execute("SELECT " + parts[1] + " FROM items")  # expect: sql
    db().execute("SELECT " + parts[-1] + " FROM items")  # safe: sql
    return "ok"


@app.route("/filters")
def filters():
    name = request.args.get("name", "")
    clauses = []
    clauses.append("active = 1")
    clauses.append("name = '" + name + "'")
    clauses.append("stock > 0")
    clauses.pop(0)
    db().execute("SELECT * FROM items WHERE " + clauses[1])  # safe: sql
    db().execute("SELECT * FROM items WHERE " + clauses[0])  # expect: sql
    last = clauses.pop()
    db().execute("SELECT * FROM items WHERE " + last)  # safe: sql
    db().execute("SELECT * FROM items WHERE " + " AND ".join(clauses))  # expect: sql
    return "ok"


@app.route("/ordering")
def ordering():
    key = request.args.get("key", "")
    order = ["name", "price"]
    order.insert(0, key)
    db().execute("SELECT * FROM items ORDER BY " + order[2])  # safe: sql
    db().execute("SELECT * FROM items ORDER BY " + order[0])  # expect: sql
    del order[0]
    db().execute("SELECT * FROM items ORDER BY " + order[0])  # safe: sql
    order[1] = key
    db().execute("SELECT * FROM items ORDER BY " + order[1])  # expect: sql
    return "ok"


@app.route("/shuffled")
def shuffled():
    key = request.args.get("key", "")
    order = ["name", key]
    random.shuffle(order)
    db().execute("SELECT * FROM items ORDER BY " + order[0])  # expect: sql
    picks = ["name", key]
    picks.reverse()
    db().execute("SELECT * FROM items ORDER BY " + picks[0])  # expect: sql
    return "ok"


@app.route("/maybe")
def maybe():
    key = request.args.get("key", "")
    order = ["name"]
    if request.args.get("desc"):
        order = [key]
    db().execute("SELECT * FROM items ORDER BY " + order[0])  # expect: sql
    cols = ["name"]
    if request.args.get("more"):
        cols.append(key)
    db().execute("SELECT * FROM items ORDER BY " + cols[0])  # safe: sql
    db().execute("SELECT * FROM items ORDER BY " + cols[-1])  # expect: sql
    return "ok"


@app.route("/loop")
def loop():
    cols = ["id"]
    for c in request.args.getlist("c"):
        cols.append(c)
    db().execute("SELECT " + cols[1] + " FROM items")  # expect: sql
    return "ok"


@app.route("/rotate")
def rotate():
    cols = ["id", "name"]
    for c in request.args.getlist("c"):
        cols.insert(0, c)
    db().execute("SELECT " + cols[0] + " FROM items")  # expect: sql
    db().execute("SELECT " + cols[1] + " FROM items")  # expect: sql
    return "ok"
