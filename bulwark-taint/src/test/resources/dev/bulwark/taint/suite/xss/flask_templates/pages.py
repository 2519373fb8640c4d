from flask import render_template


def show_bio(bio):
    return render_template("profile.html", bio=bio)


def show_name(name):
    return render_template("profile.html", name=name)
