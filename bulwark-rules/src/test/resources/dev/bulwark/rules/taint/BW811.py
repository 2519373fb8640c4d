from flask import Flask, request
from lxml import etree

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    nodes = tree.xpath("//user[@name='%s']" % name)  # expect: BW811
    find = etree.XPath("//user[@name='" + name + "']")  # expect: BW811

    # look-alikes that must stay clean
    nodes = tree.xpath("//user[@name=$name]", name=name)
    nodes = tree.xpath("//user[@id=%d]" % int(request.args["id"]))
    return str(len(nodes))
