import ldap
from flask import Flask, request
from ldap.dn import escape_dn_chars
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


@app.route("/accounts/unit")
def unit():
    unit = request.args.get("unit", "")
    conn.search_s(f"ou={unit},dc=example,dc=org", ldap.SCOPE_ONELEVEL)  # expect: ldap
    conn.search_s(f"ou={escape_dn_chars(unit)},dc=example,dc=org", ldap.SCOPE_ONELEVEL)  # safe: ldap
    return "ok"


@app.route("/accounts/remove", methods=["POST"])
def remove():
    uid = request.form["uid"]
    conn.delete_s("uid=" + uid + ",ou=people,dc=example,dc=org")  # expect: ldap
    return "ok"
