from flask import Flask, request
from ldap3 import Connection
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
conn = Connection("ldap://directory", auto_bind=True)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    conn.search("dc=example,dc=com", "(uid=" + user + ")")  # expect: ldap
    conn.search("dc=example,dc=com", "(uid=%s)" % escape_filter_chars(user))  # safe: ldap
    return "ok"
