from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
DOC = etree.parse("/srv/users.xml")
FIELDS = {"name": "name", "mail": "email"}


def user_query(name):
    return "//user[@name='%s']" % name


def fixed_query(name):
    return "//user[@active='yes']"


@app.route("/user")
def user():
    name = request.args.get("name", "")
    found = DOC.xpath(user_query(name))  # expect: xpath
    query = f"//user[@name='{name}']/email/text()"
    mails = DOC.xpath(query)  # expect: xpath
    active = DOC.xpath(fixed_query(name))  # safe: xpath
    bound = DOC.xpath("//user[@name=$n]/email/text()", n=name)  # safe: xpath
    return jsonify(n=len(found) + len(mails) + len(active) + len(bound))


@app.route("/field")
def field():
    wanted = request.args.get("field", "name")
    column = "name"
    if wanted == "mail":
        column = "email"
    values = DOC.xpath("//user/" + column + "/text()")  # safe: xpath
    raw = DOC.xpath("//user/" + wanted + "/text()")  # expect: xpath
    return jsonify(values=[str(v) for v in values + raw])


@app.route("/count/<int:limit>")
def count(limit):
    nodes = DOC.xpath("//user[position() <= %d]" % limit)  # safe: xpath
    return jsonify(n=len(nodes))
