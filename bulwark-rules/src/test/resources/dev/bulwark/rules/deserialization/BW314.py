import xml.etree.ElementTree as ET
import xml.etree.ElementTree
from xml.etree import ElementTree
from xml.etree.ElementTree import fromstring as fs, XMLPullParser
import defusedxml.ElementTree as DET
from defusedxml.ElementTree import DefusedXMLParser

root = ET.fromstring(request.body)  # expect: BW314
xml.etree.ElementTree.parse(upload)  # expect: BW314
ElementTree.XML(text)  # expect: BW314
fs(text)  # expect: BW314
XMLPullParser(events=["start"])  # expect: BW314
ET.iterparse(stream, events=("end",))  # expect: BW314
# a constant document is reported at low severity
ET.fromstring("<root><a/></root>")  # expect: BW314
# expect: BW314
ET.parse(
    upload,
)

# look-alikes that must stay clean
DET.fromstring(request.body)
DET.parse(upload)
ET.parse(upload, parser=DefusedXMLParser())
ET.parse(upload, DET.DefusedXMLParser())
# iterparse takes its parser third, after the events
ET.iterparse(stream, None, DefusedXMLParser())
ET.tostring(root)
ET.SubElement(root, "child")
ET.ElementTree(root)
lxml_etree.fromstring(request.body)


def shadowed(ET):
    return ET.fromstring(request.body)
