from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login")
def login():
    target = request.args.get("next")
    if target:
        return redirect(target)  # expect: BW807
    return redirect(request.form["back"])  # expect: BW807


@app.route("/logout")
def logout():
    # look-alikes that must stay clean
    target = request.args.get("next")
    target = url_for("index")
    if 0:
        return redirect(request.args["next"])
    return redirect(target)
