import xmlrpc  # expect: BW411
import xmlrpc.client  # expect: BW411
from xmlrpc.server import SimpleXMLRPCServer  # expect: BW411
from xmlrpc import client  # expect: BW411
import xmlrpclib  # expect: BW411

# look-alikes that must stay clean
import defusedxml.xmlrpc
from defusedxml.xmlrpc import monkey_patch
import jsonrpc
import xmlrpc_helpers
