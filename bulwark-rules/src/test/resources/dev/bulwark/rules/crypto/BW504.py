import ssl
from ssl import wrap_socket as wrap

sock = object()
ssl.wrap_socket(sock)  # expect: BW504
wrap(sock, certfile="c.pem", keyfile="k.pem")  # expect: BW504
ssl.wrap_socket(sock, None, None, False, ssl.CERT_REQUIRED)  # expect: BW504
# expect: BW504
ssl.wrap_socket(
    sock,
    server_side=True,
)

# look-alikes that must stay clean
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLS_CLIENT)
ssl.wrap_socket(sock, None, None, False, ssl.CERT_REQUIRED, ssl.PROTOCOL_TLS)
ssl.wrap_socket(sock, **options)
ssl.wrap_socket(*args)
ctx = ssl.create_default_context()
ctx.wrap_socket(sock, server_hostname="example.com")
