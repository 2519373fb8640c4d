from xml.dom import pulldom
import xml.dom.pulldom as pd
from defusedxml import pulldom as safe_pulldom

for event, node in pulldom.parseString(feed):  # expect: BW319
    pass
pd.parse(stream)  # expect: BW319
pd.parse("feed.xml")  # expect: BW319

# look-alikes that must stay clean
safe_pulldom.parseString(feed)
safe_pulldom.parse(stream)
pulldom.START_ELEMENT
other.parse(stream)
