from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("/srv/catalog.xml")


class Finder:
    def __init__(self, tree):
        self.tree = tree

    def by_category(self, category):
        expr = "//item[@category='{}']".format(category)
        return self.tree.xpath(expr)  # expect: xpath


def search(request):
    term = request.POST.get("q", "")
    parts = ["//item[contains(title, '", term, "')]"]
    items = CATALOG.xpath("".join(parts))  # expect: xpath
    compiled = etree.XPath("//item[price < $max]")  # safe: xpath
    cheap = compiled(CATALOG, max=term)
    Finder(CATALOG).by_category(request.GET["category"])
    return JsonResponse({"n": len(items) + len(cheap)})


def by_id(request):
    item_id = request.GET.get("id", "0")
    try:
        number = int(item_id)
    except ValueError:
        return JsonResponse({"error": "bad id"}, status=400)
    items = CATALOG.xpath("//item[@id=%d]" % number)  # safe: xpath
    xp = etree.XPath("//item[@sku='" + request.GET["sku"] + "']")  # expect: xpath
    return JsonResponse({"n": len(items) + len(xp(CATALOG))})


def legacy(request):
    sku = request.GET.get("sku", "")
    sku = "A-100"
    return JsonResponse({"n": len(CATALOG.xpath("//item[@sku='" + sku + "']"))})  # safe: xpath
