import ssl
from ssl import PROTOCOL_SSLv3, wrap_socket
from OpenSSL import SSL

sock = object()
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)  # expect: BW502
wrap_socket(sock, ssl_version=PROTOCOL_SSLv3)  # expect: BW502
SSL.Context(SSL.TLSv1_METHOD)  # expect: BW502
SSL.Context(method=SSL.TLSv1_1_METHOD)  # expect: BW502
connect(host, ssl_version=ssl.PROTOCOL_TLSv1)  # expect: BW502
LEGACY = ssl.PROTOCOL_TLSv1_1
make_socket(LEGACY)  # expect: BW502
ssl.wrap_socket(
    sock, ssl_version=ssl.PROTOCOL_TLSv1)  # expect: BW502

# look-alikes that must stay clean
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLS_CLIENT)
SSL.Context(SSL.SSLv23_METHOD)
SSL.Context(SSL.TLS_METHOD)
ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # BW928's business
VERSIONS = {"tlsv1": ssl.PROTOCOL_TLSv1}
if version == ssl.PROTOCOL_TLSv1:
    pass
other.PROTOCOL_TLSv1


def shadowed(ssl):
    return connect(ssl_version=ssl.PROTOCOL_SSLv2)
