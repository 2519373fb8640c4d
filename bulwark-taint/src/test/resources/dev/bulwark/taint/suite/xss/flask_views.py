from flask import Flask, Response, jsonify, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    page = "<h1>Hello</h1>"
    page += f"<p>Welcome back, {name}</p>"
    return page  # expect: xss


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return "<p>No results for " + q + "</p>", 404  # expect: xss


@app.post("/preview")
def preview():
    text = request.form.get("text", "")
    return "<div>%s</div>" % escape(text)  # safe: xss


@app.route("/api/echo")
def echo():
    q = request.args.get("q", "")
    return {"q": q, "length": len(q)}  # safe: xss


@app.route("/api/tags")
def tags():
    tags = request.args.getlist("tag")
    return [t.strip() for t in tags]  # safe: xss


@app.route("/api/user")
def user():
    data = {"name": request.args.get("name", ""), "role": "viewer"}
    return data  # safe: xss


@app.route("/api/search")
def api_search():
    return jsonify(query=request.args.get("q", ""))  # safe: xss


@app.route("/raw")
def raw():
    q = request.args.get("q", "")
    return q, 200, {"Content-Type": "text/plain; charset=utf-8"}  # safe: xss


@app.route("/raw.html")
def raw_html():
    q = request.args.get("q", "")
    return q, 200, {"Content-Type": "text/html"}  # expect: xss


@app.route("/export")
def export():
    rows = request.args.get("rows", "")
    resp = Response(rows, mimetype="text/csv")  # safe: xss
    return resp


@app.route("/export.json")
def export_json():
    doc = request.get_data(as_text=True)
    return Response(doc, content_type="application/json")  # safe: xss


@app.route("/page")
def page_view():
    doc = request.args.get("doc", "")
    return Response(doc, content_type="text/html; charset=utf-8")  # expect: xss


@app.route("/tagged")
def tagged():
    label = request.args.get("label", "")
    return make_response(("<p>Saved</p>", {"X-Label": label}))  # safe: xss


@app.route("/tagged2")
def tagged2():
    label = request.args.get("label", "")
    return make_response(("<p>" + label + "</p>", 201))  # expect: xss


@app.route("/status")
def status():
    code = request.args.get("code", "")
    return make_response("<p>Done</p>", 200, {"X-Code": code})  # safe: xss


@app.route("/again")
def again():
    return hello()  # safe: xss


@app.route("/api/filters")
def filters():
    chosen = request.args.to_dict()
    return chosen, 200  # safe: xss


@app.route("/api/form")
def form_copy():
    return dict(request.form), 201  # safe: xss


@app.route("/note")
def note():
    text = request.args.get("text", "")
    return make_response(text, 200, {"Content-Type": "text/plain"})  # safe: xss


@app.route("/note.html")
def note_html():
    text = request.args.get("text", "")
    body = "<pre>" + text + "</pre>"
    return make_response(body, 200, {"X-Frame-Options": "DENY"})  # expect: xss


@app.route("/upload", methods=["POST"])
def upload():
    from werkzeug.utils import secure_filename

    f = request.files["doc"]
    name = secure_filename(f.filename)
    f.save("/srv/uploads/" + name)
    if not name.endswith(".pdf"):
        return "<p>Not a PDF: " + f.filename + "</p>", 400  # expect: xss
    return f"<p>Saved {name}</p>"  # safe: xss
