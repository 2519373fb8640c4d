import xml.dom.pulldom  # expect: BW409
from xml.dom import pulldom  # expect: BW409
from xml.dom.pulldom import parse  # expect: BW409

# look-alikes that must stay clean
from defusedxml import pulldom
import xml.dom
from xml.dom import minidom
