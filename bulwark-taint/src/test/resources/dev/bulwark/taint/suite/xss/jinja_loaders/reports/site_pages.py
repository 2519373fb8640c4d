from flask import request

from .rendering import site


def banner():
    # 'site' is made in another module: how it escapes is taken from the extension (.html: escaped)
    return site.get_template("banner.html").render(headline=request.args["h"])  # safe: xss


def footer():
    return site.get_template("footer.html").render(motto=request.args["m"])  # expect: xss


def footer_signature():
    return site.get_template("footer.html").render(signature=request.args["s"])  # safe: xss
