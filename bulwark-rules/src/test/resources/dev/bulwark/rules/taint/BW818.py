from bson.objectid import ObjectId
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]


@app.route("/login", methods=["POST"])
def login():
    creds = request.get_json()
    user = db.users.find_one({"name": creds["name"], "password": creds["password"]})  # expect: BW818
    found = db.users.find({"$where": "this.name == '" + creds["name"] + "'"})  # expect: BW818
    total = db.orders.aggregate([{"$match": request.get_json()}])  # expect: BW818
    db.sessions.delete_many(creds)  # expect: BW818

    # look-alikes that must stay clean
    user = db.users.find_one({"name": str(creds["name"]), "password": str(creds["password"])})
    order = db.orders.find_one({"_id": ObjectId(request.args["id"])})
    at = creds["name"].find("@")
    at = "admin".find(creds["name"])
    rows = db.users.find({"active": True})
    return str(user)
