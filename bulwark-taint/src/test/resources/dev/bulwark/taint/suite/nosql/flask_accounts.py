from bson import ObjectId
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost")["accounts"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = db.users.find_one({"email": body["email"], "password_hash": body["hash"]})  # expect: nosql
    if user is None:
        abort(403)
    return jsonify(id=str(user["_id"]))


@app.route("/login-typed", methods=["POST"])
def login_typed():
    body = request.get_json()
    email = str(body["email"])
    digest = str(body["hash"])
    user = db.users.find_one({"email": email, "password_hash": digest})  # safe: nosql
    return jsonify(found=user is not None)


@app.route("/users/<user_id>")
def show_user(user_id):
    user = db.users.find_one({"_id": ObjectId(user_id)})  # safe: nosql
    return jsonify(name=user["name"])


@app.route("/users/search")
def search_users():
    query = request.args.get("q", "")
    cursor = db.users.find({"$where": "this.name.indexOf('%s') >= 0" % query})  # expect: nosql
    return jsonify(names=[u["name"] for u in cursor])


@app.route("/users/filter", methods=["POST"])
def filter_users():
    criteria = request.get_json()
    cursor = db.users.find(criteria)  # expect: nosql
    count = db.users.count_documents(criteria)  # expect: nosql
    return jsonify(total=count, names=[u["name"] for u in cursor])


@app.route("/users/active")
def active_users():
    criteria = request.get_json()
    criteria = {"active": True}
    cursor = db.users.find(criteria)  # safe: nosql
    return jsonify(names=[u["name"] for u in cursor])


@app.route("/users/highlight")
def highlight():
    text = request.args.get("text", "")
    pos = text.find(request.args.get("word", ""))  # safe: nosql
    where = "name".find(request.args.get("word", ""))  # safe: nosql
    return jsonify(pos=pos, where=where)
