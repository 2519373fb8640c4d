import ssl
import urllib.request
from ssl import _create_unverified_context as unverified

urllib.request.urlopen("https://example.com", context=ssl._create_unverified_context())  # expect: BW323
ctx = unverified()  # expect: BW323
ssl._create_default_https_context = ssl._create_unverified_context  # expect: BW323
# expect: BW323
settings.context_factory = (
    ssl._create_unverified_context)
factory = ssl._create_unverified_context
factory()  # expect: BW323

# look-alikes that must stay clean
ssl.create_default_context()
ssl._create_default_https_context = ssl.create_default_context
other._create_unverified_context()


def shadowed(ssl):
    return ssl._create_unverified_context()
