import jinja2
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

env = Environment(loader=FileSystemLoader("templates"))  # expect: BW701
env2 = jinja2.Environment(autoescape=False)  # expect: BW701
OFF = False
env3 = Environment(autoescape=OFF)  # expect: BW701
tmpl = Template("Hello {{ name }}")  # expect: BW701
sandbox = SandboxedEnvironment()  # expect: BW701

# look-alikes that must stay clean
ok1 = Environment(autoescape=True)
ok2 = Environment(loader=FileSystemLoader("t"), autoescape=select_autoescape(["html"]))
ok3 = Environment(autoescape=should_escape)
ok4 = Environment(**options)
ok5 = Template("Hi {{ n }}", autoescape=True)
# arguments unpacked from a sequence may hold autoescape (Environment's seventeenth parameter)
ok6 = Environment(*environment_args)
other = django.template.Template("x")
