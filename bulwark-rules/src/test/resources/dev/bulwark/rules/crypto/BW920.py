import hashlib
import hmac
from hmac import new as hmac_new

from pygments.token import Keyword


def verify_webhook(request, key):
    body = request.body
    if hmac.new(key, body, hashlib.sha256).hexdigest() == request.headers["X-Signature"]:  # expect: BW920 high
        return True
    mac = hmac_new(key, body, "sha256")
    if request.headers["X-Hub"] != mac.digest():  # expect: BW920 high
        return False
    if hmac.digest(key, body, "sha256") == request.data:  # expect: BW920 high
        return True
    return False


def login(user, password, form):
    if user.password == password:  # expect: BW920 medium
        return True
    if form["csrf_token"] != session_token():  # expect: BW920 medium
        return False
    if hashlib.sha256(form["x"].encode()).hexdigest() == expected_digest:  # expect: BW920 medium
        return False
    if request.headers.get("X-Api-Key") == settings.API_KEY:  # expect: BW920 medium
        return True
    if signature.encode() == expected.encode():  # expect: BW920 medium
        return True
    if user.password_hash == computed:  # expect: BW920 medium
        return True
    return 0 < len(password) == limit


# look-alikes that must stay clean
def parse(tokens):
    token = next(tokens)
    if token == ")":
        return None
    if token is None or token in tokens:
        return None
    if token.type == kind:
        return None
    if len(token) == 32:
        return None
    if hmac.compare_digest(token, expected):
        return None
    if key == other_key:
        return None
    if signature_method == method:
        return None
    if password != "":
        return None
    if token == ("", ""):
        return None
    if sig == signal.SIGINT:
        return None


def more_look_alikes(data, options, running_hash, expected_hash, verify, value):
    if token == Keyword:
        return None
    if next_token == other:
        return None
    if verify != options["verify_signature"]:
        return None
    if digest != value:
        return None
    if data["password"] != data["confirm"]:
        return None
    if running_hash.digest() != expected_hash:
        return None
    if has_token == value:
        return None


class Signed:
    def __eq__(self, other):
        return self.signature == other.signature


def test_signature():
    assert token == expected_token
    if token == expected_token:
        pass


assert hmac.new(b"k", b"m", hashlib.sha256).hexdigest() == signature
