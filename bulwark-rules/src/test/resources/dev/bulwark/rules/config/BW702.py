from mako import lookup
from mako.lookup import TemplateLookup
from mako.template import Template

page = Template("<p>${name}</p>")  # expect: BW702
lookup_a = TemplateLookup(directories=["templates"])  # expect: BW702
lookup_b = lookup.TemplateLookup(directories=["t"], default_filters=["str"])  # expect: BW702
page2 = Template(filename="x.html", default_filters=("unicode", "trim"))  # expect: BW702

# look-alikes that must stay clean
safe = Template("<p>${name}</p>", default_filters=["h"])
safe2 = TemplateLookup(directories=["t"], default_filters=["str", "h"])
safe3 = TemplateLookup(default_filters=FILTERS)
safe4 = Template("x", **opts)
safe5 = Template("x", default_filters=["markupsafe.escape"])
jinja = jinja2.Template("x")
