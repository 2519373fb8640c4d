from lxml import etree
from lxml import objectify
import lxml.etree
from lxml.etree import XMLParser, fromstring
import defusedxml.lxml

parser = etree.XMLParser(resolve_entities=True)  # expect: BW941
lax = XMLParser()  # expect: BW941
lxml.etree.XMLParser(no_network=False)  # expect: BW941
tree = etree.parse(upload)  # expect: BW941
root = fromstring(request.body)  # expect: BW941
etree.XML(text)  # expect: BW941
objectify.fromstring(text)  # expect: BW941
for event, elem in etree.iterparse(stream, resolve_entities=True):  # expect: BW941
    pass
etree.fromstring("<config/>")  # expect: BW941
# expect: BW941
pull = etree.XMLPullParser(
    events=("start",),
    resolve_entities=True,
)

# look-alikes that must stay clean
safe = etree.XMLParser(resolve_entities=False, no_network=True)
etree.XMLParser(resolve_entities="internal")
etree.XMLParser(**parser_options)
etree.fromstring(request.body, safe)
etree.parse(upload, parser=safe)
etree.iterparse(stream, resolve_entities=False)
etree.HTMLParser()
etree.tostring(root)
defusedxml.lxml.fromstring(request.body)
xml_module.fromstring(request.body)
etree.XMLParser(resolve_entities=resolve_flag)


def shadowed(etree):
    return etree.fromstring(request.body)
