import os
import pathlib

from django.http import FileResponse, HttpResponse

REPORTS = pathlib.Path("/srv/reports")


def report(request):
    name = request.GET["name"]
    path = pathlib.Path("/srv/reports/" + name)  # expect: path
    return FileResponse(open(str(path), "rb"))  # expect: path


def report_by_id(request):
    rid = request.GET["id"]
    if not rid.isdigit():
        return HttpResponse(status=400)
    return FileResponse(open("/srv/reports/%s.pdf" % rid, "rb"))  # safe: path


def report_template(request):
    kind = request.GET.get("kind", "daily")
    names = {"daily": "daily.pdf", "weekly": "weekly.pdf"}
    return FileResponse(open(os.path.join("/srv/reports", names.get(kind, "daily.pdf")), "rb"))  # safe: path
