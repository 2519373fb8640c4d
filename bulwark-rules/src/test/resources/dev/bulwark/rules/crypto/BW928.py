import ssl
from OpenSSL import SSL
from ssl import PROTOCOL_TLSv1, SSLContext, TLSVersion

ssl.SSLContext(ssl.PROTOCOL_SSLv3)  # expect: BW928
SSLContext(PROTOCOL_TLSv1)  # expect: BW928
ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)  # expect: BW928
ctx = ssl.create_default_context()
ctx.minimum_version = ssl.TLSVersion.TLSv1  # expect: BW928
ctx.minimum_version = TLSVersion.TLSv1_1  # expect: BW928
ctx.maximum_version = TLSVersion.TLSv1_1  # expect: BW928
ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED  # expect: BW928
pyctx = SSL.Context(SSL.TLS_METHOD)
pyctx.set_min_proto_version(SSL.TLS1_VERSION)  # expect: BW928
# expect: BW928
self.context.minimum_version = (
    ssl.TLSVersion.SSLv3
)

# look-alikes that must stay clean
ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ssl.SSLContext()
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
ctx.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
ctx.maximum_version = TLSVersion.TLSv1_3
pyctx.set_min_proto_version(SSL.TLS1_2_VERSION)
minimum_version = TLSVersion.TLSv1
if ctx.minimum_version == TLSVersion.TLSv1:
    pass
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)  # BW502's business
