import sqlite3


class UserRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def by_name(self, name):
        return self.conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()

    def by_name_safe(self, name):
        return self.conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()  # safe: sql

    def by_id(self, user_id):
        return self._query("SELECT * FROM users WHERE id = %d" % int(user_id))

    def _query(self, sql):
        return self.conn.execute(sql).fetchall()
