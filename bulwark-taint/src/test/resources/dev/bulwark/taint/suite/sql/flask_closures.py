import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("reports.db")


@app.route("/report")
def report():
    name = request.args.get("name", "")

    def build_query():
        return "SELECT * FROM reports WHERE owner = '" + name + "'"

    rows = db.execute(build_query()).fetchall()  # expect: sql
    name = "everyone"
    rows += db.execute(build_query()).fetchall()  # safe: sql
    return str(rows)


@app.route("/purge")
def purge():
    table = request.args["table"]
    days = int(request.args.get("days", "30"))

    def run():
        db.execute("DELETE FROM " + table)  # expect: sql
        db.execute("DELETE FROM log WHERE age > " + str(days))  # safe: sql

    run()
    return "done"


@app.route("/count")
def count():
    kind = request.args.get("kind", "")

    def query(column):
        return "SELECT count(*) FROM items WHERE " + column + " = ?"

    return str(db.execute(query("kind"), (kind,)).fetchone())  # safe: sql
