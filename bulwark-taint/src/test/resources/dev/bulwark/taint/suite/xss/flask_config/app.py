from flask import Flask, render_template, request
from jinja2 import Environment, FileSystemLoader

import settings
from settings import MAIL_TEMPLATES

app = Flask(__name__, template_folder=settings.WEB_TEMPLATES)
mail = Environment(loader=FileSystemLoader(MAIL_TEMPLATES))


@app.route("/welcome")
def welcome():
    return render_template("welcome.html", motd=request.args["motd"])  # expect: xss


@app.route("/welcome-user")
def welcome_user():
    return render_template("welcome.html", user=request.args["u"])  # safe: xss


@app.route("/invite", methods=["POST"])
def invite():
    # a plain Environment escapes nothing
    return mail.get_template("invite.html").render(guest=request.form["guest"])  # expect: xss


@app.route("/invite-fixed", methods=["POST"])
def invite_fixed():
    return mail.get_template("invite.html").render(guest="friend")  # safe: xss
