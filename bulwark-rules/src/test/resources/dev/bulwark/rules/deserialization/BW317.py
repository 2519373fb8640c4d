import xml.sax
import xml.sax as sax
from xml.sax import parseString, make_parser
import defusedxml.sax

xml.sax.parseString(request.body, handler)  # expect: BW317
sax.parse(upload, handler)  # expect: BW317
parseString(data, handler)  # expect: BW317
parser = make_parser()  # expect: BW317
xml.sax.parse("settings.xml", handler)  # expect: BW317

# look-alikes that must stay clean
defusedxml.sax.parseString(request.body, handler)
defusedxml.sax.make_parser()
xml.sax.ContentHandler()
xml.sax.saxutils.escape(text)
json.parse(text)
