from xml.dom import expatbuilder
import xml.dom.expatbuilder as eb
from defusedxml import expatbuilder as safe_builder

doc = expatbuilder.parseString(payload)  # expect: BW316
eb.parse(upload)  # expect: BW316
eb.parseString("<a/>")  # expect: BW316

# look-alikes that must stay clean
safe_builder.parseString(payload)
safe_builder.parse(upload)
eb.ExpatBuilder
other.parseString(payload)
