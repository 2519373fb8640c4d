import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("library.db")


@app.route("/books")
def books():
    req = request
    author = req.args.get("author", "")
    db.execute("SELECT title FROM books WHERE author = '" + author + "'")  # expect: sql
    db.execute("SELECT title FROM books WHERE verb = '" + req.method + "'")  # safe: sql
    return "ok"


@app.route("/shelves")
def shelves():
    query = request.args
    db.execute("SELECT * FROM shelves WHERE room = '%s'" % query.get("room"))  # expect: sql
    db.execute("SELECT * FROM shelves WHERE row = '" + query["row"] + "'")  # expect: sql
    db.execute("SELECT * FROM shelves WHERE room = ?", (query.get("room"),))  # safe: sql
    return "ok"
