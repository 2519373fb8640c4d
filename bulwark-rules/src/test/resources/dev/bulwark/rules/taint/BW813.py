from django.http import HttpResponse
from flask import Flask, request, session

app = Flask(__name__)
ROLES = ("viewer", "editor")


@app.route("/prefs")
def prefs():
    session["theme"] = request.args["theme"]  # expect: BW813
    role = request.args.get("role", "viewer")
    session["role"] = role  # expect: BW813

    # look-alikes that must stay clean
    session["page"] = int(request.args.get("page", "1"))
    if role in ROLES:
        session["checked_role"] = role
    session["visits"] = session.get("visits", 0) + 1
    return "ok"


def django_prefs(request):
    request.session["lang"] = request.GET["lang"]  # expect: BW813
    request.session["count"] = 1
    return HttpResponse("ok")
