from django.http import HttpResponse


def export(request):
    name = request.GET.get("name", "export")
    response = HttpResponse("a,b\n")
    response.headers["Content-Disposition"] = 'attachment; filename="%s.csv"' % name  # expect: header
    response.headers["Content-Type"] = "text/csv"  # safe: header
    return response
