import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
UNSAFE = etree.XMLParser(resolve_entities=True)


@app.route("/import", methods=["POST"])
def import_feed():
    doc = etree.fromstring(request.data, UNSAFE)  # expect: BW817
    tree = etree.parse(request.files["feed"], parser=etree.XMLParser(resolve_entities=True))  # expect: BW817
    for _, el in etree.iterparse(request.files["feed"], resolve_entities=True):  # expect: BW817
        pass

    # look-alikes that must stay clean
    doc = etree.fromstring(request.data)
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    doc = etree.fromstring(b"<a/>", UNSAFE)
    return str(len(doc))


@app.route("/sax", methods=["POST"])
def sax_upload():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.parse(request.files["doc"])  # expect: BW817
    events = pulldom.parseString(request.data.decode(), parser)  # expect: BW817
    return "ok"


@app.route("/sax-default", methods=["POST"])
def sax_default():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.parse(request.files["doc"])
    events = pulldom.parseString(request.data.decode())
    return "ok"
