import xml.etree.cElementTree as CET
from xml.etree.cElementTree import parse, iterparse
import defusedxml.cElementTree as SafeCET

root = CET.fromstring(upload.read())  # expect: BW313
tree = parse(path)  # expect: BW313
for event, elem in iterparse(stream):  # expect: BW313
    pass
parser = CET.XMLParser()  # expect: BW313
CET.fromstring("<config/>")  # expect: BW313

# look-alikes that must stay clean
SafeCET.fromstring(upload.read())
CET.tostring(root)
CET.Element("item")
CET.parse(stream, parser=SafeCET.DefusedXMLParser())
other.fromstring(upload.read())
