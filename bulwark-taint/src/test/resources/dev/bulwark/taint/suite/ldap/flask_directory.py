import ldap
from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=org"
conn = ldap.initialize("ldap://directory")


def member_filter(group):
    return "(&(objectClass=person)(memberOf=cn=%s,ou=groups,dc=example,dc=org))" % group


def safe_member_filter(group):
    return "(&(objectClass=person)(memberOf=cn=%s,ou=groups,dc=example,dc=org))" % escape_filter_chars(group)


@app.route("/people")
def people():
    uid = request.args.get("uid", "")
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)  # expect: ldap
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid))  # safe: ldap
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(cn={uid}*)")  # expect: ldap
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(objectClass=person)", [uid])  # safe: ldap
    return jsonify(ok=True)


@app.route("/groups", methods=["POST"])
def groups():
    group = request.form["group"]
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, member_filter(group))  # expect: ldap
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, safe_member_filter(group))  # safe: ldap
    return jsonify(ok=True)


@app.route("/mail")
def mail():
    mail = request.args.get("mail", "")
    if mail not in ("admin@example.org", "ops@example.org"):
        mail = "nobody@example.org"
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(mail=" + mail + ")")  # safe: ldap
    filters = {"uid": "(uid=" + request.args.get("uid", "") + ")", "all": "(objectClass=*)"}
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, filters["all"])  # safe: ldap
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, filters["uid"])  # expect: ldap
    return jsonify(ok=True)
