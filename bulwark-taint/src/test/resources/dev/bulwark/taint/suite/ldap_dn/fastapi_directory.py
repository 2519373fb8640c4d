from fastapi import FastAPI
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

app = FastAPI()
SERVER = Server("ldap://directory")
UNITS = {"eng": "ou=engineering,dc=example", "ops": "ou=operations,dc=example"}


@app.get("/units/{unit}/people")
def people(unit: str, name: str = ""):
    with Connection(SERVER, auto_bind=True) as conn:
        conn.search(search_base=f"ou={unit},dc=example", search_filter="(objectClass=person)")  # expect: ldap_dn
        conn.search(search_base=f"ou={escape_rdn(unit)},dc=example", search_filter="(objectClass=person)")  # safe: ldap_dn
        conn.search(search_base=UNITS.get(unit, "dc=example"), search_filter="(objectClass=person)")  # safe: ldap_dn
        return {"n": len(conn.entries)}


@app.get("/people/{uid}/exists")
def exists(uid: str):
    conn = Connection(SERVER, auto_bind=True)
    found = conn.compare(f"uid={uid},ou=people,dc=example", "objectClass", "person")  # expect: ldap_dn
    number = conn.compare(f"uid={int(uid)},ou=people,dc=example", "objectClass", "person")  # safe: ldap_dn
    return {"found": found and number}
