from flask import Flask, jsonify, request, session

app = Flask(__name__)
THEMES = ("light", "dark")


def remember(key, value):
    session[key] = value  # expect: trust


@app.route("/cart/add", methods=["POST"])
def add():
    item = request.form["item"]
    cart = session.get("cart", [])
    cart.append(item)
    session["cart"] = cart  # expect: trust
    session["count"] = len(cart)  # safe: trust
    return jsonify(ok=True)


@app.route("/theme")
def theme():
    chosen = request.args.get("theme", "light")
    if chosen not in THEMES:
        chosen = "light"
    session["theme"] = chosen  # safe: trust
    return jsonify(ok=True)


@app.route("/role", methods=["POST"])
def role():
    data = request.get_json()
    session["role"] = data.get("role", "user")  # expect: trust
    session["user_id"] = int(data["id"])  # safe: trust
    remember("referrer", request.headers.get("Referer", ""))
    return jsonify(ok=True)


@app.route("/reset")
def reset():
    name = request.args.get("name", "")
    name = "guest"
    session["name"] = name  # safe: trust
    session["visitor"] = {"name": request.args.get("name", ""), "kind": "anon"}  # expect: trust
    return jsonify(ok=True)
