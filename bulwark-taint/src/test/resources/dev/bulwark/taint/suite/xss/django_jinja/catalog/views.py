from django.shortcuts import render
from django.utils.html import escape


def product(request):
    return render(request, "catalog/product.html", {"description": request.GET["d"]})  # expect: xss


def product_name(request):
    # the Jinja2 backend escapes by default: only 'description' goes through |safe
    return render(request, "catalog/product.html", {"name": request.GET["n"]})  # safe: xss


def product_escaped(request):
    return render(request, "catalog/product.html", {"description": escape(request.GET["d"])})  # safe: xss
