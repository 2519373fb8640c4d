import httpx
import requests
from django.http import JsonResponse


def test_webhook(request):
    url = request.POST["url"]
    r = requests.post(url, json={"ping": True}, timeout=5)  # expect: ssrf
    return JsonResponse({"status": r.status_code})


def fetch_preview(request):
    target = request.GET.get("u")
    r = httpx.get(target, timeout=5)  # expect: ssrf
    return JsonResponse({"len": len(r.text)})


def fixed_service(request):
    item = int(request.GET["item"])
    r = requests.get("https://inventory.internal/items/%d" % item, timeout=5)  # safe: ssrf
    return JsonResponse(r.json())
