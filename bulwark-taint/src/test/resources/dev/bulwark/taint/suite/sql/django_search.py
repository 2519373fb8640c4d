from django.db import connection
from django.http import JsonResponse

from shop.models import Product

COLUMNS = ["name", "price", "stock"]


def search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_product WHERE name LIKE '%%" + term + "%%'")  # expect: sql
        cursor.execute("SELECT id FROM shop_product WHERE name LIKE %s", ["%" + term + "%"])  # safe: sql
        rows = cursor.fetchall()
    return JsonResponse({"ids": [r[0] for r in rows]})


def sorted_products(request):
    column = request.GET.get("sort", "name")
    if column not in COLUMNS:
        column = "name"
    products = Product.objects.raw("SELECT * FROM shop_product ORDER BY " + column)  # safe: sql
    unchecked = Product.objects.raw("SELECT * FROM shop_product ORDER BY " + request.GET["by"])  # expect: sql
    return JsonResponse({"n": len(list(products)) + len(list(unchecked))})


def cheap(request):
    limit = float(request.GET.get("max", "10"))
    products = Product.objects.extra(where=["price < %s" % limit])  # safe: sql
    named = Product.objects.extra(where=["name = '%s'" % request.GET["name"]])  # expect: sql
    return JsonResponse({"n": products.count() + named.count()})
