import ssl
from ssl import PROTOCOL_SSLv2, TLSVersion
from OpenSSL import SSL


def connect(host, version=ssl.PROTOCOL_TLSv1):  # expect: BW503
    pass


def legacy(host, version=PROTOCOL_SSLv2, *, minimum=TLSVersion.TLSv1_1):  # expect: BW503
    pass


async def serve(method=SSL.SSLv3_METHOD):  # expect: BW503
    pass


def keyword_only(*, bound=SSL.TLS1_VERSION):  # expect: BW503
    pass


opener = lambda v=ssl.PROTOCOL_TLSv1_1: v  # expect: BW503


class Client:
    def open(self, proto=ssl.PROTOCOL_SSLv3):  # expect: BW503
        pass


def multi(
    host,
    version=ssl.PROTOCOL_TLSv1,  # expect: BW503
):
    pass


# look-alikes that must stay clean
def modern(host, version=ssl.PROTOCOL_TLS_CLIENT, minimum=TLSVersion.TLSv1_2):
    pass


def no_default(version):
    if version == ssl.PROTOCOL_TLSv1:
        pass


def shadowed(ssl):
    def inner(v=ssl.PROTOCOL_TLSv1):
        pass
