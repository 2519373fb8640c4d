import functools
import sqlite3


def connect():
    return sqlite3.connect("shop.db")


def run_query(sql):
    cur = connect().cursor()
    cur.execute(sql)
    return cur.fetchall()


def find_product(name):
    return run_query("SELECT * FROM products WHERE name = '%s'" % name)


def find_product_safe(name):
    cur = connect().cursor()
    cur.execute("SELECT * FROM products WHERE name = ?", (name,))  # safe: sql
    return cur.fetchall()


@functools.lru_cache(maxsize=128)
def normalise(value):
    return value.strip().lower()


def category_label(value):
    if value:
        return "all"
    return "none"


def count_rows(table):
    return run_query("SELECT count(*) FROM " + table)
