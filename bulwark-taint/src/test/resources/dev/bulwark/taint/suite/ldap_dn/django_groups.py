from django.http import HttpResponseBadRequest, JsonResponse
from ldap3 import MODIFY_ADD, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

SERVER = Server("ldaps://directory.corp.example")
GROUPS = "ou=groups,dc=corp,dc=example"


def service_connection():
    return Connection(SERVER, user="cn=svc,dc=corp,dc=example", password="from-vault", auto_bind=True)


def add_member(request):
    group = request.POST["group"]
    member = request.POST["member"]
    conn = Connection(SERVER, user="cn=svc,dc=corp,dc=example", password="from-vault", auto_bind=True)
    group_dn = "cn={},{}".format(group, GROUPS)
    conn.modify(group_dn, {"member": [(MODIFY_ADD, ["uid=%s" % escape_rdn(member)])]})  # expect: ldap_dn
    clean_dn = "cn={},{}".format(escape_rdn(group), GROUPS)
    conn.modify(clean_dn, {"member": [(MODIFY_ADD, [member])]})  # safe: ldap_dn
    return JsonResponse({"ok": True})


def drop_group(request):
    conn = Connection(SERVER, user="cn=svc,dc=corp,dc=example", password="from-vault", auto_bind=True)
    name = request.GET.get("name", "")
    conn.delete("cn=" + name + "," + GROUPS)  # expect: ldap_dn
    if not name.isalnum():
        return HttpResponseBadRequest("bad name")
    conn.delete("cn=" + name + "," + GROUPS)  # safe: ldap_dn
    return JsonResponse({"ok": True})


def sign_in(request):
    user = request.POST["user"]
    conn = Connection(SERVER, user=f"uid={user},ou=people,dc=corp,dc=example",  # expect: ldap_dn
                      password=request.POST["password"])
    ok = conn.bind()
    checked = Connection(SERVER, user=f"uid={escape_rdn(user)},ou=people,dc=corp,dc=example",  # safe: ldap_dn
                         password=request.POST["password"])
    return JsonResponse({"ok": ok and checked.bind()})


def group_members(request):
    conn = Connection(SERVER, user="cn=svc,dc=corp,dc=example", password="from-vault", auto_bind=True)
    group = request.GET["group"]
    conn.search("cn=%s,%s" % (group, GROUPS), "(objectClass=*)", attributes=["member"])  # expect: ldap_dn
    # escaped for a filter only: still a way into the name
    conn.search("cn=%s,%s" % (escape_filter_chars(group), GROUPS), "(objectClass=*)")  # expect: ldap_dn
    conn.search(GROUPS, "(cn=%s)" % escape_filter_chars(group), attributes=["member"])  # safe: ldap_dn
    return JsonResponse({"members": [str(e.member) for e in conn.entries]})


def rename_group(request):
    old = request.POST["old"]
    new = request.POST["new"]
    conn = Connection(SERVER, user="cn=svc,dc=corp,dc=example", password="from-vault", auto_bind=True)
    conn.modify_dn("cn=%s,%s" % (escape_rdn(old), GROUPS), "cn=" + new)  # expect: ldap_dn
    conn.modify_dn("cn=%s,%s" % (escape_rdn(old), GROUPS), "cn=" + escape_rdn(new))  # safe: ldap_dn
    return JsonResponse({"ok": True})


def archive_group(request):
    # a connection from a helper: the method is known by its name only where ldap3 alone has it
    conn = service_connection()
    name = request.POST["name"]
    conn.modify_dn("cn=%s,%s" % (name, GROUPS), "cn=%s" % name, new_superior="ou=archive,dc=corp,dc=example")  # expect: ldap_dn
    conn.modify_dn("cn=%s,%s" % (escape_rdn(name), GROUPS), "cn=" + escape_rdn(name))  # safe: ldap_dn
    return JsonResponse({"ok": True})
