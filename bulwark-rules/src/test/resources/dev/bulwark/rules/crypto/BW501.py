import httpx
import vault
import requests
from requests import post as send_post

url = "https://example.com"
requests.get(url, verify=False)  # expect: BW501
send_post(url, data={}, verify=False)  # expect: BW501
requests.request("PUT", url, verify=0)  # expect: BW501
httpx.get(url, verify=False)  # expect: BW501
client = httpx.Client(verify=False)  # expect: BW501
httpx.AsyncClient(base_url=url, verify=False)  # expect: BW501
# expect: BW501
requests.delete(
    url,
    verify=False,
)
session = requests.Session()
session.verify = False  # expect: BW501
session.get(url, verify=False)  # expect: BW501
NO_VERIFY = False
requests.get(url, verify=NO_VERIFY)  # expect: BW501

# look-alikes that must stay clean
requests.get(url)
requests.get(url, verify=True)
requests.get(url, verify="/etc/ssl/ca.pem")
requests.get(url, verify=settings.VERIFY)
httpx.Client(verify=ssl_context)
checker.verify = False
vault.get("secret/x", verify=False)
options = {"verify": False}
signature.verify(data, verify=False)


def build(session):
    session.verify = False


class Api:
    def call(self):
        return self.http.post(url, json={}, verify=False)  # expect: BW501
