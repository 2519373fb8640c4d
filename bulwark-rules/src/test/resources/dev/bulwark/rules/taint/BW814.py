from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args["name"]
    resp = make_response("data")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name  # expect: BW814

    # look-alikes that must stay clean
    resp.headers["X-Count"] = str(int(request.args.get("n", "0")))
    resp.headers["Cache-Control"] = "no-store"
    return resp
