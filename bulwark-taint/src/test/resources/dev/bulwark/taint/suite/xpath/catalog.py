from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/catalog.xml")


def product(request):
    sku = request.GET["sku"]
    nodes = TREE.xpath("//product[@sku='" + sku + "']")  # expect: xpath
    nodes = TREE.xpath("//product[@sku=$sku]", sku=sku)  # safe: xpath
    return JsonResponse({"n": len(nodes)})
