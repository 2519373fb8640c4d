import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    logger.warning("failed login for %s", user)  # expect: BW815
    logging.info("login: " + user)  # expect: BW815

    # look-alikes that must stay clean
    logger.warning("failed login for %r", user)
    logger.info("login: " + repr(user))
    logger.info("login: " + user.replace("\r", "").replace("\n", ""))
    logger.info("attempt %d", int(request.form.get("n", "0")))
    logger.info("login page served")
    return "ok"


def django_feedback(request):
    from django.contrib import messages

    topic = request.GET["topic"]
    messages.error(request, "Unknown topic " + topic)
    logging.getLogger("feedback").error("unknown topic " + topic)  # expect: BW815
