from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.generic import DetailView, TemplateView
from rest_framework.views import APIView


class ShopView(TemplateView):
    """A project base class: views deriving from it are views too."""

    template_name = "shop.html"


class ProductDetail(ShopView):
    def get(self, request, *args, **kwargs):
        req = self.request
        color = req.GET.get("color", "")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM products WHERE color = '" + color + "'")  # expect: sql
            cursor.execute("SELECT id FROM products WHERE verb = '" + req.method + "'")  # safe: sql
            cursor.execute("SELECT id FROM products WHERE color = %s", [color])  # safe: sql
        return HttpResponse("ok")


class CategoryDetail(DetailView):
    def get_object(self):
        slug = self.kwargs["slug"]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM categories WHERE slug = '{slug}'")  # expect: sql
            cursor.execute("SELECT * FROM categories WHERE slug = %s", [slug])  # safe: sql
            return cursor.fetchone()


class OrderApi(APIView):
    def get(self, request, order_id):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM orders WHERE id = " + order_id)  # expect: sql
            cursor.execute("SELECT * FROM orders WHERE id = %s", [order_id])  # safe: sql
        return JsonResponse({})

    def delete(self, request, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM orders WHERE id = " + kwargs["order_id"])  # expect: sql
        return JsonResponse({})


class ReportBuilder:
    """Not a view: its kwargs are what the caller passed."""

    def __init__(self, **kwargs):
        self.kwargs = kwargs

    def get(self, request, table):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM " + table)  # safe: sql
            cursor.execute("SELECT * FROM t WHERE k = '" + self.kwargs["key"] + "'")  # safe: sql
