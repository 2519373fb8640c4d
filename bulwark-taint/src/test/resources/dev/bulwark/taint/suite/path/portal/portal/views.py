import os

from flask import request

from portal import stores
from portal.service import Downloads
from portal.web import RequestReader

BASE = "/srv/files"


def register(app):
    @app.route("/read", methods=["POST"])
    def read_file():
        reader = RequestReader(request)
        name = reader.form_value("name")
        with open(os.path.join(BASE, name)) as f:  # expect: path
            return f.read()

    @app.route("/query")
    def query_file():
        reader = RequestReader(request)
        name = reader.query_value("name")
        return open(name).read()  # expect: path

    @app.route("/verb")
    def verb_file():
        reader = RequestReader(request)
        return open(os.path.join(BASE, reader.verb())).read()  # safe: path

    @app.route("/template")
    def template_file():
        reader = RequestReader(request)
        return open(reader.template_name()).read()  # safe: path

    @app.route("/store")
    def store_file():
        store = stores.open_store()
        name = store.resolve(request.args.get("name", ""))
        return open(os.path.join(BASE, name)).read()  # expect: path

    @app.route("/fixed")
    def fixed_file():
        store = stores.fixed_store()
        name = store.resolve(request.args.get("name", ""))
        return open(os.path.join(BASE, name)).read()  # safe: path

    @app.route("/download")
    def download():
        downloads = Downloads()
        path = downloads.path_for(request.args["file"])
        return open(path).read()  # expect: path

    @app.route("/fallback")
    def fallback():
        downloads = Downloads()
        path = downloads.fallback_for(request.args["file"])
        return open(path).read()  # safe: path
