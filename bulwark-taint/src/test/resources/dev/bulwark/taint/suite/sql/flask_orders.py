import sqlite3

from flask import Flask, g, request

app = Flask(__name__)
SORTABLE = ("created", "total", "status")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("orders.db")
    return g.db


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created")
    cur = get_db().cursor()
    cur.execute("SELECT * FROM orders WHERE status = '" + status + "'")  # expect: sql
    cur.execute("SELECT * FROM orders WHERE status = ?", (status,))  # safe: sql
    if sort in SORTABLE:
        cur.execute("SELECT * FROM orders ORDER BY " + sort)  # safe: sql
    cur.execute("SELECT * FROM orders ORDER BY {}".format(sort))  # expect: sql
    return {"rows": cur.fetchall()}


@app.route("/orders/<int:order_id>")
def order(order_id):
    cur = get_db().cursor()
    cur.execute("SELECT * FROM orders WHERE id = %s" % order_id)  # safe: sql
    return {"row": cur.fetchone()}


@app.route("/orders/bulk", methods=["POST"])
def bulk():
    ids = request.json["ids"]
    cur = get_db().cursor()
    placeholders = ", ".join("?" for _ in ids)
    cur.execute("DELETE FROM orders WHERE id IN (%s)" % placeholders, ids)  # safe: sql
    cur.execute("DELETE FROM orders WHERE id IN (%s)" % ", ".join(ids))  # expect: sql
    cur.executemany("INSERT INTO audit VALUES (?)", [(i,) for i in ids])  # safe: sql
    return "ok"


@app.route("/report")
def report():
    year = request.args.get("year", "2024")
    if not year.isdigit():
        return "bad year", 400
    cur = get_db().cursor()
    cur.execute("SELECT * FROM orders WHERE year = " + year)  # safe: sql
    cur.executescript("DELETE FROM cache WHERE year = " + request.args["old"])  # expect: sql
    return "ok"
