from app.db import run_query


def fetch_order(order_id):
    return run_query("SELECT * FROM orders WHERE id = " + order_id)


def fetch_order_typed(order_id):
    return run_query("SELECT * FROM orders WHERE id = %d" % int(order_id))
