import xml.etree.ElementTree  # expect: BW405
import xml.etree.ElementTree as ET  # expect: BW405
import xml.etree.cElementTree as CET  # expect: BW405
from xml.etree import ElementTree  # expect: BW405
from xml.etree.ElementTree import fromstring  # expect: BW405

# look-alikes that must stay clean
import defusedxml.ElementTree as DET
from defusedxml.ElementTree import fromstring
from lxml import etree
import xml
import xml.dom
from xml.etree import ElementInclude
