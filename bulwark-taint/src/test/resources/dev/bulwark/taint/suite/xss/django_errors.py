from django.http import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotFound, JsonResponse
from django.utils.html import escape

from .models import Article


def article(request):
    slug = request.GET["slug"]
    try:
        return JsonResponse({"title": Article.objects.get(slug=slug).title})
    except Article.DoesNotExist:
        return HttpResponseNotFound("<h1>No article named " + slug + "</h1>")  # expect: xss


def article_escaped(request):
    slug = request.GET["slug"]
    try:
        return JsonResponse({"title": Article.objects.get(slug=slug).title})
    except Article.DoesNotExist:
        return HttpResponseNotFound("<h1>No article named " + escape(slug) + "</h1>")  # safe: xss


def search(request):
    q = request.GET.get("q", "")
    if len(q) > 100:
        return HttpResponseBadRequest(f"query too long: {q}")  # expect: xss
    if not request.user.is_staff:
        return HttpResponseForbidden("staff only: " + q, content_type="text/plain")  # safe: xss
    return HttpResponseBadRequest("query rejected")  # safe: xss
