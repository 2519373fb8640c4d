from flask import request
from jinja2 import Environment, FileSystemLoader

# no autoescape: every output of these templates prints raw HTML
raw = Environment(loader=FileSystemLoader(["site_templates"]))


def banner_raw():
    return raw.get_template("banner.html").render(headline=request.args["h"])  # expect: xss


def banner_constant():
    return raw.get_template("banner.html").render(headline="Spring sale")  # safe: xss
