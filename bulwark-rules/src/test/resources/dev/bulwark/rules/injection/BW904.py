import ldap
from ldap3 import Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

username = input()
conn = Connection("ldap.example.org")
conn.search("dc=example,dc=org", f"(&(objectClass=person)(uid={username}))")  # expect: BW904
conn.search("dc=example,dc=org", "(uid=%s)" % username, SUBTREE)  # expect: BW904
conn.search(search_base="dc=example,dc=org", search_filter="(cn=" + username + ")")  # expect: BW904
flt = "(mail={})".format(username)
conn.search("dc=example,dc=org", flt)  # expect: BW904
conn.extend.standard.paged_search("dc=example,dc=org", f"(uid={username})")  # expect: BW904
legacy = ldap.initialize("ldap://ldap.example.org")
legacy.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(uid={username})")  # expect: BW904
# expect: BW904
legacy.search_ext_s(
    "dc=example,dc=org",
    ldap.SCOPE_SUBTREE,
    filterstr="(|(uid=%s)(mail=%s))" % (username, username),
)

# escaped values, constant filters and other searches stay clean
conn.search("dc=example,dc=org", f"(uid={escape_filter_chars(username)})")
legacy.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(uid=%s)" % ldap.filter.escape_filter_chars(username))
legacy.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(uid=%s)", [username]))
conn.search("dc=example,dc=org", "(objectClass=person)")
conn.search(f"ou={username},dc=example,dc=org", "(objectClass=*)")
conn.search("dc=example,dc=org", f"(uidNumber={int(username)})")
re.search(f"(uid={username})", text)
index.search(f"({username})")
