"""The same shapes within one module."""
import html
import os

from flask import Flask, make_response, request

app = Flask(__name__)


class Reader:
    def __init__(self, req):
        self.req = req

    def arg(self, name):
        return self.req.args.get(name, "")

    def scheme(self):
        return self.req.scheme


class Shout:
    def render(self, value):
        return value.upper()


class Quiet:
    def render(self, value):
        return html.escape(value)


class Silent:
    def render(self, value):
        return ""


def pick_renderer():
    if os.environ.get("LOUD"):
        return Shout()
    return Quiet()


def pick_silent():
    return Silent()


class Tags:
    @staticmethod
    def wrap(value):
        return "<p>" + value + "</p>"

    @staticmethod
    def clean(value):
        return html.escape(value)


def make_greeter():
    def greet(name):
        return "Hi " + name
    return greet


@app.route("/reader")
def reader():
    return make_response(Reader(request).arg("q"))  # expect: xss


@app.route("/reader-scheme")
def reader_scheme():
    r = Reader(request)
    return make_response(r.scheme())  # safe: xss


@app.route("/renderer")
def renderer():
    r = pick_renderer()
    return make_response(r.render(request.args.get("q")))  # expect: xss


@app.route("/silent")
def silent():
    r = pick_silent()
    return make_response(r.render(request.args.get("q")))  # safe: xss


@app.route("/tags")
def tags():
    return make_response(Tags.wrap(request.args.get("q")))  # expect: xss


@app.route("/tags-clean")
def tags_clean():
    return make_response(Tags.clean(request.args.get("q")))  # safe: xss


@app.route("/greet")
def greet():
    g = make_greeter()
    return make_response(g(request.args.get("name")))  # expect: xss


class Loud:
    def emphasize(self, value):
        return value + "!"


class Mute:
    def emphasize(self, value):
        return "..."


class Page:
    def __init__(self):
        self.loud_part = Loud()
        self.mute_part = Mute()

    def loud(self, value):
        return self.loud_part.emphasize(value)

    def hushed(self, value):
        return self.mute_part.emphasize(value)


@app.route("/page-loud")
def page_loud():
    return make_response(Page().loud(request.args.get("q")))  # expect: xss


@app.route("/page-hushed")
def page_hushed():
    return make_response(Page().hushed(request.args.get("q")))  # safe: xss
