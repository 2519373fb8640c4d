import urllib.request
from urllib.request import Request, urlopen, urlretrieve


def fetch(url, path, host):
    urlopen(url)  # expect: BW310
    urllib.request.urlopen(url=url, timeout=5)  # expect: BW310
    urlretrieve(path, "/srv/out")  # expect: BW310
    Request(url)  # expect: BW310
    urlopen("file:///etc/passwd")  # expect: BW310
    urlopen("%s/api" % host)  # expect: BW310
    urllib.request.URLopener()  # expect: BW310
    urllib.request.FancyURLopener().open(url)  # expect: BW310


def forward(*args, **kwargs):
    with urlopen(*args, **kwargs) as response:  # expect: BW310
        return response.read()


def forward_options(**options):
    return urlopen(**options)  # expect: BW310


# look-alikes that must stay clean
BASE = "https://api.example.com"


def safe(host, item):
    urlopen("https://example.com/data.json")
    urlopen(f"https://{host}/items/{item}")
    urlopen(BASE + "/v1/items")
    urlopen("http://%s/status" % host)
    urlopen("https://{}/x".format(host))
    req = Request("https://example.com", headers={})
    urlopen(req)
    urlopen(Request("https://example.com"))
    other.urlopen(host)
    urlopen("https://example.com/data.json", **options)
