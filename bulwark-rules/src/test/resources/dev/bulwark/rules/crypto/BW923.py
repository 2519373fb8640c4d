import hashlib
import hmac
import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def decrypt(key, iv, data):
    d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()  # expect: BW923
    return d.update(data) + d.finalize()


def encrypt_legacy(key, data):
    iv = os.urandom(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)  # expect: BW923


class Vault:
    def open(self, blob):
        mac = hmac.new(self.mac_key, blob, hashlib.sha256).digest()

        def inner(iv):
            return AES.new(self.key, mode=AES.MODE_CBC, iv=iv)  # expect: BW923

        return mac, inner


cipher = Cipher(algorithms.AES(os.urandom(32)), modes.CBC(os.urandom(16)))  # expect: BW923


# look-alikes that must stay clean
def encrypt_then_mac(enc_key, mac_key, data):
    iv = os.urandom(16)
    ct = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor().update(data)
    return iv + ct + hmac.new(mac_key, iv + ct, hashlib.sha256).digest()


def checked_decrypt(self, key, iv, data, tag):
    if not hmac.compare_digest(self._tag(data), tag):
        raise ValueError("bad MAC")
    return AES.new(key, AES.MODE_CBC, iv).decrypt(data)


def signed(self, key, iv, data):
    self._verify_signature(data)
    return AES.new(key, AES.MODE_CBC, iv).decrypt(data)


def keyed_blake(key, iv, data, mac_key):
    hashlib.blake2b(data, key=mac_key).digest()
    return Cipher(algorithms.AES(key), modes.CBC(iv))


def gcm(key, nonce):
    return Cipher(algorithms.AES(key), modes.GCM(nonce))


def ecb(key):
    return AES.new(key, AES.MODE_ECB)
