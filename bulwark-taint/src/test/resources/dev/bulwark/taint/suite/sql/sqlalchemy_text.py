import pymysql
from flask import Flask, jsonify, request
from psycopg2 import sql
from pymysql.converters import escape_string
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://app@db/shop")


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id FROM orders WHERE status = '{status}'"))  # expect: sql
        safe = conn.execute(text("SELECT id FROM orders WHERE status = :s"), {"s": status})  # safe: sql
        raw = conn.exec_driver_sql("SELECT id FROM orders WHERE status = '%s'" % status)  # expect: sql
    return jsonify([r.id for r in rows] + [r.id for r in safe] + [r.id for r in raw])


@app.route("/report")
def report():
    column = request.args["column"]
    import psycopg2

    cur = psycopg2.connect("dbname=shop").cursor()
    cur.execute(sql.SQL("SELECT {} FROM orders").format(sql.Identifier(column)))  # safe: sql
    cur.execute(sql.SQL("SELECT " + column + " FROM orders"))  # expect: sql
    return jsonify(cur.fetchall())


@app.route("/legacy")
def legacy():
    name = request.args["name"]
    conn = pymysql.connect(host="db", user="app", database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM users WHERE name = '%s'" % escape_string(name))  # safe: sql
        cur.execute("SELECT * FROM users WHERE name = '%s'" % name)  # expect: sql
        return jsonify(cur.fetchall())
