from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
LEGACY_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True)
STRICT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@app.route("/orders/import", methods=["POST"])
def import_orders():
    root = etree.fromstring(request.data, LEGACY_PARSER)  # expect: xxe
    return jsonify(count=len(root))


@app.route("/orders/import-strict", methods=["POST"])
def import_orders_strict():
    root = etree.fromstring(request.data, STRICT_PARSER)  # safe: xxe
    return jsonify(count=len(root))


@app.route("/orders/import-default", methods=["POST"])
def import_orders_default():
    root = etree.fromstring(request.get_data())  # safe: xxe
    return jsonify(count=len(root))


@app.route("/orders/upload", methods=["POST"])
def upload_orders():
    upload = request.files["orders"]
    tree = etree.parse(upload, parser=etree.XMLParser(resolve_entities=True))  # expect: xxe
    return jsonify(count=len(tree.getroot()))


@app.route("/orders/sample")
def sample_orders():
    with open("sample.xml", "rb") as fh:
        tree = etree.parse(fh, LEGACY_PARSER)  # safe: xxe
    return jsonify(count=len(tree.getroot()))


@app.route("/orders/stream", methods=["POST"])
def stream_orders():
    parser = etree.XMLPullParser(resolve_entities=True)
    parser.feed(request.data)  # expect: xxe
    feed_parser = etree.XMLPullParser()
    feed_parser.feed(request.data)  # safe: xxe
    return "ok"


@app.route("/orders/events", methods=["POST"])
def order_events():
    n = 0
    for _, el in etree.iterparse(request.files["orders"], resolve_entities=True):  # expect: xxe
        n += 1
    for _, el in etree.iterparse(request.files["orders"], resolve_entities=False):  # safe: xxe
        n += 1
    return jsonify(count=n)
