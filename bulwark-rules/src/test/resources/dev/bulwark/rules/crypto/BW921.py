import base64
import os
from Crypto.Cipher import AES, ChaCha20, Salsa20
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESGCMSIV, ChaCha20Poly1305

key = os.urandom(32)
ZERO_IV = b"\x00" * 16
Cipher(algorithms.AES(key), modes.CBC(b"0123456789abcdef"))  # expect: BW921
Cipher(algorithms.AES(key), modes.CBC(ZERO_IV))  # expect: BW921
Cipher(algorithms.AES(key), modes.CTR(bytes(16)))  # expect: BW921
Cipher(algorithms.AES(key), modes.GCM(initialization_vector=bytes.fromhex("00" * 12)))  # expect: BW921
Cipher(algorithms.AES(key), modes.OFB("fixed-iv-1234567".encode()))  # expect: BW921
Cipher(algorithms.ChaCha20(key, bytes([0] * 16)), mode=None)  # expect: BW921
AESGCM(key).encrypt(b"\x00" * 12, b"data", None)  # expect: BW921
box = ChaCha20Poly1305(key)
box.encrypt(base64.b64decode("AAAAAAAAAAAAAAAA"), b"data", None)  # expect: BW921
AES.new(key, AES.MODE_CBC, b"\x00" * 16)  # expect: BW921
AES.new(key, AES.MODE_CBC, iv=ZERO_IV)  # expect: BW921
AES.new(key, AES.MODE_GCM, nonce=b"static-nonce")  # expect: BW921
ChaCha20.new(key=key, nonce=b"12345678")  # expect: BW921
Salsa20.new(key, b"12345678")  # expect: BW921


def encrypt(data):
    iv = b"A" * 16
    return AES.new(key, AES.MODE_CFB, iv).encrypt(data)  # expect: BW921


# look-alikes that must stay clean
iv = os.urandom(16)
Cipher(algorithms.AES(key), modes.CBC(iv))
Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))
AESGCM(key).encrypt(os.urandom(12), b"data", None)
AESGCMSIV(key).encrypt(b"\x00" * 12, b"data", None)
AESGCM(key).decrypt(b"\x00" * 12, b"sealed", None)
AES.new(key, AES.MODE_GCM)
AES.new(key, AES.MODE_CBC, iv=iv)
ChaCha20.new(key=key)
other.encrypt(b"\x00" * 12, b"data", None)
Cipher(algorithms.AES(key), modes.ECB())


def per_message(data):
    nonce = os.urandom(12)
    return box.encrypt(nonce, data, None)
