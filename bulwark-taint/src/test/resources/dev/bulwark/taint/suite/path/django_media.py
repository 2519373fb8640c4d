import os

from django.http import FileResponse, HttpResponse
from django.utils.text import get_valid_filename

MEDIA = "/var/www/media"


def serve(request):
    name = request.GET["file"]
    return FileResponse(open(os.path.join(MEDIA, name), "rb"))  # expect: path


def serve_clean(request):
    name = get_valid_filename(request.GET["file"])
    return FileResponse(open(os.path.join(MEDIA, name), "rb"))  # safe: path


def upload(request):
    upload = request.FILES["doc"]
    with open(os.path.join(MEDIA, upload.name), "wb") as out:  # expect: path
        out.write(upload.read())
    with open(os.path.join(MEDIA, os.path.basename(upload.name)), "wb") as out:  # safe: path
        out.write(upload.read())
    return HttpResponse("ok")


def thumbnail(request):
    size = int(request.GET.get("size", "64"))
    with open(os.path.join(MEDIA, "thumbs", "%d.png" % size), "rb") as fh:  # safe: path
        return HttpResponse(fh.read(), content_type="image/png")
