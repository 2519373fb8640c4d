import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    logger.info("login attempt for " + user)  # expect: log
    logger.warning("failed login for %s", user)  # expect: log
    logging.error(f"bad password for {user}")  # expect: log
    logger.info("login attempt for %r", user)  # safe: log
    logger.info("login attempt for " + user.replace("\n", "\\n"))  # safe: log
    logger.info("login attempt for " + repr(user))  # safe: log
    return "ok"


@app.route("/items/<item>")
def item(item):
    count = request.args.get("count", "1")
    logger.log(logging.INFO, "item %s requested", item)  # expect: log
    logger.debug("count %d", int(count))  # safe: log
    logger.debug("item %r x %d", item, int(count))  # safe: log
    return "ok"
