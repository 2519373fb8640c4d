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


@app.route("/staff/badge")
def staff_badge():
    badge = request.args.get("badge", "")
    if "'" in badge:
        return "bad badge", 400
    # no apostrophe: the value cannot leave the quoted literal
    return str(elementpath.select(TREE, f"//person[@badge='{badge}']"))  # safe: xpath


@app.route("/staff/floor")
def staff_floor():
    floor = request.args.get("floor", "")
    if "'" in floor:
        return "bad floor", 400
    # not quoted: "1 or 1=1" needs no apostrophe
    return str(elementpath.select(TREE, "//person[@floor=" + floor + "]"))  # expect: xpath


@app.route("/staff/room")
def staff_room():
    room = request.args.get("room", "")
    if "'" not in room:
        return str(elementpath.select(TREE, "".join(["//person[@room='", room, "']"])))  # safe: xpath
    return "bad room", 400


@app.route("/staff/desk")
def staff_desk():
    desk = request.args.get("desk", "")
    if "'" in desk:
        return "bad desk", 400
    # quoted with the other quote: a double quote gets out
    return str(elementpath.select(TREE, f'//person[@desk="{desk}"]'))  # expect: xpath


@app.route("/staff/search")
def staff_search():
    fields = {}
    if request.args.get("advanced"):
        fields = request.args.to_dict()
    # on one path the dict is the request's own: every key of it is the sender's
    return str(elementpath.select(TREE, f"//person[@name='{fields['name']}']"))  # expect: xpath


@app.route("/staff/code")
def staff_code():
    code = request.args.get("code", "")
    # the apostrophe is gone, and the value sits between apostrophes
    return str(elementpath.select(TREE, f"//person[@code='{code.replace("'", "&apos;")}']"))  # safe: xpath


@app.route("/staff/team")
def staff_team():
    team = request.args.get("team", "")
    # the apostrophe is gone, but the value sits between double quotes
    return str(elementpath.select(TREE, f'//person[@team="{team.replace("'", "")}"]'))  # expect: xpath

