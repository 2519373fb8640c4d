import xml.etree.ElementTree as ET

import elementpath
from flask import Flask, request

app = Flask(__name__)
TREE = ET.parse("staff.xml")


@app.route("/staff")
def staff():
    uid = request.args.get("id", "")
    query = f"/staff/person[@id='{uid}']"
    return str(elementpath.select(TREE, query))  # expect: xpath


@app.route("/staff/names")
def staff_names():
    dept = request.args.get("dept", "")
    selector = elementpath.Selector(f"//person[@dept='{dept}']/name")  # expect: xpath
    return str(selector.select(TREE))


@app.route("/staff/lookup")
def staff_lookup():
    record = {}
    record["kind"] = "person"
    record["id"] = request.args.get("id", "")
    # only the constant entry of the dict reaches the query
    return str(elementpath.select(TREE, "//" + record["kind"]))  # safe: xpath
