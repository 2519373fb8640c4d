import hashlib
import hmac
from hashlib import sha256


def store(user, password, salt):
    user.hash = hashlib.sha256(password.encode()).hexdigest()  # expect: BW926
    user.hash = sha256((salt + password).encode("utf-8")).hexdigest()  # expect: BW926
    user.hash = hashlib.md5(f"{salt}:{password}".encode()).hexdigest()  # expect: BW926
    user.hash = hashlib.new("sha512", bytes(password, "utf-8")).digest()  # expect: BW926
    user.hash = hashlib.sha1(data=user.password.encode()).hexdigest()  # expect: BW926
    user.hash = hashlib.sha1(("%s%s" % (salt, password)).encode()).hexdigest()  # expect: BW926
    h = hashlib.sha256()
    h.update(salt)
    h.update(new_password.encode())  # expect: BW926
    return hmac.new(pepper, request.form["password"].encode(), "sha256").hexdigest()  # expect: BW926


# look-alikes that must stay clean
def kdf(password, salt):
    hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    hashlib.sha256(body).hexdigest()
    hashlib.sha256(password_reset_token.encode()).hexdigest()
    hashlib.sha256(user.password_hash).hexdigest()
    cache = {}
    cache.update(password=password)
    hmac.new(password.encode(), body, "sha256")
