"""Reads request values in one place, so that the views never touch the request directly."""


class RequestReader:
    def __init__(self, request):
        self.request = request

    def form_value(self, name, default=""):
        return self.request.form.get(name, default)

    def query_value(self, name):
        value = self.request.args.get(name)
        return value

    def verb(self):
        return self.request.method

    def template_name(self):
        return "download.html"


def query_param(request, name):
    """For Django views: the query string value, or None."""
    return request.GET.get(name)


def site_name(request):
    return request.site_name
