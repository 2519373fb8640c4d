import paramiko
import rsa as pyrsa
from Crypto.PublicKey import DSA, ECC, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from Cryptodome.PublicKey import RSA as RSAX

rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: BW505
rsa.generate_private_key(65537, 512)  # expect: BW505
dsa.generate_private_key(key_size=1024)  # expect: BW505
dsa.generate_parameters(1024)  # expect: BW505
ec.generate_private_key(ec.SECP192R1())  # expect: BW505
ec.generate_private_key(curve=ec.SECT163K1())  # expect: BW505
ec.derive_private_key(12345, ec.SECT163R2())  # expect: BW505
RSA.generate(1024)  # expect: BW505
RSAX.generate(bits=1536)  # expect: BW505
DSA.generate(1024)  # expect: BW505
ECC.generate(curve="P-192")  # expect: BW505
ECC.generate(curve="secp192r1")  # expect: BW505
pyrsa.newkeys(512)  # expect: BW505
paramiko.RSAKey.generate(1024)  # expect: BW505
paramiko.DSSKey.generate()  # expect: BW505
SIZE = 1024
rsa.generate_private_key(65537, SIZE)  # expect: BW505
# expect: BW505
rsa.generate_private_key(
    public_exponent=65537,
    key_size=1024,
)

# look-alikes that must stay clean
rsa.generate_private_key(public_exponent=65537, key_size=2048)
rsa.generate_private_key(65537, key_size=configured_size)
dsa.generate_private_key(key_size=3072)
ec.generate_private_key(ec.SECP256R1())
ec.generate_private_key(ec.SECP224R1())
RSA.generate(4096)
ECC.generate(curve="P-256")
ECC.generate(curve="ed25519")
pyrsa.newkeys(2048)
paramiko.RSAKey.generate(bits=3072)
paramiko.DSSKey.generate(bits=2048)
other.generate(512)


def shadowed(RSA):
    return RSA.generate(512)
