from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<b>Hi " + name + "</b>")  # expect: xss


def greet_safe(request):
    name = request.GET.get("name", "")
    return HttpResponse("<b>Hi " + escape(name) + "</b>")  # safe: xss


def banner(request):
    text = request.COOKIES.get("banner", "")
    return mark_safe("<div>%s</div>" % text)  # expect: xss


def count(request):
    n = int(request.GET.get("n", "0"))
    return HttpResponse("<b>%d</b>" % n)  # safe: xss
