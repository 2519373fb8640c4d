from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


def entity_parser():
    return etree.XMLParser(resolve_entities=True)


@app.post("/feed")
async def feed(request: Request):
    body = await request.body()
    parser = etree.XMLParser(no_network=False)
    root = etree.XML(body, parser)  # expect: xxe
    return {"items": len(root)}


@app.post("/feed/safe")
async def feed_safe(request: Request):
    body = await request.body()
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    root = etree.XML(body, parser)  # safe: xxe
    return {"items": len(root)}


@app.post("/feed/dead")
async def feed_dead(request: Request):
    body = await request.body()
    if False:
        root = etree.XML(body, etree.XMLParser(resolve_entities=True))  # safe: xxe
    return {"ok": True}
