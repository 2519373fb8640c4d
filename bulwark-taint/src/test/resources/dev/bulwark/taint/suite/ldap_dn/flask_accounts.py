import ldap
import ldap.modlist
from flask import Flask, abort, request
from ldap.dn import escape_dn_chars
from ldap.filter import escape_filter_chars

app = Flask(__name__)
PEOPLE = "ou=people,dc=example,dc=org"
conn = ldap.initialize("ldap://directory.example.org")


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    try:
        conn.simple_bind_s("uid=%s,%s" % (user, PEOPLE), password)  # expect: ldap_dn
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    conn.simple_bind_s("uid=%s,%s" % (escape_dn_chars(user), PEOPLE), password)  # safe: ldap_dn
    return "welcome"


@app.route("/people/<uid>/mail", methods=["POST"])
def change_mail(uid):
    dn = f"uid={uid},{PEOPLE}"
    mail = request.form["mail"].encode()
    conn.modify_s(dn, [(ldap.MOD_REPLACE, "mail", [mail])])  # expect: ldap_dn
    safe_dn = f"uid={escape_dn_chars(uid)},{PEOPLE}"
    conn.modify_s(safe_dn, [(ldap.MOD_REPLACE, "mail", [mail])])  # safe: ldap_dn
    return "ok"


@app.route("/people/<uid>", methods=["DELETE"])
def remove(uid):
    # escaping for a filter leaves ',' and '=' alone: no protection for a name
    conn.delete_s("uid=" + escape_filter_chars(uid) + "," + PEOPLE)  # expect: ldap_dn
    conn.delete_s("uid=" + escape_dn_chars(uid) + "," + PEOPLE)  # safe: ldap_dn
    return "", 204


@app.route("/people", methods=["POST"])
def create():
    uid = request.form["uid"]
    attrs = {"objectClass": [b"inetOrgPerson"], "uid": [uid.encode()]}
    conn.add_s("uid=%s,%s" % (uid, PEOPLE), ldap.modlist.addModlist(attrs))  # expect: ldap_dn
    conn.add_s("uid=%s,%s" % (escape_dn_chars(uid), PEOPLE), ldap.modlist.addModlist(attrs))  # safe: ldap_dn
    return "created", 201


@app.route("/teams/<team>/members")
def members(team):
    base = "ou=%s,ou=teams,dc=example,dc=org" % team
    conn.search_s(base, ldap.SCOPE_ONELEVEL, "(objectClass=person)")  # expect: ldap_dn
    who = request.args.get("who", "")
    # the name is escaped for a name, the filter value for a filter: both safe
    conn.search_s("ou=%s,ou=teams,dc=example,dc=org" % escape_dn_chars(team), ldap.SCOPE_ONELEVEL,  # safe: ldap_dn
                  "(cn=%s)" % escape_filter_chars(who))
    # escaping for a name does not protect a filter
    conn.search_s(PEOPLE, ldap.SCOPE_SUBTREE, "(cn=%s)" % escape_dn_chars(who))  # expect: ldap
    if team not in ("dev", "ops"):
        abort(404)
    conn.search_s("ou=%s,ou=teams,dc=example,dc=org" % team, ldap.SCOPE_ONELEVEL)  # safe: ldap_dn
    return "ok"


@app.route("/rename", methods=["POST"])
def rename():
    old = request.form["old"]
    conn.rename_s("uid=%s,%s" % (old, PEOPLE), "uid=archived")  # expect: ldap_dn
    conn.rename_s("uid=%s,%s" % (escape_dn_chars(old), PEOPLE), "uid=archived")  # safe: ldap_dn
    conn.search(PEOPLE, ldap.SCOPE_SUBTREE, "(uid=archived)", [old])  # safe: ldap_dn
    return "ok"
