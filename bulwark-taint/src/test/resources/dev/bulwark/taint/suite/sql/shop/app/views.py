from flask import Flask, request

import app.service as service
from app import db
from app.auth import current_user_id, current_user_name
from app.db import category_label, count_rows, find_product, find_product_safe, normalise, run_query

web = Flask(__name__)


@web.route("/search")
def search():
    name = request.args["name"]
    rows = find_product(name)  # expect: sql
    rows = find_product_safe(name)  # safe: sql
    rows = run_query("SELECT * FROM products WHERE name = '" + normalise(name) + "'")  # expect: sql
    rows = run_query("SELECT * FROM products WHERE cat = '" + category_label(name) + "'")  # safe: sql
    rows = db.run_query("SELECT * FROM products WHERE name = '%s'" % name)  # expect: sql
    rows = db.run_query("SELECT * FROM products WHERE id = %d" % int(name))  # safe: sql
    return {"rows": rows}


@web.route("/orders/<order_id>")
def order(order_id):
    rows = service.lookup(order_id)  # expect: sql
    rows = service.lookup_typed(order_id)  # safe: sql
    return {"rows": rows}


@web.route("/mine")
def mine():
    rows = run_query("SELECT * FROM orders WHERE owner = '" + current_user_name() + "'")  # expect: sql
    rows = run_query("SELECT * FROM orders WHERE owner_id = %d" % current_user_id())  # safe: sql
    return {"rows": rows}


@web.route("/stats")
def stats():
    table = request.args.get("table", "orders")
    if table not in ("orders", "products"):
        table = "orders"
    total = count_rows(table)  # safe: sql
    total = count_rows(request.args.get("table", "orders"))  # expect: sql
    return {"total": total}
