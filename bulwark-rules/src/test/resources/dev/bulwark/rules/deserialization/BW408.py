import xml.dom.minidom  # expect: BW408
from xml.dom import minidom  # expect: BW408
from xml.dom.minidom import parseString as ps  # expect: BW408

# look-alikes that must stay clean
from defusedxml import minidom
from defusedxml.minidom import parseString
import xml.dom
from xml.dom import pulldom
