from django.http import HttpResponse
from jinja2 import Environment

env = Environment(autoescape=True)
SNIPPETS = {"greet": "Hello {{ name }}", "bye": "Bye {{ name }}"}


def preview(request):
    source = request.POST.get("template", "")
    out = env.from_string(source).render()  # expect: template
    snippet = SNIPPETS.get(request.GET.get("snippet", "greet"), "")
    out += env.from_string(snippet).render(name=source)  # safe: template
    return HttpResponse(out)


def headline(request):
    parts = ["<h1>", request.GET.get("title", ""), "</h1>"]
    tpl = env.from_string("".join(parts))  # expect: template
    fixed = env.from_string("<h1>{{ t }}</h1>")  # safe: template
    return HttpResponse(tpl.render() + fixed.render(t=parts[1]))
