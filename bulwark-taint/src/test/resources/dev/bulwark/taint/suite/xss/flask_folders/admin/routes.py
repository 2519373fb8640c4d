import os

from flask import Blueprint, render_template, request
from markupsafe import escape

# a blueprint's template folder is relative to the blueprint's module
admin = Blueprint("admin", __name__, template_folder=os.path.join("pages"))


@admin.route("/admin/notice")
def notice():
    return render_template("notice.txt", message=request.args["m"])  # expect: xss


@admin.route("/admin/notice-escaped")
def notice_escaped():
    return render_template("notice.txt", message=escape(request.args["m"]))  # safe: xss


@admin.route("/admin/overview")
def overview():
    # .html: Flask escapes 'message' by default
    return render_template("overview.html", message=request.args["m"])  # safe: xss
