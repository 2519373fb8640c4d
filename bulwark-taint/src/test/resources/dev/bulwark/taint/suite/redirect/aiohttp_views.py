from aiohttp import web

ROUTES = web.RouteTableDef()
SHORT_LINKS = {"docs": "https://docs.example.com", "home": "/"}


@ROUTES.get("/go/{name}")
async def go(request):
    name = request.match_info["name"]
    raise web.HTTPFound(SHORT_LINKS.get(name, "/"))  # safe: redirect


@ROUTES.get("/out")
async def out(request):
    target = request.query.get("url", "/")
    raise web.HTTPFound(target)  # expect: redirect


@ROUTES.get("/after-login")
async def after_login(request):
    nxt = request.query.get("next", "")
    if nxt.startswith("/") and not nxt.startswith(("//", "/\\")):
        raise web.HTTPFound(nxt)  # safe: redirect
    raise web.HTTPSeeOther(location=nxt)  # expect: redirect


@ROUTES.post("/lang")
async def lang(request):
    form = await request.post()
    back = form.get("back", "/")
    raise web.HTTPFound(back)  # expect: redirect
