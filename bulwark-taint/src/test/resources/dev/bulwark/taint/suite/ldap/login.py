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


@app.route("/members")
def members():
    group = request.args.get("group", "")
    query = f"(memberOf=cn={group},ou=groups,dc=example,dc=com)"
    entries = conn.extend.standard.paged_search("ou=people,dc=example,dc=com", query)  # expect: ldap
    return str(list(entries))
