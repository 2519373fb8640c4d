import xml.sax
from xml.dom import minidom, pulldom
from xml.sax.handler import ContentHandler, feature_external_ges

from django.http import HttpResponse, JsonResponse


class Counter(ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def upload_catalog(request):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = Counter()
    parser.setContentHandler(handler)
    parser.parse(request.FILES["catalog"])  # expect: xxe
    return JsonResponse({"elements": handler.count})


def upload_catalog_default(request):
    parser = xml.sax.make_parser()
    handler = Counter()
    parser.setContentHandler(handler)
    parser.parse(request.FILES["catalog"])  # safe: xxe
    return JsonResponse({"elements": handler.count})


def upload_catalog_off(request):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.parse(request.FILES["catalog"])  # safe: xxe
    return HttpResponse("ok")


def catalog_dom(request):
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    doc = minidom.parseString(request.body, parser)  # expect: xxe
    plain = minidom.parseString(request.body)  # safe: xxe
    return HttpResponse(doc.documentElement.tagName + plain.documentElement.tagName)


def catalog_events(request):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(request.body.decode(), parser)  # expect: xxe
    local = pulldom.parse("catalog.xml", parser)  # safe: xxe
    return HttpResponse(str(sum(1 for _ in events)) + str(sum(1 for _ in local)))
