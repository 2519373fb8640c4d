from django.db import connection
from django.http import JsonResponse

from .models import Report


def reports(request):
    year = request.GET.get("year")
    rows = Report.objects.raw("SELECT * FROM report WHERE year = %s" % year)  # expect: sql
    rows = Report.objects.raw("SELECT * FROM report WHERE year = %s", [year])  # safe: sql
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM report WHERE year = '" + year + "'")  # expect: sql
        cursor.execute("DELETE FROM report WHERE year = %s", [year])  # safe: sql
    return JsonResponse({"n": len(list(rows))})


def filters(request):
    params = {"year": request.GET["year"], "kind": "monthly"}
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM report WHERE kind = '%s'" % params["kind"])  # safe: sql
        cursor.execute("SELECT * FROM report WHERE year = '%s'" % params["year"])  # expect: sql
    return JsonResponse({})
