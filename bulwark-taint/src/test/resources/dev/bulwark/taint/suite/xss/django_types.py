import json

from django.http import HttpResponse


def export_csv(request):
    rows = request.GET.get("rows", "")
    return HttpResponse(rows, content_type="text/csv")  # safe: xss


def echo_json(request):
    payload = json.dumps({"q": request.GET.get("q", "")})
    return HttpResponse(payload, "application/json")  # safe: xss


def echo_html(request):
    q = request.GET.get("q", "")
    return HttpResponse("<p>" + q + "</p>", "text/html; charset=utf-8")  # expect: xss


def echo_svg(request):
    shape = request.GET.get("shape", "")
    return HttpResponse(shape, content_type="image/svg+xml")  # expect: xss
