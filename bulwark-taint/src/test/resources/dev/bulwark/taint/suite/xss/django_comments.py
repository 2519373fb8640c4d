from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe


def comment(request):
    text = request.POST["text"]
    return HttpResponse("<div class='comment'>" + text + "</div>")  # expect: xss


def comment_escaped(request):
    text = request.POST["text"]
    return HttpResponse("<div class='comment'>" + escape(text) + "</div>")  # safe: xss


def banner(request):
    msg = request.GET.get("msg", "")
    html = mark_safe("<b>" + msg + "</b>")  # expect: xss
    fixed = mark_safe("<b>Welcome</b>")  # safe: xss
    return HttpResponse(html + fixed)


def page(request):
    page_no = int(request.GET.get("page", "1"))
    return HttpResponse("<p>Page %d</p>" % page_no)  # safe: xss
