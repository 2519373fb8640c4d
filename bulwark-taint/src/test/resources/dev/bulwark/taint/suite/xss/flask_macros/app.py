from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/account")
def account():
    # the imported macro prints its 'value' parameter with |safe
    return render_template("account.html", signature=request.args["sig"])  # expect: xss


@app.route("/account/nickname")
def account_nickname():
    # escaped in the call: the macro's |safe keeps it escaped
    return render_template("account.html", nickname=request.args["nick"])  # safe: xss


@app.route("/account/name")
def account_name():
    # passed as 'label', which the macro prints escaped
    return render_template("account.html", display_name=request.args["name"])  # safe: xss


@app.route("/settings")
def settings():
    return render_template("settings.html", motto=request.form["motto"])  # expect: xss


@app.route("/settings/tip")
def settings_tip():
    return render_template("settings.html", tip=request.form["tip"])  # safe: xss


@app.route("/card")
def card():
    # a {% call %} passes 'heading' as the macro's 'title', printed with |safe
    return render_template("card.html", heading=request.args["h"])  # expect: xss


@app.route("/card/message")
def card_message():
    # the call body is rendered (and escaped) before caller()|safe prints it
    return render_template("card.html", message=request.args["m"])  # safe: xss


@app.route("/greeting")
def greeting():
    return render_template("scoped.html", greeting=request.args["g"])  # expect: xss


@app.route("/rows")
def rows():
    # the loop's set ends with the loop: the footer prints the context's 'shown', escaped
    return render_template("scoped.html", rows=request.args.getlist("r"))  # safe: xss
