from flask import Flask, render_template, request

from admin.routes import admin

# the app keeps its templates in views/, not templates/
app = Flask(__name__, template_folder="views")
app.register_blueprint(admin)


@app.route("/account")
def account():
    return render_template("account.html", status=request.args.get("status", ""))  # expect: xss


@app.route("/account-name")
def account_name():
    return render_template("account.html", display_name=request.args["n"])  # safe: xss


@app.route("/account-status-fixed")
def account_status_fixed():
    return render_template("account.html", status="active")  # safe: xss


@app.route("/review", methods=["POST"])
def review():
    # the macro prints its 'text' parameter with |safe: the review's body
    return render_template("review.html", review={"body": request.form["body"]})  # expect: xss


@app.route("/review-excerpt", methods=["POST"])
def review_excerpt():
    # the excerpt is escaped before the macro's |safe
    return render_template("review.html", excerpt=request.form["excerpt"])  # safe: xss
