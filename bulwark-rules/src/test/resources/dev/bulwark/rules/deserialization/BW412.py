from wsgiref.handlers import CGIHandler  # expect: BW412
from twisted.web.twcgi import CGIScript  # expect: BW412
from twisted.web.twcgi import CGIDirectory as Dir  # expect: BW412

# look-alikes that must stay clean
import wsgiref.handlers
from wsgiref.handlers import SimpleHandler
from wsgiref.simple_server import make_server
from twisted.web.twcgi import FilteredScript
