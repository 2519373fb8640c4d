import jinja2
from flask import render_template_string
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment

name = input()
env = Environment()
render_template_string(f"<h1>Hello {name}</h1>")  # expect: BW906
Template("Hello " + name)  # expect: BW906
env.from_string("<p>%s</p>" % name)  # expect: BW906
page = "<div>{}</div>".format(name)
jinja2.Template(page)  # expect: BW906
Template(load_from_database(name))  # expect: BW906
jinja2.Environment(autoescape=True).from_string(source=name)  # expect: BW906
# expect: BW906
render_template_string(
    "<p>" + name + "</p>",
)

# constant sources, render variables and sandboxes stay clean
render_template_string("<h1>Hello {{ name }}</h1>", name=name)
Template("Hello {{ name }}").render(name=name)
HEADER = "<header>{{ title }}</header>"
env.from_string(HEADER)
sandbox = SandboxedEnvironment()
sandbox.from_string(name)
SandboxedEnvironment().from_string(name)
env.get_template("page.html")
string.Template(name)
