import sqlite3

import pandas as pd
import sqlalchemy
from django.db import connection

name = input()
ids = [1, 2, 3]
cursor = sqlite3.connect("app.db").cursor()
TABLE = "users"

cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")  # expect: BW608
query = "SELECT id, email FROM accounts WHERE login = '%s'" % name  # expect: BW608
query2 = "select * from {} where id = {}".format(TABLE, name)  # expect: BW608
sql = "DELETE FROM sessions WHERE user = '" + name + "'"  # expect: BW608
stmt = "UPDATE users SET email = '%s' WHERE id = 1" % name  # expect: BW608
ins = f"INSERT INTO log (msg) VALUES ('{name}')"  # expect: BW608
ddl = "DROP TABLE IF EXISTS " + name  # expect: BW608
cte = f"WITH recent AS (SELECT * FROM t WHERE a = {name!r}) SELECT * FROM recent"  # expect: BW608
long_chain = "SELECT * FROM t WHERE a = " + name + " AND b = " + name + " AND c = " + name  # expect: BW608
sub = "SELECT * FROM (" + name + ") AS s"  # expect: BW608
merged = "INSERT OR REPLACE INTO cache VALUES ('%(key)s')" % {"key": name}  # expect: BW608
cursor.execute(query)
cursor.execute(name + " WHERE id = 1")  # expect: BW608
where = f"{name} = 1"
cursor.execute(where)  # expect: BW608
pd.read_sql(f"{name} LIMIT 10", connection)  # expect: BW608
sqlalchemy.text("%s ORDER BY id" % name)  # expect: BW608
User.objects.raw(f"{name}")  # expect: BW608
cursor.executemany(
    "INSERT INTO t (a) VALUES (" + name + ")",  # expect: BW608
    rows,
)


def lookup(cur, column, value):
    return cur.execute("SELECT %s FROM t" % column)  # expect: BW608


# constant statements and harmless values stay clean
cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
cursor.execute("SELECT * FROM users " + "WHERE active = 1")
cursor.execute("SELECT * FROM %s" % TABLE)
cursor.execute(f"SELECT * FROM users WHERE id = {int(name)}")
cursor.execute("SELECT * FROM users LIMIT %d" % len(name))
cursor.execute("SELECT * FROM t WHERE id = {:d}".format(name))
cursor.execute(f"SELECT * FROM t WHERE price > {name:.2f}")
cursor.execute("SELECT * FROM t WHERE id IN (%s)" % ", ".join(["%s"] * len(ids)), ids)
cursor.execute("SELECT * FROM t WHERE id IN ({})".format(",".join("?" for _ in ids)), ids)
cursor.execute("SELECT * FROM t WHERE id IN (%s)" % ",".join("?" * len(ids)), ids)
cursor.execute("SELECT * FROM %s" % connection.ops.quote_name(name))
COLUMNS = ("id", "name")
cursor.execute("SELECT %s FROM t" % ", ".join(COLUMNS))

# prose and other formatted text stay clean
message = "Select a file from the list: %s" % name
label = f"Update {name} settings"
note = "delete the file %s from disk" % name
log = "selected from %s" % name
hint = "select one from: " + name
path = "/srv/%s/data" % name
cursor.fetchall()


# scopes: constants and parameters are looked up where the string is built
def scoped():
    table = "users"
    return cursor.execute("SELECT * FROM %s" % table)


def scoped_parameter(table):
    return "SELECT * FROM %s" % table  # expect: BW608


class Repository:
    QUERY = "SELECT * FROM items WHERE owner = '%s'"

    def find(self, owner):
        nested = "DELETE FROM t WHERE a IN (%s)" % f"{owner}"  # expect: BW608
        return self.db.execute(self.QUERY % owner)  # expect: BW608

    def by_kind(self, kind):
        self.db.execute(self.TEMPLATE.format(kind))  # expect: BW608
        self.db.execute(self.TEMPLATE.format(name=kind))  # expect: BW608
        # an unknown template filled only with constants: nothing new goes in
        self.db.execute(self.TEMPLATE % "admin")
        self.db.execute(self.TEMPLATE % ("admin", 3))
        self.db.execute(self.TEMPLATE.format("sumint", size=2))


finder = lambda key: "SELECT v FROM kv WHERE k = '" + key + "'"  # expect: BW608
