from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils import safestring

register = template.Library()


def bio(user):
    return mark_safe(user.profile.bio)  # expect: BW308


def rendered(markdown, text):
    html = markdown.render(text)
    return safestring.mark_safe(html)  # expect: BW308


def wrapped(value):
    return SafeString(value)  # expect: BW308


@mark_safe  # expect: BW308
def banner():
    return load_banner()


register.filter("trusted", mark_safe)  # expect: BW308
items = list(map(mark_safe, load_items()))  # expect: BW308


# look-alikes that must stay clean
def fine(name, title):
    a = mark_safe("<br>")
    b = mark_safe(format_html("<b>{}</b>", name))
    c = mark_safe(escape(name))
    d = mark_safe(f"<b>{name}</b>")  # formatted: BW703's finding, not this rule's
    e = mark_safe("<i>%s</i>" % title)
    SEP = "<hr>"
    f = mark_safe(SEP)
    return a, b, c, d, e, f


def type_checks(value):
    return isinstance(value, SafeString) or issubclass(type(value), safestring.SafeData)


def mark_safe_local(mark_safe, x):
    return mark_safe(x)
