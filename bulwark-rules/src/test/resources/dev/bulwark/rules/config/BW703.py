from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def link(url, title):
    return mark_safe(f'<a href="{url}">{title}</a>')  # expect: BW703


def bold(name):
    return mark_safe("<b>%s</b>" % name)  # expect: BW703


def items(values):
    return mark_safe("<li>" + "</li><li>".join(values) + "</li>")  # expect: BW703


def fmt(name):
    return SafeString("<i>{}</i>".format(name))  # expect: BW703


def bound(name):
    html = f"<p>{name}</p>"
    return mark_safe(html)  # expect: BW703


def mixed(name, user):
    return mark_safe("<b>%s</b> by %s" % (escape(name), user))  # expect: BW703


# look-alikes that must stay clean
def safe(name, count):
    a = mark_safe("<br>")
    b = mark_safe(f"<b>{escape(name)}</b>")
    c = mark_safe("<i>%s</i>" % escape(name))
    d = mark_safe(format_html("<b>{}</b>", name))
    e = mark_safe(name)  # opaque value: BW308's finding
    SIZE = 3
    f = mark_safe(f"<h{SIZE}>Title</h{SIZE}>")
    g = format_html("<b>{}</b>", name)
    return a, b, c, d, e, f, g
