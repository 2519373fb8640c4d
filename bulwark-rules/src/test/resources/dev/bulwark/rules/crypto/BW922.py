import base64
import hashlib
import hmac
import os

import jwt
from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hmac import HMAC

SECRET_KEY = b"0123456789abcdef0123456789abcdef"
Fernet(b"3b8T2kq0dU1x8c7v6Zq9yR2oP4nL5mK8jH7gF6eD5cA=")  # expect: BW922
Fernet("3b8T2kq0dU1x8c7v6Zq9yR2oP4nL5mK8jH7gF6eD5cA=")  # expect: BW922
AES.new(SECRET_KEY, AES.MODE_GCM)  # expect: BW922
AES.new(key=b"sixteen byte key", mode=AES.MODE_EAX)  # expect: BW922
Cipher(algorithms.AES(bytes.fromhex("00112233445566778899aabbccddeeff")), modes.GCM(os.urandom(12)))  # expect: BW922
AESGCM(base64.b64decode("MDEyMzQ1Njc4OWFiY2RlZg==")).encrypt(os.urandom(12), b"x", None)  # expect: BW922
hmac.new(b"webhook-secret", b"body", hashlib.sha256)  # expect: BW922
hmac.digest("shared".encode(), b"body", "sha256")  # expect: BW922
HMAC(SECRET_KEY, hashes.SHA256())  # expect: BW922
jwt.encode({"sub": "1"}, "not-so-secret", algorithm="HS256")  # expect: BW922
DERIVED = hashlib.sha256(b"my passphrase").digest()
AES.new(DERIVED, AES.MODE_GCM)  # expect: BW922


def make_cipher():
    key = "k" * 32
    return AESGCM(key.encode())  # expect: BW922


# look-alikes that must stay clean
Fernet(Fernet.generate_key())
Fernet(os.environ["FERNET_KEY"])
AES.new(os.urandom(32), AES.MODE_GCM)
AESGCM(AESGCM.generate_key(bit_length=256))
hmac.new(settings.SECRET_KEY.encode(), b"body", hashlib.sha256)
jwt.encode({"sub": "1"}, private_key, algorithm="RS256")
jwt.decode(token, "public-or-shared", algorithms=["HS256"])
hashlib.sha256(b"not a key")
other.Fernet(b"key")


def load(key):
    return Fernet(key)
