import json

from django.http import JsonResponse
from pymongo import MongoClient

events = MongoClient()["analytics"]["events"]

ALLOWED_FIELDS = ("country", "device", "browser")


def report(request):
    pipeline = json.loads(request.body)
    rows = list(events.aggregate(pipeline))  # expect: nosql
    return JsonResponse({"rows": rows})


def report_by_field(request):
    field = request.GET.get("field", "country")
    if field not in ALLOWED_FIELDS:
        field = "country"
    rows = list(events.aggregate([{"$group": {"_id": "$" + field, "n": {"$sum": 1}}}]))  # safe: nosql
    return JsonResponse({"rows": rows})


def purge(request):
    selector = json.loads(request.body)
    result = events.delete_many(selector)  # expect: nosql
    return JsonResponse({"deleted": result.deleted_count})


def purge_day(request):
    day = int(request.GET["day"])
    result = events.delete_many({"day": day})  # safe: nosql
    return JsonResponse({"deleted": result.deleted_count})


def tag(request):
    owner = request.POST["owner"]
    events.update_many({"owner": owner}, {"$set": {"tagged": True}})  # expect: nosql
    events.update_many({"owner": "system"}, {"$set": {"tag": request.POST["tag"]}})  # safe: nosql
    return JsonResponse({"ok": True})


def distinct_values(request):
    country = request.GET["country"]
    values = events.distinct("device", {"country": country})  # expect: nosql
    fixed = events.distinct(request.GET["field"], {"country": "FR"})  # safe: nosql
    return JsonResponse({"values": values, "fixed": fixed})
