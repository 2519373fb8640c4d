import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
conn = ldap.initialize("ldap://directory")


@app.route("/accounts/find")
def find():
    name = request.args.get("name", "")
    msgid = conn.search("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(cn={name})")  # expect: ldap
    conn.result(msgid)
    query = "(cn=%s)" % escape_filter_chars(name)
    msgid = conn.search_ext("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, query)  # safe: ldap
    return "ok"
