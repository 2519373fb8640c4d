import xml.sax.expatreader
from xml.sax import expatreader
from xml.sax.expatreader import ExpatParser
from defusedxml import expatreader as safe_reader

reader = expatreader.create_parser()  # expect: BW315
xml.sax.expatreader.create_parser()  # expect: BW315
ExpatParser(namespaceHandling=1)  # expect: BW315

# look-alikes that must stay clean
safe_reader.create_parser()
safe_reader.DefusedExpatParser()
other.create_parser()
xml.sax.make_parser
