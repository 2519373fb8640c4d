from django.db import connection
from django.http import HttpResponse
from rest_framework.response import Response

from core.views import AuditedApi, Paginator, ScopedView


class ShelfView(ScopedView):
    def get(self, request, aisle):
        sku = self.kwargs["sku"]
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM shelves WHERE sku = '" + sku + "'")  # expect: sql
            cursor.execute("SELECT * FROM shelves WHERE aisle = '%s'" % aisle)  # expect: sql
            cursor.execute("SELECT * FROM shelves WHERE sku = %s", [sku])  # safe: sql
        return HttpResponse("ok")


class BinSearch(AuditedApi):
    def get(self, request):
        code = self.kwargs.get("code", "")
        term = self.request.query_params.get("q", "")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM bins WHERE code = '{code}'")  # expect: sql
            cursor.execute("SELECT * FROM bins WHERE label LIKE '%" + term + "%'")  # expect: sql
            cursor.execute("SELECT * FROM bins WHERE code = %s", [code])  # safe: sql
        return Response({"ok": True})

    def post(self, request):
        with connection.cursor() as cursor:
            cursor.execute("UPDATE bins SET label = '" + request.data["label"] + "'")  # expect: sql
            cursor.execute("UPDATE bins SET label = %s", [request.data["label"]])  # safe: sql
            cursor.execute("UPDATE bins SET moved = '" + request.method + "'")  # safe: sql
        return Response({"ok": True})


class StockPage(Paginator):
    """Not a view: a paginator whose kwargs the caller fills in."""

    def __init__(self, **kwargs):
        self.kwargs = {"order": "sku"}

    def fetch(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM stock ORDER BY " + self.kwargs["order"])  # safe: sql
