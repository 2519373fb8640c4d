import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    app.logger.info("search for " + q)  # expect: log
    app.logger.info("search for %r", q)  # safe: log
    return "ok"
