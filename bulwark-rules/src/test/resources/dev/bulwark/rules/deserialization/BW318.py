from xml.dom import minidom
import xml.dom.minidom
from xml.dom.minidom import parseString as ps
from defusedxml import minidom as safe_minidom

doc = minidom.parseString(request.data)  # expect: BW318
xml.dom.minidom.parse(upload)  # expect: BW318
ps(payload)  # expect: BW318
minidom.parseString("<a/>")  # expect: BW318

# look-alikes that must stay clean
safe_minidom.parseString(request.data)
minidom.Document()
doc.toxml()
other.parse(upload)


def shadowed(minidom):
    return minidom.parseString(request.data)
