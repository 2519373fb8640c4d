import xml.dom.expatbuilder  # expect: BW407
from xml.dom import expatbuilder  # expect: BW407
from xml.dom.expatbuilder import parseString  # expect: BW407

# look-alikes that must stay clean
from defusedxml import expatbuilder
import xml.dom
from xml.dom import minidom
import xml.parsers.expat
