import xml.sax  # expect: BW406
import xml.sax.saxutils  # expect: BW406
from xml import sax  # expect: BW406
from xml.sax import make_parser  # expect: BW406

# look-alikes that must stay clean
import defusedxml.sax
from defusedxml import sax
import xml.dom
import xml
from xml import etree
