import Crypto  # expect: BW413
import Crypto.Cipher.AES  # expect: BW413
import os, Crypto.Hash as H  # expect: BW413
from Crypto.Cipher import AES  # expect: BW413
from Crypto import Random  # expect: BW413
# expect: BW413
from Crypto.PublicKey import (
    RSA,
)


def lazy():
    from Crypto.Util.Padding import pad  # expect: BW413
    return pad

# look-alikes that must stay clean
import Cryptodome.Cipher.AES
from Cryptodome.Hash import SHA256
import CryptoPlus
from CryptoPlus.Cipher import python_AES
from cryptography.fernet import Fernet
from .Crypto import helpers
from . import Crypto
import mypkg.Crypto
