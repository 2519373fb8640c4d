import ldap
from flask import Flask, request
from ldap.dn import escape_dn_chars
from ldap.filter import escape_filter_chars

app = Flask(__name__)
conn = ldap.initialize("ldap://directory")
BASE = "dc=example,dc=com"


@app.route("/lookup")
def lookup():
    user = request.form["user"]
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % user)  # expect: BW812
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, filterstr="(cn=" + user + ")")  # expect: BW812
    # the entry searched is the sender's choice: a distinguished name
    conn.search_s(user, ldap.SCOPE_BASE, "(objectClass=*)")  # expect: BW812
    conn.delete_s("uid=%s,%s" % (escape_filter_chars(user), BASE))  # expect: BW812

    # look-alikes that must stay clean
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(user))
    conn.search_s("uid=%s,%s" % (escape_dn_chars(user), BASE), ldap.SCOPE_BASE, "(objectClass=*)")
    conn.delete_s("uid=%s,%s" % (escape_dn_chars(user), BASE))
    return "ok"
