from flask import Flask, Response, make_response, request

app = Flask(__name__)
TYPES = {"csv": "text/csv", "json": "application/json"}


@app.route("/download")
def download():
    name = request.args.get("name", "report")
    resp = make_response("data")
    resp.headers["Content-Disposition"] = f"attachment; filename={name}"  # expect: header
    resp.headers["X-Request-Id"] = request.headers.get("X-Request-Id", "")  # expect: header
    resp.headers["Cache-Control"] = "no-store"  # safe: header
    return resp


@app.route("/typed")
def typed():
    kind = request.args.get("kind", "csv")
    resp = Response("data")
    content_type = "text/plain"
    if kind == "json":
        content_type = "application/json"
    resp.headers["Content-Type"] = content_type  # safe: header
    resp.headers["X-Kind"] = kind.replace("\r", "").replace("\n", "")  # safe: header
    return resp


@app.route("/lang")
def lang():
    resp = Response("ok")
    value = request.cookies.get("lang", "en")
    resp.headers["Content-Language"] = value  # expect: header
    size = request.args.get("size", "10")
    resp.headers["X-Page-Size"] = str(int(size))  # safe: header
    return resp
