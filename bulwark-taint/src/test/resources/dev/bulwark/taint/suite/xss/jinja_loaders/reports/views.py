import html

from flask import Blueprint, request

from .rendering import env, site

bp = Blueprint("reports", __name__)


@bp.route("/summary")
def summary():
    note = request.args.get("note", "")
    return env.get_template("summary.html").render(note=note)  # expect: xss


@bp.route("/summary-title")
def summary_title():
    # 'title' is escaped: select_autoescape escapes .html templates
    return env.get_template("summary.html").render(title=request.args["t"])  # safe: xss


@bp.route("/summary-escaped")
def summary_escaped():
    note = html.escape(request.args.get("note", ""))
    return env.get_template("summary.html").render(note=note)  # safe: xss


@bp.route("/digest", methods=["POST"])
def digest():
    template = env.get_template("digest.html")
    return template.render(recipient="team", body=request.form["body"])  # expect: xss


@bp.route("/digest-recipient", methods=["POST"])
def digest_recipient():
    template = env.get_template("digest.html")
    return template.render(recipient=request.form["to"], body="See attached.")  # safe: xss


@bp.route("/missing")
def missing():
    # no such template in any directory the loaders name
    return env.get_template("nowhere.html").render(note=request.args["note"])  # safe: xss
