import aiohttp
from aiohttp import web

ROUTES = web.RouteTableDef()
STATUS_PAGES = ("https://status.example.com/api", "https://status.example.org/api")


@ROUTES.get("/fetch")
async def fetch(request):
    url = request.query.get("url", "")
    session = aiohttp.ClientSession()
    resp = await session.get(url)  # expect: ssrf
    text = await resp.text()
    return web.Response(text=text[:100])


@ROUTES.get("/status/{n}")
async def status(request):
    n = int(request.match_info["n"])
    session = aiohttp.ClientSession()
    resp = await session.get(STATUS_PAGES[n % len(STATUS_PAGES)])  # safe: ssrf
    return web.Response(text=str(resp.status))
