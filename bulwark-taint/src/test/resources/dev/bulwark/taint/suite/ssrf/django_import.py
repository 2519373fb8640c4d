import urllib.request

import httpx
from django.http import JsonResponse

FEEDS = ["https://news.example.com/rss", "https://blog.example.com/rss"]


def import_feed(request):
    url = request.POST.get("feed", "")
    with urllib.request.urlopen(url) as resp:  # expect: ssrf
        data = resp.read()
    if url in FEEDS:
        with urllib.request.urlopen(url) as resp:  # safe: ssrf
            data += resp.read()
    return JsonResponse({"n": len(data)})


def check(request):
    target = request.GET.get("target", "")
    r = httpx.get("http://" + target + ":8080/health")  # expect: ssrf
    index = request.GET.get("feed", "0")
    r2 = httpx.get(FEEDS[int(index)])  # safe: ssrf
    return JsonResponse({"a": r.status_code, "b": r2.status_code})
