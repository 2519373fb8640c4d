from django.http import JsonResponse
from ldap3 import Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

BASE = "dc=corp,dc=example"


def lookup(request):
    conn = Connection("ldap://corp", auto_bind=True)
    name = request.POST.get("username", "")
    conn.search(BASE, "(sAMAccountName={})".format(name), search_scope=SUBTREE)  # expect: ldap
    conn.search(search_base=BASE, search_filter="(cn=" + name + ")")  # expect: ldap
    clean = escape_filter_chars(name)
    conn.search(BASE, "(sAMAccountName={})".format(clean), search_scope=SUBTREE)  # safe: ldap
    conn.search(BASE, "(objectClass=user)", attributes=[name])  # safe: ldap
    return JsonResponse({"n": len(conn.entries)})


def dept(request):
    conn = Connection("ldap://corp", auto_bind=True)
    dept = request.GET.get("dept", "sales")
    query = "(department=%s)" % dept
    if request.GET.get("strict"):
        query = "(department=sales)"
        conn.search(BASE, query)  # safe: ldap
    conn.search(BASE, query)  # expect: ldap
    return JsonResponse({"n": len(conn.entries)})
