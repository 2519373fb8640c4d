import html

from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    return render_template("profile.html", bio=bio)  # expect: xss


@app.route("/profile-escaped")
def profile_escaped():
    bio = html.escape(request.args.get("bio", ""))
    return render_template("profile.html", bio=bio)  # safe: xss


@app.route("/profile-markup-escaped")
def profile_markup_escaped():
    return render_template("profile.html", bio=escape(request.args["bio"]))  # safe: xss


@app.route("/profile-name")
def profile_name():
    # 'name' is printed escaped; only 'bio' goes through |safe
    return render_template("profile.html", name=request.args["name"], bio="Hello")  # safe: xss


@app.route("/profile-markup")
def profile_markup():
    # Markup makes the escaped 'name' output print attacker HTML: reported at Markup
    return render_template("profile.html", name=Markup(request.args["n"]))  # expect: xss


@app.route("/profile-markup-constant")
def profile_markup_constant():
    return render_template("profile.html", name=Markup("<b>Hi</b>"))  # safe: xss


@app.route("/notice")
def notice():
    ctx = {"title": "News", "body": request.form["body"]}
    return render_template("notice.html", **ctx)  # expect: xss


@app.route("/notice-title")
def notice_title():
    ctx = {"title": request.form["title"], "body": "constant"}
    return render_template("notice.html", **ctx)  # safe: xss


@app.route("/plain")
def plain():
    # .txt is not autoescaped by Flask
    return render_template("mail.txt", who=request.args["who"])  # expect: xss


@app.route("/page")
def page():
    # page.html extends base.html, whose footer prints 'footer' with |safe
    return render_template("page.html", footer=request.args["f"])  # expect: xss


@app.route("/page-title")
def page_title():
    return render_template("page.html", title=request.args["t"])  # safe: xss


@app.route("/reenabled")
def reenabled():
    # autoescape is switched on again around 'note'
    return render_template("mixed.html", note=request.args["n"])  # safe: xss


@app.route("/mixed")
def mixed():
    return render_template("mixed.html", raw=request.args["r"])  # expect: xss


@app.route("/comments")
def comments():
    items = request.args.getlist("c")
    return render_template("comments.html", items=items)  # expect: xss


@app.route("/missing")
def missing():
    # no such template in the project: nothing is known of it
    return render_template("nowhere.html", bio=request.args["bio"])  # safe: xss


def show_profile(bio):
    # a helper of the same file: the path from the caller is reported at the render call here
    return render_template("profile.html", bio=bio)  # expect: xss


@app.route("/helper")
def helper():
    return show_profile(request.args["bio"])


@app.route("/helper-escaped")
def helper_escaped():
    return show_profile(html.escape(request.args["bio"]))  # safe: xss


@app.route("/other-module")
def other_module():
    from pages import show_bio, show_name

    show_name(request.args["n"])  # safe: xss
    return show_bio(request.args["bio"])  # expect: xss


@app.route("/article")
def article():
    # the template prints 'intro' through {% set lead = intro %} with |safe
    return render_template("article.html", intro=request.args["intro"])  # expect: xss


@app.route("/article-title")
def article_title():
    return render_template("article.html", title=request.args["t"])  # safe: xss


@app.route("/article-teaser")
def article_teaser():
    # the set escapes 'teaser' before |safe prints it
    return render_template("article.html", teaser=request.args["t"])  # safe: xss
