from Crypto.Hash import MD5, SHA, SHA256
from Cryptodome.Hash import MD4 as weak4, SHA1
import Crypto.Hash.MD2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hashes import SHA1 as CSHA1

MD5.new(b"data")  # expect: BW303
SHA.new(b"data")  # expect: BW303
weak4.new()  # expect: BW303
SHA1.new(b"data")  # expect: BW303
Crypto.Hash.MD2.new(b"x")  # expect: BW303
hashes.Hash(hashes.MD5())  # expect: BW303
digest = hashes.Hash(
    CSHA1()  # expect: BW303
)
factory = MD5.new
factory(b"aliased")  # expect: BW303

# look-alikes that must stay clean
SHA256.new(b"data")
hashes.Hash(hashes.SHA256())
hashes.MD5  # a reference, not a hash object
md5 = object()
md5.new(b"data")


def shadowed(MD5):
    MD5.new(b"data")


class Local:
    def SHA1(self):
        return 1


Local().SHA1()
