from fastapi import FastAPI
from ldap3 import Connection
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
conn = Connection("ldap://directory", auto_bind=True)


@app.get("/people")
def people(name: str):
    conn.search("ou=people,dc=example", f"(cn={name})")  # expect: ldap
    conn.search("ou=people,dc=example", f"(cn={escape_filter_chars(name)})")  # safe: ldap
    return {"n": len(conn.entries)}
