import ssl
import urllib3
from OpenSSL import SSL
from ssl import CERT_NONE

ctx = ssl.create_default_context()
ctx.check_hostname = False  # expect: BW924
ctx.verify_mode = ssl.CERT_NONE  # expect: BW924
self.context.verify_mode = CERT_NONE  # expect: BW924
ctx.verify_mode = ssl.VerifyMode.CERT_NONE  # expect: BW924
urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: BW924
urllib3.PoolManager(cert_reqs=ssl.CERT_NONE, assert_hostname=False)  # expect: BW924
urllib3.HTTPSConnectionPool("example.com", assert_hostname=False)  # expect: BW924
ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # expect: BW924
ssl.wrap_socket(sock, None, None, False, ssl.CERT_NONE)  # expect: BW924
pyctx = SSL.Context(SSL.TLS_METHOD)
pyctx.set_verify(SSL.VERIFY_NONE, lambda *args: True)  # expect: BW924
# expect: BW924
ctx.verify_mode = (
    ssl.CERT_NONE
)

# look-alikes that must stay clean
ctx.check_hostname = True
ctx.verify_mode = ssl.CERT_REQUIRED
ctx.verify_mode = mode_from_config
urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
urllib3.PoolManager(assert_hostname="example.com")
pyctx.set_verify(SSL.VERIFY_PEER, callback)
check_hostname = False
options = {"verify_mode": ssl.CERT_NONE}
if ctx.verify_mode == ssl.CERT_NONE:
    pass
