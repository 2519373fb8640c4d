import sqlite3

from flask import Flask, request

app = Flask(__name__)


def get_db():
    return sqlite3.connect("app.db")


@app.route("/user")
def user():
    uid = request.args["id"]
    db = get_db()
    db.execute("SELECT name FROM users WHERE id = " + uid)  # expect: sql
    db.execute("SELECT name FROM users WHERE id = ?", (uid,))  # safe: sql
    db.execute("SELECT name FROM users WHERE id = %d" % int(uid))  # safe: sql
    return "ok"


@app.route("/search")
def search():
    term = request.form.get("q", "")
    sql = f"SELECT * FROM items WHERE title LIKE '%{term}%'"
    cur = get_db().cursor()
    cur.execute(sql)  # expect: sql
    order = request.args.get("order", "name")
    if order not in ("name", "price"):
        order = "name"
    cur.execute("SELECT * FROM items ORDER BY " + order)  # safe: sql
    return "ok"
