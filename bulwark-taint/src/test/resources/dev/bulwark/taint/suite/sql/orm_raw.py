from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Order


def orders(request):
    status = request.GET.get("status", "open")
    qs = Order.objects.extra(where=["status = '%s'" % status])  # expect: sql
    qs = Order.objects.annotate(x=RawSQL("SELECT %s" % status, []))  # expect: sql
    qs = Order.objects.annotate(x=RawSQL("SELECT %s", [status]))  # safe: sql
    qs = Order.objects.filter(status=status)
    return JsonResponse({"n": qs.count()})


def order_by(request):
    limit = int(request.GET.get("limit", "10"))
    qs = Order.objects.raw("SELECT * FROM orders LIMIT %d" % limit)  # safe: sql
    return JsonResponse({"n": len(list(qs))})


def by_tag(request):
    tags = request.GET.getlist("tag")
    placeholders = ", ".join("%s" for _ in tags)
    qs = Order.objects.raw("SELECT * FROM orders WHERE tag IN (%s)" % placeholders, tags)  # safe: sql
    joined = ", ".join("'%s'" % t for t in tags)
    qs = Order.objects.raw("SELECT * FROM orders WHERE tag IN (%s)" % joined)  # expect: sql
    return JsonResponse({"n": len(list(qs))})
