import flask
from markupsafe import Markup, escape


def tag(tag_name):
    return Markup(f'<span class="tag">{tag_name}</span>')  # expect: BW704


def comment(text):
    return flask.Markup("<p>%s</p>" % text)  # expect: BW704


def rendered(html):
    return Markup(html)  # expect: BW704


def joined(parts):
    return Markup("".join(parts))  # expect: BW704


# look-alikes that must stay clean
def safe(name):
    a = Markup("<br>")
    b = Markup("<b>{}</b>").format(name)
    c = Markup("<i>%s</i>") % name
    d = Markup(escape(name))
    e = Markup(f"<b>{escape(name)}</b>")
    f = Markup()
    return a, b, c, d, e, f
