import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/users")
def users():
    name = request.args.get("name")
    cur = db.cursor()
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)  # expect: BW802
    cur.execute("SELECT * FROM users WHERE name = '{}'".format(name))  # expect: BW802
    query = "SELECT * FROM users WHERE name = '" + name + "'"
    db.executescript(query)  # expect: BW802

    # look-alikes that must stay clean
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    cur.execute("SELECT * FROM users WHERE id = %d" % int(request.args["id"]))
    query = "SELECT * FROM users"
    cur.execute(query)
    if 2 + 2 == 5:
        cur.execute(name)
