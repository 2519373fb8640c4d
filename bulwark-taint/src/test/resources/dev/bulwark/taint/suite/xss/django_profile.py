import html

from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


class Badge:
    def __init__(self, label):
        self.label = label

    def render(self):
        return "<span class='badge'>" + self.label + "</span>"


def profile(request):
    name = request.GET.get("name", "")
    bio = request.POST.get("bio", "")
    out = HttpResponse("<h1>%s</h1>" % name)  # expect: xss
    out2 = HttpResponse("<h1>%s</h1>" % escape(name))  # safe: xss
    out3 = HttpResponse(format_html("<p>{}</p>", bio))  # safe: xss
    out4 = HttpResponse(mark_safe("<p>" + bio + "</p>"))  # expect: xss
    return out if name else out2 if bio else out3 if out4 else out4


def badge(request):
    label = request.GET.get("label", "")
    page = HttpResponse(Badge(label).render())  # expect: xss
    page2 = HttpResponse(Badge(html.escape(label)).render())  # safe: xss
    return page if label else page2


def greet(request):
    who = request.GET.get("who", "")
    who = html.escape(who)
    msg = f"<p>Hello {who}</p>"
    return HttpResponse(msg)  # safe: xss


def shell_escaped(request):
    import shlex
    who = shlex.quote(request.GET.get("who", ""))
    return HttpResponse("<p>Hello %s</p>" % who)  # expect: xss
