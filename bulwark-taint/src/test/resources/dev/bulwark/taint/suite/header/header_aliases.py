from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/download")
def download():
    response = make_response("...")
    headers = response.headers
    headers["Content-Disposition"] = "attachment; filename=" + request.args.get("name", "")  # expect: header
    headers["X-Name-Length"] = str(len(request.args.get("name", "")))  # safe: header
    headers["Cache-Control"] = "no-store"  # safe: header
    return response


@app.route("/trace")
def trace():
    response = make_response("ok")
    out = response.headers
    trace_id = request.headers.get("X-Trace", "")
    out["X-Trace"] = trace_id  # expect: header
    notes = {}
    notes["X-Trace"] = trace_id  # safe: header
    return response
