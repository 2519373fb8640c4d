import xml.dom.minidom
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes, feature_namespaces
import xml.sax.handler as handlers

parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)  # expect: BW949
parser.setFeature(handlers.feature_external_pes, 1)  # expect: BW949
parser.setFeature("http://xml.org/sax/features/external-general-entities", True)  # expect: BW949
reader = xml.sax.make_parser()
reader.setFeature(xml.sax.handler.feature_external_ges, True)  # expect: BW949
doc = xml.dom.minidom.parseString(upload, reader)

# look-alikes that must stay clean
safe = xml.sax.make_parser()
safe.setFeature(feature_external_ges, False)
safe.setFeature(feature_external_pes, 0)
safe.setFeature(feature_namespaces, True)
safe.setFeature("http://xml.org/sax/features/namespaces", True)
other.setFeature("external", True)
toggle.setFeature(feature_external_ges, enabled)
