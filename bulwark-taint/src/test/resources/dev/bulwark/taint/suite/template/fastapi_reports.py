from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from mako.template import Template

app = FastAPI()
env = Environment(autoescape=True)
HEADERS = {"short": "<h2>{{ t }}</h2>", "long": "<h1>{{ t }}</h1><hr>"}


@app.get("/report", response_class=HTMLResponse)
def report(title: str, style: str = "short"):
    head = env.from_string(HEADERS.get(style, HEADERS["short"]))  # safe: template
    mako = Template("<p>${title}</p>").render(title=title)  # safe: template
    own = Template("<p>" + title + "</p>").render()  # expect: template
    return head.render(t=title) + mako + own


@app.get("/widget", response_class=HTMLResponse)
def widget(markup: str, count: int = 1):
    try:
        rendered = env.from_string(markup).render()  # expect: template
    except Exception:
        rendered = ""
    repeat = env.from_string("{{ x }}" * count).render(x=markup)  # safe: template
    return rendered + repeat
