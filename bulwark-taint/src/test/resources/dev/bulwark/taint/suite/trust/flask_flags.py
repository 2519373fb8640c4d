from flask import Flask, request, session

app = Flask(__name__)
FLAGS = ("beta", "compact")


@app.route("/flag", methods=["POST"])
def set_flag():
    name = request.form.get("flag", "")
    session[name] = True  # expect: trust
    return "ok"


@app.route("/flag2", methods=["POST"])
def set_known_flag():
    name = request.form.get("flag", "")
    if name in FLAGS:
        session[name] = True  # safe: trust
    session["last_flag_at"] = 0  # safe: trust
    return "ok"


@app.route("/prefs", methods=["POST"])
def prefs():
    lang = request.form.get("lang", "en")
    session.update({"lang": lang, "seen": True})  # expect: trust
    session.setdefault("tz", request.form.get("tz", "UTC"))  # expect: trust
    session.update(seen=True)  # safe: trust
    return "ok"
